/**
 * Work Environment coverage benchmark: for seeded random pairs of occupations, how many figures the Work
 * Environment section has (an item with a value on both sides: an ORS row or an O*NET Work Context row), and
 * the share of pairs with three or more, with and without the O*NET Work Context rows (the baseline), plus
 * the seed pair. Usage: node dist/bench/environment.js [--pairs 250] [--seed 9] [--db FILE]
 */
import { parseArgs } from 'node:util';
import { compare } from '../src/compare/compare.js';
import type { Comparison } from '../src/compare/types.js';
import { resolveDataDir, resolveDbFile } from '../src/defaults.js';
import { ensureStore } from '../src/ingest/ensure.js';
import { openStore } from '../src/store/open.js';
import { rng } from '../src/testkit/rng.js';
import { StoreCache } from '../src/store/cache.js';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '250' },
    seed: { type: 'string', default: '9' },
    db: { type: 'string' },
  },
});
const dbFile = resolveDbFile(values.db);
ensureStore(resolveDataDir(), dbFile);
const db = openStore(dbFile);
const store = new StoreCache(db);

function figures(c: Comparison): { ors: number; onet: number } {
  const w = c.workEnvironment;
  return {
    ors: w.ors.filter((r) => r.values.a && r.values.b).length,
    onet: (w.onet.context ?? []).filter((r) => r.values.a && r.values.b).length,
  };
}

const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck().all() as string[];
const withTasks = new Set(db.prepare('SELECT DISTINCT occ_code FROM tasks').pluck().all() as string[]);
const r = rng(Number(values.seed));
const n = Number(values.pairs);
const rows: { a: string; b: string; ors: number; onet: number }[] = [];
while (rows.length < n) {
  const a = codes[Math.floor(r() * codes.length)]!;
  const b = codes[Math.floor(r() * codes.length)]!;
  if (a === b) continue;
  rows.push({ a, b, ...figures(compare(store, a, b, { aCode: a, bCode: b })) });
}
const share = (xs: typeof rows, f: (x: (typeof rows)[number]) => boolean) =>
  xs.length ? `${((100 * xs.filter(f).length) / xs.length).toFixed(1)}%` : 'n/a';
const both = rows.filter((x) => withTasks.has(x.a) && withTasks.has(x.b));
const seed = figures(compare(store, 'associate producer', 'production assistant'));
console.log(
  JSON.stringify(
    {
      pairs: rows.length,
      seed: Number(values.seed),
      threeOrMore: {
        withWorkContext: share(rows, (x) => x.ors + x.onet >= 3),
        orsOnlyBaseline: share(rows, (x) => x.ors >= 3),
      },
      pairsWithOnetContentBothSides: {
        pairs: both.length,
        withWorkContext: share(both, (x) => x.ors + x.onet >= 3),
        orsOnlyBaseline: share(both, (x) => x.ors >= 3),
      },
      seedPair: seed,
      fewest: rows
        .filter((x) => x.ors + x.onet < 3)
        .slice(0, 8)
        .map((x) => `${x.a} vs ${x.b}: ${x.ors} ORS, ${x.onet} O*NET`),
    },
    null,
    2,
  ),
);
