/**
 * BLS OEWS national estimates: every `national_M<YYYY>_dl.xlsx` below the data folder becomes the period
 * "May YYYY" in table oews (the newest is current; older ones give change over a year). Footnote codes are stored
 * as what they mean (flags JSON), never as numbers; the "#" top-code thresholds go to table oews_releases.
 */
import { dataError } from '../../errors.js';
import type { BlsFlag } from '../../store/schema/bls.js';
import type { IngestContext } from '../context.js';
import { baseOf } from '../files.js';
import type { Ingester } from '../ingester.js';
import type { Row } from '../readers/table.js';
import { openWorkbook, readSheet } from '../readers/xlsx.js';
import { figure, indicator, socCode } from './cells.js';
import { readFieldDescriptions } from './topcode.js';

const OEWS_FILE_RE = /^national_M(\d{4})_dl\.xlsx$/i;
export const BLS_PUBLISHER = 'U.S. Bureau of Labor Statistics';
export const BLS_LICENSE = 'Public domain (U.S. federal government work)';

interface OewsFile {
  rel: string;
  year: number;
  period: string;
}

/** The OEWS national files in the data folder, newest first; two files for one year are an error. */
export function findOewsFiles(files: readonly string[]): OewsFile[] {
  const found = new Map<number, OewsFile>();
  for (const rel of files) {
    const m = OEWS_FILE_RE.exec(baseOf(rel));
    if (!m) continue;
    const year = Number(m[1]);
    const prev = found.get(year);
    if (prev) throw dataError(rel, undefined, `a second OEWS file for May ${year} (the first is ${prev.rel})`);
    found.set(year, { rel, year, period: `May ${year}` });
  }
  return [...found.values()].sort((a, b) => b.year - a.year);
}

const EMP: Record<string, BlsFlag> = { '**': 'not_available' };
const WAGE: Record<string, BlsFlag> = { '*': 'no_estimate', '#': 'top_coded' };
const PRSE: Record<string, BlsFlag> = { '*': 'no_estimate' };
const RPT: Record<string, BlsFlag> = { '**': 'not_available', '~': 'below_half_percent' };

/** Store column, file column (first one present wins), footnote codes allowed. */
const FIGURES: readonly [string, readonly string[], Record<string, BlsFlag>][] = [
  ['tot_emp', ['TOT_EMP'], EMP],
  ['emp_prse', ['EMP_PRSE'], EMP],
  ['jobs_1000', ['JOBS_1000'], EMP],
  ['loc_quotient', ['LOC_QUOTIENT', 'LOC QUOTIENT'], EMP],
  ['pct_total', ['PCT_TOTAL'], EMP],
  ['pct_rpt', ['PCT_RPT'], RPT],
  ['h_mean', ['H_MEAN'], WAGE],
  ['a_mean', ['A_MEAN'], WAGE],
  ['mean_prse', ['MEAN_PRSE'], PRSE],
  ...(['10', '25', 'MEDIAN', '75', '90'] as const).flatMap((p): [string, string[], Record<string, BlsFlag>][] => {
    const suffix = p === 'MEDIAN' ? 'MEDIAN' : `PCT${p}`;
    return [
      [`h_${suffix.toLowerCase()}`, [`H_${suffix}`], WAGE],
      [`a_${suffix.toLowerCase()}`, [`A_${suffix}`], WAGE],
    ];
  }),
];

const REQUIRED = ['OCC_CODE', 'OCC_TITLE', 'TOT_EMP', 'EMP_PRSE', 'H_MEAN', 'A_MEAN', 'MEAN_PRSE'];
for (const [, names] of FIGURES) if (names[0]!.match(/^[AH]_/)) REQUIRED.push(names[0]!);

const O_GROUPS = new Set(['total', 'major', 'minor', 'broad', 'detailed']);

const INSERT = `INSERT INTO oews (soc, period, o_group, title, ${FIGURES.map((f) => f[0]).join(', ')},
  annual_only, hourly_only, flags, source_id) VALUES (${Array(FIGURES.length + 8)
    .fill('?')
    .join(', ')})`;

/** A national cross-industry row (all ownerships); columns absent from the file are not checked. */
function outOfScope(row: Row): string | null {
  const want: [string, string][] = [
    ['AREA_TYPE', '1'],
    ['AREA', '99'],
    ['NAICS', '000000'],
    ['OWN_CODE', '1235'],
  ];
  for (const [col, value] of want) {
    if (!row.has(col)) continue;
    const v = String(row.raw(col) ?? '').trim();
    if (v !== value) return `${col} ${v}`;
  }
  return null;
}

