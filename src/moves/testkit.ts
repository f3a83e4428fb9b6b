/**
 * An in-memory MovesData for tests and the site's fake engine: occupations with hand-set ratings, activities,
 * pay and outlook, and a similarity table from which neighbour lists are ranked exactly as the store's are.
 */
import { MOVES_DEFAULTS } from '../defaults.js';
import type { Activity, ElementInfo, EnvItem, MovesData, Neighbour, OccFacts, Outlook, Pay, Ratings } from './types.js';

export interface MemoryOcc {
  code: string;
  title: string;
  jobZone?: number | null;
  hasData?: boolean;
  /** element id → [importance, level]; elements are those of MEMORY_ELEMENTS. */
  ratings?: Record<string, [number, number]> | null;
  activities?: Activity[];
  /** Annual median; 'top' for top-coded at $239,200. */
  median?: number | 'top' | null;
  changePercent?: number | null;
  openings?: number | null;
  education?: string | null;
  environment?: EnvItem[];
}

const MEMORY_ELEMENTS: ElementInfo[] = [
  { id: '2.A.1.a', name: 'Reading Comprehension', domain: 'Skills' },
  { id: '2.A.1.b', name: 'Active Listening', domain: 'Skills' },
  { id: '2.B.1.a', name: 'Social Perceptiveness', domain: 'Skills' },
  { id: '2.B.3.a', name: 'Operations Analysis', domain: 'Skills' },
  { id: '2.C.1.a', name: 'Administration and Management', domain: 'Knowledge' },
  { id: '2.C.3.a', name: 'Computers and Electronics', domain: 'Knowledge' },
  { id: '2.C.9.b', name: 'Communications and Media', domain: 'Knowledge' },
];

/** Source ids used: 1 O*NET, 2 OEWS, 3 EP, 4 ORS. */
export function memoryMovesData(
  occs: MemoryOcc[],
  sim: Record<string, number>,
  k: number = MOVES_DEFAULTS.neighbours,
): MovesData {
  const byCode = new Map(occs.map((o) => [o.code, o]));
  const facts = new Map<string, OccFacts>(
    occs.map((o) => [
      o.code,
      {
        code: o.code,
        soc: o.code.slice(0, 7),
        title: o.title,
        jobZone: o.jobZone ?? null,
        hasData: o.hasData ?? true,
        sourceId: 1,
      },
    ]),
  );
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const similarity = (a: string, b: string): number | null =>
    a === b ? 1 : facts.has(a) && facts.has(b) ? (sim[key(a, b)] ?? 0) : null;
  const out = new Map<string, Neighbour[]>();
  const into = new Map<string, Neighbour[]>();
  for (const a of facts.keys()) {
    const list = [...facts.values()]
      .filter((b) => b.code !== a && b.hasData)
      .map((b) => ({ code: b.code, score: similarity(a, b.code)! }))
      .sort((x, y) => y.score - x.score || x.code.localeCompare(y.code))
      .slice(0, k);
    out.set(a, list);
    for (const n of list) into.set(n.code, [...(into.get(n.code) ?? []), { code: a, score: n.score }]);
  }
  for (const l of into.values()) l.sort((x, y) => y.score - x.score || x.code.localeCompare(y.code));
  const ratings = new Map(
    occs.flatMap((o) => {
      if (!o.ratings) return [];
      const level = new Float32Array(MEMORY_ELEMENTS.length).fill(Number.NaN);
      const importance = new Float32Array(MEMORY_ELEMENTS.length).fill(Number.NaN);
      MEMORY_ELEMENTS.forEach((e, i) => {
        const r = o.ratings![e.id];
        if (r) [importance[i], level[i]] = r;
      });
      return [[o.code, { level, importance, sourceIds: [1] } as Ratings] as [string, Ratings]];
    }),
  );
  const pay = (code: string): Pay | null => {
    const m = byCode.get(code)?.median;
    if (m === undefined || m === null) return null;
    return {
      median: m === 'top' ? null : m,
      status: m === 'top' ? 'top_coded' : 'ok',
      topCode: 239_200,
      hourlyMedian: m === 'top' ? null : Math.round((m / 2080) * 100) / 100,
      soc: code.slice(0, 7),
      blsTitle: byCode.get(code)!.title,
      broader: false,
      period: 'May 2025',
      sourceId: 2,
    };
  };
  const outlook = (code: string): Outlook | null => {
    const o = byCode.get(code);
    if (!o || (o.changePercent === undefined && o.education === undefined)) return null;
    return {
      changePercent: o.changePercent ?? null,
      openingsThousands: o.openings ?? null,
      entryEducation: o.education ?? null,
      soc: code.slice(0, 7),
      blsTitle: o.title,
      broader: false,
      period: '2024-2034',
      sourceId: 3,
    };
  };
  return {
    occupation: (c) => facts.get(c),
    neighbours: (c) => out.get(c) ?? [],
    neighbourOf: (c) => into.get(c) ?? [],
    similarity,
    elements: () => MEMORY_ELEMENTS,
    ratings: (c) => ratings.get(c) ?? null,
    activities: (c) => byCode.get(c)?.activities ?? [],
    activitySourceIds: (c) => ((byCode.get(c)?.activities ?? []).length ? [1] : []),
    pay,
    outlook,
    environment: (c) => byCode.get(c)?.environment ?? [],
  };
}

export const act = (dwaId: string, weight: number): Activity => ({ dwaId, title: `Activity ${dwaId}`, weight });
