/**
 * What an ingester gets: the store being built, the data folder's file list, provenance registration,
 * warnings, section status, progress, and row insertion that turns a constraint violation into an
 * error naming the file and line.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DEFAULTS } from '../defaults.js';
import { CareerdiffError, dataError } from '../errors.js';
import type { Progress } from './progress.js';
import type { Row, Table } from './readers/table.js';

export interface SourceMeta {
  dataset: string;
  publisher: string;
  title: string;
  release: string;
  period?: string | null;
  license: string;
  official?: boolean;
}

export interface ImportWarning {
  file?: string;
  line?: number;
  message: string;
}

export class IngestContext {
  readonly warnings: ImportWarning[] = [];
  readonly counts: Record<string, number> = {};

  constructor(
    readonly db: Database.Database,
    readonly dataDir: string,
    /** Every file below the data folder, as paths relative to it with "/" separators, sorted. */
    readonly files: readonly string[],
    readonly progress: Progress,
  ) {}

  abs(rel: string): string {
    return path.join(this.dataDir, rel);
  }

  /** Registers an imported file and returns the source id that its figures carry. */
  addSource(rel: string, meta: SourceMeta): number {
    const bytes = fs.readFileSync(this.abs(rel));
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const info = this.db
      .prepare(
        `INSERT INTO sources (dataset, publisher, title, release, period, geography, file, sha256, bytes, license, official)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        meta.dataset,
        meta.publisher,
        meta.title,
        meta.release,
        meta.period ?? null,
        DEFAULTS.geography,
        rel,
        sha256,
        bytes.length,
        meta.license,
        meta.official === false ? 0 : 1,
      );
    return Number(info.lastInsertRowid);
  }

  setSourceRows(sourceId: number, rows: number): void {
    this.db.prepare('UPDATE sources SET rows = ? WHERE id = ?').run(rows, sourceId);
  }

  warn(message: string, file?: string, line?: number): void {
    this.warnings.push({ message, ...(file ? { file } : {}), ...(line !== undefined ? { line } : {}) });
    this.db
      .prepare('INSERT INTO import_warnings (file, line, message) VALUES (?, ?, ?)')
      .run(file ?? null, line ?? null, message);
  }

  section(name: string, status: 'ok' | 'partial' | 'missing', rows: number, note?: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO sections (name, status, rows, note) VALUES (?, ?, ?, ?)')
      .run(name, status, rows, note ?? null);
  }

  count(table: string, n: number): void {
    this.counts[table] = (this.counts[table] ?? 0) + n;
  }

  /**
   * Inserts one store row per table row. `map` returns the values (or null to skip the row); a
   * duplicated key or other constraint failure becomes an error naming the file and line.
   */
  insertRows(table: Table, sql: string, map: (row: Row) => unknown[] | null, countAs: string): number {
    const stmt = this.db.prepare(sql);
    let n = 0;
    this.progress.start(table.label, table.rows.length);
    for (const row of table.rows) {
      const values = map(row);
      if (values === null) continue;
      try {
        stmt.run(values);
      } catch (err) {
        if (err instanceof CareerdiffError) throw err;
        const e = err as { code?: string; message?: string };
        if (e.code?.startsWith('SQLITE_CONSTRAINT')) {
          const what =
            e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE'
              ? 'duplicated key'
              : 'invalid row';
          throw dataError(table.label, row.line, `${what} (${e.message})`);
        }
        throw err;
      }
      n++;
      if ((n & 4095) === 0) this.progress.tick(4096);
    }
    this.progress.done();
    this.count(countAs, n);
    return n;
  }
}
