/**
 * Everything the store knows about one occupation, as plain data with raw numbers and a source id on
 * every figure. `show`, the comparison and the website all read occupations through this module.
 */
import { notFound } from '../errors.js';
import type { DB } from './open.js';
import { type ActivityItem, type ContextItem, workActivitiesOf, workContextOf } from './work-context.js';
import { compareText } from '../text-compare.js';

export interface Occupation {
  code: string;
  soc: string;
  title: string;
  description: string;
  sourceId: number;
}

export interface Task {
  id: number;
  text: string;
  type: 'Core' | 'Supplemental' | null;
  /** Relevance of task (O*NET Task Ratings RT, percent of incumbents), when rated. */
  relevance: number | null;
  sourceId: number;
}

export interface WorkActivity {
  dwaId: string;
  title: string;
  iwaId: string;
  iwaTitle: string;
  elementId: string;
  /** How central the activity is: the share of this occupation's tasks that map to it (core tasks count double). */
  weight: number;
  tasks: number;
}

export interface JobZone {
  zone: number;
  name: string;
  experience: string;
  education: string;
  training: string;
  examples: string;
  svpRange: string;
  sourceId: number;
}

export interface CategoryShare {
  category: number;
  label: string;
  /** Percent of respondents. */
  pct: number;
}

export interface Distribution {
  elementId: string;
  name: string;
  scaleId: string;
  categories: CategoryShare[];
  n: number | null;
  sourceId: number;
}

export interface RatedElement {
  elementId: string;
  name: string;
  /** Importance (IM, 1–5), when published. */
  importance: number | null;
  /** Level (LV, 0–7), when published. */
  level: number | null;
  release: string;
  official: boolean;
  sourceId: number;
}

export interface ScoredElement {
  elementId: string;
  name: string;
  value: number;
  scaleId: string;
  /** Extra scale (e.g. Work Styles distinctiveness rank DR next to impact WI). */
  rank?: number | null;
  sourceId: number;
}

export interface Technology {
  example: string;
  commodityTitle: string;
  hot: boolean;
  inDemand: boolean;
}

export interface Tool {
  example: string;
  commodityTitle: string;
}

export interface OnetProfile {
  occupation: Occupation;
  tasks: Task[];
  activities: WorkActivity[];
  jobZone: JobZone | null;
  education: Distribution | null;
  experience: Distribution | null;
  onSiteTraining: Distribution | null;
  onTheJobTraining: Distribution | null;
  knowledge: RatedElement[];
  skills: RatedElement[];
  abilities: RatedElement[];
  workActivitiesRated: RatedElement[];
  /** O*NET Work Context on the 0–100 scale (official table, else an O*NET OnLine export), by element id. */
  workContext: ContextItem[];
  /** O*NET Work Activities importance and level on the 0–100 scale, by element id. */
  workActivityRatings: ActivityItem[];
  workStyles: ScoredElement[];
  workValues: ScoredElement[];
  interests: ScoredElement[];
  /**
   * O*NET's interest high-points (Interests.txt, scale IH: first, second, third), as RIASEC names; a 0 high-point
   * means none, so an occupation may have only one.
   */
  interestHighPoints?: string[];
  technology: Technology[];
  tools: Tool[];
  alternateTitles: string[];
  emergingTasks: string[];
}

/** Occupation codes: "27-2012.00". */
export const OCC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export function getOccupation(db: DB, code: string): Occupation | null {
  const r = db
    .prepare('SELECT code, soc, title, description, source_id AS sourceId FROM occupations WHERE code = ?')
    .get(code);
  return (r as Occupation | undefined) ?? null;
}

/** Every occupation with its job zone (null when O*NET gives none), by code: the catalog's rows. */
export function occupationsWithZones(db: DB): { code: string; soc: string; title: string; jobZone: number | null }[] {
  return db
    .prepare(
      `SELECT o.code, o.soc, o.title, z.job_zone AS jobZone FROM occupations o
       LEFT JOIN job_zones z ON z.occ_code = o.code ORDER BY o.code`,
    )
    .all() as { code: string; soc: string; title: string; jobZone: number | null }[];
}

