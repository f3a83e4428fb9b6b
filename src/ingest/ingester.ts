/** The contract of one import stage. Ingesters run in order inside one transaction on a new store file. */
import type { IngestContext } from './context.js';

export interface Ingester {
  /** Short name, shown in progress and the summary. */
  name: string;
  /** Finds its files in ctx.files, reads, checks and inserts them; records sections and warnings. */
  run(ctx: IngestContext): void;
  /**
   * Files among the data files (relative paths) that run() will read, in the order it reads them, that the
   * import reads ahead on another thread (src/ingest/readers/read-ahead.ts): Excel workbooks, and quoted
   * delimited files with their delimiter. Optional: any other file is read when run() reads it.
   */
  readAhead?(files: readonly string[]): { rel: string; delimiter?: '\t' | ',' | ';' }[];
}
