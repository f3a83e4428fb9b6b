/**
 * Reads one sheet of an Excel workbook (BLS OEWS, EP, ORS; O*NET Excel releases) into a Table.
 * Parsing is SheetJS's; this module finds the sheet and the header row (BLS sheets start with title
 * lines) and gives every row its spreadsheet row number for error messages.
 */
import fs from 'node:fs';
import XLSX from 'xlsx';
import { dataError } from '../../errors.js';
import { type Cell, Table, normalizeHeader } from './table.js';

export interface SheetOptions {
  /** Sheet name, or a test on the names; default: the first sheet. */
  sheet?: string | ((name: string) => boolean);
  /** Columns that must be in the header row; the header row is the first row that has all of them. */
  required: readonly string[];
  /** How many leading rows to search for the header (BLS tables have title rows above it). */
  headerSearchRows?: number;
  label?: string;
}

export interface Workbook {
  file: string;
  label: string;
  sheetNames: string[];
  book: XLSX.WorkBook;
}

export function openWorkbook(file: string, label = file): Workbook {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    throw dataError(label, undefined, `cannot read the file: ${(err as Error).message}`);
  }
  if (buf.length === 0) throw dataError(label, undefined, 'the file is empty');
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: false, cellHTML: false, cellText: false });
  } catch (err) {
    throw dataError(label, undefined, `not a readable Excel workbook: ${(err as Error).message}`);
  }
  return { file, label, sheetNames: book.SheetNames, book };
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
  const ws = wb.book.Sheets[name]!;
  const rows = XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
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
