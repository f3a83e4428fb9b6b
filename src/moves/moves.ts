/**
 * Moves from one occupation: its most similar occupations, each weighed as a move (similarity, skill gap,
 * job-zone and education steps, OEWS pay change, EP outlook), kept when within reach (src/defaults.ts
 * MOVES_DEFAULTS), filtered ("no more schooling", "pays more") and sorted by the reader's choice. Pure over
 * MovesData.
 */
import { MOVES_DEFAULTS } from '../defaults.js';
import { notFound, usageError } from '../errors.js';
import { educationStep, gapScore, moveGap } from './gap.js';
import type {
  Move,
  MoveSort,
  MovesData,
  MovesOptions,
  MovesQuery,
  MovesResult,
  Pay,
  PayChange,
  Threshold,
} from './types.js';
import { compareText } from '../text-compare.js';

const MOVE_SORTS: readonly MoveSort[] = ['gap', 'pay', 'outlook'];

export const movesOptions = (o: Partial<MovesOptions> = {}): MovesOptions => ({ ...MOVES_DEFAULTS, ...o });

/** The reader's query with defaults; a bad sort or limit is a usage error naming the parameter. */
export function movesQuery(
  q: Partial<Record<keyof MovesQuery, unknown>>,
  o: MovesOptions = movesOptions(),
): MovesQuery {
  const sort = q.sort ?? 'gap';
  if (typeof sort !== 'string' || !MOVE_SORTS.includes(sort as MoveSort))
    throw usageError(`"sort" must be one of ${MOVE_SORTS.join(', ')}`, 'sort');
  const limit = q.limit ?? o.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > o.maxLimit)
    throw usageError(`"limit" must be a whole number from 1 to ${o.maxLimit}`, 'limit');
  return { sort: sort as MoveSort, noMoreSchooling: q.noMoreSchooling === true, paysMore: q.paysMore === true, limit };
}

/**
 * The query from URL parameters (site pages and the API): sort, noMoreSchooling and paysMore (1/0, true/false),
 * limit. Anything else in a value is a usage error naming the parameter.
 */
export function movesQueryFromParams(
  get: (name: string) => string | undefined,
  o: MovesOptions = movesOptions(),
): MovesQuery {
  const flag = (name: string): boolean => {
    const v = get(name);
    if (v === undefined || v === '' || v === '0' || v === 'false') return false;
    if (v === '1' || v === 'true' || v === 'on') return true;
    throw usageError(`"${name}" must be 1 or 0`, name);
  };
  const limit = get('limit');
  return movesQuery(
    {
      sort: get('sort') || 'gap',
      noMoreSchooling: flag('noMoreSchooling'),
      paysMore: flag('paysMore'),
      limit: limit === undefined || limit === '' ? o.limit : /^\d{1,4}$/.test(limit) ? Number(limit) : Number.NaN,
    },
    o,
  );
}

export function threshold(o: MovesOptions): Threshold {
  return {
    minSimilarity: o.minSimilarity,
    maxGap: o.maxGap,
    maxJobZoneStep: o.maxJobZoneStep,
    maxEducationStep: o.maxEducationStep,
    neighbours: o.neighbours,
    importantAt: o.importantAt,
    explanation:
      `A move is within reach when the destination is among the ${o.neighbours} occupations most similar to the ` +
      `origin with a similarity score of at least ${o.minSimilarity} (careerdiff's 0–1 blend of shared work ` +
      `activities, task wording, knowledge, skill, ability and interest profiles, job zone, SOC family, titles ` +
      `and technology), its skill gap is at most ${o.maxGap} (the average amount by which the destination's ` +
      `important skills and knowledge areas, importance ${o.importantAt} or more of 5, exceed the origin's ` +
      `levels on O*NET's 0–7 level scale, counting 0 where the origin is already at or above), it climbs at ` +
      `most ${o.maxJobZoneStep} O*NET job zone, and at most ${o.maxEducationStep} step on BLS's ladder of typical ` +
      `entry education (no credential, high school, postsecondary nondegree award, associate's, bachelor's, ` +
      `master's, doctoral or professional degree).`,
  };
}

