/**
 * BLS Employment Projections: Table 1.2 "Occupational projections, YYYY–YY, and worker characteristics" of
 * every `occupation.xlsx` below the data folder. The sheet is found by its title, the period ("2024-2034") is read
 * from it and the columns are found by their (year-bearing) headers. Optional: without it, section
 * 'projections' is missing and a warning says so.
 */
import { dataError } from '../../errors.js';
import type { BlsFlag } from '../../store/schema/bls.js';
import type { IngestContext } from '../context.js';
import { baseOf } from '../files.js';
import type { Ingester } from '../ingester.js';
import { normalizeHeader, type Row, type Table } from '../readers/table.js';
import { openWorkbook, readSheet, sheetRows, type Workbook } from '../readers/xlsx.js';
import { EP_DASHES, figure, socCode } from './cells.js';
import { BLS_LICENSE, BLS_PUBLISHER } from './oews.js';

const EP_FILE_RE = /^occupation\.xlsx$/i;
const TITLE_RE = /Occupational projections,\s*(\d{4})\s*[–—-]\s*(\d{2,4}),?\s*and worker characteristics/i;

interface EpSheet {
  sheet: string;
  title: string;
  baseYear: number;
  projYear: number;
  period: string;
}

/**
 * The sheet of Table 1.2: the one whose first rows hold its title and, below it, the header (an index sheet that
 * only lists the title does not count). Not found by its name or position.
 */
function findEpSheet(wb: Workbook): EpSheet | null {
  for (const sheet of wb.sheetNames) {
    const rows = sheetRows(wb, sheet, 20);
    const cells = rows.flatMap((r) => (r ?? []).filter((c): c is string => typeof c === 'string'));
    const hasHeader = cells.some((c) => normalizeHeader(c) === 'occupation type');
    const m = cells.map((c) => TITLE_RE.exec(c)).find((x) => x !== null);
    if (!m || !hasHeader) continue;
    const baseYear = Number(m[1]);
    const projYear = m[2]!.length === 4 ? Number(m[2]) : Math.floor(baseYear / 100) * 100 + Number(m[2]);
    return { sheet, title: m.input, baseYear, projYear, period: `${baseYear}-${projYear}` };
  }
  return null;
}

interface Columns {
  title: string;
  code: string;
  type: string;
  empBase: string;
  empProj: string;
  change: string;
  changePct: string;
  openings: string;
  selfEmployed: string | null;
  wage: string;
  education: string;
  experience: string;
  ojt: string;
}

function findColumns(table: Table, s: EpSheet): Columns {
  const find = (what: string, re: RegExp, required = true): string => {
    const h = table.header.find((x) => re.test(normalizeHeader(x)));
    if (h === undefined && required) {
      throw dataError(
        table.label,
        (table.rows[0]?.line ?? 2) - 1,
        `wrong header: no column "${what}"; found ${table.header.map((x) => `"${x}"`).join(', ')}`,
        what,
      );
    }
    return h ?? '';
  };
  const selfEmployed = find('Percent self employed', /^percent self[- ]employed/, false);
  return {
    title: find('National Employment Matrix title', /national employment matrix (occupation )?title/),
    code: find('National Employment Matrix code', /national employment matrix (occupation )?code/),
    type: find('Occupation type', /^occupation type$/),
    empBase: find(`Employment, ${s.baseYear}`, new RegExp(`^employment, ${s.baseYear}$`)),
    empProj: find(`Employment, ${s.projYear}`, new RegExp(`^employment, ${s.projYear}$`)),
    change: find('Employment change, numeric', /^employment change, numeric/),
    changePct: find('Employment change, percent', /^employment change, percent/),
    openings: find('Occupational openings, annual average', /^occupational openings/),
    selfEmployed: selfEmployed || null,
    wage: find(`Median annual wage, dollars, ${s.baseYear}`, /^median annual wage/),
    education: find('Typical education needed for entry', /^typical education needed for entry/),
    experience: find('Work experience in a related occupation', /^work experience in a related occupation/),
    ojt: find('Typical on-the-job training', /^typical on-the-job training/),
  };
}

const DASH: Record<string, BlsFlag> = Object.fromEntries([...EP_DASHES].map((d) => [d, 'not_available']));
const TOP_RE = /^(?:>=|≥|>)\s*\$?\s*([\d,]+(?:\.\d+)?)$/;

function text(row: Row, column: string): string | null {
  const s = row.optStr(column);
  return s === null || EP_DASHES.has(s) ? null : s;
}

