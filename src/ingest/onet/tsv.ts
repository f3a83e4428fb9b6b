/**
 * A fast reader for O*NET's tab-delimited text files (and CSV files without a single quote character).
 * Such files cannot quote fields, so a line is split on the delimiter; this is about ten times faster than
 * csv-parse on the 2-4 MB release files. It makes the same checks as
 * readers/delimited.ts (strict UTF-8, empty file, header columns, same field count on every line, at least
 * one data row) with errors naming the file and line, and returns the shared Table/Row model.
 */
import fs from 'node:fs';
import { dataError } from '../../errors.js';
import { decodeUtf8 } from '../readers/delimited.js';
import { Table } from '../readers/table.js';

export function readTsv(file: string, label: string, required: readonly string[], delimiter = '\t'): Table {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw dataError(label, undefined, `cannot read the file: ${(err as Error).message}`);
  }
  if (bytes.length === 0) throw dataError(label, 1, 'the file is empty');
  return parseTsv(decodeUtf8(bytes, label), label, required, delimiter);
}

export function parseTsv(text: string, label: string, required: readonly string[], delimiter = '\t'): Table {
  if (text.trim() === '') throw dataError(label, 1, 'the file is empty');
  const lines = text.split('\n');
  let table: Table | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const cells = line.split(delimiter);
    if (table === null) {
      table = new Table(label, cells);
      table.requireColumns(required);
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
