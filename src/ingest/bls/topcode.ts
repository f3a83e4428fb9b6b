/**
 * Reads an OEWS workbook's 'Field Descriptions' sheet: the release named in its title ("May 2025 OEWS
 * Estimates") and the top-code thresholds of the "#" footnote ("a wage equal to or greater than $115.00 per hour
 * or $239,200 per year").
 */
import { sheetRows, type Workbook } from '../readers/xlsx.js';

interface FieldDescriptions {
  /** "May 2025" when the sheet's title says so. */
  release: string | null;
  topCodeAnnual: number | null;
  topCodeHourly: number | null;
}

const money = (s: string | undefined): number | null => (s === undefined ? null : Number(s.replace(/,/g, '')));

export function readFieldDescriptions(wb: Workbook): FieldDescriptions | null {
  const name = wb.sheetNames.find((n) => /^field descriptions$/i.test(n.trim()));
  if (!name) return null;
  const rows = sheetRows(wb, name);
  const out: FieldDescriptions = { release: null, topCodeAnnual: null, topCodeHourly: null };
  for (const r of rows) {
    const text = (r ?? []).filter((c) => c !== null && c !== undefined).join(' ');
    const rel = /\b([A-Z][a-z]+ \d{4}) OE[W]?S Estimates\b/.exec(text);
    if (rel && !out.release) out.release = rel[1]!;
    if (/^\s*#\s*=/.test(text)) {
      out.topCodeHourly = money(/\$\s*([\d,]+(?:\.\d+)?)\s*per hour/i.exec(text)?.[1]);
      out.topCodeAnnual = money(/\$\s*([\d,]+(?:\.\d+)?)\s*per year/i.exec(text)?.[1]);
    }
  }
  return out;
}
