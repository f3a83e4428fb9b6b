/**
 * The context index at import (src/derive/context.ts): on the O*NET mini fixtures the stored index is the one
 * built from the store's texts, it is what storeContext reads, and it codes a row with context as the built one.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ensureStore } from '../ingest/ensure.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { codeRow } from '../resolve/batch.js';
import { buildContextIndex, packContextIndex, unpackContextIndex } from '../resolve/context.js';
import { CONTEXT_INDEX, loadContextTexts, storeContext, storeResolver } from '../resolve/load.js';
import { StoreCache } from '../store/cache.js';
import { decodeDerived, hasDerived, readDerivedBlob } from '../store/derived.js';
import { openStore } from '../store/open.js';

describe('context index at import', () => {
  it('is stored, equals the index built from the store, and is what batch coding reads', async () => {
    const file = path.join(tempDir(), 'store.sqlite');
    await ensureStore(makeDataDir(), file, () => {}, { ingesters: BOTH });
    const db = openStore(file);
    const store = new StoreCache(db);
    try {
      assert.ok(hasDerived(store, CONTEXT_INDEX));
      const built = buildContextIndex(loadContextTexts(db));
      assert.ok(built.codeIndex.size >= 2, `${built.codeIndex.size} occupations`);
      const stored = unpackContextIndex(decodeDerived(readDerivedBlob(store, CONTEXT_INDEX)!, 'context index'));
      assert.deepEqual(stored, built);
      const read = storeContext(store);
      assert.deepEqual(packContextIndex(read), packContextIndex(built));
      const [code, texts] = [...loadContextTexts(db)][0]!;
      const row = { line: 1, title: texts[0]!, description: texts.slice(1).join(' ') };
      const o = { limit: 3, minConfidence: 0 };
      const a = codeRow(storeResolver(store), row, { ...o, context: read });
      const b = codeRow(storeResolver(store), row, { ...o, context: built });
      assert.deepEqual(a, b);
      assert.equal(a.code, code);
      assert.equal(a.contextUsed, true);
    } finally {
      db.close();
    }
  });

  it('a packed index of another layout is not read', () => {
    const packed = packContextIndex(buildContextIndex(new Map([['11-1011.00', ['Chief Executives']]])));
    assert.ok(unpackContextIndex(packed));
    assert.equal(unpackContextIndex({ ...packed, layout: 'context-index/0' } as unknown as typeof packed), undefined);
  });
});