function tasksOf(db: DB, code: string): Task[] {
  // Rows as arrays (raw): cheaper to read than objects; the import reads every occupation (src/derive/occupations.ts).
  const rows = (
    db
      .prepare(
        `SELECT t.task_id, t.task, t.task_type, t.source_id,
              (SELECT value FROM task_ratings r WHERE r.occ_code = t.occ_code AND r.task_id = t.task_id AND r.scale_id = 'RT'
               ORDER BY CAST(r.release AS REAL) DESC, r.official DESC LIMIT 1)
       FROM tasks t WHERE t.occ_code = ?`,
      )
      .raw(true)
      .all(code) as [number, string, Task['type'], number, number | null][]
  ).map(([id, text, type, sourceId, relevance]): Task => ({ id, text, type, sourceId, relevance }));
  const typeRank = (t: Task) => (t.type === 'Core' ? 0 : t.type === null ? 1 : 2);
  return rows.sort((a, b) => typeRank(a) - typeRank(b) || (b.relevance ?? -1) - (a.relevance ?? -1) || a.id - b.id);
}

function activitiesOf(db: DB, code: string, tasks: Task[]): WorkActivity[] {
  const rows = db
    .prepare(
      `SELECT td.task_id AS taskId, d.dwa_id AS dwaId, d.title, d.iwa_id AS iwaId, i.title AS iwaTitle, d.element_id AS elementId
       FROM task_dwas td JOIN dwas d ON d.dwa_id = td.dwa_id JOIN iwas i ON i.iwa_id = d.iwa_id
       WHERE td.occ_code = ?`,
    )
    .all(code) as {
    taskId: number;
    dwaId: string;
    title: string;
    iwaId: string;
    iwaTitle: string;
    elementId: string;
  }[];
  const taskWeight = new Map(tasks.map((t) => [t.id, t.type === 'Supplemental' ? 1 : 2]));
  const total = tasks.reduce((s, t) => s + (taskWeight.get(t.id) ?? 1), 0) || 1;
  const byDwa = new Map<string, WorkActivity>();
  for (const r of rows) {
    const a = byDwa.get(r.dwaId) ?? {
      dwaId: r.dwaId,
      title: r.title,
      iwaId: r.iwaId,
      iwaTitle: r.iwaTitle,
      elementId: r.elementId,
      weight: 0,
      tasks: 0,
    };
    a.weight += (taskWeight.get(r.taskId) ?? 1) / total;
    a.tasks += 1;
    byDwa.set(r.dwaId, a);
  }
  return [...byDwa.values()].sort((a, b) => b.weight - a.weight || compareText(a.dwaId, b.dwaId));
}

function jobZoneOf(db: DB, code: string): JobZone | null {
  const r = db
    .prepare(
      `SELECT z.job_zone AS zone, r.name, r.experience, r.education, r.job_training AS training, r.examples,
              r.svp_range AS svpRange, z.source_id AS sourceId
       FROM job_zones z JOIN job_zone_ref r ON r.job_zone = z.job_zone WHERE z.occ_code = ?`,
    )
    .get(code);
  return (r as JobZone | undefined) ?? null;
}

function distributionOf(db: DB, code: string, scaleId: string): Distribution | null {
  const rows = db
    .prepare(
      `SELECT e.element_id, c.element_name, e.category, c.description, e.value, e.n, e.source_id
       FROM ete e JOIN ete_categories c ON c.element_id = e.element_id AND c.scale_id = e.scale_id AND c.category = e.category
       WHERE e.occ_code = ? AND e.scale_id = ? ORDER BY e.category`,
    )
    .raw(true)
    .all(code, scaleId) as [string, string, number, string, number, number | null, number][];
  const first = rows[0];
  if (!first) return null;
  return {
    elementId: first[0],
    name: first[1],
    scaleId,
    n: first[5],
    sourceId: first[6],
    categories: rows.map((r) => ({ category: r[2], label: r[3], pct: r[4] })),
  };
}

function ratedOf(db: DB, code: string, domain: string): RatedElement[] {
  const rows = db
    .prepare(
      `SELECT b.element_id, m.name, b.scale_id, b.value, b.release, b.official, b.source_id, b.not_relevant
       FROM ratings_best b JOIN content_model m ON m.element_id = b.element_id
       WHERE b.occ_code = ? AND b.domain = ? AND b.scale_id IN ('IM', 'LV')`,
    )
    .raw(true)
    .all(code, domain) as [string, string, string, number, string, number, number, number | null][];
  const byId = new Map<string, RatedElement>();
  for (const [elementId, name, scaleId, value, release, official, sourceId, notRelevant] of rows) {
    const e = byId.get(elementId) ?? {
      elementId,
      name,
      importance: null,
      level: null,
      release,
      official: official === 1,
      sourceId,
    };
    if (scaleId === 'IM') e.importance = value;
    // O*NET flags a level as "not relevant" when importance is too low for the level to mean anything.
    else e.level = notRelevant === 1 ? 0 : value;
    if (Number(release) > Number(e.release)) {
      e.release = release;
      e.sourceId = sourceId;
      e.official = official === 1;
    }
    byId.set(elementId, e);
  }
  return [...byId.values()].sort(
    (a, b) =>
      (b.importance ?? -1) - (a.importance ?? -1) || (b.level ?? -1) - (a.level ?? -1) || compareText(a.name, b.name),
  );
}

