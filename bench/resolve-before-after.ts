/**
 * Two builds of the resolver on the same evaluation sets (bench/lib/resolve-eval.ts, report halves), in one
 * run with the same index and store priors: top-1 / top-5 at the 6-digit SOC level and the expected calibration
 * error of each, per set and per kind of query. The other build is a compiled checkout's folder (holding src/),
 * e.g. an older commit checked out with `git worktree add /tmp/old <commit>` and built there.
 *
 *   npx tsc -p . && node dist/bench/resolve-before-after.js /tmp/old/dist [--n 4000] [--seed 42] [--onet DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../src/defaults.js';
import { Resolver } from '../src/resolve/resolver.js';
import type { TitleEntry } from '../src/resolve/types.js';
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import { correctAt, ece, evalSets, indexOf } from './lib/resolve-eval.js';
import { loadBenchPriors } from './lib/resolve-methods.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '42' },
    onet: { type: 'string', default: path.join(DEFAULTS.dataDir, 'onet_30_1') },
  },
});
const priors = loadBenchPriors();
const { index, sets } = evalSets(
  titlesFromFiles(values.onet),
  Number(values.seed),
  Number(values.n),
  path.dirname(values.onet),
);
type Resolve = (q: string, limit: number) => { candidates: { code: string }[]; confidence?: number };
type Make = new (entries: TitleEntry[], opts: object, priors?: ReadonlyMap<string, number>) => { resolve: Resolve };
const makers: [string, Make][] = [];
for (const d of positionals) {
  const { Resolver: Old } = await import(path.join(path.resolve(d), 'src/resolve/resolver.js'));
  makers.push([d, Old as Make]);
}
makers.push(['this build', Resolver as unknown as Make]);
/** Each build's resolver per index (the official-title sets have their own). */
const cache = new Map<TitleEntry[], [string, Resolve][]>();
const buildsFor = (entries: TitleEntry[]): [string, Resolve][] => {
  let b = cache.get(entries);
  if (!b) {
    b = makers.map(([name, Make]) => {
      const r = new Make(entries, {}, priors);
      return [name, (q: string, k: number) => r.resolve(q, k)] as [string, Resolve];
    });
    cache.set(entries, b);
  }
  return b;
};
const builds = buildsFor(index);

const score = (r: Resolve, qs: readonly { query: string; truth: string[] }[]) => {
  let top1 = 0;
  let top5 = 0;
  const pairs = qs.map((q) => {
    const res = r(q.query, 5);
    const y = res.candidates[0] && correctAt(q.truth, res.candidates[0].code, 7) ? 1 : 0;
    top1 += y;
    if (res.candidates.slice(0, 5).some((c) => correctAt(q.truth, c.code, 7))) top5++;
    return { p: res.confidence ?? 0, y };
  });
  const pct = (x: number) => ((100 * x) / Math.max(1, qs.length)).toFixed(1);
  return `${pct(top1)} / ${pct(top5)}, ECE ${ece(pairs).toFixed(3)}`;
};
console.log(
  `Priors: ${priors ? 'store' : 'none'}; report halves; top-1 / top-5 6-digit and ECE.\n\n| Set | kind | n | ${builds.map(([n]) => n).join(' | ')} |\n|${'---|'.repeat(3 + builds.length)}`,
);
for (const s of sets) {
  const qs = s.queries.filter((q) => q.half === 'report');
  const builds = buildsFor(indexOf(s, index));
  console.log(`| ${s.name} | all | ${qs.length} | ${builds.map(([, r]) => score(r, qs)).join(' | ')} |`);
  const kinds = [...new Set(qs.map((q) => q.kind))];
  if (kinds.length > 1)
    for (const k of kinds) {
      const kq = qs.filter((q) => q.kind === k);
      console.log(`| ${s.name} | ${k} | ${kq.length} | ${builds.map(([, r]) => score(r, kq)).join(' | ')} |`);
    }
}
