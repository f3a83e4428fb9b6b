/**
 * Every tunable of careerdiff, in one place. Modules take these as defaults and accept overrides,
 * so tests and benchmarks can vary them without editing code.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository (or installed package) root: two levels above dist/src or src. */
export const PROJECT_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes('/dist/') ? '../..' : '..',
);

export const DEFAULTS = {
  /** Data folder when neither --data nor CAREERDIFF_DATA is given: ../shared/data beside the repository. */
  dataDir: path.resolve(PROJECT_ROOT, '../shared/data'),
  /** Store file when neither --db nor CAREERDIFF_DB is given (git-ignored). */
  dbFile: path.resolve(PROJECT_ROOT, '.careerdiff/careerdiff.sqlite'),
  /** Geography of every figure imported so far (national files only). */
  geography: 'U.S.',
  /** Rows per SQLite transaction chunk during import (progress granularity). */
  importChunkRows: 5000,
} as const;

/** Data folder: --data, then CAREERDIFF_DATA, then the default. */
export function resolveDataDir(flag?: string): string {
  return path.resolve(flag ?? process.env.CAREERDIFF_DATA ?? DEFAULTS.dataDir);
}

/** Store file: --db, then CAREERDIFF_DB, then the default. */
export function resolveDbFile(flag?: string): string {
  return path.resolve(flag ?? process.env.CAREERDIFF_DB ?? DEFAULTS.dbFile);
}
