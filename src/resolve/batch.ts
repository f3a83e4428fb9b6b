/**
 * Batch coding: many titles in, one coded row per input row out, in order. Input is either one title per
 * line, or CSV/TSV with a header naming a `title` column and optionally `industry`, `description` (or
 * `tasks`) and `id`. Lines split on "\n" only (a trailing "\r" is stripped; a bare "\r" is not a break);
 * overlong lines are cut while reading and echoed back shortened. Each row gets the top code, its calibrated
 * confidence and, below `minConfidence`, no code with the reason said in the row. Output: JSONL or CSV.
 */
import { clip, usageError } from '../errors.js';
import { applyContext, type ContextIndex } from './context.js';
import type { Resolver } from './resolver.js';
import type { Candidate } from './types.js';

/** Longest echo of a title in an output row: a title the resolver accepts (200 characters) comes back whole. */
const ECHO_TITLE = 200;

/** A title echoed back: clipped, and for a line cut while reading, its full length said. */
function echoTitle(text: string, length = text.length): string {
  return length > text.length ? `${text.slice(0, ECHO_TITLE)}… (${length} characters)` : clip(text, ECHO_TITLE);
}

/** One input line, possibly cut: `length` is its full length. */
interface Line {
  text: string;
  length: number;
}

/**
 * Splits a character stream into lines on "\n" only, stripping one trailing "\r", keeping at most `keep`
 * characters of a line (so a 50 MB line costs no 50 MB buffer) and counting its full length.
 */
export class LineSplitter {
  private part = '';
  private partLength = 0;

  constructor(private readonly keep: number) {}

  push(chunk: string): Line[] {
    const out: Line[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      const piece = chunk.slice(start, nl < 0 ? chunk.length : nl);
      if (this.part.length < this.keep) this.part += piece.slice(0, this.keep + 1 - this.part.length);
      this.partLength += piece.length;
      if (nl < 0) break;
      out.push(this.take());
      start = nl + 1;
    }
    return out;
  }

  /** The last line when the input does not end with "\n" (none when it does). */
  end(): Line[] {
    return this.partLength > 0 ? [this.take()] : [];
  }

  private take(): Line {
    let text = this.part;
    let length = this.partLength;
    // A cut line is not whole, so its last character is not the one before "\n".
    if (length === text.length && text.endsWith('\r')) {
      text = text.slice(0, -1);
      length--;
    }
    this.part = '';
    this.partLength = 0;
    return { text: text.slice(0, this.keep), length };
  }
}

export type InputKind = 'lines' | 'csv' | 'tsv';
export type OutputFormat = 'jsonl' | 'csv';

const COLUMN_ALIASES: Record<string, 'title' | 'industry' | 'description' | 'id'> = {
  title: 'title',
  'job title': 'title',
  job_title: 'title',
  jobtitle: 'title',
  occupation: 'title',
  industry: 'industry',
  naics: 'industry',
  description: 'description',
  'job description': 'description',
  job_description: 'description',
  tasks: 'description',
  task: 'description',
  duties: 'description',
  id: 'id',
};

interface Columns {
  title: number;
  industry?: number;
  description?: number;
  id?: number;
}

/** The columns of a CSV/TSV header, or a usage error naming line 1 when there is no `title` column. */
export function headerColumns(header: readonly string[]): Columns {
  const cols: Partial<Columns> = {};
  header.forEach((h, i) => {
    const role =
      COLUMN_ALIASES[
        h
          .trim()
          .toLowerCase()
          .replace(/^\ufeff/, '')
      ];
    if (role && cols[role] === undefined) cols[role] = i;
  });
  if (cols.title === undefined)
    throw usageError(
      `line 1: the header has no "title" column (columns: ${header.map((h) => `"${clip(h, 40)}"`).join(', ')})`,
      'input',
    );
  return cols as Columns;
}

/**
 * Which kind of input a first line starts: a header with a `title` column separated by tabs or commas, or
 * else a plain list of titles.
 */
export function detectInput(first: string): InputKind {
  const cells = (sep: string) => first.split(sep).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  const isHeader = (cs: string[]) =>
    cs.length > 1 && cs.some((c) => COLUMN_ALIASES[c.replace(/^\ufeff/, '')] === 'title');
  if (first.includes('\t') && isHeader(cells('\t'))) return 'tsv';
  if (first.includes(',') && isHeader(cells(','))) return 'csv';
  return 'lines';
}

