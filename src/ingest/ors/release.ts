/**
 * Reads one ORS estimates workbook, in either official layout, into checked estimate records:
 * - "2020" layout (ors-complete-dataset.xlsx): SOC 2018 CODE, ESTIMATE CODE, ESTIMATE TEXT, DATATYPE, ...
 * - "2018" layout (2018_excel_output.xlsx): O*NET-SOC 2010 CODE and no estimate code, text or datatype; those
 *   come from the series id (its last 5 digits are the estimate code) and the series title.
 * Values follow BLS's definitions: "-" with a threshold footnote is below the publication threshold (value
 * NULL plus the threshold text); anything else that is not a number is an error naming file, row and column.
 */
import { dataError } from '../../errors.js';
import type { OrsUnit } from '../../store/schema/ors.js';
import type { Cell, Row } from '../readers/table.js';
import { type Workbook, readSheet, sheetRows } from '../readers/xlsx.js';
import { type Footnote, lookupFootnote, normCode, readFootnoteTable } from './footnotes.js';

export type { OrsUnit };

interface Layout {
  name: '2020' | '2018';
  series: string;
  title: string;
  code: string;
  codeDigits: number;
  required: string[];
}

const COMMON = ['OCCUPATION', 'REQUIREMENT', 'CATEGORY', 'ADDITIVE CODE', 'ESTIMATE', 'STANDARD ERROR'];
const FOOTNOTE_COLUMNS = ['DATA FOOTNOTE', 'STANDARD ERROR FOOTNOTE', 'SERIES FOOTNOTE'];

const LAYOUT_2020: Layout = {
  name: '2020',
  series: 'SERIES_ID',
  title: 'SERIES_TITLE',
  code: 'SOC 2018 CODE',
  codeDigits: 6,
  required: [
    'SERIES_ID',
    'SERIES_TITLE',
    'SOC 2018 CODE',
    ...COMMON,
    'ESTIMATE CODE',
    'ESTIMATE TEXT',
    'CATEGORY CODE',
    'ADDITIVE',
    'DATATYPE',
    ...FOOTNOTE_COLUMNS,
  ],
};

const LAYOUT_2018: Layout = {
  name: '2018',
  series: 'SERIES ID',
  title: 'SERIES TITLE',
  code: 'O*NET-SOC 2010 CODE',
  codeDigits: 8,
  required: ['SERIES ID', 'SERIES TITLE', 'O*NET-SOC 2010 CODE', ...COMMON, ...FOOTNOTE_COLUMNS],
};

interface OrsRecord {
  line: number;
  seriesId: string;
  /** The occupation code as published: 6 digits (SOC 2018) or 8 digits (O*NET-SOC 2010). */
  code: string;
  occupation: string;
  requirement: string;
  category: string;
  categoryCode: string | null;
  additiveCode: string | null;
  additive: string | null;
  estimateCode: string;
  estimateText: string;
  unit: OrsUnit;
  value: number | null;
  belowThreshold: string | null;
  se: number | null;
  seBelowThreshold: string | null;
  mode: boolean;
  preliminary: boolean;
  dataFootnotes: string | null;
  seFootnotes: string | null;
  seriesFootnotes: string | null;
}

export interface OrsRelease {
  /** "2020", from the data sheet's name ("ORS 2020 dataset", "ORS_2018"). */
  release: string;
  layout: Layout;
  label: string;
  /** First line of the workbook's information sheet, e.g. "2020 Occupational Requirements Survey Estimates". */
  title: string | null;
  /** "Release date: 12/22/2020" / "Estimates released February 21, 2019" as found, else null. */
  released: string | null;
  records: OrsRecord[];
  footnotes: Map<string, Footnote>;
}

/** The data sheet: "ORS 2020 dataset", "ORS_2018", ... */
const DATA_SHEET = /^ORS[ _]?((?:19|20)\d\d)\b/i;

export function readOrsRelease(wb: Workbook): OrsRelease {
  const sheet = wb.sheetNames.find((n) => DATA_SHEET.test(n.trim()));
  if (!sheet) {
    throw dataError(
      wb.label,
      undefined,
      `no ORS data sheet (a sheet named like "ORS 2020 dataset" or "ORS_2018"); sheets: ${wb.sheetNames.join(', ')}`,
    );
  }
  const release = DATA_SHEET.exec(sheet.trim())![1]!;
  // The whole sheet once (parsed ahead on another thread during an import): the layout is told by its first rows.
  const rows = sheetRows(wb, sheet);
  const layout = detectLayout(wb, sheet, rows.slice(0, 20));
  const table = readSheet(wb, { sheet, required: layout.required, rows });
  const footnotes = readFootnoteTable(wb, sheet);
  const records: OrsRecord[] = [];
  const seenSeries = new Map<string, number>();
  const seenEstimate = new Map<string, number>();
  for (const row of table.rows) {
    const rec = layout.name === '2020' ? read2020(row, footnotes) : read2018(row, footnotes);
    const firstSeries = seenSeries.get(rec.seriesId);
    if (firstSeries !== undefined) {
      row.fail(layout.series, `duplicated series ${rec.seriesId} (first on line ${firstSeries})`);
    }
    seenSeries.set(rec.seriesId, row.line);
    const key = `${rec.code}/${rec.estimateCode}`;
    const firstEstimate = seenEstimate.get(key);
    if (firstEstimate !== undefined) {
      row.fail(
        layout.series,
        `duplicated estimate ${rec.estimateCode} for occupation ${rec.code} (first on line ${firstEstimate})`,
      );
    }
    seenEstimate.set(key, row.line);
    records.push(rec);
  }
  return { release, layout, label: table.label, ...infoOf(wb, sheet), records, footnotes };
}

