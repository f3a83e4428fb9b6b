/**
 * Tunables of title resolution, in one place (to be folded into src/defaults.ts by the lead).
 * Every function takes a Partial<ResolveOptions> override, so tests and the benchmark can vary them.
 */
export const RESOLVE_DEFAULTS = {
  /** Candidates returned per query. */
  limit: 5,
  /** Longest query accepted, in characters. */
  maxQueryLength: 200,
  /** Candidates scoring below this are dropped (never shown as an answer). */
  minScore: 0.2,
  /** Score of a match that is the same words in another order. */
  wordOrderScore: 0.97,
  /** Multiplier when level words are matched around: "senior", "lead", "ii", ... */
  levelPenalty: 0.93,
  /** ... and for level words that are often part of a title: "assistant", "associate", "chief", "head". */
  strongLevelPenalty: 0.86,
  /** Multiplier per edit of a typo-corrected query word. */
  typoPenaltyPerEdit: 0.08,
  /** Multiplier for a query variant with an acronym spelled out ("RN" → "registered nurse"). */
  acronymPenalty: 0.98,
  /** Entry weight (0–1) moves the score between (1 - weightSpan) and 1. */
  weightSpan: 0.1,
  /** Bonus for an occupation matched well by several titles, at most this much. */
  evidenceBonus: 0.04,
  /** Top candidates from different SOC minor groups closer than this make a query ambiguous. */
  ambiguityGap: 0.12,
  /** A group whose titles contain the whole query at least this often (relative to the top group) is another reading. */
  containmentRatio: 1,
  /** Pair-aware re-ranking: weight of the other side's context for an ambiguous / a clear side. */
  pairWeightAmbiguous: 0.5,
  pairWeightClear: 0.08,
  /** Suggestions offered when nothing matches. */
  suggestions: 5,
} as const;

export type ResolveOptions = { [K in keyof typeof RESOLVE_DEFAULTS]: number };

export const resolveOptions = (o: Partial<ResolveOptions> = {}): ResolveOptions => ({ ...RESOLVE_DEFAULTS, ...o });
