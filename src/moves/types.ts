/**
 * Career moves as data: what the moves logic reads about occupations (MovesData, one implementation over the
 * store in src/moves/store-data.ts, one in memory for tests), and what it returns (a move with its gap, pay and
 * outlook; routes from X to Y; a line-up of three or four careers). Raw numbers and a source id on every figure.
 */
import type { OrsFigure } from '../compare/types.js';
import type { MOVES_DEFAULTS } from '../defaults.js';

export type MovesOptions = { [K in keyof typeof MOVES_DEFAULTS]: number };

export interface OccFacts {
  code: string;
  soc: string;
  title: string;
  /** O*NET job zone 1–5, null when O*NET has none. */
  jobZone: number | null;
  /** Has O*NET content (tasks): only these are offered as moves. */
  hasData: boolean;
  /** Source of the title and job zone (O*NET release). */
  sourceId: number;
}

export interface ElementInfo {
  id: string;
  name: string;
  domain: 'Skills' | 'Knowledge';
}

/** An occupation's skill and knowledge ratings, aligned on `MovesData.elements()` (same index, same order). */
export interface Ratings {
  level: Float32Array;
  importance: Float32Array;
  sourceIds: number[];
}

export interface Activity {
  dwaId: string;
  title: string;
  /** Share of the occupation's tasks mapped to the activity (core tasks count double), as in profiles. */
  weight: number;
}

/** BLS OEWS annual median wage of an occupation (its own SOC code or the group in `soc`). */
export interface Pay {
  /** Annual median in dollars; null when not published (see `status`). */
  median: number | null;
  /** ok | top_coded (at or above `topCode`) | not_published. */
  status: 'ok' | 'top_coded' | 'not_published';
  topCode: number | null;
  /** Hourly median, when published (some occupations have hourly wages only). */
  hourlyMedian: number | null;
  soc: string;
  blsTitle: string;
  /** true when the figure is for a broader SOC group than the occupation's own code. */
  broader: boolean;
  period: string;
  sourceId: number;
}

/** BLS Employment Projections of an occupation's SOC code (or group). */
export interface Outlook {
  changePercent: number | null;
  /** Average annual openings, thousands. */
  openingsThousands: number | null;
  /** Typical education needed for entry, as BLS words it. */
  entryEducation: string | null;
  soc: string;
  blsTitle: string;
  broader: boolean;
  period: string;
  sourceId: number;
}

export interface Neighbour {
  code: string;
  /** Similarity score 0–1. */
  score: number;
}

/** What the moves logic reads. Every function is cheap: the per-store work is done once, by the implementation. */
export interface MovesData {
  occupation(code: string): OccFacts | undefined;
  /** The most similar occupations with O*NET content, best first, at most `MOVES_DEFAULTS.neighbours`. */
  neighbours(code: string): Neighbour[];
  /** Occupations that list `code` among their neighbours (the reverse edges of the route graph). */
  neighbourOf(code: string): Neighbour[];
  /** Similarity score of any pair, or null when the model cannot say. */
  similarity(a: string, b: string): number | null;
  elements(): ElementInfo[];
  ratings(code: string): Ratings | null;
  /** Work activities, most central first. */
  activities(code: string): Activity[];
  activitySourceIds(code: string): number[];
  pay(code: string): Pay | null;
  outlook(code: string): Outlook | null;
  /** A few BLS ORS work-environment estimates (LINEUP_ENVIRONMENT), for the line-up table. */
  environment(code: string): EnvItem[];
}

/** One BLS Occupational Requirements Survey estimate as the line-up shows it (the Comparison's OrsFigure). */
export interface EnvItem extends OrsFigure {
  /** Its path in the ORS profile (src/store/ors.ts), e.g. "environment.outdoors.exposed". */
  key: string;
  label: string;
}

export interface LineupEntry {
  code: string;
  title: string;
  jobZone: number | null;
  pay: Pay | null;
  outlook: Outlook | null;
  environment: EnvItem[];
  /** The most important skills (O*NET importance, then level). */
  topSkills: { elementId: string; name: string; importance: number; level: number | null }[];
  sourceIds: number[];
}

