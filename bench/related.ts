/**
 * Relatedness benchmark of the similarity model: for the current weights and for the same weights without the
 * work-activities component (the model before issue 9), the share of each occupation's top-10 related
 * occupations in its SOC minor group (and major group), and recall@10 on test/related/check-pairs.json (pairs
 * an expert would call related; each pair counted in both directions). Every pair's components are computed
 * once and blended with each weight set, so both columns come from the same run.
 * Usage: node dist/bench/related.js [--db FILE]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFeatures, componentValues } from '../src/compare/similarity.js';
import { PROJECT_ROOT, resolveDataDir, resolveDbFile, SIMILARITY_WEIGHTS } from '../src/defaults.js';
import { ensureStore } from '../src/ingest/ensure.js';
import { openStore } from '../src/store/open.js';
import { loadRawOccupationData } from '../src/store/vectors.js';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
const dbFile = resolveDbFile(values.db);
ensureStore(resolveDataDir(), dbFile);
const db = openStore(dbFile);
const t0 = performance.now();
const fs_ = buildFeatures(loadRawOccupationData(db));
const n = fs_.length;
const order = Object.keys(SIMILARITY_WEIGHTS);
const K = order.length;
const comps = new Float32Array(n * n * K).fill(Number.NaN);
for (let i = 0; i < n; i++)
  for (let j = i + 1; j < n; j++) {
    const v = componentValues(fs_[i]!, fs_[j]!);
    for (let k = 0; k < K; k++) comps[(i * n + j) * K + k] = v[k] ?? Number.NaN;
  }
const check = (
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/related/check-pairs.json'), 'utf8')) as {
    pairs: [string, string][];
  }
).pairs;
const index = new Map(fs_.map((f, i) => [f.code, i]));

function evaluate(weights: Record<string, number>) {
  const w = order.map((k) => weights[k] ?? 0);
  const score = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    let s = 0;
    let t = 0;
    for (let k = 0; k < K; k++) {
      const v = comps[(a * n + b) * K + k]!;
      if (Number.isNaN(v) || w[k] === 0) continue;
      s += w[k]! * v;
      t += w[k]!;
    }
    return t === 0 ? 0 : s / t;
  };
  const top = new Map<number, number[]>();
  let minor = 0;
  let major = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!fs_[i]!.hasData) continue;
    const cand: [number, number][] = [];
    for (let j = 0; j < n; j++) if (j !== i && fs_[j]!.hasData) cand.push([j, score(i, j)]);
    cand.sort((x, y) => y[1] - x[1] || fs_[x[0]]!.code.localeCompare(fs_[y[0]]!.code));
    const t10 = cand.slice(0, 10).map((c) => c[0]);
    top.set(i, t10);
    for (const j of t10) {
      total++;
      if (fs_[j]!.soc.slice(0, 4) === fs_[i]!.soc.slice(0, 4)) minor++;
      if (fs_[j]!.soc.slice(0, 2) === fs_[i]!.soc.slice(0, 2)) major++;
    }
  }
  let hits = 0;
  let asked = 0;
  const missed: string[] = [];
  for (const [a, b] of check) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const i = index.get(x);
      const j = index.get(y);
      if (i === undefined || j === undefined) throw new Error(`check pair ${x} ${y}: unknown code`);
      asked++;
      if (top.get(i)?.includes(j)) hits++;
      else missed.push(`${x}→${y}`);
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  return {
    sameMinorGroupTop10: pct(minor, total),
    sameMajorGroupTop10: pct(major, total),
    recallAt10: `${(hits / asked).toFixed(3)} (${hits}/${asked})`,
    missed: missed.length,
  };
}

const without = { ...SIMILARITY_WEIGHTS, activities: 0 };
const result = {
  occupations: n,
  withActivities: { weight: SIMILARITY_WEIGHTS.activities, ...evaluate(SIMILARITY_WEIGHTS) },
  withoutActivities: evaluate(without),
  activitiesOnlyReplacing: Object.fromEntries(
    [0.037, 0.111, 0.148].map((x) => [String(x), evaluate({ ...SIMILARITY_WEIGHTS, activities: x })]),
  ),
  checkPairs: check.length,
  seconds: ((performance.now() - t0) / 1000).toFixed(1),
};
console.log(JSON.stringify(result, null, 2));
