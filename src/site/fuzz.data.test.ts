/**
 * The route fuzz test (src/testkit/route-fuzz.ts) on the real store: the real resolver, comparisons and
 * profiles under seeded random paths, parameters and methods for a few seconds; no 5xx, no redirect off the site.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createEngine } from '../engine/engine.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { FUZZ_MS, FUZZ_SEED, fuzzRoutes, fuzzSummary } from '../testkit/route-fuzz.js';
import { createApp, type SiteApp } from './app.js';

const skip = needsRealData();
let db: DB;
let sa: SiteApp;
const errors: unknown[] = [];

before(() => {
  if (skip) return;
  db = openStore(realStorePath());
  sa = createApp({ engine: createEngine(db), onServerError: (e) => errors.push(e) });
});
after(() => db?.close());

it(`fuzzed requests on the real store: no 5xx (seed ${FUZZ_SEED}, ${FUZZ_MS} ms)`, {
  skip,
  timeout: 300_000,
}, async (t) => {
  const cat = sa.site.catalog();
  sa.site.engine.resolve('producer', 1); // the title index, built once, is not what is measured
  await sa.app.request(cat.pairs[0]!.path); // nor the comparison engine's first load
  const real = [...cat.pairs.slice(0, 300).map((p) => p.path), ...cat.occupations.map((o) => o.path)];
  const r = await fuzzRoutes(sa.app, real);
  t.diagnostic(fuzzSummary(r));
  assert.deepEqual(errors, [], 'no server errors logged');
  assert.ok(r.requests > 50, `only ${r.requests} requests in ${FUZZ_MS} ms`);
});