const RIASEC_ORDER = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];

/** First, second and third interest high-points (IH values 1–6 = R, I, A, S, E, C; 0 = none), in order. */
function highPointsOf(db: DB, code: string): string[] {
  const rows = db
    .prepare(
      `SELECT b.value FROM ratings_best b WHERE b.occ_code = ? AND b.domain = 'Interests' AND b.scale_id = 'IH'
       ORDER BY b.element_id`,
    )
    .all(code) as { value: number }[];
  const out: string[] = [];
  for (const r of rows) {
    const name = RIASEC_ORDER[Math.round(r.value) - 1];
    if (!name) break;
    out.push(name);
  }
  return out;
}

function scoredOf(db: DB, code: string, domain: string, scaleId: string, rankScale?: string): ScoredElement[] {
  const rows = (
    db
      .prepare(
        `SELECT b.element_id, m.name, b.value, b.scale_id, b.source_id
       FROM ratings_best b JOIN content_model m ON m.element_id = b.element_id
       WHERE b.occ_code = ? AND b.domain = ? AND b.scale_id = ? ORDER BY b.value DESC, m.name`,
      )
      .raw(true)
      .all(code, domain, scaleId) as [string, string, number, string, number][]
  ).map(
    ([elementId, name, value, scaleId, sourceId]): ScoredElement => ({ elementId, name, value, scaleId, sourceId }),
  );
  if (rankScale) {
    const ranks = new Map(
      db
        .prepare('SELECT element_id, value FROM ratings_best WHERE occ_code = ? AND domain = ? AND scale_id = ?')
        .raw(true)
        .all(code, domain, rankScale) as [string, number][],
    );
    for (const r of rows) r.rank = ranks.get(r.elementId) ?? null;
  }
  return rows;
}

export function onetProfile(db: DB, code: string): OnetProfile {
  const occupation = getOccupation(db, code);
  if (!occupation) throw notFound(`no occupation with code ${code}`);
  const tasks = tasksOf(db, code);
  return {
    occupation,
    tasks,
    activities: activitiesOf(db, code, tasks),
    jobZone: jobZoneOf(db, code),
    education: distributionOf(db, code, 'RL'),
    experience: distributionOf(db, code, 'RW'),
    onSiteTraining: distributionOf(db, code, 'PT'),
    onTheJobTraining: distributionOf(db, code, 'OJ'),
    knowledge: ratedOf(db, code, 'Knowledge'),
    skills: ratedOf(db, code, 'Skills'),
    abilities: ratedOf(db, code, 'Abilities'),
    workActivitiesRated: ratedOf(db, code, 'Work Activities'),
    workContext: workContextOf(db, code),
    workActivityRatings: workActivitiesOf(db, code),
    workStyles: scoredOf(db, code, 'Work Styles', 'WI', 'DR'),
    workValues: scoredOf(db, code, 'Work Values', 'EX'),
    interests: scoredOf(db, code, 'Interests', 'OI'),
    interestHighPoints: highPointsOf(db, code),
    technology: (
      db
        .prepare(
          `SELECT example, commodity_title, hot, in_demand FROM technology_skills
           WHERE occ_code = ? ORDER BY hot DESC, in_demand DESC, example`,
        )
        .raw(true)
        .all(code) as [string, string, number, number][]
    ).map(([example, commodityTitle, hot, inDemand]) => ({
      example,
      commodityTitle,
      hot: hot === 1,
      inDemand: inDemand === 1,
    })),
    tools: (
      db
        .prepare('SELECT example, commodity_title FROM tools_used WHERE occ_code = ? ORDER BY example')
        .raw(true)
        .all(code) as [string, string][]
    ).map(([example, commodityTitle]): Tool => ({ example, commodityTitle })),
    alternateTitles: db
      .prepare('SELECT title FROM alt_titles WHERE occ_code = ? ORDER BY length(sources) DESC, title')
      .pluck(true)
      .all(code) as string[],
    emergingTasks: db
      .prepare('SELECT task FROM emerging_tasks WHERE occ_code = ? ORDER BY task')
      .pluck(true)
      .all(code) as string[],
  };
}
