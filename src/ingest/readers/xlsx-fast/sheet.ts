/**
 * A single-pass scanner over a worksheet part (`xl/worksheets/sheetN.xml`) that yields its raw values as dense
 * rows: rows[i] is spreadsheet row i + 1 and rows[i][j] column j (A = 0), whatever `<dimension>` says.
 * Values as SheetJS's sheet_to_json(…, {raw: true}) gives them: numbers as numbers, shared / inline / formula
 * strings as strings, booleans as booleans, error cells as null; a cell without a value is null. Cell and row
 * references (`r`) are respected, so skipped cells and rows become nulls; every row is padded with null to the
 * width of the sheet (one past its last column that has a value). Only the tags inside `<sheetData>` are looked at.
 */
import type { Cell } from '../table.js';
import { decodeText, itemText, localStart, nameEnd } from './xml.js';
import { XlsxError } from './zip.js';

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

interface SheetScanOptions {
  /** Stop after this many spreadsheet rows (rows 1..maxRows). */
  maxRows?: number;
  /** The shared string table, asked for on the first shared-string cell. */
  strings: () => readonly string[];
}

/** Column index (A = 0) of a cell reference like "AB12" at xml[from..to), or -1 when it has no letters. */
function refColumn(xml: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === from ? -1 : col - 1;
}

/** The row number of a cell reference or a row's r="12", or -1. */
function refRow(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && xml.charCodeAt(i) >= 65) i++;
  let n = 0;
  const start = i;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return i === start ? -1 : n;
}

function cellType(xml: string, from: number, to: number): number {
  const len = to - from;
  const c = xml.charCodeAt(from);
  if (len === 1) {
    if (c === 115 /* s */) return T_S;
    if (c === 110 /* n */) return T_N;
    if (c === 98 /* b */) return T_B;
    if (c === 101 /* e */) return T_E;
    if (c === 100 /* d */) return T_D;
  } else if (len === 3 && xml.startsWith('str', from)) return T_STR;
  else if (len === 9 && xml.startsWith('inlineStr', from)) return T_INLINE;
  throw new XlsxError(`unknown cell type t="${xml.slice(from, to)}"`);
}

/** An ISO 8601 date cell (t="d") as an Excel serial number, read as UTC. */
function dateSerial(s: string): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(s) || !s.includes('T');
  return Date.parse(zoned ? s : `${s}Z`) / 864e5 + 25569;
}

