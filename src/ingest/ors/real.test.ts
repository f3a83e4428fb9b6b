/**
 * Integration: the BLS ORS part (bls_ors_2018_2020) of the test run's shared real-data store
 * (src/testkit/real-store.ts), checked against the example values of shared/data/SOURCES.md exactly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DB, openStore } from '../../store/open.js';
import { workEnvironmentFor } from '../../store/ors.js';
import { needsRealData, realStore } from '../../testkit/real-store.js';
import type { ImportSummary } from '../run.js';
import { StoreCache } from '../../store/cache.js';

describe('ORS import of the real files', { skip: needsRealData() }, () => {
  let db: DB;
  let store: StoreCache;
  let summary: ImportSummary;

  before(() => {
    const built = realStore();
    summary = built.summary;
    db = openStore(built.file);
    store = new StoreCache(db);
  });
  after(() => db?.close());

  it('imports every estimate of both releases', () => {
    // The ORS ingester's own warnings (other sections of the full import may warn about their files): only the
    // split specialisations without a same-title 2018 successor are left out (15-1199.01, 15-1199.08).
    const ors = summary.warnings.filter((w) => /\bORS\b|crosswalk|work environment/.test(w.message));
    assert.equal(ors.length, 1);
    assert.match(ors[0]!.message, /not mapped to any single 2018 occupation/);
    const rows = db.prepare("SELECT release, rows FROM sources WHERE dataset = 'ors' ORDER BY release").all();
    assert.deepEqual(rows, [
      { release: '2018', rows: 34360 },
      { release: '2018 SOC', rows: 900 },
      { release: '2020', rows: 35693 },
    ]);
    const n2020 = db.prepare("SELECT COUNT(*) AS n FROM ors_estimates WHERE release = '2020'").get();
    assert.deepEqual(n2020, { n: 35693 });
    const below = db.prepare("SELECT COUNT(*) AS n FROM ors_estimates WHERE release = '2020' AND value IS NULL").get();
    assert.deepEqual(below, { n: 353 + 297 + 238 });
    const codes = db
      .prepare("SELECT level, COUNT(*) AS n FROM ors_occupations WHERE release = '2020' GROUP BY level ORDER BY level")
      .all();
    assert.deepEqual(codes, [
      { level: 'all', n: 1 },
      { level: 'detailed', n: 305 },
      { level: 'major', n: 22 },
    ]);
    assert.equal(summary.sections.find((s) => s.name === 'work_environment')?.status, 'ok');
  });

  it('47-2061 Construction Laborers: the SOURCES.md values', () => {
    const p = workEnvironmentFor(store, '47-2061.00').profile!;
    assert.equal(p.environment.outdoors.exposed?.value, 100);
    assert.equal(p.environment.outdoors.exposed?.release, '2020');
    assert.equal(p.environment.outdoors.constantly?.value, 79);
    assert.equal(p.environment.heights.exposed?.value, 62.3);
    assert.equal(p.environment.noise.loud?.value, 27.5);
    assert.equal(p.environment.hazardousContaminants.exposed?.value, 23.8);
    assert.equal(p.physical.standingPctOfDay?.value, 92.3);
    assert.equal(p.physical.standingHours?.value, 7.84);
    assert.equal(p.physical.strength.medium?.value, 48.6);
    assert.equal(p.physical.strength.heavy?.value, 46.4);
    assert.equal(p.cognitive.telework.notAvailable?.value, 100);
    assert.equal(p.environment.outdoors.exposed?.alternatives[0]?.release, '2018');
  });

  it('15-1252 Software Developers: the SOURCES.md values, and no Outdoors "exposed" row', () => {
    const p = workEnvironmentFor(store, '15-1252.00').profile!;
    assert.equal(p.physical.sittingPctOfDay?.value, 92.4);
    assert.equal(p.physical.sittingHours?.value, 7.39);
    assert.equal(p.environment.noise.quiet?.value, 34.9);
    assert.equal(p.environment.noise.moderate?.value, 65.1);
    assert.equal(p.physical.strength.sedentary?.value, 99);
    assert.equal(p.cognitive.telework.available?.value, 73.9);
    assert.equal(p.environment.outdoors.exposed, null);
  });

  it('links the look-up examples at the right release and level', () => {
    const first = (code: string) => workEnvironmentFor(store, code).links[0];
    assert.deepEqual(
      [first('43-5061.00')?.publishedCode, first('43-5061.00')?.release, first('43-5061.00')?.level],
      ['435061', '2020', 'detailed'],
    );
    assert.equal(first('27-4011.00')?.publishedCode, '274011');
    // 27-2012 is only in 2018, as the O*NET specialisation 27-2012.01 Producers (not an O*NET 30.1 code): it serves
    // its SOC code's own .00 occupation only, not the other specialisations of 27-2012.
    assert.deepEqual(
      [first('27-2012.00')?.publishedCode, first('27-2012.00')?.release, first('27-2012.00')?.exact],
      ['27201201', '2018', false],
    );
    assert.equal(first('27-2012.03'), undefined);
    assert.equal(workEnvironmentFor(store, '27-4012.00').profile, null);
    assert.equal(workEnvironmentFor(store, '27-4012.00', { allowMajorGroup: true }).links[0]?.level, 'major');
  });

  it('lends no 2010 catch-all or specialisation to the 2018 codes carved out of it', () => {
    const codes = (occ: string) => workEnvironmentFor(store, occ).links.map((l) => l.publishedCode);
    // 15-1255 came partly from 15-1199 "Computer Occupations, All Other": none of 15-1199's estimates are its.
    assert.deepEqual(codes('15-1255.00'), ['15113400']);
    assert.deepEqual(codes('15-1299.09'), ['15119909', '151299']);
    assert.equal(workEnvironmentFor(store, '15-1299.09').links[0]?.exact, true);
  });

  it('has the all-workers baseline', () => {
    const b = workEnvironmentFor(store, '15-1252.00').baseline!;
    assert.equal(b.environment.outdoors.exposed?.level, 'all');
    assert.equal(b.environment.outdoors.exposed?.release, '2020');
    assert.equal(typeof b.physical.sittingPctOfDay?.value, 'number');
  });
});
