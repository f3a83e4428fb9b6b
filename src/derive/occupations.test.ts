/**
 * Each occupation's comparison data derived at import (src/derive/occupations.ts) equals what the comparison
 * loads from the raw tables, on the O*NET mini fixtures; a store without the derived rows is read from the
 * raw tables.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { loadOccupation, loadOccupationFromTables } from '../compare/profiles.js';
import { ensureStore } from '../ingest/ensure.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { StoreCache } from '../store/cache.js';
import { occupationDataBlob } from '../store/occupation-data.js';
import { openStore } from '../store/open.js';

describe('occupation data derived at import', () => {
  it('stores every occupation, and reads back what the raw tables give', async () => {
    const file = path.join(tempDir(), 'store.sqlite');
    await ensureStore(makeDataDir(), file, () => {}, { ingesters: BOTH });
    const db = openStore(file);
    const store = new StoreCache(db);
    try {
      const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
      assert.ok(codes.length >= 2, `${codes.length} occupations`);
      for (const code of codes) {
        assert.ok(occupationDataBlob(store, code), `a row for ${code}`);
        assert.deepEqual(loadOccupation(store, code), loadOccupationFromTables(new StoreCache(db), code), code);
      }
      assert.equal(occupationDataBlob(store, '99-9999.99'), undefined);
    } finally {
      db.close();
    }
  });

  it('a store without the derived rows is read from the raw tables', async () => {
    const file = path.join(tempDir(), 'store.sqlite');
    await ensureStore(makeDataDir(), file, () => {}, { ingesters: BOTH });
    const rw = new Database(file);
    rw.exec('DROP TABLE occupation_data');
    rw.close();
    const db = openStore(file);
    const store = new StoreCache(db);
    try {
      const code = db.prepare('SELECT code FROM occupations ORDER BY code LIMIT 1').pluck(true).get() as string;
      assert.equal(occupationDataBlob(store, code), null);
      assert.deepEqual(loadOccupation(store, code), loadOccupationFromTables(new StoreCache(db), code));
    } finally {
      db.close();
    }
  });
});
