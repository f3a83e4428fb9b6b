/**
 * On the real store, each sampled occupation's comparison data as derived at import (one row, with the ORS
 * all-workers baseline attached on reading) equals what the comparison loads from the raw tables, and its tool and
 * technology counts are the store's corpus counts.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadOccupation, loadOccupationFromTables } from '../compare/profiles.js';
import { pairToolClasses, rarity, toolClasses } from '../compare/tools.js';
import { StoreCache } from '../store/cache.js';
import { occupationDataBlob } from '../store/occupation-data.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';

const skip = needsRealData();
let db: DB | undefined;
after(() => db?.close());

describe('occupation data on the real store', { skip, timeout: 600_000 }, () => {
  it('reads back, for a seeded sample, what the raw tables give', () => {
    db = openStore(realStorePath());
    const store = new StoreCache(db);
    const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
    const r = rng(12);
    const sample = Array.from({ length: 40 }, () => codes[Math.floor(r() * codes.length)]!);
    sample.push('29-1141.00', '29-1171.00', '47-2152.00', '35-2014.00');
    let withOrs = 0;
    for (const code of sample) {
      assert.ok(occupationDataBlob(store, code), `a row for ${code}`);
      const stored = loadOccupation(store, code);
      assert.deepEqual(stored, loadOccupationFromTables(new StoreCache(db), code), code);
      if (stored.ors.profile) withOrs++;
      // The tool and technology counts in the row are the store's corpus counts (derived at import) of its names.
      const counts = rarity(store);
      assert.deepEqual(
        stored.counts.tools,
        stored.profile.tools.map((t) => counts.toolCommodity.get(t.commodityTitle)),
        code,
      );
      assert.deepEqual(
        stored.counts.technology,
        stored.profile.technology.map((t) => counts.techExample.get(t.example.toLowerCase())),
        code,
      );
      assert.ok(
        stored.counts.tools.every((n) => n !== undefined && n >= 1),
        `${code}: each tool's commodity counted`,
      );
    }
    assert.ok(withOrs > 0, 'some sampled occupations have ORS estimates');
  });

  it("gives a pair's tool classes from the two rows as the query over both codes does", () => {
    db ??= openStore(realStorePath());
    const store = new StoreCache(db);
    const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
    const r = rng(13);
    const pairs: [string, string][] = Array.from({ length: 150 }, () => [
      codes[Math.floor(r() * codes.length)]!,
      codes[Math.floor(r() * codes.length)]!,
    ]);
    // A commodity title two codes class differently: every pair of its occupations, both ways.
    const split = db
      .prepare(
        `SELECT DISTINCT occ_code FROM tools_used WHERE commodity_title IN (SELECT commodity_title FROM tools_used
         GROUP BY commodity_title HAVING COUNT(DISTINCT substr(CAST(commodity_code AS TEXT), 1, 6)) > 1)`,
      )
      .pluck(true)
      .all() as string[];
    assert.ok(split.length >= 2, `${split.length} occupations list a commodity of two classes`);
    for (const a of split) for (const b of split) pairs.push([a, b]);
    pairs.push(['29-1141.00', '29-1141.00']);
    for (const [a, b] of pairs) {
      const rows = { a: loadOccupation(store, a).toolCodes, b: loadOccupation(store, b).toolCodes };
      assert.deepEqual([...pairToolClasses({ a, b }, rows)], [...toolClasses(db, { a, b })], `${a} ${b}`);
    }
  });
});
