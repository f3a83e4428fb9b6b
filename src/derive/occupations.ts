/**
 * Derives each occupation's comparison data once at import, with the comparison's own loader
 * (src/compare/profiles.ts loadOccupationFromTables), into one row per occupation (src/store/occupation-data.ts),
 * so a comparison page reads two primary-key rows instead of some forty queries over the raw tables. The rows
 * are computed on every core (src/derive/occupations-parallel.ts); this is what each thread runs.
 */
import { encodeOccupationData, loadOccupationFromTables } from '../compare/profiles.js';
import type { StoreCache } from '../store/cache.js';

/** The stored blob of each of these occupations, in their order. */
export function occupationDataRows(store: StoreCache, codes: readonly string[]): [string, Buffer][] {
  return codes.map((code) => [code, encodeOccupationData(loadOccupationFromTables(store, code))]);
}

/**
 * The blobs of the occupations this thread takes from a counter shared by every thread (`next[0]`, the index
 * in `codes` of the next occupation nobody took), until none is left: the threads share the work by speed.
 */
export function takeOccupationDataRows(
  store: StoreCache,
  codes: readonly string[],
  next: Int32Array,
): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (let i = Atomics.add(next, 0, 1); i < codes.length; i = Atomics.add(next, 0, 1)) {
    const code = codes[i]!;
    out.push([code, encodeOccupationData(loadOccupationFromTables(store, code))]);
  }
  return out;
}
