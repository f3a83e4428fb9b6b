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
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import { correctAt, ece, evalSets } from './lib/resolve-eval.js';
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
const { index, sets } = evalSets(titlesFromFiles(values.onet), Number(values.seed), Number(values.n));
type Resolve = (q: string, limit: number) => { candidates: { code: string }[]; confidence?: number };
const builds: [string, Resolve][] = [];
for (const d of positionals) {
  const { Resolver: Old } = await import(path.join(path.resolve(d), 'src/resolve/resolver.js'));
  const r = new Old(index, {}, priors);
  builds.push([d, (q, k) => r.resolve(q, k)]);
}
const mine = new Resolver(index, {}, priors);
builds.push(['this build', (q, k) => mine.resolve(q, k)]);

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
  console.log(`| ${s.name} | all | ${qs.length} | ${builds.map(([, r]) => score(r, qs)).join(' | ')} |`);
  const kinds = [...new Set(qs.map((q) => q.kind))];
  if (kinds.length > 1)
    for (const k of kinds) {
      const kq = qs.filter((q) => q.kind === k);
      console.log(`| ${s.name} | ${k} | ${kq.length} | ${builds.map(([, r]) => score(r, kq)).join(' | ')} |`);
    }
}