/** The layout is told by the occupation code column of the header row, among the sheet's first rows. */
function detectLayout(wb: Workbook, sheet: string, rows: Cell[][]): Layout {
  const names = new Set(
    rows.flatMap((r) =>
      (r ?? []).map((c) =>
        String(c ?? '')
          .trim()
          .toUpperCase(),
      ),
    ),
  );
  if (names.has(LAYOUT_2020.code)) return LAYOUT_2020;
  if (names.has(LAYOUT_2018.code)) return LAYOUT_2018;
  const first = (rows[0] ?? []).map((c) => `"${String(c ?? '')}"`).join(', ');
  throw dataError(
    `${wb.label} [${sheet}]`,
    1,
    `wrong header: no "${LAYOUT_2020.code}" (2020 layout) or "${LAYOUT_2018.code}" (2018 layout) column ` +
      `(row 1: ${first})`,
  );
}

function infoOf(wb: Workbook, dataSheet: string): { title: string | null; released: string | null } {
  const info = wb.sheetNames.find((n) => n !== dataSheet && /information/i.test(n));
  if (!info) return { title: null, released: null };
  const rows = sheetRows(wb, info, 3);
  const text = String(rows[0]?.[0] ?? '');
  const title = text.split(/\r?\n/)[0]?.trim() || null;
  const released = /(Release date:[^\r\n]+|Estimates released[^\r\n]+)/i.exec(text)?.[1]?.trim() ?? null;
  return { title, released };
}

/** An occupation code cell: a digit string of the layout's length (a number cell is padded back). */
function codeOf(row: Row, layout: Layout): string {
  const raw = row.raw(layout.code);
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw).padStart(layout.codeDigits, '0') : '';
  const code = s || row.str(layout.code);
  if (!new RegExp(`^\\d{${layout.codeDigits}}$`).test(code)) {
    row.fail(layout.code, `not a ${layout.codeDigits}-digit occupation code: "${code.slice(0, 20)}"`);
  }
  return code;
}

function seriesIdOf(row: Row, layout: Layout): string {
  const id = row.str(layout.series);
  if (!/^OR[A-Z0-9]{13}\d{5}$/.test(id)) {
    row.fail(layout.series, `not an ORS series id (20 characters, "OR…" ending in a 5-digit estimate code): "${id}"`);
  }
  return id;
}

/** Footnote codes of one cell, each checked against the release's table. */
function footnotesOf(row: Row, column: string, table: Map<string, Footnote>): { raw: string | null; fns: Footnote[] } {
  const cell = row.raw(column);
  const raw = cell === null || cell === undefined ? '' : String(cell).trim();
  if (raw === '') return { raw: null, fns: [] };
  const fns = raw.split(',').map((part) => {
    const code = normCode(part);
    const fn = code === '' ? undefined : lookupFootnote(table, code);
    if (!fn) row.fail(column, `unknown footnote code "${part.trim()}" (not defined in the workbook's footnote table)`);
    return fn;
  });
  return { raw: fns.map((f) => f.code).join(','), fns };
}

const UNIT_FAMILY: Record<OrsUnit, Footnote['unit']> = {
  percent_of_workers: 'percent',
  percent_of_day: 'percent',
  hours: 'hours',
  days: 'days',
  pounds: 'pounds',
};

/** Percentages to 1 decimal, hours, days and pounds to 2: removes binary float noise (73.900000000000006). */
const roundValue = (v: number, unit: OrsUnit): number =>
  unit === 'percent_of_workers' || unit === 'percent_of_day' ? Math.round(v * 10) / 10 : Math.round(v * 100) / 100;

