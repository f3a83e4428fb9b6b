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
  /** Confidence, 0–1. */
  score: number;
  /** The indexed title that matched (or the code typed). */
  matched: string;
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
