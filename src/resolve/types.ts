/** The data model of title resolution: index entries in, ranked candidates out. */

/** Where an indexed title comes from in O*NET. */
export type TitleKind = 'occupation' | 'alternate' | 'short' | 'reported';

/** One title to index: an occupation's own title, an alternate / short title or a reported title. */
export interface TitleEntry {
  /** O*NET-SOC code, XX-XXXX.YY. */
  code: string;
  title: string;
  kind: TitleKind;
  /** How established the title is, 0–1 (1 = the occupation's own title; alternates by number of sources). */
  weight: number;
}

/** How a candidate was found: an exact title of some kind, a code, or an approximate match. */
export type MatchSource = TitleKind | 'code' | 'partial' | 'fuzzy';

export interface Candidate {
  /** O*NET-SOC code, XX-XXXX.YY. */
  code: string;
  /** SOC 2018 code, XX-XXXX. */
  soc: string;
  /** The occupation's O*NET title. */
  title: string;
  /**
   * Match strength, 0–1: how well the typed words match `matched` (1 = the title as typed). Not a probability:
   * the calibrated chance that the top candidate is right is the Resolution's `confidence`.
   */
  score: number;
  /** The indexed title that matched (or the code typed). */
  matched: string;
  /** What kind of title matched (an O*NET title list, a code, or an approximate match). */
  source: MatchSource;
  /** Level / seniority words of the query that were matched around ("senior", "associate", "ii"). */
  levelWords?: string[];
  /** Query words replaced by the nearest vocabulary word (typo tolerance): "prodcer" → "producer". */
  corrected?: Record<string, string>;
  /** Similarity of the occupation's tasks and title to the context given (batch coding with context only). */
  context?: number;
  /** Score before pair-aware re-ranking (only set by resolvePair). */
  baseScore?: number;
}

/**
 * A candidate as a comparison lists it (a side's `alternatives` and `pairContext.alone`, src/compare/types.ts):
 * the same fields under the same names, without the resolver's working detail. In a comparison `score` is the
 * reading's own match strength, capped at 1 (`baseScore` when the pair re-ranked).
 */
export type CandidateBrief = Pick<Candidate, 'code' | 'soc' | 'title' | 'score' | 'matched' | 'source'>;

export interface Resolution {
  query: string;
  candidates: Candidate[];
  /** True when the top readings are close and come from different SOC groups; see `note`. */
  ambiguous: boolean;
  /** One human sentence about ambiguity, level words or a weak match, when there is something to say. */
  note?: string;
  /** For a query that matched nothing: nearby vocabulary words and titles. */
  suggestions?: string[];
  /**
   * Calibrated probability (0–1) that the top candidate is the right occupation at the 6-digit SOC level
   * (src/resolve/calibration.ts); 0 when nothing matched. `score` is match strength, this is a probability.
   */
  confidence?: number;
}
