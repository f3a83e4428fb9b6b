/**
 * Reads one BLS figure that may be a footnote code instead of a number. A code allowed in the column becomes a
 * flag (what it means) with a NULL value; any other non-numeric text is an error naming file, line and column.
 */
import type { Row } from '../readers/table.js';
import type { BlsFlag } from '../../store/schema/bls.js';

/** Dashes BLS Employment Projections print for "data unavailable". */
export const EP_DASHES = new Set(['—', '–', '-']);

/**
 * @param codes the footnote codes valid in this column and what each means
 * @param flags collects {column: flag} for the row's flags JSON (key: the store column name)
 */
export function figure(
  row: Row,
  column: string,
  codes: Readonly<Record<string, BlsFlag>>,
  flags?: Record<string, BlsFlag>,
  key = column.toLowerCase(),
): number | null {
  if (!row.has(column)) return null;
  const raw = row.raw(column);
  if (typeof raw === 'string') {
    const code = codes[raw.trim()];
    if (code) {
      if (flags) flags[key] = code;
      return null;
    }
    if (/^[*#~]+$/.test(raw.trim())) {
      const allowed =
        Object.keys(codes)
          .map((k) => `"${k}"`)
          .join(', ') || 'none';
      row.fail(column, `footnote code "${raw.trim()}" is not valid in this column (allowed: ${allowed})`);
    }
  }
  return row.optNum(column);
}

/** A TRUE/blank indicator column (OEWS ANNUAL, HOURLY): 1 or 0. */
export function indicator(row: Row, column: string): 0 | 1 {
  if (!row.has(column)) return 0;
  const v = row.raw(column);
  if (v === null || v === undefined || v === false) return 0;
  if (v === true) return 1;
  const s = String(v).trim().toUpperCase();
  if (s === '' || s === 'FALSE') return 0;
  if (s === 'TRUE') return 1;
  row.fail(column, `expected TRUE or blank, found "${String(v).slice(0, 20)}"`);
}

/** A required SOC code, XX-XXXX. */
export function socCode(row: Row, column: string): string {
  const s = row.str(column);
  if (!/^\d\d-\d{4}$/.test(s)) row.fail(column, `not a SOC code (XX-XXXX): "${s.slice(0, 20)}"`);
  return s;
}
