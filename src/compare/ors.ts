/**
 * BLS Occupational Requirements Survey estimates for one occupation, read from ors_links / ors_estimates:
 * the occupation's own SOC code or its broad group only (a minor or major group says little about one job),
 * the newest release first and older releases filling estimates the newer one lacks. Then paired side by side.
 */
import type { DB } from '../store/open.js';
import type { OrsRow, OrsValue, Pair } from './types.js';

export interface OrsItem extends OrsValue {
  estimateCode: string;
  group: string;
  requirement: string;
  category: string;
}

export interface OrsData {
  items: OrsItem[];
  /** The ORS codes used, per release ("2020: 27-4011 detailed"). */
  links: { release: string; soc: string; level: string; title: string }[];
}

interface LinkRow {
  release: string;
  soc: string;
  published_code: string;
  published_title: string;
  level: string;
}

interface EstimateRow {
  estimate_code: string;
  requirement: string;
  category: string;
  estimate_text: string;
  unit: string;
  value: number | null;
  below_threshold: string | null;
  release: string;
  preliminary: number;
  source_id: number;
}

const hasTables = new WeakMap<DB, boolean>();

function hasOrsTables(db: DB): boolean {
  let has = hasTables.get(db);
  if (has === undefined) {
    has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'ors_links'").get() !== undefined;
    hasTables.set(db, has);
  }
  return has;
}

export function loadOrs(db: DB, code: string): OrsData {
  if (!hasOrsTables(db)) return { items: [], links: [] };
  const links = db
    .prepare(
      `SELECT release, soc, published_code, published_title, level FROM ors_links
       WHERE occ_code = ? AND level IN ('detailed', 'broad')
       ORDER BY CAST(release AS INTEGER) DESC, level_rank, exact DESC, mapping_rank, published_code`,
    )
    .all(code) as LinkRow[];
  const best = new Map<string, LinkRow>();
  for (const l of links) if (!best.has(l.release)) best.set(l.release, l);
  const byCode = new Map<string, OrsItem>();
  const est = db.prepare(
    `SELECT estimate_code, requirement, category, estimate_text, unit, value, below_threshold, release,
            preliminary, source_id FROM ors_estimates WHERE release = ? AND soc = ? AND published_code = ?
     ORDER BY estimate_code`,
  );
  for (const l of best.values()) {
    for (const r of est.all(l.release, l.soc, l.published_code) as EstimateRow[]) {
      if (byCode.has(r.estimate_code)) continue;
      byCode.set(r.estimate_code, {
        estimateCode: r.estimate_code,
        group: r.requirement,
        requirement: r.category,
        category: r.estimate_text,
        value: r.value,
        unit: r.unit,
        belowThreshold: r.below_threshold,
        release: r.release,
        preliminary: r.preliminary === 1,
        soc: l.soc,
        level: l.level === 'detailed' ? 'detailed' : 'broad',
        sourceId: r.source_id,
      });
    }
  }
  return {
    items: [...byCode.values()].sort(
      (a, b) => a.group.localeCompare(b.group) || a.estimateCode.localeCompare(b.estimateCode),
    ),
    links: [...best.values()].map((l) => ({
      release: l.release,
      soc: l.soc,
      level: l.level,
      title: l.published_title,
    })),
  };
}

const value = (i: OrsItem): OrsValue => ({
  value: i.value,
  unit: i.unit,
  belowThreshold: i.belowThreshold,
  release: i.release,
  preliminary: i.preliminary,
  soc: i.soc,
  level: i.level,
  sourceId: i.sourceId,
});

/** Both sides' estimates, one row per estimate either side has, filtered by requirement group. */
export function orsRows(p: Pair<OrsData>, keep: (group: string) => boolean): OrsRow[] {
  const ma = new Map(p.a.items.filter((i) => keep(i.group)).map((i) => [i.estimateCode, i]));
  const mb = new Map(p.b.items.filter((i) => keep(i.group)).map((i) => [i.estimateCode, i]));
  const codes = [...new Set([...ma.keys(), ...mb.keys()])];
  return codes
    .map((c) => {
      const x = ma.get(c);
      const y = mb.get(c);
      const any = (x ?? y)!;
      return {
        group: any.group,
        requirement: any.requirement,
        category: any.category,
        values: { a: x ? value(x) : null, b: y ? value(y) : null },
        code: c,
      };
    })
    .sort((r, s) => r.group.localeCompare(s.group) || r.code.localeCompare(s.code))
    .map(({ code: _code, ...row }) => row);
}

export const isEducationGroup = (g: string): boolean => /education|training|experience/i.test(g);
