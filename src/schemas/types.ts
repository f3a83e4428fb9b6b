/**
 * The documents careerdiff's JSON API returns, as TypeScript types: the one place the API's schemas come from.
 * scripts/schemas.ts turns every type exported here into JSON Schema (src/schemas/generated.ts), which the
 * OpenAPI document (src/site/openapi.ts) serves as its components and the tests validate fixtures and the
 * fake engine against (src/schemas/validate.ts). After changing one of these types run `npm run schemas`.
 */
import type { ErrorKind, ErrorWhere } from '../errors.js';
import type { Candidate as ResolvedCandidate, Resolution as ResolutionDoc } from '../resolve/types.js';
import type { Lineup, Move, MovesResult, Route, RoutesResult } from '../moves/types.js';
import type { OccupationReport } from '../store/report.js';
import type { Source } from '../store/sources.js';

/** A comparison of two careers (GET /api/compare, `careerdiff compare --format json`). */
export type { Comparison } from '../compare/types.js';
/** One occupation's report (`careerdiff show --json`; GET /api/occupation adds its site links). */
export type { OccupationReport } from '../store/report.js';

/**
 * One candidate occupation of a typed title. (Named apart from the Comparison's Resolution, src/compare/types.ts,
 * which describes a side of a comparison and lists its other readings as `CandidateBrief`s, a Pick of the same
 * Candidate: the schema generator keys definitions by name.)
 */
export interface TitleCandidate extends ResolvedCandidate {}

/** A typed title resolved to ranked occupations (`careerdiff resolve --json`). */
export type TitleResolution = Omit<ResolutionDoc, 'candidates'> & { candidates: TitleCandidate[] };

/** A candidate occupation as the API returns it: with the path of its HTML profile. */
export interface ApiCandidate extends TitleCandidate {
  /** The HTML profile; null when the occupation is not in the site's catalog. */
  path: string | null;
}

/** GET /api/resolve. */
export type ApiResolution = Omit<ResolutionDoc, 'candidates'> & { candidates: ApiCandidate[] };

/** GET /api/occupation/{code}: the occupation report with the occupation's site links. */
export interface ApiOccupation extends OccupationReport {
  code: string;
  slug: string;
  path: string;
  family: string;
}

/** One related occupation of GET /api/related/{code}. */
export interface ApiRelatedItem {
  code: string;
  title: string;
  /** Similarity, 0–1. */
  score: number;
  path: string;
  comparePath: string;
}

/** GET /api/related/{code}. */
export interface ApiRelated {
  code: string;
  title: string;
  path: string;
  related: ApiRelatedItem[];
}

/** One move of GET /api/moves/{code}, with its site links. */
export interface ApiMove extends Move {
  /** The destination's HTML profile; null when it is not in the site's catalog. */
  path: string | null;
  movesPath: string | null;
  comparePath: string | null;
}

/** GET /api/moves/{code}: the moves within reach, sorted and filtered, with the rule and every cited source. */
export interface ApiMoves extends Omit<MovesResult, 'moves'> {
  path: string;
  moves: ApiMove[];
  sources: Source[];
}

/** One route of GET /api/path/{from}/{to}, with the comparison page of each step. */
export interface ApiRoute extends Route {
  stepComparePaths: string[];
}

/** GET /api/path/{from}/{to}: the direct move, or routes through one or two occupations, or none. */
export interface ApiRoutes extends Omit<RoutesResult, 'routes'> {
  comparePath: string | null;
  routes: ApiRoute[];
  sources: Source[];
}

/** GET /api/lineup: three or four careers side by side, every pair with its comparison page. */
export interface ApiLineup extends Omit<Lineup, 'pairs'> {
  path: string;
  pairs: { a: string; b: string; comparePath: string }[];
  sources: Source[];
}

/** Every API error: 400 usage, 404 not_found, 405 method, 503 store, 500 internal. */
export interface ApiError {
  error: {
    kind: ErrorKind;
    message: string;
    /** Where the problem is: the request parameter (where.param) for 400s and 404s. */
    where: ErrorWhere;
    /** For a title that matched nothing: nearby titles and words. */
    suggestions?: string[];
    [detail: string]: unknown;
  };
}

// ── API input: the query parameters of each /api route, validated against these schemas (src/site/api-input.ts).
// Values arrive as text; an empty parameter counts as a missing one. Limits that are tunables (the longest
// text, the largest limit) are filled in from src/defaults.ts when the validators are compiled.

/**
 * Typed text (a title, a search): control and bidi characters removed and spaces collapsed before it is
 * checked; at most DEFAULTS.site.maxQueryLength characters.
 */
export type QueryText = string;

/**
 * An O*NET-SOC code (27-2012.00), or a SOC code (27-2012) meaning its .00 occupation.
 * @pattern ^\d{2}-\d{4}(\.\d{2})?$
 * @examples ["27-2012.00"]
 * @errorMessage an O*NET-SOC code like 27-2012.00
 */
export type QueryCode = string;

/**
 * How many results: a whole number from 1 to DEFAULTS.site.apiMaxLimit (DEFAULTS.site.apiDefaultLimit when
 * not given).
 * @asType integer
 * @minimum 1
 */
export type QueryLimit = number;

/**
 * A yes/no switch: 1, true or on for yes; 0 or false for no.
 * @errorMessage 1 or 0
 */
export type QueryFlag = '1' | '0' | 'true' | 'false' | 'on';

/** GET /api/resolve. */
export interface ApiResolveQuery {
  /** A job title as people say it, or an O*NET-SOC / SOC code. */
  q: QueryText;
  /** The other title of a comparison, for pair-aware re-ranking. */
  with?: QueryText;
  /** Candidates to return. */
  limit?: QueryLimit;
}

/** GET /api/compare: each side a title, a code, or both (the code picks the title's reading). */
export interface ApiCompareQuery {
  /** First title (or give aCode). */
  a?: QueryText;
  /** Second title (or give bCode). */
  b?: QueryText;
  /** Pick the reading of a by O*NET-SOC code. */
  aCode?: QueryCode;
  /** Pick the reading of b by O*NET-SOC code. */
  bCode?: QueryCode;
}

/** GET /api/related/{code}. */
export interface ApiRelatedQuery {
  /** How many related occupations. */
  limit?: QueryLimit;
}

/** GET /api/moves/{code}. */
export interface ApiMovesQuery {
  /**
   * gap (smallest skill gap), pay (OEWS median gain) or outlook (EP change, then openings).
   * @default "gap"
   */
  sort?: 'gap' | 'pay' | 'outlook';
  /** 1: only moves whose BLS typical entry education is not higher. */
  noMoreSchooling?: QueryFlag;
  /** 1: only moves whose OEWS annual median is higher. */
  paysMore?: QueryFlag;
  /**
   * Moves to return (MOVES_DEFAULTS.limit when not given, at most MOVES_DEFAULTS.maxLimit).
   * @asType integer
   * @minimum 1
   */
  limit?: number;
}

/** GET /api/lineup. */
export interface ApiLineupQuery {
  /** Three or four O*NET-SOC codes or occupation slugs, comma-separated. */
  codes: QueryText;
}

/** POST /api/code: the options of batch coding (the titles are the body). */
export interface ApiCodeQuery {
  /**
   * json ({rows: [...]}), jsonl or csv.
   * @default "json"
   */
  format?: 'json' | 'jsonl' | 'csv';
  /**
   * Rows below this calibrated confidence get no code and say so.
   * @default 0
   * @minimum 0
   * @maximum 1
   */
  minConfidence?: number;
  /** Candidates per row. */
  limit?: QueryLimit;
}
