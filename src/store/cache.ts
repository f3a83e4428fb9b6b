/**
 * StoreCache, the per-connection caches of an open store: prepared statements and the structures read or built
 * once per connection (resolver, similarity, coverage, title lists, occupations). createEngine owns one per
 * store and passes it down; a test or a benchmark makes its own. The store is read-only while a cache lives.
 */
import type { Statement } from 'better-sqlite3';
import type { DB } from './open.js';

export class StoreCache {
  readonly db: DB;
  private readonly values = new Map<(store: StoreCache) => unknown, unknown>();
  private readonly statements = new Map<string, Statement>();

  constructor(db: DB) {
    this.db = db;
  }

  /** What `build` returns for this store, built on its first use and kept (keyed by the function itself). */
  get<T>(build: (store: StoreCache) => T): T {
    if (this.values.has(build)) return this.values.get(build) as T;
    const value = build(this);
    this.values.set(build, value);
    return value;
  }

  /** Replaces what `build` would return (benchmarks install a structure they built step by step). */
  set<T>(build: (store: StoreCache) => T, value: T): void {
    this.values.set(build, value);
  }

  /**
   * A prepared statement, prepared once, handed out in its plain result mode each time: a caller that sets
   * `.pluck(true)` or `.raw(true)` on it does not change what the next caller gets (one did: a code typed in the
   * search box read `row.title` of a plucked string, a 500 found by the route fuzz test).
   */
  statement(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    if (s.reader) {
      s.raw(false);
      s.pluck(false);
      s.expand(false);
    }
    return s;
  }
}
