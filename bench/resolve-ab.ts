/**
 * Speed of two (or more) builds of the resolver on the same queries, in one process, in turn (an A/B that
 * survives a loaded machine better than two separate runs): 1,000 held-out, 1,000 perturbed and 1,000
 * employer-style titles (seed 42), every query once per round, 7 rounds, medians. Each round is timed twice:
 * `resolve` alone, and the batch path (`codeRow` + the JSONL line, as `resolve --batch` does). Throughput is
 * given per wall-clock second and per CPU second of this process (on a shared machine the second is the
 * one-core figure; the first also counts time the process waited for a core); p50/p99 are wall-clock
 * latencies of single titles, and "CPU p99" the p99 of their CPU time (each title timed with process.cpuUsage,
 * which both builds pay alike). With `--check`, the builds' answers (JSON of each resolution) are compared and
 * the differing queries counted. Each build is a compiled checkout's folder (holding src/ and bench/, as
 * `dist/`), e.g. an older commit checked out with `git worktree add /tmp/old <commit>` and built there.
 *
 *   npx tsc -p . && node dist/bench/resolve-ab.js /tmp/old/dist dist [--rounds 7] [--check] [--onet DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../src/defaults.js';
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import { employerStyle } from './lib/resolve-employer.js';
import { heldOut, perturbed, rng, sample } from './lib/resolve-sets.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    onet: { type: 'string', default: path.join(DEFAULTS.dataDir, 'onet_30_1') },
    rounds: { type: 'string', default: '7' },
    check: { type: 'boolean' },
  },
});
const entries = titlesFromFiles(values.onet);
const split = heldOut(entries, 0.15, 42);
const held = sample(split.queries, 1000, rng(43));
const queries = sample(
  [
    ...held,
    ...perturbed(entries, 200, 44),
    ...employerStyle(sample(split.queries, 3000, rng(46)), entries, 1000, rng(47)),
  ].map((q) => q.query),
  100_000,
  rng(45),
);

interface Run {
  qps: number;
  cpuQps: number;
  p50: number;
  p99: number;
  /** p99 of the CPU time of single titles (waiting for a core on a busy machine not counted). */
  cpuP99: number;
}
interface Build {
  dist: string;
  resolve: (q: string) => unknown;
  batch: (q: string, line: number) => string;
  runs: Run[];
  batchRuns: Run[];
}
const builds: Build[] = [];
for (const d of positionals) {
  const dist = path.resolve(d);
  const { Resolver } = await import(path.join(dist, 'src/resolve/resolver.js'));
  const files = await import(path.join(dist, 'src/resolve/titles-from-files.js'));
  const batch = await import(path.join(dist, 'src/resolve/batch.js'));
  const r = new Resolver(files.titlesFromFiles(values.onet));
  builds.push({
    dist,
    resolve: (q) => {
      try {
        return r.resolve(q, 5);
      } catch {
        return undefined;
      }
    },
    batch: (q, line) => batch.formatRow(batch.codeRow(r, { line, title: q }, { limit: 5, minConfidence: 0 }), 'jsonl'),
    runs: [],
    batchRuns: [],
  });
}

function timeRound(f: (q: string, i: number) => unknown): Run {
  const lat = new Float64Array(queries.length);
  const cpuLat = new Float64Array(queries.length);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < queries.length; i++) {
    const u = process.cpuUsage();
    const s = performance.now();
    f(queries[i]!, i);
    lat[i] = performance.now() - s;
    const du = process.cpuUsage(u);
    cpuLat[i] = (du.user + du.system) / 1000;
  }
  const total = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lat.sort();
  cpuLat.sort();
  return {
    qps: queries.length / (total / 1000),
    cpuQps: queries.length / ((c.user + c.system) / 1e6),
    p50: lat[lat.length >> 1]! * 1000,
    p99: lat[Math.floor(lat.length * 0.99)]! * 1000,
    cpuP99: cpuLat[Math.floor(cpuLat.length * 0.99)]! * 1000,
  };
}

if (values.check && builds.length >= 2) {
  let differ = 0;
  const shown: string[] = [];
  for (const q of queries) {
    const [a, b] = builds.map((x) => JSON.stringify(x.resolve(q)));
    if (a !== b) {
      differ++;
      if (shown.length < 5) shown.push(`${q}\n  A ${a}\n  B ${b}`);
    }
  }
  console.log(
    `check: ${differ} of ${queries.length} queries answered differently${shown.length ? `\n${shown.join('\n')}` : ''}`,
  );
}

for (let round = 0; round < Number(values.rounds); round++)
  for (const b of builds) {
    for (const q of queries.slice(0, 500)) b.resolve(q);
    b.runs.push(timeRound(b.resolve));
    b.batchRuns.push(timeRound(b.batch));
  }
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const line = (runs: Run[]) =>
  `${Math.round(med(runs.map((r) => r.qps)))}/s wall, ${Math.round(med(runs.map((r) => r.cpuQps)))}/s CPU, p50 ${med(runs.map((r) => r.p50)).toFixed(0)} µs, p99 ${med(runs.map((r) => r.p99)).toFixed(0)} µs, CPU p99 ${med(runs.map((r) => r.cpuP99)).toFixed(0)} µs`;
console.log(
  `${queries.length} titles (held-out, perturbed, employer-style), median of ${values.rounds} rounds, node ${process.version}, load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
);
for (const b of builds) console.log(`${b.dist}\n  resolve: ${line(b.runs)}\n  batch:   ${line(b.batchRuns)}`);
