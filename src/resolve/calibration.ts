/**
 * Calibrated confidence: the probability that a resolution's top candidate is right at the 6-digit SOC
 * level, from a few features of the match (score, gap to the next SOC code, how many other SOC codes match
 * about as well, how it matched, how much of the query the vocabulary knows, ambiguity, level words, typo
 * corrections, whether its reading is the whole title, how the query was reworded, a comma, how it is written:
 * a plural head word as official titles have, a list, "<Job> of <whom>", a code). A logistic model per kind of
 * match (`matchGroup`), then an isotonic map of its output per kind, both fitted by bench/calibrate.ts on the fit
 * halves of the evaluation sets of bench/lib/resolve-eval.ts and stored as data in src/resolve/calibration-model.ts.
 */
import { CALIBRATION_MODEL } from './calibration-model.js';
import type { Rewording } from './query.js';
import type { MatchSource } from './types.js';

export interface ConfidenceInput {
  /** Top candidate's match score and the best score of another SOC code (0 when none). */
  score: number;
  second: number;
  source: MatchSource;
  /** ParsedQuery.evidence: how much of the query the vocabulary knows. */
  evidence: number;
  ambiguous: boolean;
  levelWords: number;
  corrected: number;
  /** Content words of the query. */
  words: number;
  /** Other SOC codes matching about as well as the top one. */
  rivals: number;
  /** Competing readings the ambiguity check found (1 = none besides the top). */
  readings: number;
  /** The top candidate came from another reading than the words as typed (an alternative, a qualifier dropped, …). */
  reworded?: boolean;
  /** Indexed titles holding every word of the query: a generic word ("supervisor") is in hundreds. */
  spread?: number;
  /** Of those titles, how many are the top occupation's SOC code's (any of its O*NET codes: the label is the SOC code). */
  topContained?: number;
  /** The top candidate's title has the query's words and nothing else (typos corrected). */
  whole?: boolean;
  /** Every word of the query, level words too ("production assistant": 2; `words` counts 1). */
  tokens?: number;
  /** How the top candidate's reading reworded the query (an alternative of a list, "Sales <product>", …). */
  how?: Rewording;
  /** The query has a comma: an inverted or official form ("Cook, Chief"; "Appraisers, Real Estate"). */
  comma?: boolean;
  /** The head word is a plural, as SOC and O*NET write occupations ("Stock Clerks and Order Fillers"). */
  plural?: boolean;
  /** "Sales <product>" was read as a salesperson of it (whichever reading won). */
  salesOf?: boolean;
  /** The words before the comma are the matched title ("Cooker Tender, Wholesale"). */
  commaHead?: boolean;
  /** The query has a digit (a code, a number, a grade). */
  digits?: boolean;
}

export interface CalibrationModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Isotonic map of the logistic output: increasing knots x → y, linear between knots. */
  isotonic: { x: readonly number[]; y: readonly number[] };
  /** For one-word queries: an isotonic map of `topShare` (fitted on one-word queries only). */
  isotonicOneWord?: { x: readonly number[]; y: readonly number[] };
  /** Per kind of match (`matchGroup`): an isotonic map of the logistic output fitted on that kind alone. */
  isotonicByGroup?: Readonly<Record<string, { x: readonly number[]; y: readonly number[] }>>;
  /** Per kind of match: logistic weights and bias fitted on that kind alone (else `weights` and `bias`). */
  logisticByGroup?: Readonly<Record<string, { weights: readonly number[]; bias: number }>>;
  /** What it was fitted on (documentation). */
  fittedOn: string;
}

export const FEATURES = [
  'score',
  'gap',
  'exact_occupation',
  'exact_title',
  'partial',
  'fuzzy',
  'evidence',
  'ambiguous',
  'level',
  'corrected',
  'one_word',
  'long_query',
  'rivals',
  'readings',
  'reworded',
  'whole',
  'sales',
  'alternative',
  'qualifier',
  'comma',
  'contained',
  'share',
  'whole_reworded',
  'whole_ambiguous',
  'plural',
  'of',
  'list',
  'length',
  'whole_level',
  'partial_plural',
  'sales_of',
  'comma_head',
  'digits',
  'lone_modifier',
] as const;

