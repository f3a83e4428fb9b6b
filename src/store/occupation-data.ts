/**
 * The table of each occupation's comparison data, derived at import (src/derive/occupations.ts): one row per
 * occupation holding, packed (src/store/packed.ts), everything a comparison reads about it (src/compare/profiles.ts
 * OccupationData), so a comparison page reads one primary-key row per side instead of some forty queries.
 * The table is created by the derive stage itself; a store without it is read from the raw tables.
 */
import type { Statement } from 'better-sqlite3';
import type { StoreCache } from './cache.js';
import { type DB, isMissingTable } from './open.js';

export const OCCUPATION_DATA_DDL =
  'CREATE TABLE IF NOT EXISTS occupation_data (code TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID';

export function putOccupationData(db: DB, code: string, data: Buffer): void {
  db.prepare('INSERT OR REPLACE INTO occupation_data (code, data) VALUES (?, ?)').run(code, data);
}

/** The reading statement, or null when the store has no such table; prepared once per connection. */
function reader(store: StoreCache): Statement | null {
  try {
    return store.db.prepare('SELECT data FROM occupation_data WHERE code = ?').pluck(true);
  } catch (err) {
    if (isMissingTable(err)) return null;
    throw err;
  }
}

/** The occupation's stored blob; undefined for a code without a row, null when the store has no such table. */
export function occupationDataBlob(store: StoreCache, code: string): Buffer | undefined | null {
  const s = store.get(reader);
  return s === null ? null : (s.get(code) as Buffer | undefined);
}