export interface Lineup {
  entries: LineupEntry[];
  /** Every pair, in the order given, for links to the pairwise articles. */
  pairs: [string, string][];
  /** The environment items shown, in row order (key and label). */
  environmentRows: { key: string; label: string }[];
  sourceIds: number[];
}

/** A skill or knowledge area the destination needs at a higher level. */
export interface ToBuild {
  elementId: string;
  name: string;
  from: number;
  to: number;
  /** to − from. */
  shortfall: number;
  importance: number;
}

export interface Step {
  from: number | null;
  to: number | null;
  /** to − from; > 0 is a step up. Null when either side is unknown. */
  step: number | null;
}

export interface EducationStep {
  from: string | null;
  to: string | null;
  /** Rank difference on BLS's education ladder; > 0 means more schooling. Null when either side is unknown. */
  step: number | null;
}

/** The directional gap of one move, from the ratings (not the full comparison). */
export interface MoveGap {
  /** Mean level shortfall over the destination's important skills and knowledge areas; null when unrated. */
  score: number | null;
  /** How many important elements the mean is over. */
  elements: number;
  skills: ToBuild[];
  knowledge: ToBuild[];
  /** The destination's most central work activities the origin does not have. */
  newActivities: Activity[];
  jobZone: Step;
  education: EducationStep;
}

export interface PayChange {
  /** Destination median − origin median, dollars (annual). */
  dollars: number;
  percent: number;
  /** true when the destination is top-coded: the gain is at least `dollars`. */
  atLeast: boolean;
  /** true when both are served by the same OEWS row (one SOC code): the figures cannot tell them apart. */
  sameFigures: boolean;
}

export interface Move {
  from: string;
  code: string;
  title: string;
  /** Similarity score 0–1; null when the model has no score for the pair. */
  similarity: number | null;
  /** Rank of the destination among the origin's most similar occupations (1 = most similar); null when not among them. */
  rank: number | null;
  gap: MoveGap;
  /** Why the move is (not) within reach: empty when it is. */
  outOfReach: string[];
  pay: { from: Pay | null; to: Pay | null; change: PayChange | null };
  outlook: Outlook | null;
  sourceIds: number[];
}

export type MoveSort = 'gap' | 'pay' | 'outlook';

export interface MovesQuery {
  sort: MoveSort;
  /** Only moves whose typical entry education is not higher (BLS EP), both known. */
  noMoreSchooling: boolean;
  /** Only moves whose OEWS annual median is higher, both published. */
  paysMore: boolean;
  limit: number;
}

export interface Threshold {
  minSimilarity: number;
  maxGap: number;
  maxJobZoneStep: number;
  maxEducationStep: number;
  neighbours: number;
  importantAt: number;
  /** In words, for pages and the CLI. */
  explanation: string;
}

export interface MovesResult {
  code: string;
  title: string;
  query: MovesQuery;
  threshold: Threshold;
  /** Neighbours considered, within reach, and left after the filters (before `limit`). */
  counts: { considered: number; withinReach: number; afterFilters: number };
  moves: Move[];
  /** Neighbours within reach by every test but the skill gap, which cannot be measured (no O*NET ratings). */
  unmeasured: { code: string; title: string; similarity: number | null }[];
  pay: Pay | null;
  outlook: Outlook | null;
  jobZone: number | null;
  sourceIds: number[];
}

export interface Route {
  /** Occupation codes, origin first, target last. */
  codes: string[];
  steps: Move[];
  /** Sum of the steps' gap scores. */
  totalGap: number;
  /** The least similar step. */
  minSimilarity: number;
}

export interface RoutesResult {
  from: { code: string; title: string };
  to: { code: string; title: string };
  threshold: Threshold;
  /** The direct move, always computed (it may be out of reach). */
  direct: Move;
  /** direct: the move itself is within reach; routes: through one or two occupations; none: no route stays within reach. */
  status: 'same' | 'direct' | 'routes' | 'none';
  routes: Route[];
  maxIntermediates: number;
  sourceIds: number[];
}
