/**
 * O*NET Work Context (CX) and Work Activities (IM, LV) of one occupation on O*NET OnLine's 0–100 scale
 * ((value − min) / (max − min) × 100), from ratings_best (an official table when there is one, else an O*NET
 * OnLine export), each with its release, a short label for text ("O*NET 24.2, 2020"), whether it is official,
 * how it reached today's code through the 2010→2019 crosswalk, and its source id.
 */
import type { DB } from './open.js';

export interface RatedFigure {
  /** 0–100. */
  value: number;
  release: string;
  /** What to put beside the figure in text: "O*NET 24.2, 2020", "O*NET OnLine, 2020 or later", "O*NET 30.1". */
  label: string;
  official: boolean;
  /** null: rated for this very code; 'carried' / 'split' / 'merged': through the O*NET-SOC 2010→2019 crosswalk. */
  crosswalk: 'carried' | 'split' | 'merged' | null;
  /** The O*NET-SOC 2010 codes the value came from (only when carried through the crosswalk). */
  crosswalkFrom: string[] | null;
  sourceId: number;
}

export interface ContextItem extends RatedFigure {
  elementId: string;
  name: string;
}

export interface ActivityItem {
  elementId: string;
  name: string;
  /** Importance, 0–100. */
  importance: RatedFigure | null;
  /** Level, 0–100; null when not published; 0 with notRelevant when O*NET flags the level as not relevant. */
  level: (RatedFigure & { notRelevant: boolean }) | null;
}

/**
 * One ratings_best row with its element's name, its scale's range and its source's period, release and dataset,
 * as an array (raw rows are cheaper to read than objects; the import reads every occupation's):
 * [elementId, name, scaleId, value, notRelevant, release, official, crosswalk, crosswalkFrom, sourceId, min, max,
 * period, sourceRelease, dataset].
 */
type Raw = [
  string,
  string,
  string,
  number,
  number | null,
  string,
  number,
  RatedFigure['crosswalk'],
  string | null,
  number,
  number,
  number,
  string | null,
  string,
  string,
];

function rawRows(db: DB, code: string, domain: string): Raw[] {
  return db
    .prepare(
      `SELECT b.element_id, m.name, b.scale_id, b.value, b.not_relevant, b.release, b.official, b.crosswalk,
              b.crosswalk_from, b.source_id, sc.minimum, sc.maximum, s.period, s.release, s.dataset
       FROM ratings_best b JOIN content_model m ON m.element_id = b.element_id
       JOIN scales sc ON sc.scale_id = b.scale_id JOIN sources s ON s.id = b.source_id
       WHERE b.occ_code = ? AND b.domain = ? AND b.scale_id IN ('CX', 'IM', 'LV') AND b.category = 0
       ORDER BY b.element_id, b.scale_id`,
    )
    .raw(true)
    .all(code, domain) as Raw[];
}

/** "O*NET 24.2, 2020" for a dated release; "O*NET OnLine, 2020 or later" when the export named none. */
function figureLabel(release: string, period: string | null, sourceRelease: string, dataset: string) {
  const year = period ? (/\d{4}( or later)?/.exec(period)?.[0] ?? null) : null;
  if (dataset === 'onet_online' && sourceRelease !== release) return `O*NET OnLine, ${year ?? 'release not stated'}`;
  return year ? `O*NET ${release}, ${year}` : `O*NET ${release}`;
}

function figure(r: Raw): RatedFigure {
  const [
    ,
    ,
    ,
    value,
    ,
    release,
    official,
    crosswalk,
    crosswalkFrom,
    sourceId,
    min,
    max,
    period,
    sourceRelease,
    dataset,
  ] = r;
  return {
    value: Math.round(((value - min) / (max - min)) * 1000) / 10,
    release,
    label: figureLabel(release, period, sourceRelease, dataset),
    official: official === 1,
    crosswalk,
    crosswalkFrom: crosswalk && crosswalkFrom ? crosswalkFrom.split(',') : null,
    sourceId,
  };
}

/** Work Context elements with a CX rating, by element id. */
export function workContextOf(db: DB, code: string): ContextItem[] {
  return rawRows(db, code, 'Work Context')
    .filter((r) => r[2] === 'CX')
    .map((r) => ({ elementId: r[0], name: r[1], ...figure(r) }));
}

/** Work Activities with importance and level, by element id. */
export function workActivitiesOf(db: DB, code: string): ActivityItem[] {
  const byId = new Map<string, ActivityItem>();
  for (const r of rawRows(db, code, 'Work Activities')) {
    const [elementId, name, scaleId, , notRelevant] = r;
    const a = byId.get(elementId) ?? { elementId, name, importance: null, level: null };
    if (scaleId === 'IM') a.importance = figure(r);
    else if (scaleId === 'LV') a.level = { ...figure(r), notRelevant: notRelevant === 1 };
    byId.set(elementId, a);
  }
  return [...byId.values()];
}

/** Every occupation's Work Activities importance on the 0–100 scale, in one query (for the similarity model). */
export function allActivityImportance(db: DB): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const rows = db
    .prepare(
      `SELECT b.occ_code AS code, b.element_id AS id, (b.value - sc.minimum) / (sc.maximum - sc.minimum) * 100 AS v
       FROM ratings_best b JOIN scales sc ON sc.scale_id = b.scale_id
       WHERE b.domain = 'Work Activities' AND b.scale_id = 'IM' AND b.category = 0`,
    )
    .all() as { code: string; id: string; v: number }[];
  for (const r of rows) {
    let m = out.get(r.code);
    if (!m) {
      m = new Map();
      out.set(r.code, m);
    }
    m.set(r.id, r.v);
  }
  return out;
}

/** Where a carried value came from: "mean of O*NET-SOC 2010 27-2012.01, 27-2012.02"; "" for the code's own. */
export function crosswalkText(f: RatedFigure): string {
  if (!f.crosswalk || !f.crosswalkFrom) return '';
  const codes = f.crosswalkFrom.join(', ');
  return f.crosswalk === 'merged'
    ? `mean of O*NET-SOC 2010 ${codes}`
    : f.crosswalk === 'split'
      ? `from O*NET-SOC 2010 ${codes} (since split)`
      : `from O*NET-SOC 2010 ${codes}`;
}