export interface BatchInput {
  /** 1-based line of the input where the row starts. */
  line: number;
  title: string;
  /** Full length of the title as given (it may have been cut while reading). */
  titleLength?: number;
  industry?: string;
  description?: string;
  id?: string;
  /** A problem with the row itself (the row is still answered, with no code). */
  error?: string;
}

export interface BatchOptions {
  limit: number;
  minConfidence: number;
  /** The context index, or a function building it on first use (only rows with context need it). */
  context?: ContextIndex | (() => ContextIndex);
}

export interface BatchRow {
  line: number;
  id?: string;
  query: string;
  code: string | null;
  soc: string | null;
  title: string | null;
  confidence: number;
  /** "coded", "below-min-confidence", "no-match", "empty" or "error". */
  status: 'coded' | 'below-min-confidence' | 'no-match' | 'empty' | 'error';
  note?: string;
  ambiguous?: boolean;
  contextUsed?: boolean;
  candidates: Candidate[];
  suggestions?: string[];
  error?: string;
}

/** Codes one input row. Never throws for bad row content: the row says what was wrong. */
export function codeRow(resolver: Resolver, row: BatchInput, o: BatchOptions): BatchRow {
  const base = {
    line: row.line,
    ...(row.id !== undefined ? { id: clip(row.id, 64) } : {}),
    query: echoTitle(row.title, row.titleLength),
    code: null,
    soc: null,
    title: null,
    confidence: 0,
    candidates: [],
  };
  if (row.error) return { ...base, status: 'error', error: row.error };
  const length = row.titleLength ?? row.title.length;
  if (length > resolver.opts.maxQueryLength)
    return {
      ...base,
      status: 'error',
      error: `line ${row.line}: the title is longer than ${resolver.opts.maxQueryLength} characters (${length})`,
    };
  if (row.title.trim() === '') return { ...base, status: 'empty' };
  const hasContext = Boolean(o.context && (row.description?.trim() || row.industry?.trim()));
  // With context, look further down the list: a near-tie may sit past the limit.
  let r = resolver.resolve(row.title, hasContext ? Math.max(o.limit, 10) : o.limit);
  let contextUsed = false;
  if (hasContext) {
    const ctx = applyContext(
      typeof o.context === 'function' ? o.context() : o.context!,
      r,
      {
        ...(row.description ? { description: row.description } : {}),
        ...(row.industry ? { industry: row.industry } : {}),
      },
      resolver.opts,
    );
    contextUsed = ctx.contextUsed;
    r = { ...ctx, candidates: ctx.candidates.slice(0, o.limit) };
  }
  const top = r.candidates[0];
  const conf = r.confidence ?? 0;
  const extra = {
    ...(r.note ? { note: r.note } : {}),
    ...(r.ambiguous ? { ambiguous: true } : {}),
    ...(hasContext ? { contextUsed } : {}),
    candidates: r.candidates,
    ...(r.suggestions?.length ? { suggestions: r.suggestions } : {}),
  };
  if (!top) return { ...base, ...extra, status: 'no-match' };
  if (conf < o.minConfidence)
    return {
      ...base,
      ...extra,
      confidence: conf,
      status: 'below-min-confidence',
      note: [`not coded: confidence ${conf} is below --min-confidence ${o.minConfidence}`, r.note]
        .filter(Boolean)
        .join('; '),
    };
  return { ...base, ...extra, code: top.code, soc: top.soc, title: top.title, confidence: conf, status: 'coded' };
}

const CSV_COLUMNS = [
  'line',
  'id',
  'query',
  'code',
  'soc',
  'title',
  'confidence',
  'status',
  'alternatives',
  'note',
] as const;

/** One CSV cell: quoted when needed; a leading = + @ or tab is defused for spreadsheets. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatRow(row: BatchRow, format: OutputFormat): string {
  if (format === 'jsonl') return JSON.stringify(row);
  const alternatives = row.candidates
    .slice(row.code ? 1 : 0)
    .map((c) => `${c.code} ${c.score}`)
    .join('; ');
  const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    line: row.line,
    id: row.id,
    query: row.query,
    code: row.code,
    soc: row.soc,
    title: row.title,
    confidence: row.confidence,
    status: row.status,
    alternatives,
    note: row.error ?? row.note,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

export const csvHeader = (): string => CSV_COLUMNS.join(',');
