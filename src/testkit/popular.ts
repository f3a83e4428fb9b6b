/**
 * The reading evaluation: popular career pairs (test/truth/popular-pairs.json and popular-pairs-more.json), each
 * side hand-coded to the occupation a reader means, split into a dev and a check half by a hash of the pair's two
 * titles (tune on dev only; check is reported, never tuned on), and a third list (popular-pairs-held.json) that is
 * held out whole ('held': coded before careerdiff read it, never tuned on), and a second dev list
 * (popular-pairs-dev2.json, 'dev2': coded before careerdiff read it, then tuned on), and a fourth list held out whole
 * (popular-pairs-held2.json, 'held2': coded blind in session 5, never tuned on, no title shared with dev2), and a
 * third dev list (popular-pairs-dev3.json, 'dev3': modified and informal titles, coded before careerdiff read it,
 * then tuned on; no title shared with the held lists).
 * `readPairs` compares each pair as careerdiff does
 * (both sides resolved, then re-ranked together) and counts the titles read as coded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveInputs } from '../compare/resolve.js';
import { PROJECT_ROOT } from '../defaults.js';
import type { StoreCache } from '../store/cache.js';

type Half = 'dev' | 'check' | 'held' | 'dev2' | 'held2' | 'dev3';

interface PopularPair {
  a: [string, string];
  b: [string, string];
  /** Which file it comes from: the 58 first coded ('popular'), the later ones ('more'), dev2 or a held-out list. */
  list: 'popular' | 'more' | 'held' | 'dev2' | 'held2' | 'dev3';
  half: Half;
}

/** FNV-1a of the two titles: the same half on every run and machine, whatever the file order. */
function halfOf(a: string, b: string): Half {
  let h = 0x811c9dc5;
  for (const ch of `${a.trim().toLowerCase()} vs ${b.trim().toLowerCase()}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'check';
}

const FILES = {
  popular: 'popular-pairs.json',
  more: 'popular-pairs-more.json',
  held: 'popular-pairs-held.json',
  dev2: 'popular-pairs-dev2.json',
  held2: 'popular-pairs-held2.json',
  dev3: 'popular-pairs-dev3.json',
} as const;

/** Every popular pair with its half; `root` is the project root (the test/truth folder is under it). */
export function popularPairs(root = PROJECT_ROOT): PopularPair[] {
  const out: PopularPair[] = [];
  for (const [list, file] of Object.entries(FILES) as [PopularPair['list'], string][]) {
    const { pairs } = JSON.parse(fs.readFileSync(path.join(root, 'test/truth', file), 'utf8')) as {
      pairs: [[string, string], [string, string]][];
    };
    for (const [a, b] of pairs)
      out.push({ a, b, list, half: list === 'popular' || list === 'more' ? halfOf(a[0], b[0]) : list });
  }
  return out;
}

interface ReadingScore {
  right: number;
  total: number;
  /** "typed" (next to "other"): read as X, coded Y. */
  misses: string[];
}

/** Each side of each pair read as careerdiff's comparison reads it; a side with no reading (a guess) is a miss. */
export function readPairs(store: StoreCache, pairs: readonly PopularPair[]): ReadingScore {
  const score: ReadingScore = { right: 0, total: 0, misses: [] };
  for (const p of pairs) {
    let got: [string, string];
    try {
      const r = resolveInputs(store, { a: p.a[0], b: p.b[0] }, {});
      got = [r.a.code, r.b.code];
    } catch (e) {
      got = [`(${(e as Error).message.slice(0, 60)})`, `(${(e as Error).message.slice(0, 60)})`];
    }
    for (const [i, [typed, want], other] of [
      [0, p.a, p.b[0]],
      [1, p.b, p.a[0]],
    ] as const) {
      score.total++;
      if (got[i] === want) score.right++;
      else score.misses.push(`"${typed}" (next to "${other}"): ${got[i]}, coded ${want}`);
    }
  }
  return score;
}

export const share = (s: ReadingScore): string =>
  `${s.right}/${s.total} = ${((100 * s.right) / Math.max(1, s.total)).toFixed(1)}%`;
