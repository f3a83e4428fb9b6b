/**
 * A line-up: three or four careers side by side (pay, typical entry education and job zone, outlook, a few
 * work-environment estimates, top skills), with every pair listed for links to the pairwise articles. Pure
 * over MovesData; duplicates and the number of careers are checked here (usage errors).
 */
import { notFound, usageError } from '../errors.js';
import { movesOptions } from './moves.js';
import type { Lineup, LineupEntry, MovesData, MovesOptions } from './types.js';
import { compareText } from '../text-compare.js';

/** The BLS ORS estimates the line-up shows: [key, label]. Keys are paths in src/store/ors.ts OrsProfile. */
export const LINEUP_ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['cognitive.telework.available', 'Telework available (% of workers)'],
  ['environment.outdoors.exposed', 'Works outdoors (% of workers)'],
  ['physical.sittingPctOfDay', 'Sitting (% of the workday)'],
  ['cognitive.publicContact.required', 'Works with the public (% of workers)'],
];

function lineupEntry(data: MovesData, code: string, o: MovesOptions): LineupEntry {
  const occ = data.occupation(code)!;
  const r = data.ratings(code);
  const els = data.elements();
  const skills: LineupEntry['topSkills'] = [];
  if (r)
    for (let k = 0; k < els.length; k++) {
      const e = els[k]!;
      const imp = r.importance[k]!;
      if (e.domain !== 'Skills' || Number.isNaN(imp)) continue;
      const lv = r.level[k]!;
      skills.push({ elementId: e.id, name: e.name, importance: imp, level: Number.isNaN(lv) ? null : lv });
    }
  skills.sort((x, y) => y.importance - x.importance || (y.level ?? 0) - (x.level ?? 0) || compareText(x.name, y.name));
  const pay = data.pay(code);
  const outlook = data.outlook(code);
  const environment = data.environment(code);
  const ids = new Set<number>([occ.sourceId, ...(r?.sourceIds ?? []), ...environment.map((e) => e.sourceId)]);
  if (pay) ids.add(pay.sourceId);
  if (outlook) ids.add(outlook.sourceId);
  return {
    code,
    title: occ.title,
    jobZone: occ.jobZone,
    pay,
    outlook,
    environment,
    topSkills: skills.slice(0, o.lineupSkills),
    sourceIds: [...ids].sort((a, b) => a - b),
  };
}

export function lineup(data: MovesData, codes: readonly string[], o: MovesOptions = movesOptions()): Lineup {
  if (codes.length < o.lineupMin || codes.length > o.lineupMax)
    throw usageError(`a line-up compares ${o.lineupMin} to ${o.lineupMax} careers, got ${codes.length}`, 'codes');
  const seen = new Set<string>();
  for (const c of codes) {
    if (seen.has(c)) throw usageError(`${c} is listed twice; a line-up compares different careers`, 'codes');
    seen.add(c);
    if (!data.occupation(c)) throw notFound(`no occupation with code ${c}`, { param: 'codes' });
  }
  const entries = codes.map((c) => lineupEntry(data, c, o));
  const pairs: [string, string][] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) pairs.push([codes[i]!, codes[j]!]);
  const keys = new Set(entries.flatMap((e) => e.environment.map((x) => x.key)));
  return {
    entries,
    pairs,
    environmentRows: LINEUP_ENVIRONMENT.filter(([k]) => keys.has(k)).map(([key, label]) => ({ key, label })),
    sourceIds: [...new Set(entries.flatMap((e) => e.sourceIds))].sort((a, b) => a - b),
  };
}