/** The feature vector (order of FEATURES), written into `out` (a reused buffer on the hot path). */
export function features(f: ConfidenceInput, out: number[] = new Array<number>(FEATURES.length)): number[] {
  const exactTitle = f.source === 'alternate' || f.source === 'short' || f.source === 'reported';
  out[0] = f.score;
  out[1] = Math.max(0, f.score - f.second);
  out[2] = f.source === 'occupation' ? 1 : 0;
  out[3] = exactTitle ? 1 : 0;
  out[4] = f.source === 'partial' ? 1 : 0;
  out[5] = f.source === 'fuzzy' ? 1 : 0;
  out[6] = f.evidence;
  out[7] = f.ambiguous ? 1 : 0;
  out[8] = f.levelWords > 0 ? 1 : 0;
  out[9] = Math.min(3, f.corrected);
  out[10] = f.words <= 1 ? 1 : 0;
  out[11] = f.words >= 4 ? 1 : 0;
  out[12] = Math.log1p(f.rivals);
  out[13] = Math.log(Math.max(1, f.readings));
  out[14] = f.reworded ? 1 : 0;
  out[15] = f.whole ? 1 : 0;
  out[16] = f.how === 'sales' ? 1 : 0;
  out[17] = f.how === 'alternative' ? 1 : 0;
  out[18] = f.how === 'qualifier' || f.how === 'noise' ? 1 : 0;
  out[19] = f.comma ? 1 : 0;
  // The top occupation has a title holding every word typed, and its share of all such titles ("Sales, Paper":
  // both titles holding "paper" and "sales" are one occupation's).
  out[20] = f.topContained ? 1 : 0;
  out[21] = topShare(f);
  // A whole title once reworded ("Horse Wrangler - Restaurant" → "Horse Wrangler"), or among competing readings.
  out[22] = f.whole && f.reworded ? 1 : 0;
  out[23] = f.whole && f.ambiguous ? 1 : 0;
  // Official style (a plural head, "<Job> of <whom>", a list) and the length of the title.
  out[24] = f.plural ? 1 : 0;
  out[25] = f.how === 'of' ? 1 : 0;
  out[26] = f.how === 'alternative' && f.plural ? 1 : 0;
  out[27] = Math.min(6, f.tokens ?? f.words) / 6;
  // The title matched whole once level words were read away ("Backwinder Grade 3"), or only partly, plural.
  out[28] = f.whole && f.levelWords > 0 ? 1 : 0;
  out[29] = f.source === 'partial' && f.plural ? 1 : 0;
  out[30] = f.salesOf ? 1 : 0;
  out[31] = f.commaHead ? 1 : 0;
  // A digit: a requisition number or form code read away ("Pot Puncher - 10432"), or a grade ("Grade 3").
  out[32] = f.digits ? 1 : 0;
  // One word found only inside longer titles, not as their job ("banana" in "Banana Loader").
  out[33] = f.words <= 1 && !f.whole ? 1 : 0;
  return out;
}

const scratch = new Array<number>(FEATURES.length).fill(0);

/** A one-word query that is a whole title (typos corrected), not a word of a longer one ("banana" → "Banana Loader"). */
export const oneWordTitle = (f: ConfidenceInput): boolean => (f.tokens ?? f.words) <= 1 && f.whole === true;

/** The share of the indexed titles holding every query word that are the top occupation's (0 when none hold them). */
export const topShare = (f: ConfidenceInput): number => (f.spread ? (f.topContained ?? 0) / f.spread : 0);

/**
 * The kind of match, each calibrated on its own (one logistic model ranks within a kind well, but the kinds are
 * right at different rates for the same output): a typo corrected, level words matched around, the query
 * reworded (an alternative, a qualifier or form words read away, "Sales <product>"), a partial match, an exact title.
 */
export function matchGroup(f: ConfidenceInput): string {
  if (f.corrected > 0 || f.source === 'fuzzy') return 'fuzzy';
  if (f.levelWords > 0) return 'level';
  if (f.how !== undefined && f.how !== 'joined') return 'reworded';
  if (f.source === 'partial') return 'partial';
  return 'exact';
}

/** Highest confidence a title (not a code) can get. */
const MAX_TITLE_CONFIDENCE = 0.99;

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Piecewise-linear interpolation through increasing knots (flat outside them). */
export function interpolate(x: readonly number[], y: readonly number[], v: number): number {
  const n = x.length;
  if (n === 0) return v;
  if (v <= x[0]!) return y[0]!;
  if (v >= x[n - 1]!) return y[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= v) lo = mid;
    else hi = mid;
  }
  const t = (v - x[lo]!) / (x[hi]! - x[lo]! || 1);
  return y[lo]! + t * (y[hi]! - y[lo]!);
}

/** The logistic model's raw output (the kind of match's own weights when it has them). */
function rawConfidence(f: ConfidenceInput, model: CalibrationModel = CALIBRATION_MODEL, group?: string): number {
  const x = features(f, scratch);
  const m = (group !== undefined ? model.logisticByGroup?.[group] : undefined) ?? model;
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += (m.weights[i] ?? 0) * x[i]!;
  return sigmoid(z);
}

/** Calibrated probability (0–1, three decimals) that the top candidate's SOC code is right. */
export function confidence(f: ConfidenceInput, model: CalibrationModel = CALIBRATION_MODEL): number {
  if (f.source === 'code') return 1;
  // One word that is a title: how often its top occupation is right follows the share of the titles holding the word that are
  // that occupation's ("supervisor": 5 of 1,687; "producer": 32 of 53), mapped by its own isotonic fit.
  const group = matchGroup(f);
  const byGroup = model.isotonicByGroup?.[group] ?? model.isotonic;
  const p =
    oneWordTitle(f) && model.isotonicOneWord
      ? interpolate(model.isotonicOneWord.x, model.isotonicOneWord.y, topShare(f))
      : interpolate(byGroup.x, byGroup.y, rawConfidence(f, model, group));
  // A title match is never certain: the top bin of a finite fit says "all right so far", not "always".
  return Math.round(Math.min(MAX_TITLE_CONFIDENCE, Math.max(0, p)) * 1000) / 1000;
}
