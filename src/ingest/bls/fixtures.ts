/**
 * Test helpers (not a test file): tiny OEWS and EP workbooks in the official layouts, written with SheetJS into
 * a temporary data folder, and a stand-in O*NET ingester that inserts a few occupations.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import XLSX from 'xlsx';
import { CareerdiffError } from '../../errors.js';
import { tempDir as tempFolder } from '../../testkit/temp-dir.js';
import type { DB } from '../../store/open.js';
import type { Ingester } from '../ingester.js';
import { type ImportSummary, importStore } from '../run.js';

type Cell = string | number | boolean | null;

export const OEWS_HEADER = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OWN_CODE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'EMP_PRSE',
  'JOBS_1000',
  'LOC_QUOTIENT',
  'PCT_TOTAL',
  'PCT_RPT',
  'H_MEAN',
  'A_MEAN',
  'MEAN_PRSE',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
];

/** One OEWS national cross-industry row; `set` overrides any column by its header name. */
export function oewsRow(code: string, title: string, group: string, set: Record<string, Cell> = {}): Cell[] {
  const base: Record<string, Cell> = {
    AREA: '99',
    AREA_TITLE: 'U.S.',
    AREA_TYPE: '1',
    PRIM_STATE: 'US',
    NAICS: '000000',
    NAICS_TITLE: 'Cross-industry',
    I_GROUP: 'cross-industry',
    OWN_CODE: '1235',
    OCC_CODE: code,
    OCC_TITLE: title,
    O_GROUP: group,
    TOT_EMP: 1000,
    EMP_PRSE: 1.5,
    JOBS_1000: null,
    LOC_QUOTIENT: null,
    PCT_TOTAL: null,
    PCT_RPT: null,
    H_MEAN: 30,
    A_MEAN: 62400,
    MEAN_PRSE: 0.5,
    H_PCT10: 15,
    H_PCT25: 20,
    H_MEDIAN: 28,
    H_PCT75: 38,
    H_PCT90: 50,
    A_PCT10: 31200,
    A_PCT25: 41600,
    A_MEDIAN: 58240,
    A_PCT75: 79040,
    A_PCT90: 104000,
    ANNUAL: '',
    HOURLY: '',
  };
  const row = { ...base, ...set };
  return OEWS_HEADER.map((h) => row[h] ?? null);
}

const FIELD_DESCRIPTIONS = (year: number): Cell[][] => [
  [`May ${year} OEWS Estimates`],
  [],
  ['Occupational Employment and Wage Statistics (OEWS) Survey'],
  [],
  ['Field', 'Field Description'],
  ['occ_code', 'The 6-digit Standard Occupational Classification (SOC) code'],
  [],
  ['Notes:'],
  ['*  = indicates that a wage estimate is not available'],
  ['**  = indicates that an employment estimate is not available'],
  ['#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year '],
];

export function tempDataDir(): string {
  return tempFolder('careerdiff-bls-');
}

function writeBook(file: string, sheets: [string, Cell[][]][]): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  XLSX.writeFile(wb, file);
  return file;
}

/** Writes `<dir>/bls_oews_mayYYYY/national_MYYYY_dl.xlsx` with the data sheet and 'Field Descriptions'. */
export function writeOews(
  dir: string,
  year: number,
  rows: Cell[][],
  opts: { header?: string[]; fieldDescriptions?: Cell[][] | null } = {},
): string {
  const file = path.join(dir, `bls_oews_may${year}`, `national_M${year}_dl.xlsx`);
  const sheets: [string, Cell[][]][] = [[`national_M${year}_dl`, [opts.header ?? OEWS_HEADER, ...rows]]];
  if (opts.fieldDescriptions !== null)
    sheets.push(['Field Descriptions', opts.fieldDescriptions ?? FIELD_DESCRIPTIONS(year)]);
  return writeBook(file, sheets);
}

export const EP_TITLE =
  'Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)';
export const EP_HEADER = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  'Employment, 2024',
  'Employment, 2034',
  'Employment distribution, percent, 2024',
  'Employment distribution, percent, 2034',
  'Employment change, numeric, 2024–34',
  'Employment change, percent, 2024–34',
  'Percent self employed, 2024',
  'Occupational openings, 2024–34 annual average',
  'Median annual wage, dollars, 2024[1]',
  'Typical education needed for entry',
  'Work experience in a related occupation',
  'Typical on-the-job training needed to attain competency in the occupation',
  'Related Occupational Outlook Handbook (OOH) content xlsx',
];

/** One Table 1.2 row: title, code, type, emp 2024, emp 2034, change, change %, openings, wage, education. */
export function epRow(
  title: string,
  code: string,
  type: string,
  emp: [Cell, Cell, Cell, Cell, Cell],
  wage: Cell,
  education: Cell,
  set: Partial<Record<number, Cell>> = {},
): Cell[] {
  const row: Cell[] = [
    title,
    code,
    type,
    emp[0],
    emp[1],
    0.1,
    0.1,
    emp[2],
    emp[3],
    5.0,
    emp[4],
    wage,
    education,
    'None',
    'None',
    '—',
  ];
  for (const [i, v] of Object.entries(set)) row[Number(i)] = v ?? null;
  return row;
}

/** Writes `<dir>/bls_ep_2024_2034/occupation.xlsx`: an Index sheet, Table 1.1, then Table 1.2 with title rows. */
export function writeEp(dir: string, rows: Cell[][], opts: { title?: string; header?: string[] } = {}): string {
  const table12: Cell[][] = [[opts.title ?? EP_TITLE], opts.header ?? EP_HEADER, ...rows];
  table12.push(['Footnotes:'], ['[1] Data are from the Occupational Employment and Wage Statistics program.']);
  table12.push(['Note: Data is unavailable for values denoted with a "—".']);
  return writeBook(path.join(dir, 'bls_ep_2024_2034', 'occupation.xlsx'), [
    ['Index', [['Occupation.xlsx contents'], ['Table 1.2 Occupational projections, 2024–34']]],
    ['Table 1.1', [['Table 1.1 Employment by major occupational group, 2024 and projected 2034'], ['x', 'y']]],
    ['Table 1.2', table12],
  ]);
}

/** Builds a store from `dataDir` with these ingesters in a fresh temp file; returns the summary and the open store. */
export function buildStore(dataDir: string, ingesters: readonly Ingester[]): { summary: ImportSummary; db: DB } {
  const dbFile = path.join(tempFolder('careerdiff-bls-db-'), 'store.sqlite');
  const summary = importStore({ dataDir, dbFile, ingesters });
  return { summary, db: new Database(dbFile, { readonly: true }) };
}

/** Runs `fn` and checks it fails with a data error at this file, line and column, with a matching message. */
export function assertDataError(
  fn: () => unknown,
  want: { file: string; line?: number; column?: string; message: RegExp },
): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof CareerdiffError, `expected a CareerdiffError, got ${String(err)}`);
    assert.equal(err.kind, 'data');
    assert.equal(err.where.file, want.file);
    assert.equal(err.where.line, want.line);
    assert.equal(err.where.column, want.column);
    assert.match(err.message, want.message);
    return true;
  });
}

export { fakeOccupations as fakeOnet } from '../../testkit/fake-occupations.js';
