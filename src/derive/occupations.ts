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
