/**
 * Read functions over an open store for the BLS figures of an O*NET occupation: its OEWS wages and employment
 * (any period) and its Employment Projections, each through its SOC link (own code or a broader group, see
 * `level`), with what every missing figure means and where the figures came from. Raw numbers, no formatting.
 */
import type Database from 'better-sqlite3';
import { BLS_FLAG_MEANINGS, type BlsFlag } from './schema/bls.js';
import type { Source } from './sources.js';
import { formatDecimal } from '../number-format.js';

/** See BlsGroupLevel in src/compare/types.ts: detailed | aggregate (e.g. 25-9045) | broad | minor | major. */
export type LinkLevel = 'detailed' | 'aggregate' | 'broad' | 'minor' | 'major';

export interface FigureFlag {
  code: BlsFlag;
  meaning: string;
}

/** Where a figure came from: the store's sources row, without its licence and official flag. */
export type SourceRef = Omit<Source, 'official' | 'license'>;

export interface WageFigures {
  mean: number | null;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export interface OewsWages {
  occCode: string;
  /** The SOC code whose row serves the occupation (its own, or the group in `level`). */
  soc: string;
  title: string;
  level: LinkLevel;
  /** OEWS O_GROUP of the row: detailed | broad | minor | major. */
  oGroup: string;
  period: string;
  year: number;
  isCurrent: boolean;
  employment: number | null;
  employmentPrse: number | null;
  jobsPer1000: number | null;
  locationQuotient: number | null;
  pctTotal: number | null;
  pctReporting: number | null;
  meanPrse: number | null;
  annual: WageFigures;
  hourly: WageFigures;
  annualOnly: boolean;
  hourlyOnly: boolean;
  /** Why a figure is null, keyed by its path here ("annual.p90", "employment"); absent = published. */
  flags: Record<string, FigureFlag>;
  /** "#" thresholds of the release: a top-coded figure is at or above these. */
  topCode: { annual: number | null; hourly: number | null };
  source: SourceRef;
}

export interface Projections {
  occCode: string;
  soc: string;
  title: string;
  level: LinkLevel;
  period: string;
  baseYear: number;
  projYear: number;
  occType: string;
  /** Thousands, exactly as published. */
  employmentBaseK: number | null;
  employmentProjK: number | null;
  changeK: number | null;
  changePct: number | null;
  openingsK: number | null;
  selfEmployedPct: number | null;
  medianWage: number | null;
  /** When the median wage is top-coded: the threshold it is at or above (e.g. 239200). */
  medianWageTop: number | null;
  entryEducation: string | null;
  workExperience: string | null;
  ojt: string | null;
  flags: Record<string, FigureFlag>;
  source: SourceRef;
}

const OEWS_PATHS: Record<string, string> = {
  tot_emp: 'employment',
  emp_prse: 'employmentPrse',
  jobs_1000: 'jobsPer1000',
  loc_quotient: 'locationQuotient',
  pct_total: 'pctTotal',
  pct_rpt: 'pctReporting',
  mean_prse: 'meanPrse',
  a_mean: 'annual.mean',
  a_pct10: 'annual.p10',
  a_pct25: 'annual.p25',
  a_median: 'annual.median',
  a_pct75: 'annual.p75',
  a_pct90: 'annual.p90',
  h_mean: 'hourly.mean',
  h_pct10: 'hourly.p10',
  h_pct25: 'hourly.p25',
  h_median: 'hourly.median',
  h_pct75: 'hourly.p75',
  h_pct90: 'hourly.p90',
};

const EP_PATHS: Record<string, string> = {
  emp_base_k: 'employmentBaseK',
  emp_proj_k: 'employmentProjK',
  change_k: 'changeK',
  change_pct: 'changePct',
  openings_k: 'openingsK',
  self_employed_pct: 'selfEmployedPct',
  median_wage: 'medianWage',
};

type Rec = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function source(r: Rec): SourceRef {
  return {
    id: Number(r.source_id),
    dataset: String(r.s_dataset),
    publisher: String(r.s_publisher),
    title: String(r.s_title),
    release: String(r.s_release),
    period: str(r.s_period),
    geography: String(r.s_geography),
    file: String(r.s_file),
  };
}

const SOURCE_COLS = `s.dataset AS s_dataset, s.publisher AS s_publisher, s.title AS s_title, s.release AS s_release,
  s.period AS s_period, s.geography AS s_geography, s.file AS s_file`;

const money = (n: number, hourly: boolean) => `$${hourly ? formatDecimal(n, 2, 2) : formatDecimal(n)}`;

function flagsOf(
  json: unknown,
  paths: Record<string, string>,
  topMeaning: (column: string) => string | null,
): Record<string, FigureFlag> {
  const out: Record<string, FigureFlag> = {};
  for (const [col, code] of Object.entries(JSON.parse(String(json ?? '{}')) as Record<string, BlsFlag>)) {
    const meaning = (code === 'top_coded' ? topMeaning(col) : null) ?? BLS_FLAG_MEANINGS[code];
    out[paths[col] ?? col] = { code, meaning };
  }
  return out;
}

const wageFigures = (r: Rec, p: 'a' | 'h'): WageFigures => ({
  mean: num(r[`${p}_mean`]),
  p10: num(r[`${p}_pct10`]),
  p25: num(r[`${p}_pct25`]),
  median: num(r[`${p}_median`]),
  p75: num(r[`${p}_pct75`]),
  p90: num(r[`${p}_pct90`]),
});

function toWages(r: Rec): OewsWages {
  const top = { annual: num(r.top_code_annual), hourly: num(r.top_code_hourly) };
  const topMeaning = (col: string) => {
    const hourly = col.startsWith('h_');
    const t = hourly ? top.hourly : top.annual;
    return t === null ? null : `at or above ${money(t, hourly)} per ${hourly ? 'hour' : 'year'}`;
  };
  return {
    occCode: String(r.occ_code),
    soc: String(r.soc),
    title: String(r.title),
    level: r.level as LinkLevel,
    oGroup: String(r.o_group),
    period: String(r.period),
    year: Number(r.year),
    isCurrent: r.is_current === 1,
    employment: num(r.tot_emp),
    employmentPrse: num(r.emp_prse),
    jobsPer1000: num(r.jobs_1000),
    locationQuotient: num(r.loc_quotient),
    pctTotal: num(r.pct_total),
    pctReporting: num(r.pct_rpt),
    meanPrse: num(r.mean_prse),
    annual: wageFigures(r, 'a'),
    hourly: wageFigures(r, 'h'),
    annualOnly: r.annual_only === 1,
    hourlyOnly: r.hourly_only === 1,
    flags: flagsOf(r.flags, OEWS_PATHS, topMeaning),
    topCode: top,
    source: source(r),
  };
}

// A code OEWS publishes only as an aggregate is listed twice (broad and detailed, same figures): take one row.
const OEWS_SQL = `SELECT l.occ_code, l.level, o.*, r.year, r.is_current, r.top_code_annual, r.top_code_hourly,
  ${SOURCE_COLS}
  FROM soc_links l
  JOIN oews o ON o.soc = l.soc AND o.period = l.period
  JOIN oews_releases r ON r.period = l.period
  JOIN sources s ON s.id = o.source_id
  WHERE l.occ_code = ? AND l.dataset = 'oews'`;

/** The OEWS releases in the store, newest first. */
export function oewsPeriods(db: Database.Database): { period: string; year: number; isCurrent: boolean }[] {
  const rows = db.prepare('SELECT period, year, is_current FROM oews_releases ORDER BY year DESC').all() as Rec[];
  return rows.map((r) => ({ period: String(r.period), year: Number(r.year), isCurrent: r.is_current === 1 }));
}

/**
 * The OEWS figures that serve an O*NET occupation ("27-2012.00") in `period` ("May 2024"; default: the current
 * release), or null when none does (unknown code, no figure at any SOC level, or no such period).
 */
export function wagesFor(db: Database.Database, occCode: string, period?: string): OewsWages | null {
  const r = db
    .prepare(
      `${OEWS_SQL} AND l.period = COALESCE(?, (SELECT period FROM oews_releases WHERE is_current = 1))
       ORDER BY (o.o_group = 'detailed') DESC LIMIT 1`,
    )
    .get(occCode, period ?? null) as Rec | undefined;
  return r ? toWages(r) : null;
}

/** The occupation's OEWS figures in every release, newest first (for change over a year). */
export function wageHistory(db: Database.Database, occCode: string): OewsWages[] {
  const rows = db.prepare(`${OEWS_SQL} ORDER BY r.year DESC, (o.o_group = 'detailed') DESC`).all(occCode) as Rec[];
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(String(r.period)) && seen.add(String(r.period))).map(toWages);
}

