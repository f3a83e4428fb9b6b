/** isMissingTable: only SQLite's "no such table" lets a reader answer "no data"; other failures are thrown. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { readDerivedBlob } from './derived.js';
import { isMissingTable } from './open.js';
import { StoreCache } from './cache.js';

test('a missing table is "no data"; any other failure is not', () => {
  const db = new Database(':memory:');
  const store = new StoreCache(db);
  let missing: unknown;
  try {
    db.prepare('SELECT 1 FROM derived').get();
  } catch (err) {
    missing = err;
  }
  assert.equal(isMissingTable(missing), true);
  assert.equal(readDerivedBlob(store, 'catalog'), undefined);
  assert.equal(
    isMissingTable(Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' })),
    false,
  );
  assert.equal(isMissingTable('no such table: x'), false);
  db.close();
});
