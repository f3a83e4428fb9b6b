/**
 * What every O*NET file family shares: publisher and licence, reading a tab-delimited release file,
 * the state of the text release being imported (its occupations and tasks, for checking references),
 * and the handling of optional files (a warning plus a "missing" section).
 */
import { dataError } from '../../errors.js';
import type { IngestContext, SourceMeta } from '../context.js';
import type { Row, Table } from '../readers/table.js';
import { fileIn, type OnetRelease } from './release.js';
import { readDelimited } from '../readers/delimited.js';

export const CODE = 'O*NET-SOC Code';
export const OCC_CODE_RE = /^\d{2}-\d{4}\.\d{2}$/;
const ONET_PUBLISHER = 'O*NET Resource Center (National Center for O*NET Development, for USDOL/ETA)';
export const ONET_LICENSE = 'CC BY 4.0 (https://www.onetcenter.org/license_db.html)';

export function onetSource(release: OnetRelease, dataset: 'onet' | 'onet_ratings'): SourceMeta {
  return {
    dataset,
    publisher: ONET_PUBLISHER,
    title: `O*NET ${release.version} Database`,
    release: release.version,
    period: release.period,
    license: ONET_LICENSE,
    official: true,
  };
}

/** Reads one tab-delimited O*NET text file (CRLF or LF, UTF-8, unquoted). */
export function readOnetText(ctx: IngestContext, rel: string, required: readonly string[]): Table {
  return readDelimited(ctx.abs(rel), { delimiter: '\t', quoted: false, required, label: rel });
}

/** The text release being imported, with what later files are checked against. */
export class TextRelease {
  /** Occupation codes of Occupation Data. */
  readonly occupations = new Set<string>();
  /** "code\ttask id" of Task Statements. */
  readonly tasks = new Set<string>();

  constructor(
    readonly ctx: IngestContext,
    readonly release: OnetRelease,
  ) {}

  file(name: string): string | undefined {
    return fileIn(this.ctx, this.release.dir, name);
  }

  /** Path of a file the import cannot do without; its absence is a data error. */
  required(name: string, neededBy?: string): string {
    const rel = this.file(name);
    if (rel) return rel;
    const path = this.release.dir === '' ? name : `${this.release.dir}/${name}`;
    throw dataError(
      path,
      undefined,
      `missing required file "${name}" in the O*NET ${this.release.version} release${neededBy ? ` (needed by ${neededBy})` : ''}`,
    );
  }

  /** Path of an optional file; when absent, records a warning and a "missing" section and returns undefined. */
  optional(name: string, section: string, what: string): string | undefined {
    const rel = this.file(name);
    if (rel) return rel;
    const dir = this.release.dir === '' ? 'the data folder' : `${this.release.dir}/`;
    this.ctx.warn(`${what}: no "${name}" in ${dir}; the section "${section}" is empty`);
    this.ctx.section(section, 'missing', 0, `${what}: no file in the data folder`);
    return undefined;
  }

  read(rel: string, required: readonly string[]): Table {
    return readOnetText(this.ctx, rel, required);
  }

  /** Registers a file as a source of this release. */
  source(rel: string): number {
    return this.ctx.addSource(rel, onetSource(this.release, 'onet'));
  }

  /** The row's occupation code, which must be in Occupation Data. */
  occ(row: Row): string {
    const code = row.str(CODE);
    if (!this.occupations.has(code)) row.fail(CODE, `unknown occupation code "${code}": not in Occupation Data`);
    return code;
  }

  /** Imports one file, records its row count on its source and an "ok" section. */
  finish(sourceId: number, section: string, rows: number, note: string): void {
    this.ctx.setSourceRows(sourceId, rows);
    this.ctx.section(section, 'ok', rows, note);
  }
}

/** Optional numeric/flag columns of O*NET rating files, looked up once per table. */
interface RatingColumns {
  category: boolean;
  n: boolean;
  se: boolean;
  lower: boolean;
  upper: boolean;
  suppress: boolean;
  notRelevant: boolean;
  date: boolean;
  domainSource: boolean;
}

export function ratingColumns(table: Table): RatingColumns {
  const h = (c: string) => table.hasColumn(c);
  return {
    category: h('Category'),
    n: h('N'),
    se: h('Standard Error'),
    lower: h('Lower CI Bound'),
    upper: h('Upper CI Bound'),
    suppress: h('Recommend Suppress'),
    notRelevant: h('Not Relevant'),
    date: h('Date'),
    domainSource: h('Domain Source'),
  };
}

/** category, value, n, se, lower, upper, suppress, not_relevant, date, domain_source of one rating row. */
export function ratingValues(row: Row, c: RatingColumns): unknown[] {
  return [
    c.category ? (row.optInt('Category') ?? 0) : 0,
    row.num('Data Value'),
    c.n ? row.optInt('N') : null,
    c.se ? row.optNum('Standard Error') : null,
    c.lower ? row.optNum('Lower CI Bound') : null,
    c.upper ? row.optNum('Upper CI Bound') : null,
    c.suppress ? row.yn('Recommend Suppress') : null,
    c.notRelevant ? row.yn('Not Relevant') : null,
    c.date ? row.optStr('Date') : null,
    c.domainSource ? row.optStr('Domain Source') : null,
  ];
}

export const INSERT_RATING = `INSERT INTO ratings (occ_code, domain, element_id, scale_id, category, value, n, se, lower, upper,
  suppress, not_relevant, date, domain_source, release, official, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const INSERT_TASK_RATING = `INSERT INTO task_ratings (occ_code, task_id, scale_id, category, value, n, se, lower, upper,
  suppress, date, domain_source, release, official, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** A text column that some layouts lack: its value, or null when the cell or the column is absent. */
export const maybeStr = (row: Row, column: string): string | null => (row.has(column) ? row.optStr(column) : null);

/** A required Y/N column as 1/0. */
export function flag(row: Row, column: string): 0 | 1 {
  const v = row.yn(column);
  if (v === null) row.fail(column, 'expected Y or N, found an empty value');
  return v;
}