const INSERT = `INSERT INTO projections (soc, period, base_year, proj_year, title, occ_type, emp_base_k, emp_proj_k,
  change_k, change_pct, openings_k, self_employed_pct, median_wage, median_wage_top, entry_education, work_experience,
  ojt, flags, source_id) VALUES (${Array(19).fill('?').join(', ')})`;

function importFile(ctx: IngestContext, rel: string, seenPeriods: Map<string, string>): number {
  const wb = openWorkbook(ctx.abs(rel), rel);
  const s = findEpSheet(wb);
  if (!s) {
    throw dataError(
      rel,
      undefined,
      'no sheet titled "Occupational projections, YYYY–YY, and worker characteristics" (Table 1.2); ' +
        `sheets: ${wb.sheetNames.join(', ')}`,
    );
  }
  const prev = seenPeriods.get(s.period);
  if (prev)
    throw dataError(rel, undefined, `a second Employment Projections table for ${s.period} (the first is ${prev})`);
  seenPeriods.set(s.period, rel);
  const table = readSheet(wb, { sheet: s.sheet, required: ['Occupation type', 'Typical education needed for entry'] });
  const c = findColumns(table, s);
  const sourceId = ctx.addSource(rel, {
    dataset: 'ep',
    publisher: BLS_PUBLISHER,
    title: `Employment Projections, ${s.title.replace(/\s*\(Employment in thousands\)\s*$/i, '')}`,
    release: s.period,
    period: s.period,
    license: BLS_LICENSE,
  });
  const seen = new Map<string, number>();
  let ended = false;
  const n = ctx.insertRows(
    table,
    INSERT,
    (row) => {
      if (ended) return null;
      if (row.optStr(c.code) === null && /^footnotes?:?$/i.test(row.optStr(c.title) ?? '')) {
        ended = true; // the notes below the table
        return null;
      }
      const soc = socCode(row, c.code);
      const first = seen.get(soc);
      if (first !== undefined) row.fail(c.code, `duplicated key: SOC code ${soc} is already on line ${first}`);
      seen.set(soc, row.line);
      const type = row.str(c.type);
      if (type !== 'Line item' && type !== 'Summary') {
        row.fail(c.type, `unknown occupation type "${type.slice(0, 30)}" (expected "Line item" or "Summary")`);
      }
      const flags: Record<string, BlsFlag> = {};
      const num = (col: string, key: string) => figure(row, col, DASH, flags, key);
      let wage: number | null = null;
      let wageTop: number | null = null;
      const rawWage = row.raw(c.wage);
      const top = typeof rawWage === 'string' ? TOP_RE.exec(rawWage.trim()) : null;
      if (top) {
        wageTop = Number(top[1]!.replace(/,/g, ''));
        flags.median_wage = 'top_coded';
      } else {
        wage = num(c.wage, 'median_wage');
      }
      return [
        soc,
        s.period,
        s.baseYear,
        s.projYear,
        row.str(c.title),
        type,
        num(c.empBase, 'emp_base_k'),
        num(c.empProj, 'emp_proj_k'),
        num(c.change, 'change_k'),
        num(c.changePct, 'change_pct'),
        num(c.openings, 'openings_k'),
        c.selfEmployed ? num(c.selfEmployed, 'self_employed_pct') : null,
        wage,
        wageTop,
        text(row, c.education),
        text(row, c.experience),
        text(row, c.ojt),
        JSON.stringify(flags),
        sourceId,
      ];
    },
    'projections',
  );
  ctx.setSourceRows(sourceId, n);
  return n;
}

export const epIngester: Ingester = {
  name: 'BLS EP',
  readAhead: (files) => files.filter((rel) => EP_FILE_RE.test(baseOf(rel))).map((rel) => ({ rel })),
  run(ctx) {
    const files = ctx.files.filter((rel) => EP_FILE_RE.test(baseOf(rel)));
    if (files.length === 0) {
      ctx.warn('no BLS Employment Projections table (occupation.xlsx, Table 1.2) in the data folder; no projections');
      ctx.section('projections', 'missing', 0, 'no Employment Projections file (occupation.xlsx)');
      return;
    }
    const periods = new Map<string, string>();
    let rows = 0;
    for (const rel of files) rows += importFile(ctx, rel, periods);
    ctx.section('projections', 'ok', rows, `Employment Projections ${[...periods.keys()].sort().join(', ')}`);
  },
};
