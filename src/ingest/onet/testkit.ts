/**
 * Test helpers for the O*NET importers (not a test file): a temporary copy of the fixture data folder
 * (test/fixtures/onet/data) with files changed, removed or added, the 29.0 Excel workbooks written at
 * test time, an import into a temporary store, and an assertion on data errors.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import XLSX from 'xlsx';
import { PROJECT_ROOT } from '../../defaults.js';
import { tempDir as tempFolder } from '../../testkit/temp-dir.js';
import { CareerdiffError } from '../../errors.js';
import type { Ingester } from '../ingester.js';
import { type ImportSummary, importStore } from '../run.js';
import { onetIngester } from './index.js';
import { onetRatingsIngester } from './ratings.js';

/**
 * The mini releases. Each file is stored with a ".fixture" suffix, so the repository never holds files named
 * like the official O*NET data; a test's data folder gets them back under their real names.
 */
const FIXTURE_DIR = path.join(PROJECT_ROOT, 'test/fixtures/onet/data');
const SUFFIX = '.fixture';
export const TEXT = 'text_30_1';
export const EXCEL = 'excel_29_0';
export const DERIVED = 'derived';

/** A new temporary folder, removed when the process exits (src/testkit/temp-dir.ts). */
export const tempDir = (): string => tempFolder('careerdiff-onet-');

/** The fixture file's text. */
export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, `${rel}${SUFFIX}`), 'utf8');
}

/** The fixture file with line `line` (1-based) replaced by fn(line); keeps its CRLF endings. */
export function editLine(rel: string, line: number, fn: (l: string) => string): string {
  const eol = fixture(rel).includes('\r\n') ? '\r\n' : '\n';
  const lines = fixture(rel).split(eol);
  lines[line - 1] = fn(lines[line - 1]!);
  return lines.join(eol);
}

const SKILLS_HEADER = [
  'O*NET-SOC Code',
  'Title',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Scale Name',
  'Data Value',
  'N',
  'Standard Error',
  'Lower CI Bound',
  'Upper CI Bound',
  'Recommend Suppress',
  'Not Relevant',
  'Date',
  'Domain Source',
];

type Cells = (string | number | null)[];

/** The rows of the 29.0 Excel fixtures (official 15-column layout). */
export const EXCEL_ROWS: Record<'Knowledge' | 'Skills', Cells[]> = {
  Knowledge: [
    [
      '11-1011.00',
      'Chief Executives',
      '2.C.1.a',
      'Administration and Management',
      'IM',
      'Importance',
      4.5,
      28,
      0.11,
      4.3,
      4.7,
      'N',
      null,
      '08/2023',
      'Incumbent',
    ],
    [
      '43-5061.00',
      'Production, Planning, and Expediting Clerks',
      '2.C.1.a',
      'Administration and Management',
      'IM',
      'Importance',
      3.1,
      21,
      0.2,
      2.7,
      3.5,
      'N',
      null,
      '08/2022',
      'Incumbent',
    ],
    [
      '43-5061.00',
      'Production, Planning, and Expediting Clerks',
      '2.C.4.a',
      'Mathematics',
      'LV',
      'Level',
      3.4,
      21,
      0.2,
      3.0,
      3.8,
      'N',
      'N',
      '08/2022',
      'Incumbent',
    ],
    [
      '11-9999.00',
      'Retired Occupation',
      '2.C.1.a',
      'Administration and Management',
      'IM',
      'Importance',
      2.0,
      9,
      0.3,
      1.4,
      2.6,
      'Y',
      null,
      '08/2010',
      'Analyst',
    ],
  ],
  Skills: [
    [
      '11-1011.00',
      'Chief Executives',
      '2.A.1.a',
      'Reading Comprehension',
      'IM',
      'Importance',
      4.12,
      8,
      0.13,
      3.87,
      4.38,
      'N',
      null,
      '08/2023',
      'Analyst',
    ],
    [
      '11-1011.00',
      'Chief Executives',
      '2.A.1.a',
      'Reading Comprehension',
      'LV',
      'Level',
      4.88,
      8,
      0.13,
      4.63,
      5.12,
      'N',
      'N',
      '08/2023',
      'Analyst',
    ],
  ],
};

/** Writes a workbook with one sheet: a header row and the rows. */
export function writeWorkbook(file: string, sheet: string, rows: Cells[], header: Cells = SKILLS_HEADER): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([header, ...rows]), sheet);
  XLSX.writeFile(wb, file);
}

interface DataDirOptions {
  /** Relative path → new content (string or bytes), or null to remove the file. */
  changes?: Record<string, string | Buffer | null>;
  /** Write the 29.0 Excel workbooks (default true). */
  excel?: boolean;
  /** Leave out these top-level fixture folders. */
  without?: string[];
}

/** A temporary data folder: a copy of the fixtures with the given changes. */
export function makeDataDir(opts: DataDirOptions = {}): string {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  fs.cpSync(FIXTURE_DIR, data, { recursive: true });
  for (const f of fs.readdirSync(data, { recursive: true, encoding: 'utf8' })) {
    if (f.endsWith(SUFFIX)) fs.renameSync(path.join(data, f), path.join(data, f.slice(0, -SUFFIX.length)));
  }
  for (const w of opts.without ?? []) fs.rmSync(path.join(data, w), { recursive: true, force: true });
  if (opts.excel !== false && !(opts.without ?? []).includes(EXCEL)) {
    for (const name of ['Knowledge', 'Skills'] as const) {
      writeWorkbook(path.join(data, EXCEL, `${name}.xlsx`), name, EXCEL_ROWS[name]);
    }
  }
  for (const [rel, content] of Object.entries(opts.changes ?? {})) {
    const file = path.join(data, rel);
    if (content === null) fs.rmSync(file, { force: true });
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  return data;
}

export const BOTH: readonly Ingester[] = [onetIngester, onetRatingsIngester];

/** Imports a data folder into a temporary store and opens it read-only. */
export function importInto(
  dataDir: string,
  ingesters: readonly Ingester[] = BOTH,
): { summary: ImportSummary; db: Database.Database } {
  const dbFile = path.join(tempDir(), 'store.sqlite');
  const summary = importStore({ dataDir, dbFile, ingesters });
  return { summary, db: new Database(dbFile, { readonly: true }) };
}

/** Asserts that fn throws a 'data' error at this file (and line/column) with a matching message. */
export function assertDataError(
  fn: () => unknown,
  expected: { file: string; line?: number; column?: string; message: RegExp },
): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof CareerdiffError, `expected a CareerdiffError, got ${String(err)}`);
    assert.equal(err.kind, 'data');
    assert.equal(err.where.file, expected.file);
    if ('line' in expected) assert.equal(err.where.line, expected.line);
    if (expected.column !== undefined) assert.equal(err.where.column, expected.column);
    assert.match(err.message, expected.message);
    return true;
  });
}

/** Import of a data folder expected to fail. */
export const importFails =
  (dataDir: string, ingesters: readonly Ingester[] = BOTH) =>
  () =>
    importStore({ dataDir, dbFile: path.join(tempDir(), 'store.sqlite'), ingesters });
