/**
 * The evaluation of title coding (issue 13): three sets built from O*NET titles with one seeded split —
 * held-out titles (15% of alternate/reported titles removed from the index), employer-style rewrites of
 * those held-out titles, and perturbations of titles still in the index — each split into a "fit" half
 * (the calibration is fitted on it) and a "report" half by title. Measures top-1/top-5 at the 2-, 3-, 5-
 * and 6-digit SOC levels, expected calibration error and coverage at confidence thresholds. Three more sets
 * (bench/lib/resolve-kinds.ts): issue 13's failing kinds written by rule from indexed titles, one-word titles
 * and gibberish (the last two mainly for the confidence). Two of official titles (bench/lib/resolve-official.ts),
 * each coded against its own index: O*NET occupation titles held out of it, and (given the data folder) the
 * O*NET-SOC 2010 titles unseen in 30.1 (fitted on their fit half, reported on the other, like every set).
 */
import type { TitleEntry } from '../../src/resolve/types.js';
import { employerStyle } from './resolve-employer.js';
import { gibberish, issueKinds, oneWordTitles } from './resolve-kinds.js';
import { heldOutOccupationTitles, officialUnseen } from './resolve-official.js';
import { type EvalQuery, heldOut, PERTURBATIONS, perturbed, rng, sample, unseenIn } from './resolve-sets.js';

interface EvalSet {
  name: string;
  queries: EvalQuery[];
  /** A set no answer is right on (gibberish): only the confidence and the share coded are reported. */
  noTruth?: boolean;
  /** The titles this set is coded against, when not the shared index (see `indexOf`). */
  index?: TitleEntry[];
  /** Never fitted on, either half (official titles: an outside check of the calibration). */
  noFit?: boolean;
}

/** The titles a set is coded against. */
export const indexOf = (s: EvalSet, shared: TitleEntry[]): TitleEntry[] => s.index ?? shared;

/**
 * The sets, with strict truth: a query is right only at the occupation whose title it came from. A title
 * O*NET lists under several occupations ("Supervisor") is then right by chance only, as it is for a coder
 * without context, which the confidence should say. Held-out titles are kept only when unseen: no indexed
 * title has the same words.
 */
export function evalSets(
  entries: readonly TitleEntry[],
  seed: number,
  n: number,
  dataDir?: string,
): { index: TitleEntry[]; sets: EvalSet[] } {
  const split = heldOut(entries, 0.15, seed);
  const strict = (qs: EvalQuery[]) => qs.map((q) => ({ ...q, truth: q.own ? [q.own] : q.truth }));
  // Unseen titles only: a held-out title whose words (normalised) are still an indexed title or alias elsewhere is
  // no test of coding an unseen title.
  const isUnseen = unseenIn(split.index);
  const unseen = split.queries.filter((q) => isUnseen(q.query));
  const occupationTitles = heldOutOccupationTitles(split.index, rng(seed + 8));
  return {
    index: split.index,
    sets: [
      { name: 'held-out O*NET titles (unseen)', queries: strict(sample(unseen, n, rng(seed + 1))) },
      {
        name: 'employer-style rewrites of held-out titles',
        queries: strict(employerStyle(unseen, split.index, n, rng(seed + 4))),
      },
      {
        name: 'perturbed indexed titles',
        queries: strict(perturbed(split.index, Math.ceil(n / PERTURBATIONS.length), seed + 2)),
      },
      { name: "issue 13's kinds, from indexed titles", queries: issueKinds(split.index, n, rng(seed + 5)) },
      {
        name: 'one-word titles (head words of indexed titles)',
        queries: oneWordTitles(split.index, Math.ceil(n / 4), rng(seed + 6)),
      },
      { name: 'gibberish', queries: gibberish(Math.ceil(n / 4), rng(seed + 7)), noTruth: true },
      { name: 'held-out O*NET occupation titles (official style)', ...occupationTitles },
      ...(dataDir
        ? [
            {
              name: 'official 2010 titles unseen in O*NET 30.1 (crosswalk truth)',
              queries: officialUnseen(entries, dataDir),
              index: [...entries],
            },
          ]
        : []),
    ],
  };
}

/** SOC levels: digits → prefix length of an O*NET-SOC code ("15-1252.00": 2 → "15", 3 → "15-1", 5 → "15-125", 6 → "15-1252"). */
export const LEVELS = [
  [2, 2],
  [3, 4],
  [5, 6],
  [6, 7],
] as const;

export const correctAt = (truth: readonly string[], code: string, len: number): boolean =>
  truth.some((t) => t.slice(0, len) === code.slice(0, len));

interface TopK {
  n: number;
  /** Per level (digits): top-1 and top-5 hits. */
  top1: Record<number, number>;
  top5: Record<number, number>;
}

export function topK(ranked: (q: string, k: number) => string[], queries: readonly EvalQuery[]): TopK {
  const out: TopK = { n: queries.length, top1: {}, top5: {} };
  for (const [d] of LEVELS) out.top1[d] = out.top5[d] = 0;
  for (const q of queries) {
    const codes = ranked(q.query, 5);
    for (const [d, len] of LEVELS) {
      if (codes[0] && correctAt(q.truth, codes[0], len)) out.top1[d]!++;
      if (codes.some((c) => correctAt(q.truth, c, len))) out.top5[d]!++;
    }
  }
  return out;
}

/** Expected calibration error over `bins` equal-width bins of predicted probability. */
export function ece(pairs: readonly { p: number; y: number }[], bins = 10): number {
  const sum = new Float64Array(bins);
  const hit = new Float64Array(bins);
  const cnt = new Float64Array(bins);
  for (const { p, y } of pairs) {
    const b = Math.min(bins - 1, Math.floor(p * bins));
    sum[b]! += p;
    hit[b]! += y;
    cnt[b]!++;
  }
  let e = 0;
  for (let b = 0; b < bins; b++) if (cnt[b]! > 0) e += Math.abs(sum[b]! - hit[b]!);
  return e / Math.max(1, pairs.length);
}

/**
 * The calibration error a perfectly calibrated coder would show on this many rows with these confidences (each
 * row right with probability p; mean over `runs` seeded draws): the sampling noise an ECE cannot go below, large
 * on a small set (57 rows: about 0.11).
 */
export function eceFloor(pairs: readonly { p: number }[], runs = 200, seed = 13): number {
  const rand = rng(seed);
  let total = 0;
  for (let k = 0; k < runs; k++) total += ece(pairs.map(({ p }) => ({ p, y: rand() < p ? 1 : 0 })));
  return total / runs;
}

/** Share of rows left uncoded, and accuracy of the rows coded, at a confidence threshold. */
export function coverage(pairs: readonly { p: number; y: number }[], t: number): { uncoded: number; accuracy: number } {
  const coded = pairs.filter((x) => x.p >= t);
  return {
    uncoded: 1 - coded.length / Math.max(1, pairs.length),
    accuracy: coded.reduce((s, x) => s + x.y, 0) / Math.max(1, coded.length),
  };
}
