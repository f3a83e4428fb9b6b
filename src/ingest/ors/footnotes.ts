/**
 * ORS footnote codes and what they mean. Each workbook defines its own codes (2020: sheet "Footnote codes";
 * 2018: a table in "File Information"), and the meaning of 8–15 differs between releases, so the table is read
 * from the file. Codes 1–7 and P mean the same in every release; a file that uses one of them without defining
 * it (the 2018 file uses 3, "< 0.05 pounds", but does not list it) gets BLS's standard text, marked in_file = 0.
 */
import { type Workbook, sheetRows } from '../readers/xlsx.js';

type FootnoteKind = 'below_threshold' | 'se_below_threshold' | 'mode' | 'preliminary' | 'note';

export interface Footnote {
  code: string;
  text: string;
  kind: FootnoteKind;
  /** "< 0.5%", "< 0.05 hours", "< 0.5" (standard error); null for other kinds. */
  threshold: string | null;
  /** For below_threshold: the unit family the threshold applies to. */
  unit: 'percent' | 'hours' | 'pounds' | 'days' | null;
  inFile: boolean;
}

/** BLS's standard meanings (texts of the 2020 file), used only for codes a file uses without defining. */
const STANDARD: Record<string, string> = {
  '1': 'Estimate is less than 0.5 percent.',
  '2': 'Estimate is less than 0.05 hours.',
  '3': 'Estimate is less than 0.05 pounds.',
  '4': 'Estimate is less than 0.05 days.',
  '5': 'Standard error is less than 0.05.',
  '6': 'Standard error is less than 0.5.',
  '7': 'This estimate is the mode for the category group.',
  P: 'These are preliminary estimates.',
};

function classify(code: string, text: string, inFile: boolean): Footnote {
  const est = /^estimate is less than ([\d.]+) (percent|hours|pounds|days)\b/i.exec(text);
  if (est) {
    const unit = est[2]!.toLowerCase() as Footnote['unit'];
    const threshold = unit === 'percent' ? `< ${est[1]}%` : `< ${est[1]} ${unit}`;
    return { code, text, kind: 'below_threshold', threshold, unit, inFile };
  }
  const se = /^standard error is less than ([\d.]+?)\.?$/i.exec(text);
  if (se) return { code, text, kind: 'se_below_threshold', threshold: `< ${se[1]}`, unit: null, inFile };
  const kind: FootnoteKind = /mode for the category group/i.test(text)
    ? 'mode'
    : /preliminary/i.test(text)
      ? 'preliminary'
      : 'note';
  return { code, text, kind, threshold: null, unit: null, inFile };
}

/** A footnote code as written in a cell: trimmed, letters upper-cased ("p " → "P"). */
export const normCode = (s: string): string => s.trim().toUpperCase();

/**
 * Finds the footnote table in the workbook's other sheets: a row "Footnote" / "Footnote code" followed by
 * "Footnote text" / "Footnote description", then code–text rows until the first row that is not one.
 */
export function readFootnoteTable(wb: Workbook, dataSheet: string): Map<string, Footnote> {
  const out = new Map<string, Footnote>();
  for (const name of wb.sheetNames) {
    if (name === dataSheet) continue;
    const rows = sheetRows(wb, name);
    const h = rows.findIndex(
      (r) =>
        /^footnote( code)?$/i.test(String(r?.[0] ?? '').trim()) &&
        /^footnote (text|description)$/i.test(String(r?.[1] ?? '').trim()),
    );
    if (h < 0) continue;
    for (const r of rows.slice(h + 1)) {
      const code = normCode(String(r?.[0] ?? ''));
      const text = String(r?.[1] ?? '').trim();
      if (!/^(\d+|[A-Z])$/.test(code) || text === '') break;
      out.set(code, classify(code, text, true));
    }
    if (out.size > 0) break;
  }
  return out;
}

/** The footnote of a code: the file's own definition, else BLS's standard one, else undefined (unknown). */
export function lookupFootnote(table: Map<string, Footnote>, code: string): Footnote | undefined {
  const own = table.get(code);
  if (own) return own;
  const std = STANDARD[code];
  if (std === undefined) return undefined;
  const fn = classify(code, std, false);
  table.set(code, fn);
  return fn;
}