/** Pay change from the OEWS annual medians: only from published figures; a top-coded destination gives "at least". */
export function payChange(from: Pay | null, to: Pay | null): PayChange | null {
  if (!from || !to || from.status !== 'ok' || from.median === null) return null;
  const sameFigures = from.soc === to.soc && from.period === to.period;
  if (to.status === 'ok' && to.median !== null) {
    const dollars = to.median - from.median;
    return { dollars, percent: (dollars / from.median) * 100, atLeast: false, sameFigures };
  }
  if (to.status === 'top_coded' && to.topCode !== null) {
    const dollars = to.topCode - from.median;
    return { dollars, percent: (dollars / from.median) * 100, atLeast: true, sameFigures };
  }
  return null;
}

/** Why a move is out of reach, cheaply (similarity, job zone, gap score); empty when within reach. */
export function reachProblems(
  data: MovesData,
  from: string,
  to: string,
  similarity: number | null,
  rank: number | null,
  o: MovesOptions,
): string[] {
  const out: string[] = [];
  if (rank === null) out.push(`not among the ${o.neighbours} occupations most similar to it`);
  if (similarity === null) out.push('no similarity score');
  else if (similarity < o.minSimilarity) out.push(`similarity ${similarity.toFixed(3)} is below ${o.minSimilarity}`);
  const zf = data.occupation(from)?.jobZone ?? null;
  const zt = data.occupation(to)?.jobZone ?? null;
  if (zf !== null && zt !== null && zt - zf > o.maxJobZoneStep)
    out.push(`the job zone rises from ${zf} to ${zt} (more than ${o.maxJobZoneStep})`);
  const ef = data.outlook(from)?.entryEducation ?? null;
  const et = data.outlook(to)?.entryEducation ?? null;
  const es = educationStep(ef, et).step;
  if (es !== null && es > o.maxEducationStep)
    out.push(`typical entry education rises from ${ef} to ${et} (more than ${o.maxEducationStep} step)`);
  const rf = data.ratings(from);
  const rt = data.ratings(to);
  const g = rf && rt ? gapScore(rf, rt, o.importantAt) : null;
  if (!g) out.push('no O*NET skill and knowledge ratings to measure the gap');
  else if (g.score > o.maxGap) out.push(`skill gap ${g.score.toFixed(2)} is above ${o.maxGap}`);
  return out;
}

/**
 * The fast form of reachProblems for the route search: the gap score of u → v when the step is within reach
 * (v being one of u's neighbours is the caller's part), else null. The tests hold the two to the same answers.
 */
export function reachGap(data: MovesData, u: string, v: string, similarity: number, o: MovesOptions): number | null {
  if (similarity < o.minSimilarity) return null;
  const zu = data.occupation(u)?.jobZone ?? null;
  const zv = data.occupation(v)?.jobZone ?? null;
  if (zu !== null && zv !== null && zv - zu > o.maxJobZoneStep) return null;
  const es = educationStep(data.outlook(u)?.entryEducation ?? null, data.outlook(v)?.entryEducation ?? null).step;
  if (es !== null && es > o.maxEducationStep) return null;
  const ru = data.ratings(u);
  const rv = data.ratings(v);
  const g = ru && rv ? gapScore(ru, rv, o.importantAt) : null;
  return g && g.score <= o.maxGap ? g.score : null;
}

/** One move, with everything a reader sees. `rank` is the destination's place among the origin's neighbours. */
export function buildMove(
  data: MovesData,
  from: string,
  to: string,
  similarity: number | null,
  rank: number | null,
  o: MovesOptions,
): Move {
  const occ = data.occupation(to);
  if (!occ) throw notFound(`no occupation with code ${to}`);
  const gap = moveGap(data, from, to, o);
  const payFrom = data.pay(from);
  const payTo = data.pay(to);
  const outlook = data.outlook(to);
  const ids = new Set<number>([occ.sourceId, data.occupation(from)?.sourceId ?? occ.sourceId]);
  for (const c of [from, to]) for (const id of data.ratings(c)?.sourceIds ?? []) ids.add(id);
  if (gap.newActivities.length) for (const id of data.activitySourceIds(to)) ids.add(id);
  for (const x of [payFrom, payTo, outlook, data.outlook(from)]) if (x) ids.add(x.sourceId);
  return {
    from,
    code: to,
    title: occ.title,
    similarity,
    rank,
    gap,
    outOfReach: reachProblems(data, from, to, similarity, rank, o),
    pay: { from: payFrom, to: payTo, change: payChange(payFrom, payTo) },
    outlook,
    sourceIds: [...ids].sort((a, b) => a - b),
  };
}

