/**
 * Derives each occupation's comparison data once at import, with the comparison's own loader
 * (src/compare/profiles.ts loadOccupationFromTables), into one row per occupation (src/store/occupation-data.ts),
 * so a comparison page reads two primary-key rows instead of some forty queries over the raw tables.
 */
import { encodeOccupationData, loadOccupationFromTables } from '../compare/profiles.js';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { OCCUPATION_DATA_DDL, putOccupationData } from '../store/occupation-data.js';

/** Stores every occupation's data; returns the rows written and their total bytes. */
export function deriveOccupationData(db: DB): { rows: number; bytes: number } {
  db.exec(OCCUPATION_DATA_DDL);
  const store = new StoreCache(db);
  let bytes = 0;
  const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
  for (const code of codes) {
    const blob = encodeOccupationData(loadOccupationFromTables(store, code));
    putOccupationData(db, code, blob);
    bytes += blob.length;
  }
  return { rows: codes.length, bytes };
}
