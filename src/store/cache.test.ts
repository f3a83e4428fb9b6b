/**
 * StoreCache.statement (src/store/cache.ts): one prepared statement per SQL text, handed out in its plain result
 * mode each time, whatever mode the previous caller left it in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StoreCache } from './cache.js';

describe('StoreCache.statement', () => {
  it('is prepared once and handed out plain after a caller plucked or rawed it', () => {
    const db = new Database(':memory:');
    db.exec(
      "CREATE TABLE occupations (code TEXT, title TEXT); INSERT INTO occupations VALUES ('27-2012.00', 'Producers')",
    );
    const store = new StoreCache(db);
    const sql = 'SELECT title FROM occupations WHERE code = ?';
    const first = store.statement(sql);
    assert.equal(first.pluck(true).get('27-2012.00'), 'Producers');
    const second = store.statement(sql);
    assert.equal(second, first, 'the same statement');
    assert.deepEqual(second.get('27-2012.00'), { title: 'Producers' });
    second.raw(true);
    assert.deepEqual(store.statement(sql).get('27-2012.00'), { title: 'Producers' });
    db.close();
  });
});
