/**
 * Fits the resolver's confidence calibration and writes it to src/resolve/calibration-model.ts: on the "fit"
 * halves of the evaluation sets (bench/lib/resolve-eval.ts), the label is "top candidate right at the 6-digit
 * SOC level" (no match = a wrong answer at confidence 0, not fitted); a logistic regression (Newton steps,
 * small L2) over src/resolve/calibration.ts FEATURES, for all kinds of match and one per kind with enough queries
 * (calibration.ts `matchGroup`), then an isotonic (pool-adjacent-violators) map of its output, thinned to at most
 * 40 knots, one per kind; for one-word queries an isotonic map of the top occupation's share of the
 * titles holding the word, fitted on one-word queries alone. Prints the fit half's calibration error before and after.
 *
 *   npx tsc -p . && node dist/bench/calibrate.js [--n 4000] [--seed 42] [--onet DIR] [--db FILE] [--dry-run]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../src/defaults.js';
import {
  type CalibrationModel,
  FEATURES,
  features,
  interpolate,
  matchGroup,
  oneWordTitle,
  sigmoid,
  topShare,
} from '../src/resolve/calibration.js';
import { Resolver } from '../src/resolve/resolver.js';
import { titlesFromFiles } from '../src/resolve/titles-from-files.js';
import type { TitleEntry } from '../src/resolve/types.js';
import { correctAt, ece, evalSets, indexOf } from './lib/resolve-eval.js';
import { loadBenchPriors } from './lib/resolve-methods.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '42' },
    onet: { type: 'string', default: path.join(DEFAULTS.dataDir, 'onet_30_1') },
    db: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
});
const SEED = Number(values.seed);
const priors = loadBenchPriors(values.db);
const { index, sets } = evalSets(titlesFromFiles(values.onet), SEED, Number(values.n), path.dirname(values.onet));
const resolvers = new Map<TitleEntry[], Resolver>();
const resolverOf = (entries: TitleEntry[]): Resolver => {
  const r = resolvers.get(entries) ?? new Resolver(entries, {}, priors);
  resolvers.set(entries, r);
  return r;
};
const X: number[][] = [];
const Y: number[] = [];
/** Per fitted query: one content word (its confidence is an isotonic map of SHARE, see calibration.ts). */
const ONE: boolean[] = [];
const SHARE: number[] = [];
/** Per fitted query: its kind of match (each kind gets its own isotonic map). */
const GROUP: string[] = [];
for (const s of sets)
  for (const q of s.queries) {
    if (q.half !== 'fit' || s.noFit) continue;
    const { resolution, features: f } = resolverOf(indexOf(s, index)).explain(q.query, 1);
    const top = resolution.candidates[0];
    if (!top || !f || top.source === 'code') continue;
    X.push(features(f));
    Y.push(correctAt(q.truth, top.code, 7) ? 1 : 0);
    ONE.push(oneWordTitle(f));
    SHARE.push(topShare(f));
    GROUP.push(matchGroup(f));
  }
const d = FEATURES.length;

/** Logistic regression by Newton's method with an L2 penalty (bias unpenalised), on the fitted queries `at`. */
function logistic(at: readonly number[], lambda = 1e-2, steps = 25): { w: number[]; b: number } {
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < steps; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const i of at) {
      const xb = [...X[i]!, 1];
      const p = sigmoid(xb.reduce((s, v, j) => s + v * w[j]!, 0));
      const r = p - Y[i]!;
      const h = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j]! += r * xb[j]!;
        if (xb[j] !== 0) for (let k = 0; k <= d; k++) H[j]![k]! += h * xb[j]! * xb[k]!;
      }
    }
    for (let j = 0; j < d; j++) {
      g[j]! += lambda * at.length * w[j]!;
      H[j]![j]! += lambda * at.length;
    }
    H[d]![d]! += 1e-9;
    const step = solve(H, g);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { w: w.slice(0, d), b: w[d]! };
}

/** Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / piv;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

/** Pool-adjacent-violators: increasing fit of y on p; knots at block centres, thinned to `max`. */
function isotonic(p: number[], y: number[], max = 40): { x: number[]; y: number[] } {
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const blocks: { sx: number; sy: number; n: number }[] = [];
  for (const i of order) {
    blocks.push({ sx: p[i]!, sy: y[i]!, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sy / a.n < b.sy / b.n) break;
      blocks.splice(blocks.length - 2, 2, { sx: a.sx + b.sx, sy: a.sy + b.sy, n: a.n + b.n });
    }
  }
  let xs = blocks.map((b) => b.sx / b.n);
  let ys = blocks.map((b) => b.sy / b.n);
  if (xs.length > max) {
    const keep = Array.from({ length: max }, (_, k) => Math.round((k * (xs.length - 1)) / (max - 1)));
    xs = keep.map((k) => xs[k]!);
    ys = keep.map((k) => ys[k]!);
  }
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return { x: xs.map(r), y: ys.map(r) };
}

