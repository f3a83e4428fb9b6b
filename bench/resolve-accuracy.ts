/**
 * Title-coding accuracy (issue 13) on the "report" halves of the evaluation sets (bench/lib/resolve-eval.ts;
 * the calibration is fitted on the other halves): top-1 and top-5 at the 2-, 3-, 5- and 6-digit SOC levels
 * for careerdiff's resolver, the exact-then-TF-IDF baseline and MiniSearch over the same index; for the
 * resolver also the expected calibration error (10 bins), the error a perfectly calibrated coder would show on as
 * many rows (its sampling floor) and, per confidence threshold, the share of rows
 * left uncoded and the 6-digit accuracy of the rows coded; and top-1 with and without a description as context
 * (bench/lib/resolve-context-eval.ts). The official-title sets (bench/lib/resolve-official.ts) are coded against
 * their own index. Prints Markdown tables.
 *
 *   npx tsc -p . && node dist/bench/resolve-accuracy.js [--n 4000] [--seed 42] [--onet DIR] [--db FILE]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../src/defaults.js';
import { Resolver } from '../src/resolve/resolver.js';
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import type { TitleEntry } from '../src/resolve/types.js';
import { contextEval } from './lib/resolve-context-eval.js';
import { correctAt, coverage, ece, eceFloor, evalSets, indexOf, LEVELS, topK } from './lib/resolve-eval.js';
import type { EvalQuery } from './lib/resolve-sets.js';
import {
  loadBenchPriors,
  miniSearchMethod,
  resolverPriors,
  resolverMethod,
  tfidfMethod,
} from './lib/resolve-methods.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '42' },
    onet: { type: 'string', default: path.join(DEFAULTS.dataDir, 'onet_30_1') },
    db: { type: 'string' },
  },
});
loadBenchPriors(values.db);
const { index, sets } = evalSets(
  titlesFromFiles(values.onet),
  Number(values.seed),
  Number(values.n),
  path.dirname(values.onet),
);
const pct = (x: number, n: number) => `${((100 * x) / Math.max(1, n)).toFixed(1)}`;
const THRESHOLDS = [0.5, 0.7, 0.8, 0.9];
type Ranked = { name: string; ranked: (q: string, k: number) => string[] };

console.log(
  `Index: ${index.length} title entries (O*NET ${path.basename(values.onet)} less 15% of alternate/reported titles, seed ${values.seed}); priors: ${resolverPriors.value ? 'store' : 'none'}; report halves only.\n`,
);
/** Each method built once per index (most sets share one; the official-title sets have their own). */
const built = new Map<TitleEntry[], { methods: Ranked[]; resolver: Resolver }>();
function methodsFor(entries: TitleEntry[]): { methods: Ranked[]; resolver: Resolver } {
  let b = built.get(entries);
  if (!b) {
    b = {
      methods: [resolverMethod, tfidfMethod, miniSearchMethod].map((m) => ({
        name: m.name,
        ranked: m.ranked!(entries),
      })),
      resolver: new Resolver(entries, {}, resolverPriors.value),
    };
    built.set(entries, b);
  }
  return b;
}
const { methods, resolver } = methodsFor(index);
const head = `| Set (report half) | n | Method | ${LEVELS.map(([d]) => `top-1 ${d}-digit`).join(' | ')} | ${LEVELS.map(([d]) => `top-5 ${d}-digit`).join(' | ')} |`;
const acc = [head, `|${'---|'.repeat(3 + 2 * LEVELS.length)}`];
const cal = [
  `| Set (report half) | n | ECE | ECE floor | mean confidence | ${THRESHOLDS.map((t) => `uncoded / accuracy at ≥ ${t}`).join(' | ')} |`,
  `|${'---|'.repeat(5 + THRESHOLDS.length)}`,
];
const kindRows: string[] = [];
/** The accuracy, calibration and per-kind rows of one set's queries, coded by `methods` (the first is the resolver's). */
function report(name: string, qs: readonly EvalQuery[], ms: readonly Ranked[], r: Resolver, noTruth?: boolean): void {
  if (!noTruth)
    for (const m of ms) {
      const t = topK(m.ranked, qs);
      acc.push(
        `| ${name} | ${qs.length} | ${m.name} | ${LEVELS.map(([d]) => pct(t.top1[d]!, t.n)).join(' | ')} | ${LEVELS.map(([d]) => pct(t.top5[d]!, t.n)).join(' | ')} |`,
      );
    }
  const pairs = qs.map((q) => {
    const res = r.resolve(q.query, 1);
    const top = res.candidates[0];
    return { p: res.confidence ?? 0, y: top && correctAt(q.truth, top.code, 7) ? 1 : 0 };
  });
  const mean = pairs.reduce((a, x) => a + x.p, 0) / Math.max(1, pairs.length);
  cal.push(
    `| ${name} | ${qs.length} | ${ece(pairs).toFixed(3)} | ${eceFloor(pairs).toFixed(3)} | ${mean.toFixed(3)} | ${THRESHOLDS.map(
      (t) => {
        const c = coverage(pairs, t);
        return noTruth
          ? `${(100 * c.uncoded).toFixed(1)}% / —`
          : `${(100 * c.uncoded).toFixed(1)}% / ${(100 * c.accuracy).toFixed(1)}%`;
      },
    ).join(' | ')} |`,
  );
  // Per kind of query (rewrites and issue kinds): top-1 6-digit of each method, and the resolver's ECE.
  const kinds = [...new Set(qs.map((q) => q.kind))];
  if (kinds.length > 1)
    for (const k of kinds) {
      const kq = qs.filter((q) => q.kind === k);
      const kp = pairs.filter((_, i) => qs[i]!.kind === k);
      kindRows.push(
        `| ${name} | ${k} | ${kq.length} | ${ms.map((m) => pct(topK(m.ranked, kq).top1[6]!, kq.length)).join(' | ')} | ${ece(kp).toFixed(3)} | ${eceFloor(kp).toFixed(3)} |`,
      );
    }
}
for (const s of sets) {
  const m = methodsFor(indexOf(s, index));
  report(
    s.name,
    s.queries.filter((q) => q.half === 'report'),
    m.methods,
    m.resolver,
    s.noTruth,
  );
}
console.log(
  `Accuracy (%):\n\n${acc.join('\n')}\n\ncareerdiff resolver, confidence (6-digit SOC):\n\n${cal.join('\n')}`,
);
console.log(
  `\nTop-1 6-digit (%) by kind of query, and the resolver's ECE and its floor (a perfectly calibrated coder's, same confidences):\n\n| Set | kind | n | ${methods.map((m) => m.name).join(' | ')} | ECE | ECE floor |\n|${'---|'.repeat(5 + methods.length)}\n${kindRows.join('\n')}`,
);
for (const s of sets.slice(0, 2)) {
  const c = contextEval(
    resolver,
    values.onet,
    s.queries.filter((q) => q.half === 'report'),
  );
  console.log(
    `\nContext, ${s.name} (report half; description = one held-out task statement of the occupation): n ${c.n}, top-1 6-digit alone ${pct(c.alone, c.n)}%, with context ${pct(c.withContext, c.n)}%`,
  );
  console.log(
    `Industry, ${s.name} (report half; industry = the NAICS sector of the occupation's SOC major group, where it has one): n ${c.industry.n}, top-1 6-digit alone ${pct(c.industry.alone, c.industry.n)}%, with industry ${pct(c.industry.withContext, c.industry.n)}%`,
  );
}
