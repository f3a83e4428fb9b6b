/**
 * The methods compared by bench/resolve.ts, each built from the same title entries and answering a query
 * with its top O*NET code (or nothing): careerdiff's resolver, a plain exact-then-TF-IDF baseline,
 * Fuse.js and MiniSearch.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { Resolver } from '../../src/resolve/resolver.js';
import type { TitleEntry } from '../../src/resolve/types.js';

export interface Method {
  name: string;
  /** Evaluate on at most this many queries per set (Fuse.js takes seconds per query over 69k titles). */
  maxQueries?: number;
  build(entries: readonly TitleEntry[]): (query: string) => string | undefined;
}

/** Occupation priors (how common each occupation is) when the benchmark found a store; see bench/resolve.ts. */
export const resolverPriors: { value?: ReadonlyMap<string, number> } = {};

export const resolverMethod: Method = {
  name: 'careerdiff resolver',
  build(entries) {
    const r = new Resolver(entries, {}, resolverPriors.value);
    return (q) => {
      try {
        return r.resolve(q, 1).candidates[0]?.code;
      } catch {
        return undefined;
      }
    };
  },
};

const plainTokens = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** Exact (case- and punctuation-insensitive) title, else the title with the highest TF-IDF cosine. */
export const tfidfMethod: Method = {
  name: 'exact + TF-IDF',
  build(entries) {
    const exact = new Map<string, string>();
    const docs = entries.map((e) => plainTokens(e.title));
    entries.forEach((e, i) => {
      const k = docs[i]!.join(' ');
      if (!exact.has(k)) exact.set(k, e.code);
    });
    const df = new Map<string, number>();
    for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = docs.length;
    const idf = (t: string) => Math.log(n / (df.get(t) ?? 0.5));
    const postings = new Map<string, number[]>();
    const norms = new Float64Array(n);
    docs.forEach((d, i) => {
      const tf = new Map<string, number>();
      for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
      let s = 0;
      for (const [t, c] of tf) {
        s += (c * idf(t)) ** 2;
        const p = postings.get(t) ?? [];
        p.push(i);
        postings.set(t, p);
      }
      norms[i] = Math.sqrt(s) || 1;
    });
    const acc = new Float64Array(n);
    return (q) => {
      const toks = plainTokens(q);
      const hit = exact.get(toks.join(' '));
      if (hit) return hit;
      const touched: number[] = [];
      for (const t of new Set(toks)) {
        const w = idf(t) ** 2;
        for (const i of postings.get(t) ?? []) {
          if (acc[i] === 0) touched.push(i);
          acc[i]! += w;
        }
      }
      let best = -1;
      let bestScore = 0;
      for (const i of touched) {
        const s = acc[i]! / norms[i]!;
        acc[i] = 0;
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      return best >= 0 ? entries[best]!.code : undefined;
    };
  },
};

export const fuseMethod: Method = {
  name: 'Fuse.js',
  maxQueries: 60,
  build(entries) {
    const fuse = new Fuse(
      entries.map((e) => ({ title: e.title, code: e.code })),
      { keys: ['title'], threshold: 0.6, ignoreLocation: true },
    );
    return (q) => fuse.search(q, { limit: 1 })[0]?.item.code;
  },
};

export const miniSearchMethod: Method = {
  name: 'MiniSearch',
  build(entries) {
    const ms = new MiniSearch<{ id: number; title: string; code: string }>({
      fields: ['title'],
      storeFields: ['code'],
      searchOptions: { fuzzy: 0.2, prefix: true, combineWith: 'OR' },
    });
    ms.addAll(entries.map((e, id) => ({ id, title: e.title, code: e.code })));
    return (q) => ms.search(q)[0]?.code as string | undefined;
  },
};

export const METHODS: readonly Method[] = [resolverMethod, tfidfMethod, fuseMethod, miniSearchMethod];