/** The Employment Projections that serve an O*NET occupation (default: the newest projection period), or null. */
export function projectionsFor(db: Database.Database, occCode: string, period?: string): Projections | null {
  const r = db
    .prepare(
      `SELECT l.occ_code, l.level, p.*, ${SOURCE_COLS}
       FROM soc_links l
       JOIN projections p ON p.soc = l.soc AND p.period = l.period
       JOIN sources s ON s.id = p.source_id
       WHERE l.occ_code = ? AND l.dataset = 'ep'
         AND l.period = COALESCE(?, (SELECT MAX(period) FROM projections))`,
    )
    .get(occCode, period ?? null) as Rec | undefined;
  if (!r) return null;
  const wageTop = num(r.median_wage_top);
  return {
    occCode: String(r.occ_code),
    soc: String(r.soc),
    title: String(r.title),
    level: r.level as LinkLevel,
    period: String(r.period),
    baseYear: Number(r.base_year),
    projYear: Number(r.proj_year),
    occType: String(r.occ_type),
    employmentBaseK: num(r.emp_base_k),
    employmentProjK: num(r.emp_proj_k),
    changeK: num(r.change_k),
    changePct: num(r.change_pct),
    openingsK: num(r.openings_k),
    selfEmployedPct: num(r.self_employed_pct),
    medianWage: num(r.median_wage),
    medianWageTop: wageTop,
    entryEducation: str(r.entry_education),
    workExperience: str(r.work_experience),
    ojt: str(r.ojt),
    flags: flagsOf(r.flags, EP_PATHS, (col) =>
      col === 'median_wage' && wageTop !== null ? `at or above ${money(wageTop, false)} per year` : null,
    ),
    source: source(r),
  };
}