function importFile(ctx: IngestContext, file: OewsFile, current: boolean): { rows: number; detailed: number } {
  const wb = openWorkbook(ctx.abs(file.rel), file.rel);
  const sheet = wb.sheetNames.find((n) => /^national_M\d{4}/i.test(n)) ?? wb.sheetNames[0];
  const table = readSheet(wb, { sheet, required: ['OCC_CODE', 'OCC_TITLE'] });
  table.requireColumns(REQUIRED);
  const groupCol = table.hasColumn('O_GROUP') ? 'O_GROUP' : 'OCC_GROUP';
  table.requireColumns([groupCol]);
  const fd = readFieldDescriptions(wb);
  if (fd?.release && fd.release !== file.period) {
    ctx.warn(
      `the 'Field Descriptions' sheet names the release "${fd.release}", the file name ${file.period}`,
      file.rel,
    );
  }
  if (!fd || fd.topCodeAnnual === null || fd.topCodeHourly === null) {
    ctx.warn(`no top-code threshold ("#" = at or above $…) found in a 'Field Descriptions' sheet`, file.rel);
  }
  const sourceId = ctx.addSource(file.rel, {
    dataset: 'oews',
    publisher: BLS_PUBLISHER,
    title: 'Occupational Employment and Wage Statistics (OEWS), national cross-industry estimates',
    release: file.period,
    period: file.period,
    license: BLS_LICENSE,
  });
  const seen = new Map<string, { group: string; line: number }>();
  const columns = FIGURES.map(([key, names, codes]) => [
    key,
    names.find((n) => table.hasColumn(n)) ?? names[0]!,
    codes,
  ]);
  let skipped = 0;
  let firstSkip = '';
  let detailed = 0;
  const n = ctx.insertRows(
    table,
    INSERT,
    (row) => {
      const scope = outOfScope(row);
      if (scope) {
        if (skipped++ === 0) firstSkip = `line ${row.line}: ${scope}`;
        return null;
      }
      const soc = socCode(row, 'OCC_CODE');
      const group = row.str(groupCol).toLowerCase();
      if (!O_GROUPS.has(group)) {
        row.fail(groupCol, `unknown occupation level "${group}" (expected total, major, minor, broad or detailed)`);
      }
      const prev = seen.get(soc);
      if (prev) {
        // OEWS lists a code it publishes only at the broad level twice: once "broad", once "detailed".
        const pair = new Set([prev.group, group]);
        if (!(pair.size === 2 && pair.has('broad') && pair.has('detailed'))) {
          row.fail('OCC_CODE', `duplicated key: OCC_CODE ${soc} is already on line ${prev.line}`);
        }
      }
      seen.set(soc, { group, line: row.line });
      if (group === 'detailed') detailed++;
      const flags: Record<string, BlsFlag> = {};
      const values = columns.map(([key, col, codes]) =>
        figure(row, col as string, codes as Record<string, BlsFlag>, flags, key as string),
      );
      return [
        soc,
        file.period,
        group,
        row.str('OCC_TITLE'),
        ...values,
        indicator(row, 'ANNUAL'),
        indicator(row, 'HOURLY'),
        JSON.stringify(flags),
        sourceId,
      ];
    },
    'oews',
  );
  if (skipped > 0) {
    ctx.warn(`${skipped} rows skipped: not national cross-industry estimates (first: ${firstSkip})`, file.rel);
  }
  if (n === 0) throw dataError(table.label, undefined, 'no national cross-industry rows (AREA_TYPE 1, NAICS 000000)');
  ctx.setSourceRows(sourceId, n);
  ctx.db
    .prepare(
      `INSERT INTO oews_releases (period, year, is_current, top_code_annual, top_code_hourly, rows, detailed, source_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      file.period,
      file.year,
      current ? 1 : 0,
      fd?.topCodeAnnual ?? null,
      fd?.topCodeHourly ?? null,
      n,
      detailed,
      sourceId,
    );
  return { rows: n, detailed };
}

export const oewsIngester: Ingester = {
  name: 'BLS OEWS',
  readAhead: (files) => files.filter((rel) => OEWS_FILE_RE.test(baseOf(rel))).map((rel) => ({ rel })),
  run(ctx) {
    const found = findOewsFiles(ctx.files);
    if (found.length === 0) {
      throw dataError(
        ctx.dataDir,
        undefined,
        'no OEWS national file (national_MYYYY_dl.xlsx, from https://www.bls.gov/oes/tables.htm) in the data folder; ' +
          'wages are required',
      );
    }
    found.forEach((file, i) => {
      const { rows } = importFile(ctx, file, i === 0);
      // 'wages_prior' is the release just before the current one; older ones are stored but not a section.
      if (i <= 1) ctx.section(i === 0 ? 'wages' : 'wages_prior', 'ok', rows, `OEWS ${file.period}`);
    });
    if (found.length === 1) {
      ctx.warn(`only one OEWS release (${found[0]!.period}); no change over a year`);
      ctx.section('wages_prior', 'missing', 0, 'no earlier OEWS national file');
    }
  },
};
