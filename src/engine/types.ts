/**
 * The Engine interface, careerdiff's one way in: `createEngine(db)` (src/engine/engine.ts) binds it to the
 * store and the resolver, comparison and writer modules; the site, API, CLI and export talk only to it, and
 * tests inject a small fake.
 */
import type { SimilaritySource } from '../compare/stored-similarity.js';
import type { Comparison } from '../compare/types.js';
import type { MovesData } from '../moves/types.js';
import type { BatchInput, BatchRow, InputKind } from '../resolve/batch.js';
import type { Resolution, TitleEntry } from '../resolve/types.js';
import type { OccupationReport } from '../store/report.js';
import type { Source } from '../store/sources.js';
import type { Catalog } from '../site/catalog.js';

export interface OccRow {
  code: string;
  soc: string;
  title: string;
  jobZone: number | null;
}

/** A title people use for an occupation (the resolver's entries: occupation, alternate, short, reported). */
export type TitleRow = TitleEntry;

export interface Related {
  code: string;
  score: number;
}

export interface Article {
  title: string;
  description: string;
  /** Trusted HTML fragment from the article writer. */
  html: string;
  /** Questions readers ask, answered in the article (published as schema.org FAQPage markup). */
  faq?: { question: string; answer: string }[];
}

export interface CompareChoice {
  aCode?: string;
  bCode?: string;
}

export interface Engine {
  /** Every occupation, in catalog order (O*NET-SOC code ascending). */
  occupations(): OccRow[];
  /** Alternate and reported titles (for "titles people confuse" and the static search index). */
  titles(): TitleRow[];
  sources(): Source[];
  /**
   * The occupation report, the one shape `careerdiff show --json` prints and /api/occupation serves: O*NET
   * profile, OEWS wages by period, projections, ORS work environment and the sources cited. Throws not_found.
   */
  occupation(code: string): OccupationReport;
  resolve(query: string, limit: number): Resolution;
  resolvePair(a: string, b: string): [Resolution, Resolution];
  /**
   * Both typed titles read as `compare` reads them (src/compare/resolve.ts readPair), and which side is a guess; the
   * site reads typed pairs through it so its pages agree with the CLI and API (absent in the site tests' fake engine:
   * resolvePair and isGuess instead).
   */
  readPair?(a: string, b: string): { resolutions: [Resolution, Resolution]; guess: [boolean, boolean] };
  compare(a: string, b: string, choice: CompareChoice): Comparison;
  related(code: string, limit: number): Related[];
  article(c: Comparison): Article;
  /** What career moves, routes and line-ups read (src/moves); built once per store. */
  moves(): MovesData;
  /** Which optional modules are live (for /api/health and the report). */
  features(): Record<string, boolean>;
  /** The catalog computed at import under the default options (src/derive), when the store has it. */
  storedCatalog?(): Catalog | undefined;
  /**
   * The similarity model stored at import (every occupation against every other, with score components), for
   * `careerdiff related` and its --all exports; absent in the site tests' fake engine.
   */
  similarity?(): SimilaritySource;
  /**
   * Codes one row of a batch (src/resolve/batch.ts: a title with optional industry/description context; the
   * context index is built on the first row that brings context). `careerdiff resolve --batch` streams stdin
   * through it.
   */
  codeRow?(row: BatchInput, opts: { limit: number; minConfidence: number }): BatchRow;
  /** Batch coding of a text (lines, CSV or TSV with context; src/resolve/batch.ts), one row per input row. */
  codeBatch?(
    text: string,
    kind: InputKind | 'auto',
    opts: { limit: number; minConfidence: number; maxRows: number },
  ): Promise<BatchRow[]>;
}