/** ESTIMATE, STANDARD ERROR and the three footnote columns, interpreted the BLS way. */
function valuesOf(row: Row, unit: OrsUnit, table: Map<string, Footnote>) {
  const data = footnotesOf(row, 'DATA FOOTNOTE', table);
  const seFn = footnotesOf(row, 'STANDARD ERROR FOOTNOTE', table);
  const series = footnotesOf(row, 'SERIES FOOTNOTE', table);
  const threshold = data.fns.find((f) => f.kind === 'below_threshold');
  if (threshold && threshold.unit !== UNIT_FAMILY[unit]) {
    row.fail('DATA FOOTNOTE', `footnote ${threshold.code} (${threshold.threshold}) does not fit a ${unit} estimate`);
  }
  const est = row.raw('ESTIMATE');
  let value: number | null = null;
  let belowThreshold: string | null = null;
  if (typeof est === 'string' && est.trim() === '-') {
    if (!threshold) {
      row.fail('ESTIMATE', 'estimate "-" without a below-threshold data footnote (1-4): not a published value');
    }
    belowThreshold = threshold.threshold;
  } else {
    value = roundValue(row.num('ESTIMATE'), unit);
    if (threshold) row.fail('DATA FOOTNOTE', `footnote ${threshold.code} (below threshold) on a numeric estimate`);
  }
  const seRaw = row.raw('STANDARD ERROR');
  const seThreshold = seFn.fns.find((f) => f.kind === 'se_below_threshold');
  let se: number | null = null;
  let seBelowThreshold: string | null = null;
  if (typeof seRaw === 'string' && seRaw.trim() === '-') {
    if (!seThreshold) {
      row.fail('STANDARD ERROR', 'standard error "-" without a below-threshold footnote (5 or 6)');
    }
    seBelowThreshold = seThreshold.threshold;
  } else {
    const n = row.optNum('STANDARD ERROR');
    se = n === null ? null : Math.round(n * 100) / 100;
  }
  return {
    value,
    belowThreshold,
    se,
    seBelowThreshold,
    mode: data.fns.some((f) => f.kind === 'mode'),
    preliminary: series.fns.some((f) => f.kind === 'preliminary'),
    dataFootnotes: data.raw,
    seFootnotes: seFn.raw,
    seriesFootnotes: series.raw,
  };
}

const DATATYPES: Record<string, OrsUnit> = {
  percentage: 'percent_of_workers',
  hours: 'hours',
  days: 'days',
  pounds: 'pounds',
};

function read2020(row: Row, table: Map<string, Footnote>): OrsRecord {
  const seriesId = seriesIdOf(row, LAYOUT_2020);
  const estimateCode = row.str('ESTIMATE CODE');
  if (!/^\d{5}$/.test(estimateCode)) row.fail('ESTIMATE CODE', `not a 5-digit estimate code: "${estimateCode}"`);
  if (!seriesId.endsWith(estimateCode)) {
    row.fail('ESTIMATE CODE', `estimate code ${estimateCode} does not match the series id ${seriesId}`);
  }
  const estimateText = row.str('ESTIMATE TEXT');
  const datatype = row.str('DATATYPE');
  let unit = DATATYPES[datatype.toLowerCase()];
  if (!unit) row.fail('DATATYPE', `unknown datatype "${datatype}" (expected Percentage, Hours, Days or Pounds)`);
  if (unit === 'percent_of_workers' && /^percent of day\b/i.test(estimateText)) unit = 'percent_of_day';
  return {
    line: row.line,
    seriesId,
    code: codeOf(row, LAYOUT_2020),
    occupation: row.str('OCCUPATION'),
    requirement: row.str('REQUIREMENT'),
    category: row.str('CATEGORY'),
    categoryCode: row.optStr('CATEGORY CODE'),
    additiveCode: row.optStr('ADDITIVE CODE'),
    additive: row.optStr('ADDITIVE'),
    estimateCode,
    estimateText,
    unit,
    ...valuesOf(row, unit, table),
  };
}

/** 2018 series titles: "Civilian workers; % of <occupation>; <estimate>" or "…; <occupation>; hours of …". */
function unitOf2018(row: Row, title: string): { unit: OrsUnit; text: string } {
  const parts = title.split('; ');
  if (parts.length < 3)
    row.fail(LAYOUT_2018.title, `series title without its 3 parts "…; …; …": "${title.slice(0, 60)}"`);
  const who = parts[1]!;
  const text = parts.slice(2).join('; ');
  if (/^% of /i.test(who)) return { unit: 'percent_of_workers', text };
  if (/^% of day\b/i.test(text)) return { unit: 'percent_of_day', text };
  if (/^hours\b/i.test(text)) return { unit: 'hours', text };
  if (/^days\b/i.test(text)) return { unit: 'days', text };
  if (/^pounds\b/i.test(text)) return { unit: 'pounds', text };
  return row.fail(
    LAYOUT_2018.title,
    `cannot tell the unit (%, hours, days, pounds) of the series "${title.slice(0, 80)}"`,
  );
}

function read2018(row: Row, table: Map<string, Footnote>): OrsRecord {
  const seriesId = seriesIdOf(row, LAYOUT_2018);
  const { unit, text } = unitOf2018(row, row.str(LAYOUT_2018.title));
  return {
    line: row.line,
    seriesId,
    code: codeOf(row, LAYOUT_2018),
    occupation: row.str('OCCUPATION'),
    requirement: row.str('REQUIREMENT'),
    category: row.str('CATEGORY'),
    categoryCode: null,
    additiveCode: row.optStr('ADDITIVE CODE'),
    additive: null,
    estimateCode: seriesId.slice(-5),
    estimateText: text,
    unit,
    ...valuesOf(row, unit, table),
  };
}
