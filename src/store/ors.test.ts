/** workEnvironmentFor on a store built from small ORS workbooks (src/ingest/ors/fixtures.ts). */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SCENARIO_OCCUPATIONS, fakeOccupations, tempDir, writeScenario } from '../ingest/ors/fixtures.js';
import { orsIngester } from '../ingest/ors/index.js';
import { importStore } from '../ingest/run.js';
import type { DB } from './open.js';
import { orsCoverage, orsLinksFor, workEnvironmentFor } from './ors.js';
import { StoreCache } from './cache.js';

let db: DB;
let store: StoreCache;

before(() => {
  const dbFile = path.join(tempDir(), 'store.sqlite');
  importStore({ dataDir: writeScenario(), dbFile, ingesters: [fakeOccupations(SCENARIO_OCCUPATIONS), orsIngester] });
  db = new Database(dbFile, { readonly: true });
  store = new StoreCache(db);
});

describe('workEnvironmentFor', () => {
  it('takes the newer release and keeps the older as an alternative', () => {
    const w = workEnvironmentFor(store, '47-2061.00');
    const out = w.profile?.environment.outdoors.exposed;
    assert.equal(out?.value, 100);
    assert.equal(out?.unit, 'percent_of_workers');
    assert.equal(out?.release, '2020');
    assert.equal(out?.preliminary, true);
    assert.equal(out?.se, null);
    assert.equal(out?.seBelowThreshold, '< 0.5');
    assert.equal(out?.soc, '47-2061');
    assert.equal(out?.level, 'detailed');
    assert.equal(out?.publishedCode, '472061');
    assert.equal(typeof out?.sourceId, 'number');
    assert.deepEqual(
      out?.alternatives.map((a) => [a.release, a.value, a.preliminary, a.publishedCode, a.mapping]),
      [['2018', 95.8, false, '47206100', 'same']],
    );
    assert.equal(w.profile?.environment.outdoors.constantly?.value, 79);
    assert.equal(w.profile?.environment.outdoors.constantly?.mode, true);
    assert.equal(w.profile?.environment.heights.exposed?.value, 62.3);
    assert.equal(w.profile?.cognitive.telework.notAvailable?.value, 100);
  });

  it('gives a below-threshold value as null plus its threshold, and an unpublished one as null', () => {
    const w = workEnvironmentFor(store, '47-2061.00');
    const sit = w.profile?.physical.sittingHours;
    assert.equal(sit?.value, null);
    assert.equal(sit?.belowThreshold, '< 0.05 hours');
    assert.equal(sit?.unit, 'hours');
    // Only 2018 publishes the median weight, and only as "< 0.05 pounds".
    assert.equal(w.profile?.physical.maxWeightLifted.median?.belowThreshold, '< 0.05 pounds');
    assert.equal(w.profile?.physical.maxWeightLifted.median?.release, '2018');
    assert.equal(w.profile?.physical.maxWeightLifted.mean, null);
    const dev = workEnvironmentFor(store, '15-1252.00');
    assert.equal(dev.profile?.environment.outdoors.exposed, null, 'not published is null, never 0');
    assert.equal(dev.profile?.environment.outdoors.notExposed?.value, 99.1);
    assert.equal(dev.profile?.physical.sittingPctOfDay?.value, 92.4);
    assert.equal(dev.profile?.physical.sittingPctOfDay?.unit, 'percent_of_day');
    assert.equal(dev.profile?.cognitive.telework.available?.value, 73.9);
  });

  it('keeps a distribution within one release', () => {
    const s = workEnvironmentFor(store, '47-2061.00').profile?.physical.strength;
    assert.equal(s?.medium?.value, 48.6);
    assert.equal(s?.heavy?.value, 46.4);
    // 2018 publishes "sedentary 1.2" for the same SOC, but the 2020 distribution is the one shown.
    assert.equal(s?.sedentary, null);
  });

  it('uses 2018 values mapped through the crosswalk, closest mapping first', () => {
    const dev = workEnvironmentFor(store, '15-1252.00').profile?.physical.strength.sedentary;
    // 15-1133 merges into 15-1252 only (rank 1); 15-1132 also splits (rank 2).
    assert.equal(dev?.value, 97);
    assert.equal(dev?.publishedCode, '15113300');
    assert.equal(dev?.mapping, 'merge');
    const qa = workEnvironmentFor(store, '15-1253.00').profile?.physical.strength.sedentary;
    assert.equal(qa?.value, 95.3);
    assert.equal(qa?.mapping, 'split');
    assert.match(qa?.mappingNote ?? '', /split into 15-1252, 15-1253/);
  });

  it('prefers an O*NET specialisation that is the occupation itself', () => {
    const all = workEnvironmentFor(store, '13-2011.00').profile?.environment.outdoors.exposed;
    assert.equal(all?.publishedCode, '13201101');
    assert.equal(all?.value, 2);
    const auditors = workEnvironmentFor(store, '13-2011.02');
    assert.equal(auditors.profile?.environment.outdoors.exposed?.value, 5);
    assert.equal(auditors.links[0]?.exact, true);
  });

  it('falls back to a broad group, and to the major group only when asked', () => {
    const buyers = workEnvironmentFor(store, '13-1022.00').profile?.environment.outdoors.exposed;
    assert.equal(buyers?.level, 'broad');
    assert.equal(buyers?.soc, '13-1020');
    assert.equal(buyers?.value, 10.5);
    const paving = workEnvironmentFor(store, '47-2071.00');
    assert.equal(paving.profile, null);
    assert.deepEqual(paving.links, []);
    const major = workEnvironmentFor(store, '47-2071.00', { allowMajorGroup: true });
    assert.equal(major.profile?.environment.outdoors.exposed?.level, 'major');
    assert.equal(major.profile?.environment.outdoors.exposed?.value, 88.1);
    assert.equal(major.links[0]?.soc, '47-0000');
  });

  it('gives the all-workers baseline, newer release first', () => {
    const b = workEnvironmentFor(store, '15-1252.00').baseline;
    assert.equal(b?.environment.outdoors.exposed?.value, 33.8);
    assert.equal(b?.environment.outdoors.exposed?.level, 'all');
    assert.deepEqual(
      b?.environment.outdoors.exposed?.alternatives.map((a) => [a.release, a.value]),
      [['2018', 30.1]],
    );
    assert.equal(b?.physical.sittingPctOfDay?.value, 42.7);
    assert.equal(b?.cognitive.telework.available?.value, 9);
  });

  it('has no profile for an unknown occupation', () => {
    const w = workEnvironmentFor(store, '99-9999.00');
    assert.equal(w.profile, null);
    assert.deepEqual(w.links, []);
    assert.notEqual(w.baseline, null);
  });

  it('lists links best first and counts coverage by level', () => {
    assert.deepEqual(
      orsLinksFor(db, '15-1252.00').map((l) => [l.release, l.publishedCode, l.mapping]),
      [
        ['2020', '151252', 'published'],
        ['2018', '15113300', 'merge'],
        ['2018', '15113200', 'split_merge'],
      ],
    );
    assert.deepEqual(orsCoverage(db), { all: 0, detailed: 5, broad: 1, minor: 0, major: 1, none: 0 });
  });
});
