/**
 * Reading accuracy on popular pairs: the share of hand-coded titles (test/truth/popular-pairs*.json) that a
 * comparison reads as coded, for the dev and check halves, dev2, dev3 and the held-out lists held and held2
 * (src/testkit/popular.ts). Lists the dev half's and the dev2 and dev3 lists' misses; the check half's and the held lists'
 * only with --show-check (they are not to be tuned on).
 *
 *   npx tsc -p . && node dist/bench/reading.js [--db FILE] [--show-check]
 */
import { parseArgs } from 'node:util';
import { resolveDbFile } from '../src/defaults.js';
import { StoreCache } from '../src/store/cache.js';
import { openStore } from '../src/store/open.js';
import { popularPairs, readPairs, share } from '../src/testkit/popular.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'show-check': { type: 'boolean', default: false } },
});
const db = openStore(resolveDbFile(values.db));
const store = new StoreCache(db);
const pairs = popularPairs();
for (const half of ['dev', 'dev2', 'dev3', 'check', 'held', 'held2'] as const) {
  for (const list of half === 'dev' || half === 'check' ? (['popular', 'more', undefined] as const) : [undefined]) {
    const some = pairs.filter((p) => p.half === half && (!list || p.list === list));
    const s = readPairs(store, some);
    console.log(`${half} ${list ?? 'all'} (${some.length} pairs): ${share(s)}`);
    if (!list && (half.startsWith('dev') || values['show-check']))
      for (const m of s.misses) console.log(`  miss: ${m}`);
  }
}
db.close();
