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
 * One candidate occupation of a typed title. (Named apart from the Comparison's own Candidate and Resolution,
 * src/compare/types.ts, which describe a side of a comparison: the schema generator keys definitions by name.)
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
