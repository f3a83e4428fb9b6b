/**
 * Everything the similarity model needs about every occupation, read in one pass over the store (a few
 * whole-table queries, no per-occupation queries). Raw store values only; src/compare/similarity.ts turns
 * them into vectors. Every query has an ORDER BY: vocabulary ids and summation order follow row order, so the
 * model is the same number for number whenever it is built (at import and in the tests that check it).
 */
import type { DB } from './open.js';
import { allActivityImportance } from './work-context.js';

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
  /** O*NET Work Activities element id → importance on the 0–100 scale (src/store/work-context.ts). */
  workActivities: Map<string, number>;
}

/** Rating domains the model reads (element ids are unique across domains). */
const VECTOR_DOMAINS = ['Knowledge', 'Skills', 'Abilities'] as const;

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
      workActivities: new Map(),
    });
  }
  const get = (code: string) => out.get(code);

  for (const r of db.prepare('SELECT occ_code AS occ, title FROM alt_titles ORDER BY occ_code, rowid').all() as {
    occ: string;
    title: string;
  }[])
    get(r.occ)?.alternateTitles.push(r.title);

  for (const r of db
    .prepare(
      'SELECT occ_code AS occ, task_id AS id, task AS text, task_type AS type FROM tasks ORDER BY occ_code, task_id',
    )
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
       FROM task_dwas td JOIN dwas d ON d.dwa_id = td.dwa_id ORDER BY td.occ_code, td.task_id, d.dwa_id`,
    )
    .all() as { occ: string; task: number; dwa: string; iwa: string }[]) {
    const o = get(r.occ);
    if (!o) continue;
    const w = (taskWeight.get(`${r.occ}|${r.task}`) ?? 1) / (totals.get(r.occ) ?? 1);
    o.dwas.set(r.dwa, (o.dwas.get(r.dwa) ?? 0) + w);
    o.iwas.set(r.iwa, (o.iwas.get(r.iwa) ?? 0) + w);
  }

  // Ratings: levels (and RIASEC interests) only. The best row per (occupation, element) — newest release, then
  // the official file — is picked by SQLite (a bare column next to MAX() comes from the row holding the max),
  // and occupations and elements come back as integer row ids, so the pass creates few strings.
  const occByRowid = new Map<number, RawOccupationData>();
  for (const r of db.prepare('SELECT rowid AS id, code FROM occupations').raw(true).all() as [number, string][]) {
    const o = out.get(r[1]);
    if (o) occByRowid.set(r[0], o);
  }
  const elements = new Map(
    db.prepare('SELECT rowid AS id, element_id FROM content_model').raw(true).all() as [number, string][],
  );
  const ratingsStmt = db.prepare(
    `SELECT o.rowid, m.rowid, r.value, r.not_relevant, MAX(CAST(r.release AS REAL) * 2 + r.official)
     FROM ratings r JOIN occupations o ON o.code = r.occ_code JOIN content_model m ON m.element_id = r.element_id
     WHERE r.domain = ? AND r.scale_id = ? AND r.category = 0
     GROUP BY r.occ_code, r.element_id ORDER BY r.occ_code, r.element_id`,
  );
  for (const [domain, scale] of [...VECTOR_DOMAINS.map((d) => [d, 'LV']), ['Interests', 'OI']] as [string, string][]) {
    for (const [occ, el, value, nr] of ratingsStmt.raw(true).all(domain, scale) as [
      number,
      number,
      number,
      number | null,
    ][]) {
      const o = occByRowid.get(occ);
      const id = elements.get(el);
      if (!o || id === undefined) continue;
      if (domain === 'Interests') o.interests.set(id, value);
      else o.ratings.set(id, { domain, im: null, lv: nr === 1 ? 0 : value });
    }
  }

  for (const r of db.prepare('SELECT occ_code AS occ, job_zone AS zone FROM job_zones').all() as {
    occ: string;
    zone: number;
  }[]) {
    const o = get(r.occ);
    if (o) o.jobZone = r.zone;
  }

  for (const r of db
    .prepare(
      'SELECT DISTINCT occ_code AS occ, commodity_title AS t FROM technology_skills ORDER BY occ_code, commodity_title',
    )
    .all() as {
    occ: string;
    t: string;
  }[])
    get(r.occ)?.technology.push(r.t);

  for (const [code, m] of allActivityImportance(db)) {
    const o = get(code);
    if (o) o.workActivities = m;
  }

  return out;
}
