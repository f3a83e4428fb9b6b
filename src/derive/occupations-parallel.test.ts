/**
 * The occupation-data step on several threads (occupations-parallel.ts), on the O*NET mini fixtures: the rows
 * two extra threads write hold what one thread computes, and a thread that fails makes the step
 * fail with its error instead of leaving rows out.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { DERIVE_DEFAULTS } from '../defaults.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { importStore } from '../ingest/run.js';
import { StoreCache } from '../store/cache.js';
import { unpack } from '../store/packed.js';
import { occupationDataRows } from './occupations.js';
import { deriveOccupationDataParallel, occupationThreads } from './occupations-parallel.js';

describe('occupation data on several threads', { timeout: 120_000 }, () => {
  let built: string;
  before(() => {
    built = path.join(tempDir(), 'store.sqlite');
    importStore({ dataDir: makeDataDir(), dbFile: built, ingesters: BOTH });
  });

  /** A writable copy of the built store without its occupation rows. */
  function copyWithoutRows(): { file: string; db: Database.Database } {
    const file = path.join(tempDir(), `copy-${Math.random().toString(36).slice(2)}.sqlite`);
    fs.copyFileSync(built, file);
    const db = new Database(file);
    db.exec('DROP TABLE occupation_data');
    return { file, db };
  }

  it('writes the rows one thread computes', () => {
    const { file, db } = copyWithoutRows();
    try {
      const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
      assert.ok(codes.length >= 3, `${codes.length} occupations`);
      const expected = occupationDataRows(new StoreCache(db), codes);
      const r = deriveOccupationDataParallel(db, file, 2);
      assert.equal(r.rows, codes.length);
      const got = db.prepare('SELECT code, data FROM occupation_data ORDER BY code').raw(true).all() as [
        string,
        Buffer,
      ][];
      assert.deepEqual(
        got.map(([c]) => c),
        codes,
      );
      // Compared as values (src/store/packed.ts), as the comparison reads them.
      for (const [i, [code, data]] of got.entries())
        assert.deepStrictEqual(unpack(data), unpack(expected[i]![1]), code);
      assert.equal(
        r.bytes,
        got.reduce((n, [, b]) => n + b.length, 0),
      );
    } finally {
      db.close();
    }
  });

  it('an import deriving on threads (similarity early, occupation data beside the other steps) stores what one thread does', () => {
    const threaded = path.join(tempDir(), 'threaded.sqlite');
    const summary = importStore({ dataDir: makeDataDir(), dbFile: threaded, ingesters: BOTH, deriveThreads: 2 });
    assert.ok('similarity model (waited for its thread)' in summary.deriveMs, Object.keys(summary.deriveMs).join(', '));
    assert.equal(summary.counts.occupation_data_threads, 3);
    const one = new Database(built, { readonly: true });
    const two = new Database(threaded, { readonly: true });
    try {
      // Derived blobs compared as values: the v8 bytes of equal values can differ with how the heap holds them.
      const blobs = (db: Database.Database) =>
        (
          db.prepare('SELECT name, format, data FROM derived ORDER BY name').raw(true).all() as [
            string,
            string,
            Buffer,
          ][]
        ).map(([name, format, data]) => [name, format, format === 'v8' ? v8.deserialize(data) : data]);
      assert.ok(blobs(one).length >= 4, 'derived structures');
      assert.deepStrictEqual(blobs(two), blobs(one));
      const tables = ['similarity_rows', 'neighbours', 'title_keys', 'title_entries', 'corpus_counts', 'ratings_best'];
      for (const t of tables) {
        const all = (db: Database.Database) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).raw(true).all();
        const rows = all(one);
        assert.ok(rows.length > 0, `${t} has rows`);
        assert.deepEqual(all(two), rows, t);
      }
      const data = (db: Database.Database) =>
        (db.prepare('SELECT code, data FROM occupation_data ORDER BY code').raw(true).all() as [string, Buffer][]).map(
          ([c, b]) => [c, unpack(b)],
        );
      const expected = data(one);
      assert.ok(expected.length >= 3, `${expected.length} occupation rows`);
      assert.deepStrictEqual(data(two), expected);
      assert.equal(two.prepare("SELECT value FROM meta WHERE key = 'complete'").pluck(true).get(), '1');
    } finally {
      one.close();
      two.close();
    }
  });

  it('fails with the thread error when a thread cannot read the store', () => {
    const { db } = copyWithoutRows();
    try {
      assert.throws(
        () => deriveOccupationDataParallel(db, path.join(tempDir(), 'no-such-store.sqlite'), 1),
        /an occupation-data thread failed: .*(unable to open|does not exist|directory)/is,
      );
    } finally {
      db.close();
    }
  });

  it('uses one thread per core for the real catalog, none extra for a small store', () => {
    assert.equal(occupationThreads(10), 0);
    assert.equal(occupationThreads(1016), Math.min(os.availableParallelism(), DERIVE_DEFAULTS.maxThreads) - 1);
  });
});
