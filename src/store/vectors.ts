/**
 * Everything the similarity model needs about every occupation, read in one pass over the store (a few
 * whole-table queries, no per-occupation queries). Raw store values only; src/compare/similarity.ts turns
 * them into vectors.
 */
import type { DB } from './open.js';

export interface RawOccupationData {
  code: string;
  soc: string;
  title: string;
  description: string;
  alternateTitles: string[];
  tasks: { id: number; text: string; type: string | null }[];
  /** DWA id → weight (share of the occupation's tasks mapped to it; core tasks count double), as in profile.ts. */
  dwas: Map<string, number>;
  /** IWA id → summed weight of its DWAs. */
  iwas: Map<string, number>;
  /** Element id → best level rating (newest release, official first), with its domain (importance not read). */
  ratings: Map<string, { domain: string; im: number | null; lv: number | null }>;
  /** RIASEC element id → occupational interest (OI, 1–7). */
  interests: Map<string, number>;
  jobZone: number | null;
  /** Technology commodity titles listed for the occupation. */
  technology: string[];
}

/** Rating domains the model reads (element ids are unique across domains). */
export const VECTOR_DOMAINS = ['Knowledge', 'Skills', 'Abilities'] as const;

interface RatingRow {
  occ: string;
  domain: string;
  el: string;
  scale: string;
  value: number;
  release: string;
  official: number;
  nr: number | null;
}

export function loadRawOccupationData(db: DB): Map<string, RawOccupationData> {
  const out = new Map<string, RawOccupationData>();
  for (const r of db.prepare('SELECT code, soc, title, description FROM occupations ORDER BY code').all() as {
    code: string;
    soc: string;
    title: string;
    description: string;
  }[]) {
    out.set(r.code, {
      ...r,
      alternateTitles: [],
      tasks: [],
      dwas: new Map(),
      iwas: new Map(),
      ratings: new Map(),
      interests: new Map(),
      jobZone: null,
      technology: [],
    });
  }
  const get = (code: string) => out.get(code);

  for (const r of db.prepare('SELECT occ_code AS occ, title FROM alt_titles').all() as { occ: string; title: string }[])
    get(r.occ)?.alternateTitles.push(r.title);

  for (const r of db
    .prepare('SELECT occ_code AS occ, task_id AS id, task AS text, task_type AS type FROM tasks ORDER BY occ_code, task_id')
    .all() as { occ: string; id: number; text: string; type: string | null }[])
    get(r.occ)?.tasks.push({ id: r.id, text: r.text, type: r.type });

  // DWA weights exactly as src/store/profile.ts computes them: core (or untyped) tasks 2, supplemental 1.
  const taskWeight = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const o of out.values()) {
    let total = 0;
    for (const t of o.tasks) {
      const w = t.type === 'Supplemental' ? 1 : 2;
      taskWeight.set(`${o.code}|${t.id}`, w);
      total += w;
    }
    totals.set(o.code, total || 1);
  }
  for (const r of db
    .prepare(
      `SELECT td.occ_code AS occ, td.task_id AS task, d.dwa_id AS dwa, d.iwa_id AS iwa
       FROM task_dwas td JOIN dwas d ON d.dwa_id = td.dwa_id`,
    )
    .all() as { occ: string; task: number; dwa: string; iwa: string }[]) {
    const o = get(r.occ);
    if (!o) continue;
    const w = (taskWeight.get(`${r.occ}|${r.task}`) ?? 1) / (totals.get(r.occ) ?? 1);
    o.dwas.set(r.dwa, (o.dwas.get(r.dwa) ?? 0) + w);
    o.iwas.set(r.iwa, (o.iwas.get(r.iwa) ?? 0) + w);
  }

  // Ratings: levels (and RIASEC interests) only; the best value per (occupation, element, scale) is picked
  // here rather than through the window view, reading raw rows to keep the pass cheap.
  const best = new Map<string, RatingRow>();
  const better = (a: RatingRow, b: RatingRow): boolean =>
    Number(a.release) > Number(b.release) || (Number(a.release) === Number(b.release) && a.official > b.official);
  const rows = db
    .prepare(
      `SELECT occ_code, domain, element_id, scale_id, value, release, official, not_relevant
       FROM ratings WHERE category = 0 AND (
         (domain IN ('Knowledge', 'Skills', 'Abilities') AND scale_id = 'LV') OR (domain = 'Interests' AND scale_id = 'OI'))`,
    )
    .raw(true)
    .all() as [string, string, string, string, number, string, number, number | null][];
  for (const [occ, domain, el, scale, value, release, official, nr] of rows) {
    const r: RatingRow = { occ, domain, el, scale, value, release, official, nr };
    const key = `${occ}|${el}|${scale}`;
    const prev = best.get(key);
    if (!prev || better(r, prev)) best.set(key, r);
  }
  for (const r of best.values()) {
    const o = get(r.occ);
    if (!o) continue;
    if (r.domain === 'Interests') {
      o.interests.set(r.el, r.value);
      continue;
    }
    o.ratings.set(r.el, { domain: r.domain, im: null, lv: r.nr === 1 ? 0 : r.value });
  }

  for (const r of db.prepare('SELECT occ_code AS occ, job_zone AS zone FROM job_zones').all() as {
    occ: string;
    zone: number;
  }[]) {
    const o = get(r.occ);
    if (o) o.jobZone = r.zone;
  }

  for (const r of db
    .prepare('SELECT DISTINCT occ_code AS occ, commodity_title AS t FROM technology_skills')
    .all() as { occ: string; t: string }[])
    get(r.occ)?.technology.push(r.t);

  return out;
}
