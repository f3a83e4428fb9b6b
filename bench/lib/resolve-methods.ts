/**
 * The methods compared by bench/resolve.ts, each built from the same title entries and answering a query
 * with its top O*NET code (or nothing): careerdiff's resolver, a plain exact-then-TF-IDF baseline,
 * Fuse.js and MiniSearch.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { resolveDbFile } from '../../src/defaults.js';
import { loadPriors } from '../../src/resolve/load.js';
import { Resolver } from '../../src/resolve/resolver.js';
import { isCurrent, openStore, storeStatus } from '../../src/store/open.js';
import type { TitleEntry } from '../../src/resolve/types.js';

export interface Method {
  name: string;
  /** Evaluate on at most this many queries per set (Fuse.js takes seconds per query over 69k titles). */
  maxQueries?: number;
  build(entries: readonly TitleEntry[]): (query: string) => string | undefined;
  /** The top k distinct O*NET codes, best first (for top-k accuracy); not every method has it. */
  ranked?(entries: readonly TitleEntry[]): (query: string, k: number) => string[];
}

/** Distinct codes in order, at most k. */
function firstDistinct(codes: Iterable<string>, k: number): string[] {
  const out: string[] = [];
  for (const c of codes) {
    if (!out.includes(c)) out.push(c);
    if (out.length >= k) break;
  }
  return out;
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
  ranked(entries) {
    const r = new Resolver(entries, {}, resolverPriors.value);
    return (q, k) => {
      try {
        return r
          .resolve(q, k)
          .candidates.slice(0, k)
          .map((c) => c.code);
      } catch {
        return [];
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
    const ranked = tfidfRanked(entries);
    return (q) => ranked(q, 1)[0];
  },
  ranked: (entries) => tfidfRanked(entries),
};

function tfidfRanked(entries: readonly TitleEntry[]): (q: string, k: number) => string[] {
  {
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
    return (q, k) => {
      const toks = plainTokens(q);
      const hit = exact.get(toks.join(' '));
      const touched: number[] = [];
      for (const t of new Set(toks)) {
        const w = idf(t) ** 2;
        for (const i of postings.get(t) ?? []) {
          if (acc[i] === 0) touched.push(i);
          acc[i]! += w;
        }
      }
      const scored = touched.map((i) => ({ i, s: acc[i]! / norms[i]! }));
      for (const i of touched) acc[i] = 0;
      if (k === 1) {
        if (hit) return [hit];
        let best: { i: number; s: number } | undefined;
        for (const x of scored) if (!best || x.s > best.s) best = x;
        return best ? [entries[best.i]!.code] : [];
      }
      scored.sort((a, b) => b.s - a.s);
      return firstDistinct([...(hit ? [hit] : []), ...scored.map((x) => entries[x.i]!.code)], k);
    };
  }
}

const fuseMethod: Method = {
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
  ranked(entries) {
    const answer = miniSearchIndex(entries);
    return (q, k) =>
      firstDistinct(
        answer.search(q).map((x) => x.code as string),
        k,
      );
  },
};

function miniSearchIndex(entries: readonly TitleEntry[]) {
  const ms = new MiniSearch<{ id: number; title: string; code: string }>({
    fields: ['title'],
    storeFields: ['code'],
    searchOptions: { fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  ms.addAll(entries.map((e, id) => ({ id, title: e.title, code: e.code })));
  return ms;
}

export const METHODS: readonly Method[] = [resolverMethod, tfidfMethod, fuseMethod, miniSearchMethod];

/** Occupation priors from the store when it is there and current (else none): sets and returns resolverPriors. */
export function loadBenchPriors(dbFlag?: string): ReadonlyMap<string, number> | undefined {
  const storeFile = resolveDbFile(dbFlag);
  if (isCurrent(storeStatus(storeFile))) {
    const db = openStore(storeFile);
    resolverPriors.value = loadPriors(db);
    db.close();
  }
  return resolverPriors.value;
}
