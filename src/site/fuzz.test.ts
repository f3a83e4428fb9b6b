/**
 * A bounded fuzz test over the site's routes (issue 12), on the in-memory engine: seeded random paths,
 * parameters and methods for a few seconds (src/testkit/route-fuzz.ts); no 5xx, no redirect off the site.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FUZZ_MS, FUZZ_SEED, fuzzRoutes, fuzzSummary } from '../testkit/route-fuzz.js';
import { testApp } from './testing.js';

it(`fuzzed requests: no 5xx, no redirect off the site (seed ${FUZZ_SEED}, ${FUZZ_MS} ms)`, async (t) => {
  const { app, site } = testApp();
  const cat = site.catalog();
  const r = await fuzzRoutes(app, [...cat.pairs.map((p) => p.path), ...cat.occupations.map((o) => o.path)]);
  t.diagnostic(fuzzSummary(r));
  assert.ok(r.requests > 200, `only ${r.requests} requests in ${FUZZ_MS} ms`);
  // The mix reached real pages, redirects and errors, not just one kind of answer.
  for (const s of [200, 301, 404, 405]) assert.ok(r.statuses.has(s), `no ${s} among ${[...r.statuses.keys()]}`);
});
