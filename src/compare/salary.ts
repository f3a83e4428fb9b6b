/**
 * Salary and outlook sections from the BLS read functions (src/store/wages.ts): every figure with its
 * reference period and source, broader-group figures marked, top-coded or missing figures as statuses
 * (never as numbers), and differences only where both sides publish a number. Pure over the fetched rows.
 */
import type { OewsWages, Projections, FigureFlag } from '../store/wages.js';
import type { DataGap, Figure, MoneyDiff, Outlook, Pair, Projection, Salary, WageFigures, WageSet } from './types.js';

const STATUSES = new Set<Figure['status']>([
  'top_coded',
  'no_estimate',
  'not_available',
  'below_half_percent',
  'suppressed',
]);

export function figure(value: number | null, flag: FigureFlag | undefined): Figure {
  if (value !== null && !flag) return { value, status: 'ok', meaning: null };
  const status = flag && STATUSES.has(flag.code as Figure['status']) ? (flag.code as Figure['status']) : 'missing';
  return { value: null, status, meaning: flag?.meaning ?? 'not published' };
}

function wageSet(w: OewsWages, kind: 'annual' | 'hourly'): WageSet {
  const f = (k: keyof OewsWages['annual']) => figure(w[kind][k], w.flags[`${kind}.${k}`]);
  return { mean: f('mean'), p10: f('p10'), p25: f('p25'), median: f('median'), p75: f('p75'), p90: f('p90') };
}

/**
 * The BLS figures are a broader group's than the occupation's: a SOC group, or the SOC code of an O*NET
 * specialisation (15-1299.09 Information Technology Project Managers is one of the O*NET occupations in OEWS/EP's
 * 15-1299 "Computer Occupations, All Other", so 15-1299's median is not IT project managers' own).
 */
export const broaderThan = (level: string, code?: string): boolean =>
  level !== 'detailed' || (code !== undefined && !code.endsWith('.00'));

function wageFigures(w: OewsWages, code?: string): WageFigures {
  return {
    soc: w.soc,
    blsTitle: w.title,
    level: w.level,
    broader: broaderThan(w.level, code),
    period: w.period,
    employment: figure(w.employment, w.flags.employment),
    annual: wageSet(w, 'annual'),
    hourly: wageSet(w, 'hourly'),
    annualOnly: w.annualOnly,
    hourlyOnly: w.hourlyOnly,
    sourceId: w.source.id,
  };
}

export function moneyDiff(a: Figure, b: Figure): MoneyDiff | null {
  if (a.status !== 'ok' || b.status !== 'ok' || a.value === null || b.value === null || a.value === 0) return null;
  // Cents are the finest unit BLS publishes; rounding keeps float noise (14.799999…) out of the JSON.
  return { dollars: Math.round((b.value - a.value) * 100) / 100, percent: ((b.value - a.value) / a.value) * 100 };
}

function projection(p: Projections, code?: string): Projection {
  const medianFlag = p.flags.medianWage;
  return {
    soc: p.soc,
    blsTitle: p.title,
    level: p.level,
    broader: broaderThan(p.level, code),
    period: p.period,
    baseYear: Number.isFinite(p.baseYear) ? p.baseYear : null,
    projectedYear: Number.isFinite(p.projYear) ? p.projYear : null,
    employmentBaseThousands: p.employmentBaseK,
    employmentProjectedThousands: p.employmentProjK,
    changeThousands: p.changeK,
    changePercent: p.changePct,
    openingsThousands: p.openingsK,
    medianWage: figure(p.medianWage, medianFlag),
    sourceId: p.source.id,
  };
}

export interface BlsData {
  wages: OewsWages[]; // newest first
  projections: Projections | null;
}

export function compareSalary(d: Pair<BlsData>, codes?: Pair<string>): Salary {
  const cur = {
    a: d.a.wages[0] ? wageFigures(d.a.wages[0], codes?.a) : null,
    b: d.b.wages[0] ? wageFigures(d.b.wages[0], codes?.b) : null,
  };
  const missing: DataGap[] = [];
  for (const s of ['a', 'b'] as const)
    if (!cur[s])
      missing.push({
        section: 'salary',
        side: s,
        what: 'OEWS wages and employment',
        reason: 'BLS publishes no OEWS figures for this occupation or its SOC groups',
      });
  const diff = (k: 'annual' | 'hourly', m: 'median' | 'mean') =>
    cur.a && cur.b && cur.a.period === cur.b.period ? moneyDiff(cur.a[k][m], cur.b[k][m]) : null;
  return {
    wages: cur,
    difference: {
      annualMedian: diff('annual', 'median'),
      annualMean: diff('annual', 'mean'),
      hourlyMedian: diff('hourly', 'median'),
      hourlyMean: diff('hourly', 'mean'),
    },
    earlier: {
      a: d.a.wages.slice(1).map((w) => wageFigures(w, codes?.a)),
      b: d.b.wages.slice(1).map((w) => wageFigures(w, codes?.b)),
    },
    sameFigures: cur.a !== null && cur.b !== null && cur.a.soc === cur.b.soc && cur.a.period === cur.b.period,
    missing,
  };
}

export function compareOutlook(d: Pair<BlsData>, codes?: Pair<string>): Outlook {
  const p = {
    a: d.a.projections ? projection(d.a.projections, codes?.a) : null,
    b: d.b.projections ? projection(d.b.projections, codes?.b) : null,
  };
  const missing: DataGap[] = [];
  for (const s of ['a', 'b'] as const)
    if (!p[s])
      missing.push({
        section: 'outlook',
        side: s,
        what: 'BLS Employment Projections',
        reason: 'no projection row for this occupation or its SOC groups',
      });
  const ca = p.a?.changePercent ?? null;
  const cb = p.b?.changePercent ?? null;
  return { projections: p, changePercentDiff: ca !== null && cb !== null ? cb - ca : null, missing };
}
