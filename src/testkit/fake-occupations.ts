/** Stands in for the O*NET ingester in tests: inserts the given occupations ([code, title]); soc = first 7 chars. */
import type { Ingester } from '../ingest/ingester.js';

export function fakeOccupations(occs: readonly (readonly [string, string])[]): Ingester {
  return {
    name: 'test occupations',
    run(ctx) {
      const sourceId = ctx.db
        .prepare(
          `INSERT INTO sources (dataset, publisher, title, release, geography, file, sha256, bytes, license)
           VALUES ('onet', 'test', 'test occupations', 'test', 'U.S.', 'test', '', 0, 'test')`,
        )
        .run().lastInsertRowid;
      const stmt = ctx.db.prepare(
        'INSERT INTO occupations (code, soc, title, description, source_id) VALUES (?, ?, ?, ?, ?)',
      );
      for (const [code, title] of occs) stmt.run(code, code.slice(0, 7), title, `${title}.`, sourceId);
    },
  };
}