/** Fewest fitted queries of one kind of match for a map of its own. */
const MIN_GROUP = 300;
/**
 * Kinds of match that keep the weights of all kinds (a map of their own still): typo corrections, whose own
 * weights ranked worse on the report halves (ECE of employer titles with two typos 0.048 → 0.088 in a trial).
 */
const SHARED_WEIGHTS = new Set(['fuzzy']);

const round = (v: number) => Math.round(v * 10000) / 10000;
const { w, b } = logistic(X.map((_, i) => i));
const output = (x: number[], m: { w: number[]; b: number }) => sigmoid(m.b + x.reduce((s, v, j) => s + v * m.w[j]!, 0));
const raw = X.map((x) => output(x, { w, b }));
const iso = isotonic(raw, Y);
const ones = SHARE.flatMap((x, i) => (ONE[i] ? [[x, Y[i]!] as const] : []));
const isoOne = isotonic(
  ones.map(([x]) => x),
  ones.map(([, y]) => y),
);
const isoByGroup: Record<string, { x: number[]; y: number[] }> = {};
const logisticByGroup: Record<string, { weights: number[]; bias: number }> = {};
/** Per fitted query: the logistic output its kind of match uses (its own weights, else all kinds'). */
const rawOwn = [...raw];
for (const g of [...new Set(GROUP)].sort()) {
  const at = raw.flatMap((_, i) => (GROUP[i] === g && !ONE[i] ? [i] : []));
  // A kind too rare to fit alone keeps the weights and map of all kinds; the others get weights of their own (a
  // plural head or a comma says something else after level words than in a partial match) and a map.
  if (at.length < MIN_GROUP) continue;
  if (!SHARED_WEIGHTS.has(g)) {
    const m = logistic(at);
    logisticByGroup[g] = { weights: m.w.map(round), bias: round(m.b) };
    for (const i of at) rawOwn[i] = output(X[i]!, { w: logisticByGroup[g].weights, b: logisticByGroup[g].bias });
  }
  isoByGroup[g] = isotonic(
    at.map((i) => rawOwn[i]!),
    at.map((i) => Y[i]!),
  );
}
const calibrated = rawOwn.map((p, i) => {
  const m = isoByGroup[GROUP[i]!] ?? iso;
  return ONE[i] ? interpolate(isoOne.x, isoOne.y, SHARE[i]!) : interpolate(m.x, m.y, p);
});
const pairs = (ps: number[]) => ps.map((p, i) => ({ p, y: Y[i]! }));
console.log(
  `fit half: ${X.length} coded queries, accuracy ${(Y.reduce((s, v) => s + v, 0) / Y.length).toFixed(3)}; ECE logistic ${ece(pairs(raw)).toFixed(3)}, after isotonic ${ece(pairs(calibrated)).toFixed(3)}`,
);
const model: CalibrationModel = {
  features: FEATURES,
  weights: w.map(round),
  bias: round(b),
  isotonic: iso,
  isotonicOneWord: isoOne,
  isotonicByGroup: isoByGroup,
  logisticByGroup,
  fittedOn: `bench/calibrate.ts --n ${values.n} --seed ${SEED}: fit halves of ${sets
    .filter((s) => !s.noFit)
    .map((s) => s.name)
    .join(', ')} (${X.length} queries, O*NET ${path.basename(values.onet)}${priors ? ', store priors' : ''})`,
};
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/resolve/calibration-model.ts');
const text = `/**
 * The fitted confidence calibration (data, written by \`node dist/bench/calibrate.js\`; do not edit by hand):
 * logistic weights over src/resolve/calibration.ts FEATURES and an isotonic map of the logistic output, for all
 * kinds of match and per kind.
 */
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted numbers, not constants typed by hand
import type { CalibrationModel } from './calibration.js';

export const CALIBRATION_MODEL: CalibrationModel = ${JSON.stringify(model, null, 2)};
`;
if (values['dry-run']) console.log(text);
else {
  fs.writeFileSync(file, text);
  // In the project's own format (biome), so the lint passes on the generated file.
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
  console.log(`wrote ${file}`);
}
