/**
 * Reads a tab- or comma-delimited text file (O*NET text release, derived CSV subsets) into a Table.
 * Quoted files are parsed by csv-parse; unquoted ones are split directly (see readDelimitedText). This module adds what an import needs: UTF-8 validation, an empty-file
 * check, the header check and errors that name the file and line.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataError } from '../../errors.js';
import { activeReadAhead, type DelimitedRecords } from './read-ahead.js';
import { Table } from './table.js';

interface DelimitedOptions {
  delimiter: '\t' | ',' | ';';
  /** Whether fields may be quoted ("a, b"). O*NET's tab-delimited text never quotes. */
  quoted: boolean;
  /** Columns that must be present. */
  required: readonly string[];
  /** How errors name the file (defaults to the path). */
  label?: string;
}

/** Decodes bytes as strict UTF-8, naming the line of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    throw dataError(
      label,
      line,
      `not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad}); is the file in another encoding?`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return b.length;
}

export function readDelimitedText(text: string, opts: DelimitedOptions & { label: string }): Table {
  if (text.trim() === '') throw dataError(opts.label, 1, 'the file is empty');
  // A file that cannot quote (or has no quote character at all) is split on the delimiter: about ten times
  // faster than csv-parse on the 2-4 MB O*NET files, with the same checks.
  return !opts.quoted || !text.includes('"') ? splitUnquoted(text, opts) : parseQuoted(text, opts);
}

function splitUnquoted(text: string, opts: DelimitedOptions & { label: string }): Table {
  const { label, delimiter } = opts;
  const lines = text.split('\n');
  let table: Table | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const cells = line.split(delimiter);
    if (table === null) {
      table = new Table(label, cells);
      table.requireColumns(opts.required);
      continue;
    }
    if (cells.length !== table.header.length) {
      throw dataError(
        label,
        i + 1,
        `row has ${cells.length} fields where the header has ${table.header.length}: truncated or malformed row`,
      );
    }
    table.push(i + 1, cells);
  }
  if (table === null) throw dataError(label, 1, 'the file is empty');
  if (table.rows.length === 0) throw dataError(label, 2, 'the file has a header but no data rows');
  return table;
}

function parseQuoted(text: string, opts: DelimitedOptions & { label: string }): Table {
  const { label } = opts;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: opts.delimiter,
      quote: '"',
      relax_quotes: false,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as { lines?: number; message?: string; code?: string };
    const msg =
      e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
        ? fieldCountMessage(e.message ?? '')
        : (e.message ?? String(err));
    throw dataError(label, e.lines, msg);
  }
  const head = records[0];
  if (!head) throw dataError(label, 1, 'the file is empty');
  const table = new Table(label, head.record);
  table.requireColumns(opts.required);
  if (records.length < 2) throw dataError(label, 2, 'the file has a header but no data rows');
  for (let i = 1; i < records.length; i++) {
    const r = records[i]!;
    table.push(r.info.lines, r.record);
  }
  return table;
}

function fieldCountMessage(message: string): string {
  const m = /got (\d+) on line/.exec(message);
  const exp = /expected (\d+)/i.exec(message) ?? /length (\d+)/.exec(message);
  return `row has ${m?.[1] ?? 'a different number of'} fields where the header has ${exp?.[1] ?? 'another number'}: truncated or malformed row`;
}

/**
 * The table of records the read-ahead thread split (read-ahead.ts) with no required columns: the checks that
 * depend on the options, then the rows, as readDelimitedText gives them (it passed every other check there).
 */
function tableOf(r: DelimitedRecords, opts: DelimitedOptions & { label: string }): Table {
  const table = new Table(opts.label, r.header);
  table.requireColumns(opts.required);
  const cells = r.joined.split('\0');
  const width = r.header.length;
  for (let i = 0; i < r.lines.length; i++) table.push(r.lines[i]!, cells.slice(i * width, (i + 1) * width));
  return table;
}

/** Reads and checks a delimited file. */
export function readDelimited(file: string, opts: DelimitedOptions): Table {
  const label = opts.label ?? file;
  const ahead = activeReadAhead()?.delimited(file, opts.delimiter, opts.quoted);
  if (ahead) return tableOf(ahead, { ...opts, label });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw dataError(label, undefined, `cannot read the file: ${(err as Error).message}`);
  }
  if (bytes.length === 0) throw dataError(label, 1, 'the file is empty');
  return readDelimitedText(decodeUtf8(bytes, label), { ...opts, label });
}