const nullsLast = (x: number | null | undefined, y: number | null | undefined, desc: boolean): number => {
  const a = x ?? null;
  const b = y ?? null;
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return desc ? b - a : a - b;
};

function sortMoves(moves: Move[], sort: MoveSort): Move[] {
  const byGap = (x: Move, y: Move) =>
    nullsLast(x.gap.score, y.gap.score, false) ||
    (y.similarity ?? 0) - (x.similarity ?? 0) ||
    compareText(x.code, y.code);
  const cmp: Record<MoveSort, (x: Move, y: Move) => number> = {
    gap: byGap,
    pay: (x, y) => nullsLast(x.pay.change?.dollars, y.pay.change?.dollars, true) || byGap(x, y),
    outlook: (x, y) =>
      nullsLast(x.outlook?.changePercent, y.outlook?.changePercent, true) ||
      nullsLast(x.outlook?.openingsThousands, y.outlook?.openingsThousands, true) ||
      byGap(x, y),
  };
  return [...moves].sort(cmp[sort]);
}

function passesFilters(m: Move, q: MovesQuery): boolean {
  if (q.paysMore && !(m.pay.change && m.pay.change.dollars > 0)) return false;
  if (q.noMoreSchooling && !(m.gap.education.step !== null && m.gap.education.step <= 0)) return false;
  return true;
}

/** The moves within reach of `code`, filtered and sorted as the reader asked. */
export function movesFrom(
  data: MovesData,
  code: string,
  query: MovesQuery,
  o: MovesOptions = movesOptions(),
): MovesResult {
  const origin = data.occupation(code);
  if (!origin) throw notFound(`no occupation with code ${code}`);
  const considered = data.neighbours(code).slice(0, o.neighbours);
  const all = considered.map((n, i) => buildMove(data, code, n.code, n.score, i + 1, o));
  const within = all.filter((m) => m.outOfReach.length === 0);
  const unmeasured = all
    .filter((m) => m.outOfReach.length === 1 && m.gap.score === null)
    .map((m) => ({ code: m.code, title: m.title, similarity: m.similarity }));
  const kept = within.filter((m) => passesFilters(m, query));
  const moves = sortMoves(kept, query.sort).slice(0, query.limit);
  const pay = data.pay(code);
  const outlook = data.outlook(code);
  const ids = new Set<number>([origin.sourceId, ...moves.flatMap((m) => m.sourceIds)]);
  if (pay) ids.add(pay.sourceId);
  if (outlook) ids.add(outlook.sourceId);
  return {
    code,
    title: origin.title,
    query,
    threshold: threshold(o),
    counts: { considered: considered.length, withinReach: within.length, afterFilters: kept.length },
    moves,
    unmeasured,
    pay,
    outlook,
    jobZone: origin.jobZone,
    sourceIds: [...ids].sort((a, b) => a - b),
  };
}

/** Why a moves list is empty, in one sentence (the site and the CLI say the same). */
export function emptyMovesReason(data: MovesData, r: MovesResult): string {
  const occ = data.occupation(r.code);
  if (occ && !occ.hasData)
    return `O*NET publishes no tasks for ${r.title}, so it has no similar occupations to move to.`;
  if (!data.ratings(r.code))
    return `O*NET publishes no skill and knowledge ratings for ${r.title}, so careerdiff cannot measure the gap of a move from it.`;
  if (r.counts.withinReach === 0)
    return `None of the ${r.counts.considered} occupations most similar to ${r.title} is within reach by the rule below.`;
  return `None of the ${r.counts.withinReach} moves within reach passes these filters.`;
}
