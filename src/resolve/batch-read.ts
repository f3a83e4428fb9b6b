/**
 * Reading batch input from a stream of text chunks (stdin, a request body): the kind is detected from the
 * first line (or given), plain lines go through LineSplitter, CSV/TSV through csv-parse. Yields one
 * BatchInput per input row with its line number; a malformed CSV (an unclosed quote, an overlong record)
 * is a data error naming the line. `codeText` codes a whole request body.
 */
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { CareerdiffError, clip, dataError, usageError } from '../errors.js';
import {
  type BatchInput,
  type BatchOptions,
  type BatchRow,
  codeRow,
  detectInput,
  headerColumns,
  type InputKind,
  LineSplitter,
} from './batch.js';
import type { Resolver } from './resolver.js';

/** Characters of a plain line kept while reading (the rest is counted, not stored). */
const KEEP = 4096;
/** Longest CSV/TSV record accepted, in characters. */
const MAX_RECORD = 1 << 20;

/** Buffers chunks until the first line is complete (or long): that line decides the kind of input. */
async function peekFirstLine(chunks: AsyncIterator<string>): Promise<{ head: string; done: boolean }> {
  let head = '';
  for (;;) {
    const n = await chunks.next();
    if (n.done) return { head, done: true };
    head += n.value;
    if (head.includes('\n') || head.length > 65536) return { head, done: false };
  }
}

async function* rest(head: string, chunks: AsyncIterator<string>, done: boolean): AsyncGenerator<string> {
  if (head !== '') yield head;
  if (done) return;
  for (;;) {
    const n = await chunks.next();
    if (n.done) return;
    yield n.value;
  }
}

export async function* readBatch(
  source: AsyncIterable<string>,
  kind: InputKind | 'auto' = 'auto',
  file = 'stdin',
): AsyncGenerator<BatchInput> {
  const it = source[Symbol.asyncIterator]();
  const { head, done } = await peekFirstLine(it);
  const firstLine = head.slice(0, head.indexOf('\n') < 0 ? head.length : head.indexOf('\n')).replace(/\r$/, '');
  const k = kind === 'auto' ? detectInput(firstLine) : kind;
  if (k === 'lines') {
    const split = new LineSplitter(KEEP);
    let line = 0;
    for await (const chunk of rest(head, it, done))
      for (const l of split.push(chunk)) yield { line: ++line, title: l.text, titleLength: l.length };
    for (const l of split.end()) yield { line: ++line, title: l.text, titleLength: l.length };
    return;
  }
  const parser = Readable.from(rest(head, it, done)).pipe(
    parse({
      delimiter: k === 'tsv' ? '\t' : ',',
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: MAX_RECORD,
      ...(k === 'tsv' ? { quote: false } : {}),
    }),
  );
  let cols: ReturnType<typeof headerColumns> | undefined;
  let width = 0;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = rec;
      if (!cols) {
        cols = headerColumns(record);
        width = record.length;
        continue;
      }
      const cell = (i: number | undefined) => (i === undefined ? undefined : record[i]);
      const row: BatchInput = { line: info.lines, title: cell(cols.title) ?? '' };
      const industry = cell(cols.industry);
      const description = cell(cols.description);
      const id = cell(cols.id);
      if (industry) row.industry = industry.slice(0, KEEP);
      if (description) row.description = description.slice(0, 4 * KEEP);
      if (id !== undefined) row.id = id;
      if (row.title.length > KEEP) {
        row.titleLength = row.title.length;
        row.title = row.title.slice(0, KEEP);
      }
      if (record.length !== width)
        row.error = `line ${info.lines}: ${record.length} fields where the header has ${width}`;
      yield row;
    }
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw dataError(file, line, `malformed ${k.toUpperCase()}: ${clip(err.message, 300)}`);
    }
    throw err;
  }
  if (!cols) throw dataError(file, 1, `the ${k.toUpperCase()} input has no header line`);
}

/**
 * Codes a whole text at once (an API request body): at most `maxRows` rows; a malformed input is a usage
 * error naming the line (the text is the caller's, not a data file).
 */
export async function codeText(
  resolver: Resolver,
  text: string,
  kind: InputKind | 'auto',
  o: BatchOptions & { maxRows: number },
): Promise<BatchRow[]> {
  const out: BatchRow[] = [];
  try {
    for await (const row of readBatch(one(text), kind, 'body')) {
      if (out.length >= o.maxRows)
        throw usageError(`more than ${o.maxRows} rows; send them in several requests`, 'body');
      out.push(codeRow(resolver, row, o));
    }
  } catch (err) {
    if (err instanceof CareerdiffError && err.kind === 'data')
      throw usageError(`line ${err.where.line ?? '?'}: ${err.message}`, 'body');
    throw err;
  }
  return out;
}

async function* one(text: string): AsyncGenerator<string> {
  yield text;
}
