/**
 * Reads one sheet of an Excel workbook (BLS OEWS, EP, ORS; O*NET Excel releases) into a Table.
 * Parsing is the fast reader's (./xlsx-fast: raw values only, one sheet at a time, on demand); this module finds
 * the sheet and the header row (BLS sheets start with title lines) and gives every row its spreadsheet row number
 * for error messages. SheetJS stays in the tests as the reference the fast reader is checked against.
 */
import fs from 'node:fs';
import { dataError } from '../../errors.js';
import { type Cell, Table, normalizeHeader } from './table.js';
import { XlsxWorkbook } from './xlsx-fast/workbook.js';
import { activeReadAhead } from './read-ahead.js';

interface SheetOptions {
  /** Sheet name, or a test on the names; default: the first sheet. */
  sheet?: string | ((name: string) => boolean);
  /** Columns that must be in the header row; the header row is the first row that has all of them. */
  required: readonly string[];
  /** How many leading rows to search for the header (BLS tables have title rows above it). */
  headerSearchRows?: number;
  label?: string;
  /** The sheet's rows when the caller has them already (sheetRows of the same sheet): not read again. */
  rows?: Cell[][];
}

export interface Workbook {
  file: string;
  label: string;
  sheetNames: string[];
  fast: XlsxWorkbook;
}

export function openWorkbook(file: string, label = file): Workbook {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    throw dataError(label, undefined, `cannot read the file: ${(err as Error).message}`);
  }
  if (buf.length === 0) throw dataError(label, undefined, 'the file is empty');
  let fast: XlsxWorkbook;
  try {
    fast = new XlsxWorkbook(buf);
  } catch (err) {
    throw dataError(label, undefined, `not a readable Excel workbook: ${(err as Error).message}`);
  }
  return { file, label, sheetNames: fast.sheetNames, fast };
}

/**
 * The raw values of a sheet: rows[i] is spreadsheet row i + 1, rows[i][j] column j (A = 0); numbers, strings,
 * booleans, and null for empty and error cells; every row as long as the widest. At most maxRows rows.
 */
export function sheetRows(wb: Workbook, name: string, maxRows?: number): Cell[][] {
  if (!wb.sheetNames.includes(name)) {
    throw dataError(wb.label, undefined, `no sheet "${name}"; sheets: ${wb.sheetNames.join(', ')}`);
  }
  // A whole sheet the import's read-ahead thread has parsed (or is parsing): the same values (read-ahead.ts).
  const ahead = maxRows === undefined ? activeReadAhead()?.sheet(wb.file, name) : undefined;
  if (ahead) return ahead;
  try {
    return wb.fast.rows(name, maxRows);
  } catch (err) {
    throw dataError(`${wb.label} [${name}]`, undefined, `not a readable Excel sheet: ${(err as Error).message}`);
  }
}

export function readSheet(wb: Workbook, opts: SheetOptions): Table {
  const name =
    opts.sheet === undefined
      ? wb.sheetNames[0]
      : typeof opts.sheet === 'string'
        ? wb.sheetNames.find((n) => n === opts.sheet)
        : wb.sheetNames.find(opts.sheet);
  if (!name) {
    throw dataError(
      wb.label,
      undefined,
      `no sheet ${typeof opts.sheet === 'string' ? `"${opts.sheet}"` : 'of the expected kind'}; sheets: ${wb.sheetNames.join(', ')}`,
    );
  }
  const label = `${opts.label ?? wb.label} [${name}]`;
  const rows = opts.rows ?? sheetRows(wb, name);
  const want = opts.required.map(normalizeHeader);
  const limit = Math.min(rows.length, opts.headerSearchRows ?? 20);
  let h = -1;
  for (let i = 0; i < limit; i++) {
    const names = new Set((rows[i] ?? []).map((c) => normalizeHeader(String(c ?? ''))));
    if (want.every((w) => names.has(w))) {
      h = i;
      break;
    }
  }
  if (h < 0) {
    const first = (rows[0] ?? []).map((c) => `"${String(c ?? '')}"`).join(', ');
    throw dataError(
      label,
      1,
      `wrong header: no row among the first ${limit} has the columns ${opts.required.map((r) => `"${r}"`).join(', ')} (row 1: ${first})`,
    );
  }
  const table = new Table(
    label,
    (rows[h] ?? []).map((c) => String(c ?? '')),
  );
  for (let i = h + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c === null || c === undefined || c === '')) continue;
    table.push(i + 1, cells);
  }
  if (table.rows.length === 0) throw dataError(label, h + 2, 'the sheet has a header but no data rows');
  return table;
}
