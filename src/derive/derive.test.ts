/**
 * The derive stage on the O*NET mini fixtures: an import stores every derived structure with the schema
 * version and the derived key, the readers answer from it, and a store of an older schema version or with
 * derived data computed by other code is rebuilt on first use (ensureStore), while a current one is kept.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StoredSimilarity } from '../compare/stored-similarity.js';
import { ensureStore } from '../ingest/ensure.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { storeResolver } from '../resolve/load.js';
import { DERIVED, hasDerived, neighboursOf, similarityHeaders } from '../store/derived.js';
import { openStore, storeStatus } from '../store/open.js';
import { SCHEMA_VERSION } from '../store/schema/index.js';
import { derivedKey } from './key.js';
import { StoreCache } from '../store/cache.js';

const quiet = () => {};

function setMeta(file: string, key: string, value: string): void {
  const db = new Database(file);
  db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(value, key);
  db.close();
}

describe('derive at import', () => {
  const data = makeDataDir();
  const file = path.join(tempDir(), 'store.sqlite');

  it('a first use builds the store with its derived data, schema version and derived key', async () => {
    const summary = await ensureStore(data, file, quiet, { ingesters: BOTH });
    assert.ok(summary, 'built');
    assert.ok(summary.deriveMs['similarity model'] !== undefined);
    const status = storeStatus(file);
    assert.equal(status.version, SCHEMA_VERSION);
    assert.equal(status.derivedKey, derivedKey());
    const db = openStore(file);
    const store = new StoreCache(db);
    try {
      assert.ok(hasDerived(store, DERIVED.titleIndex));
      assert.ok(hasDerived(store, DERIVED.catalog));
      const codes = similarityHeaders(store).map((h) => h.code);
      assert.ok(codes.length >= 2, `${codes.length} occupations`);
      const sim = new StoredSimilarity(store);
      const [a, b] = codes as [string, string];
      assert.equal(sim.score(a, b), sim.score(b, a));
      assert.equal(sim.score(a, a), 1);
      const top = storeResolver(store).resolve(codes[0]!, 1).candidates[0];
      assert.equal(top?.code, codes[0]);
      for (const code of codes)
        for (const n of neighboursOf(store, code, 50)) assert.equal(n.rank, sim.rank(code, n.code));
    } finally {
      db.close();
    }
  });

  it('a current store is kept as it is', async () => {
    const before = fs.statSync(file).mtimeMs;
    assert.equal(await ensureStore(data, file, quiet, { ingesters: BOTH }), null);
    assert.equal(fs.statSync(file).mtimeMs, before);
  });

  it('a store of an older schema version is rebuilt', async () => {
    setMeta(file, 'schema_version', String(SCHEMA_VERSION - 1));
    const lines: string[] = [];
    assert.ok(await ensureStore(data, file, (l) => lines.push(l), { ingesters: BOTH }));
    assert.match(lines.join('\n'), /from schema version/);
    assert.equal(storeStatus(file).version, SCHEMA_VERSION);
  });

  it('a store whose derived data was computed by other code is rebuilt', async () => {
    setMeta(file, 'derived_key', 'other-code');
    const lines: string[] = [];
    assert.ok(await ensureStore(data, file, (l) => lines.push(l), { ingesters: BOTH }));
    assert.match(lines.join('\n'), /derived data computed by other code/);
    assert.equal(storeStatus(file).derivedKey, derivedKey());
  });
});
