/**
 * The row model shared by every reader (TSV, CSV, XLSX): cells addressed by header name, with typed
 * accessors that turn a bad value into an error naming the file, the line and the column.
 */
import { dataError } from '../../errors.js';

export type Cell = string | number | boolean | null | undefined;

/** Values that O*NET and BLS use for "no value" in an otherwise numeric column. */
const BLANKS = new Set(['', 'n/a', 'N/A', 'NA']);

export class Row {
  constructor(
    readonly table: Table,
    readonly line: number,
    readonly cells: readonly Cell[],
  ) {}

  private cell(column: string): Cell {
    const i = this.table.columnIndex(column);
    return this.cells[i];
  }

  fail(column: string | undefined, message: string): never {
    throw dataError(this.table.label, this.line, message, column);
  }

  /** A required text value. */
  str(column: string): string {
    const v = this.cell(column);
    const s = v === null || v === undefined ? '' : String(v).trim();
    if (s === '') this.fail(column, `empty value in required column "${column}"`);
    return s;
  }

  /** Text, or null for an empty / n/a cell. */
  optStr(column: string): string | null {
    const v = this.cell(column);
    if (v === null || v === undefined) return null;
    const s = String(v).trim();
    return BLANKS.has(s) ? null : s;
  }

  /** A required number. */
  num(column: string): number {
    const n = this.optNum(column);
    if (n === null) this.fail(column, `empty value in required numeric column "${column}"`);
    return n;
  }

  /** A number, or null for an empty / n/a cell; anything else non-numeric is an error. */
  optNum(column: string): number | null {
    const v = this.cell(column);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) this.fail(column, `not a finite number: ${v}`);
      return v;
    }
    if (v === null || v === undefined) return null;
    const s = String(v).trim();
    if (BLANKS.has(s)) return null;
    const n = Number(s.replace(/,/g, ''));
    if (!Number.isFinite(n) || !/^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i.test(s)) {
      this.fail(column, `not a number: "${s.slice(0, 40)}"`);
    }
    return n;
  }

  /** A required integer. */
  int(column: string): number {
    const n = this.num(column);
    if (!Number.isInteger(n)) this.fail(column, `not a whole number: ${n}`);
    return n;
  }

  optInt(column: string): number | null {
    const n = this.optNum(column);
    if (n !== null && !Number.isInteger(n)) this.fail(column, `not a whole number: ${n}`);
    return n;
  }

  /** Y/N (or True/False) as 1/0; null when blank. */
  yn(column: string): 0 | 1 | null {
    const s = this.optStr(column);
    if (s === null) return null;
    const u = s.toUpperCase();
    if (u === 'Y' || u === 'TRUE' || u === 'YES') return 1;
    if (u === 'N' || u === 'FALSE' || u === 'NO') return 0;
    this.fail(column, `expected Y or N, found "${s.slice(0, 20)}"`);
  }

  /** The raw cell, for readers that interpret BLS footnote codes themselves. */
  raw(column: string): Cell {
    return this.cell(column);
  }

  has(column: string): boolean {
    return this.table.hasColumn(column);
  }
}

export class Table {
  private readonly index = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  readonly rows: Row[] = [];

  /**
   * @param label how errors name the file (relative path, plus the sheet for workbooks)
   * @param header column names as found in the file
   */
  constructor(
    readonly label: string,
    readonly header: readonly string[],
  ) {
    header.forEach((h, i) => {
      const key = normalizeHeader(h);
      if (key !== '' && !this.index.has(key)) this.index.set(key, i);
    });
  }

  hasColumn(column: string): boolean {
    return this.index.has(normalizeHeader(column));
  }

  columnIndex(column: string): number {
    // Accessors look a column up on every cell read: remember the name as given, normalizing once.
    const hit = this.byName.get(column);
    if (hit !== undefined) return hit;
    const i = this.index.get(normalizeHeader(column));
    if (i === undefined) throw dataError(this.label, 1, `no column "${column}" in the header`, column);
    this.byName.set(column, i);
    return i;
  }

  /** Fails with the file and line 1 unless every listed column is in the header. */
  requireColumns(columns: readonly string[]): void {
    const missing = columns.filter((c) => !this.hasColumn(c));
    if (missing.length > 0) {
      throw dataError(
        this.label,
        1,
        `wrong header: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}; found ${this.header.map((h) => `"${h}"`).join(', ')}`,
      );
    }
  }

  push(line: number, cells: readonly Cell[]): void {
    this.rows.push(new Row(this, line, cells));
  }
}

/** Header names compare case- and space-insensitively ("O*NET-SOC Code" = "o*net-soc  code"). */
export function normalizeHeader(h: string): string {
  return h.replace(/\s+/g, ' ').trim().toLowerCase();
}
