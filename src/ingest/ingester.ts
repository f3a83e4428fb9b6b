/** The contract of one import stage. Ingesters run in order inside one transaction on a new store file. */
import type { IngestContext } from './context.js';

export interface Ingester {
  /** Short name, shown in progress and the summary. */
  name: string;
  /** Finds its files in ctx.files, reads, checks and inserts them; records sections and warnings. */
  run(ctx: IngestContext): void;
  /**
   * The Excel workbooks among the data files (relative paths) that run() will read, in the order it reads them:
   * the import parses them ahead on another thread (src/ingest/readers/xlsx-prefetch.ts). Optional: any other
   * workbook is parsed when it is read.
   */
  excelFiles?(files: readonly string[]): string[];
}