export function scanSheet(xml: string, opts: SheetScanOptions): Cell[][] {
  const maxRows = opts.maxRows ?? Number.POSITIVE_INFINITY;
  const rows: Cell[][] = [];
  let width = 0;
  let strings: readonly string[] | null = null;

  let p = xml.indexOf('<sheetData');
  if (p < 0) {
    const m = /<\w+:sheetData[\s>/]/.exec(xml);
    if (!m) return [];
    p = m.index;
  }
  let row = -1; // 0-based index of the current row
  let cur: Cell[] | null = null;
  let col = -1;
  // The open cell: its type, column, where its <v> text is (or the text of its <is>), whether it has a formula.
  let inCell = false;
  let type = T_N;
  let vFrom = -1;
  let vTo = -1;
  let inline: string | null = null;
  let formula = false;

  const fail = (message: string): never => {
    throw new XlsxError(`row ${row + 1}${col >= 0 ? `, column ${col + 1}` : ''}: ${message}`);
  };

  const rowAt = (i: number): Cell[] => {
    let r = rows[i];
    if (r === undefined) {
      r = [];
      rows[i] = r;
    }
    return r;
  };

  const store = (value: Cell): void => {
    if (cur === null) {
      row = Math.max(row, 0);
      cur = rowAt(row);
    }
    while (cur.length < col) cur.push(null);
    cur[col] = value;
    if (col >= width) width = col + 1;
  };

  const endCell = (): void => {
    inCell = false;
    const hasV = vFrom >= 0;
    switch (type) {
      case T_N:
        if (hasV && vTo > vFrom) {
          const c = xml.charCodeAt(vFrom);
          const plain = (c >= 48 && c <= 57) || c === 45 || c === 46; // digit, '-' or '.': nothing to decode
          store(Number.parseFloat(plain ? xml.slice(vFrom, vTo) : decodeText(xml.slice(vFrom, vTo))));
        } else if (!hasV && formula) store(0); // as SheetJS: a formula without a cached value
        break;
      case T_S: {
        if (!hasV) break;
        let idx = 0;
        for (let i = vFrom; i < vTo; i++) {
          const d = xml.charCodeAt(i) - 48;
          if (d < 0 || d > 9) fail(`bad shared string index "${xml.slice(vFrom, vTo)}"`);
          idx = idx * 10 + d;
        }
        if (strings === null) strings = opts.strings();
        const s = strings[idx];
        if (s === undefined || vTo === vFrom) fail(`shared string ${idx} is not in the table (${strings.length})`);
        store(s);
        break;
      }
      case T_STR:
        store(hasV ? decodeText(xml.slice(vFrom, vTo)) : '');
        break;
      case T_INLINE:
        store(inline ?? '');
        break;
      case T_B: {
        const v = hasV ? xml.slice(vFrom, vTo) : '';
        store(v === '1' || v === 'true' || v === 'TRUE');
        break;
      }
      case T_E:
        store(null);
        break;
      case T_D:
        if (hasV) store(dateSerial(decodeText(xml.slice(vFrom, vTo))));
        break;
    }
  };

  const n = xml.length;
  while (p < n) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 47 /* / */) {
      // A closing tag: </c>, </row>, </sheetData> matter.
      const ne = nameEnd(xml, lt + 2);
      const ls = localStart(xml, lt + 2, ne);
      const len = ne - ls;
      p = ne + 1;
      if (len === 1) {
        if (inCell && xml.charCodeAt(ls) === 99 /* c */) endCell();
      } else if (len === 3) {
        if (xml.startsWith('row', ls)) cur = null;
      } else if (len === 9 && xml.startsWith('sheetData', ls)) break;
      continue;
    }
    if (c1 === 33 /* ! */) {
      // A comment (or CDATA outside <v>): skip it.
      const end = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt + 4) : xml.indexOf('>', lt);
      p = end < 0 ? n : end + 1;
      continue;
    }
    const ne = nameEnd(xml, lt + 1);
    const gt = xml.indexOf('>', ne);
    if (gt < 0) break;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const ls = localStart(xml, lt + 1, ne);
    const len = ne - ls;
    const first = xml.charCodeAt(ls);
    p = gt + 1;

    if (len === 1 && first === 99 /* c */) {
      // <c r="B2" s="1" t="s">: read r and t.
      if (inCell) endCell(); // a previous <c/> that was not closed is not possible; be lenient
      let ref = -1;
      type = T_N;
      let i = ne;
      while (i < gt) {
        const ch = xml.charCodeAt(i);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) {
          i++;
          continue;
        }
        const eq = xml.indexOf('=', i);
        if (eq < 0 || eq > gt) break;
        const q = xml.charCodeAt(eq + 1);
        const vs = eq + 2;
        const ve = xml.indexOf(q === 39 ? "'" : '"', vs);
        if (eq - i === 1) {
          const a = xml.charCodeAt(i);
          if (a === 114 /* r */) ref = refColumn(xml, vs, ve);
          else if (a === 116 /* t */) type = cellType(xml, vs, ve);
        }
        i = ve + 1;
      }
      col = ref >= 0 ? ref : col + 1;
      vFrom = -1;
      vTo = -1;
      inline = null;
      formula = false;
      inCell = true;
      if (selfClosing) endCell();
      else if (xml.startsWith('<v>', p)) {
        // The usual cell, <c …><v>text</v></c>: take it without going through the tag loop.
        const end = xml.indexOf('<', p + 3);
        if (end >= 0 && xml.startsWith('</v></c>', end)) {
          vFrom = p + 3;
          vTo = end;
          endCell();
          p = end + 8;
        }
      }
    } else if (inCell && len === 1 && first === 118 /* v */) {
      if (selfClosing) continue;
      const end = xml.indexOf('</', gt + 1);
      if (end < 0) break;
      vFrom = gt + 1;
      vTo = end;
      p = end;
    } else if (inCell && len === 1 && first === 102 /* f */) {
      formula = true;
    } else if (inCell && len === 2 && first === 105 /* i */ && xml.charCodeAt(ls + 1) === 115 /* s */) {
      if (selfClosing) {
        inline = '';
        continue;
      }
      const close = xml.indexOf(`</${xml.slice(lt + 1, ne)}>`, gt + 1);
      if (close < 0) break;
      inline = itemText(xml, gt + 1, close);
      p = close;
    } else if (len === 3 && first === 114 /* r */ && xml.startsWith('row', ls)) {
      // <row r="12" …>
      let r = -1;
      const at = xml.indexOf(' r=', ne);
      if (at >= 0 && at < gt) r = refRow(xml, at + 4, gt);
      else {
        const m = /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(ne, gt));
        if (m) r = Number(m[1]);
      }
      const next = r > 0 ? r - 1 : row + 1;
      if (next >= maxRows) break;
      row = next;
      col = -1;
      cur = rowAt(row);
      if (selfClosing) cur = null;
    } else if (len === 9 && xml.startsWith('sheetData', ls) && selfClosing) break;
  }
  if (inCell) fail('the sheet ends inside a cell: truncated or malformed XML');

  const height = Math.min(rows.length, maxRows);
  const out: Cell[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    const r = rows[i] ?? [];
    while (r.length < width) r.push(null);
    out[i] = r;
  }
  return out;
}
