/**
 * The engine's resolution of a full O*NET-SOC code (read from the occupations table, without building the
 * resolver) equals the resolver's on the real store: every occupation's code as written, without punctuation and
 * padded with spaces, at several limits; an unknown code and a bare SOC code still get the resolver's answer.
 * The occupation report built from the row derived at import (engine.occupation) is, as JSON, the one built from the
 * raw tables (occupationReport), for every fourth occupation; the ORS all-workers baseline stored at import equals
 * the one the ORS tables give.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Named, namedFromTables } from '../compare/reading.js';
import { resolverFor } from '../compare/resolve.js';
import { StoreCache } from '../store/cache.js';
import { DERIVED, readDerived, readDerivedBlob } from '../store/derived.js';
import { orsBaseline, orsBaselineFromTables } from '../store/ors.js';
import { occupationReport } from '../store/report.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { createEngine } from './engine.js';

const skip = needsRealData();

describe('engine.resolve of a code', { skip }, () => {
  let db: DB;
  before(() => {
    db = openStore(realStorePath());
  });
  after(() => db?.close());

  it('answers as the resolver does, for every occupation and for codes it does not have', () => {
    const engine = createEngine(db);
    const resolver = resolverFor(new StoreCache(db));
    const codes = (db.prepare('SELECT code FROM occupations ORDER BY code').all() as { code: string }[]).map(
      (r) => r.code,
    );
    assert.ok(codes.length > 1000);
    let n = 0;
    for (const code of codes)
      for (const q of [code, code.replace(/[-.]/g, ''), ` ${code} `]) {
        assert.deepEqual(engine.resolve(q, 5), resolver.resolve(q, 5), q);
        n++;
      }
    for (const q of ['99-9999.00', '29-1141', '291141', '29-1141.99', 'registered nurse'])
      for (const limit of [0, 1, 5]) assert.deepEqual(engine.resolve(q, limit), resolver.resolve(q, limit), q);
    assert.ok(engine.resolve('29-1141.99', 5).suggestions?.length, 'an unknown code gets suggestions');
    assert.equal(n, codes.length * 3);
  });
});

describe('engine.occupation', { skip }, () => {
  let db: DB;
  before(() => {
    db = openStore(realStorePath());
  });
  after(() => db?.close());

  it('reports from the derived row exactly what the raw tables give, for every fourth occupation', () => {
    const engine = createEngine(db);
    const store = new StoreCache(db);
    assert.ok((db.prepare('SELECT count(*) AS n FROM occupation_data').get() as { n: number }).n > 1000);
    // Every fourth occupation (the raw tables take about 25 ms a report).
    const codes = (db.prepare('SELECT code FROM occupations ORDER BY code').all() as { code: string }[])
      .map((r) => r.code)
      .filter((_, i) => i % 4 === 0);
    let withOrs = 0;
    for (const code of codes) {
      const fromRow = engine.occupation(code);
      assert.equal(JSON.stringify(fromRow), JSON.stringify(occupationReport(store, code)), code);
      if (fromRow.workEnvironment.profile) withOrs++;
    }
    assert.ok(withOrs > 100, `ORS profiles compared: ${withOrs}`);
    assert.throws(() => engine.occupation('99-9999.00'), /no occupation/);
    // The ORS all-workers baseline in every report is the one stored at import, equal to the tables' own.
    assert.ok(readDerivedBlob(store, DERIVED.orsBaseline), 'the baseline is stored');
    assert.deepEqual(orsBaseline(store), orsBaselineFromTables(db));
    // The titles each occupation's own title names, stored at import, equal what the occupations table gives.
    const named = readDerived<Named>(store, DERIVED.namedTitles);
    assert.ok(named && named.byKey.size > 1000, 'the named titles are stored');
    assert.deepEqual(named, namedFromTables(db));
    assert.deepEqual(named.byKey.get('surgeon')?.includes('29-1249.00'), true);
    assert.ok(orsBaseline(store)?.physical.strength.light?.value !== undefined);
  });
});
