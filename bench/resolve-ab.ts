/**
 * Speed of two builds of the resolver on the same queries, in one process, in turn (an A/B that survives a
 * loaded machine better than two separate runs): 1,000 held-out and 1,000 perturbed titles (seed 42), 5,000
 * resolutions per round, 5 rounds, medians. Each build is a compiled checkout's dist folder, e.g. an older
 * commit checked out with `git worktree add /tmp/old <commit>` and built there.
 *
 *   npx tsc -p . && node dist/bench/resolve-ab.js /tmp/old/dist dist [--onet DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../src/defaults.js';
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import { heldOut, perturbed, rng, sample } from './lib/resolve-sets.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { onet: { type: 'string', default: path.join(DEFAULTS.dataDir, 'onet_30_1') } },
});
const entries = titlesFromFiles(values.onet);
const split = heldOut(entries, 0.15, 42);
const pool = [...sample(split.queries, 1000, rng(43)), ...perturbed(entries, 200, 44)].map((q) => q.query);
const queries = sample(pool, 5000, rng(45));

interface Build {
  dist: string;
  resolve: (q: string) => unknown;
  runs: { qps: number; p50: number; p99: number }[];
}
const builds: Build[] = [];
for (const d of positionals) {
  const dist = path.resolve(d);
  const { Resolver } = await import(path.join(dist, 'src/resolve/resolver.js'));
  const files = await import(path.join(dist, 'src/resolve/titles-from-files.js'));
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
    runs: [],
  });
}
for (let round = 0; round < 5; round++)
  for (const b of builds) {
    for (const q of queries.slice(0, 500)) b.resolve(q);
    const lat: number[] = [];
    const t0 = performance.now();
    for (const q of queries) {
      const s = performance.now();
      b.resolve(q);
      lat.push(performance.now() - s);
    }
    const total = performance.now() - t0;
    lat.sort((x, y) => x - y);
    b.runs.push({
      qps: queries.length / (total / 1000),
      p50: lat[lat.length >> 1]! * 1000,
      p99: lat[Math.floor(lat.length * 0.99)]! * 1000,
    });
  }
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
for (const b of builds)
  console.log(
    `${b.dist}: ${Math.round(med(b.runs.map((r) => r.qps)))} resolutions/s, p50 ${med(b.runs.map((r) => r.p50)).toFixed(0)} µs, p99 ${med(b.runs.map((r) => r.p99)).toFixed(0)} µs (median of 5 rounds)`,
  );
