/**
 * The gap of one move, computed from the stored ratings rather than a full comparison so that a page can weigh
 * dozens of moves (and a route search thousands of steps) in a few milliseconds: the mean level shortfall over
 * the skills and knowledge areas the destination rates important, the largest of those shortfalls, the
 * destination's central work activities the origin lacks, and the job-zone and education steps. Pure.
 */
import type { Activity, EducationStep, MoveGap, MovesData, MovesOptions, Ratings, Step, ToBuild } from './types.js';
import { compareText } from '../text-compare.js';

/**
 * Rungs of the ladder: "Some college, no degree" is no credential, so it shares the high-school rung; every
 * credential above is one rung more.
 */
const RUNG: Readonly<Record<string, number>> = {
  'No formal educational credential': 0,
  'High school diploma or equivalent': 1,
  'Some college, no degree': 1,
  'Postsecondary nondegree award': 2,
  "Associate's degree": 3,
  "Bachelor's degree": 4,
  "Master's degree": 5,
  'Doctoral or professional degree': 6,
};

export function educationRank(label: string | null): number | null {
  return label === null ? null : (RUNG[label] ?? null);
}

export function educationStep(from: string | null, to: string | null): EducationStep {
  const a = educationRank(from);
  const b = educationRank(to);
  return { from, to, step: a !== null && b !== null ? b - a : null };
}

function zoneStep(from: number | null, to: number | null): Step {
  return { from, to, step: from !== null && to !== null ? to - from : null };
}

/**
 * Mean shortfall (destination level − origin level, 0 when the origin is at or above it) over the elements the
 * destination rates important (importance ≥ importantAt); elements without both levels are skipped.
 * Null when no element qualifies. This is the hot loop of the route search: plain arrays, no allocation.
 */
export function gapScore(from: Ratings, to: Ratings, importantAt: number): { score: number; elements: number } | null {
  let sum = 0;
  let n = 0;
  const lt = to.level;
  const it = to.importance;
  const lf = from.level;
  for (let k = 0; k < lt.length; k++) {
    const imp = it[k]!;
    const t = lt[k]!;
    const f = lf[k]!;
    if (!(imp >= importantAt) || Number.isNaN(t) || Number.isNaN(f)) continue;
    if (t > f) sum += t - f;
    n++;
  }
  return n === 0 ? null : { score: sum / n, elements: n };
}

/** The destination's important elements of one domain with the largest shortfalls, largest first. */
function toBuild(
  data: MovesData,
  from: Ratings,
  to: Ratings,
  domain: 'Skills' | 'Knowledge',
  o: MovesOptions,
  limit: number,
): ToBuild[] {
  const els = data.elements();
  const out: ToBuild[] = [];
  for (let k = 0; k < els.length; k++) {
    const e = els[k]!;
    const imp = to.importance[k]!;
    const t = to.level[k]!;
    const f = from.level[k]!;
    if (e.domain !== domain || !(imp >= o.importantAt) || Number.isNaN(t) || Number.isNaN(f)) continue;
    if (t - f < o.minShortfall) continue;
    out.push({ elementId: e.id, name: e.name, from: f, to: t, shortfall: t - f, importance: imp });
  }
  out.sort((x, y) => y.shortfall - x.shortfall || y.importance - x.importance || compareText(x.name, y.name));
  return out.slice(0, limit);
}

/** The destination's most central activities the origin does not perform. */
function newActivities(from: Activity[], to: Activity[], limit: number): Activity[] {
  const have = new Set(from.map((a) => a.dwaId));
  return to.filter((a) => !have.has(a.dwaId)).slice(0, limit);
}

/** The whole gap of a move from `from` to `to`, with the lists a reader sees. */
export function moveGap(data: MovesData, from: string, to: string, o: MovesOptions): MoveGap {
  const rf = data.ratings(from);
  const rt = data.ratings(to);
  const g = rf && rt ? gapScore(rf, rt, o.importantAt) : null;
  const of = data.occupation(from);
  const ot = data.occupation(to);
  return {
    score: g?.score ?? null,
    elements: g?.elements ?? 0,
    skills: rf && rt ? toBuild(data, rf, rt, 'Skills', o, o.listSkills) : [],
    knowledge: rf && rt ? toBuild(data, rf, rt, 'Knowledge', o, o.listKnowledge) : [],
    newActivities: newActivities(data.activities(from), data.activities(to), o.listActivities),
    jobZone: zoneStep(of?.jobZone ?? null, ot?.jobZone ?? null),
    education: educationStep(data.outlook(from)?.entryEducation ?? null, data.outlook(to)?.entryEducation ?? null),
  };
}
