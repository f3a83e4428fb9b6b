/**
 * Title-resolution benchmark: accuracy (top-1 at SOC major group, SOC code and O*NET code) on held-out and
 * perturbed titles, plus index build time and warm speed (throughput, p50, p99; median of runs), for
 * careerdiff's resolver, an exact-then-TF-IDF baseline, Fuse.js and MiniSearch over the same titles.
 *
 *   npx tsc -p . && node dist/bench/resolve.js [--n 1000] [--runs 3] [--seed 42] [--onet DIR] [--db FILE] [--budget-ms 4000]
 *     [--fuse-n 60]   (Fuse.js is evaluated on the first N queries of each set: it takes seconds per query)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import { DEFAULTS, resolveDbFile } from '../src/defaults.js';
import { loadBenchPriors, type Method, METHODS, resolverPriors } from './lib/resolve-methods.js';
import { type EvalQuery, heldOut, PERTURBATIONS, perturbed, rng, sample } from './lib/resolve-sets.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    onet: { type: 'string', default: path.join(DEFAULTS.dataDir, 'onet_30_1') },
    'budget-ms': { type: 'string', default: '4000' },
    'fuse-n': { type: 'string', default: '60' },
    db: { type: 'string' },
  },
});
// The shipped resolver orders near-ties by occupation priors from the store (OEWS employment); use them when
// a store is there (careerdiff import), and say so.
loadBenchPriors(values.db);
console.log(
  `Resolver priors: ${resolverPriors.value ? `${resolverPriors.value.size} occupations from ${resolveDbFile(values.db)}` : 'none (no store)'}`,
);
const N = Number(values.n);
const RUNS = Number(values.runs);
const SEED = Number(values.seed);
const BUDGET = Number(values['budget-ms']);

interface Acc {
  major: number;
  soc: number;
  code: number;
  n: number;
}

function accuracy(answer: (q: string) => string | undefined, queries: readonly EvalQuery[]): Acc {
  const a: Acc = { major: 0, soc: 0, code: 0, n: queries.length };
  for (const q of queries) {
    const got = answer(q.query);
    if (!got) continue;
    if (q.truth.some((t) => t.slice(0, 2) === got.slice(0, 2))) a.major++;
    if (q.truth.some((t) => t.slice(0, 7) === got.slice(0, 7))) a.soc++;
    if (q.truth.includes(got)) a.code++;
  }
  return a;
}

function roundRobin(qs: readonly EvalQuery[], n: number): EvalQuery[] {
  const byKind = PERTURBATIONS.map((k) => qs.filter((q) => q.kind === k));
  const out: EvalQuery[] = [];
  for (let i = 0; out.length < n && i < qs.length; i++)
    for (const list of byKind) if (list[i] && out.length < n) out.push(list[i]!);
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (x: number, n: number) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;

interface Speed {
  qps: number;
  p50: number;
  p99: number;
}

/** Warm speed: one warm-up pass, then RUNS timed passes (each stops after BUDGET ms); medians. */
function speed(answer: (q: string) => string | undefined, queries: readonly string[]): Speed {
  const warm = performance.now();
  for (const q of queries) {
    answer(q);
    if (performance.now() - warm > BUDGET / 4) break;
  }
  const runs: Speed[] = [];
  for (let r = 0; r < RUNS; r++) {
    const lat: number[] = [];
    const t0 = performance.now();
    for (const q of queries) {
      const s = performance.now();
      answer(q);
      lat.push(performance.now() - s);
      if (performance.now() - t0 > BUDGET) break;
    }
    const total = performance.now() - t0;
    lat.sort((a, b) => a - b);
    runs.push({
      qps: lat.length / (total / 1000),
      p50: lat[Math.floor(lat.length * 0.5)]! * 1000,
      p99: lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.99))]! * 1000,
    });
  }
  return {
    qps: median(runs.map((r) => r.qps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
  };
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

const entries = titlesFromFiles(values.onet);
const split = heldOut(entries, 0.15, SEED);
const heldQueries = sample(split.queries, N, rng(SEED + 1));
const pertQueries = perturbed(entries, Math.ceil(N / PERTURBATIONS.length), SEED + 2);
const speedQueries = sample(
  [...heldQueries, ...pertQueries].map((q) => q.query),
  5000,
  rng(SEED + 3),
);

console.log(
  `# Title resolution benchmark\n\n${entries.length} title entries (O*NET ${path.basename(values.onet)}); held-out: ${split.queries.length} titles removed (15%, seed ${SEED}), ${heldQueries.length} sampled; perturbed: ${pertQueries.length} (${PERTURBATIONS.join(', ')}); speed: median of ${RUNS} runs on node ${process.version}.\n`,
);

interface Row {
  m: Method;
  held: Acc;
  pert: Acc;
  perKind: Map<string, Acc>;
  buildMs: number;
  sp: Speed;
}
const rows: Row[] = [];
for (const m of METHODS) {
  const cap = m.maxQueries !== undefined ? Number(values['fuse-n']) : Number.POSITIVE_INFINITY;
  const hq = heldQueries.slice(0, cap);
  // Every kind of perturbation in a capped sample: take queries round-robin over the kinds.
  const pq = Number.isFinite(cap) ? roundRobin(pertQueries, cap) : pertQueries;
  const heldAnswer = m.build(split.index);
  const held = accuracy(heldAnswer, hq);
  const builds: number[] = [];
  let answer: ((q: string) => string | undefined) | undefined;
  for (let r = 0; r < RUNS; r++) {
    const [a, ms] = timed(() => m.build(entries));
    answer = a;
    builds.push(ms);
  }
  const pert = accuracy(answer!, pq);
  const perKind = new Map(
    PERTURBATIONS.map((k) => [
      k,
      accuracy(
        answer!,
        pq.filter((q) => q.kind === k),
      ),
    ]),
  );
  const sp = speed(answer!, speedQueries);
  rows.push({ m, held, pert, perKind, buildMs: median(builds), sp });
  process.stderr.write(`done: ${m.name}\n`);
}

const out: string[] = [
  '| Method | n (held-out / perturbed) | Held-out: major group | SOC | O*NET code | Perturbed: major group | SOC | O*NET code | Build (ms) | Queries/s | p50 (µs) | p99 (µs) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const r of rows)
  out.push(
    `| ${r.m.name} | ${r.held.n} / ${r.pert.n} | ${pct(r.held.major, r.held.n)} | ${pct(r.held.soc, r.held.n)} | ${pct(r.held.code, r.held.n)} | ${pct(r.pert.major, r.pert.n)} | ${pct(r.pert.soc, r.pert.n)} | ${pct(r.pert.code, r.pert.n)} | ${r.buildMs.toFixed(0)} | ${Math.round(r.sp.qps).toLocaleString('en-US')} | ${r.sp.p50.toFixed(0)} | ${r.sp.p99.toFixed(0)} |`,
  );
out.push('', 'Perturbed, top-1 O*NET code by perturbation:', '');
out.push(`| Method | ${PERTURBATIONS.join(' | ')} |`, `|---|${PERTURBATIONS.map(() => '---').join('|')}|`);
for (const r of rows)
  out.push(
    `| ${r.m.name} | ${PERTURBATIONS.map((k) => pct(r.perKind.get(k)!.code, r.perKind.get(k)!.n)).join(' | ')} |`,
  );
console.log(out.join('\n'));
