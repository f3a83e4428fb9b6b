/**
 * Builds the store on first use (or when its schema version is old), so no command needs a set-up step, and
 * never writes over anything else: a read command builds a store only where nothing exists yet, rebuilds only
 * an outdated careerdiff store, and refuses (exit 5, "not a careerdiff store") a folder, a text file or
 * another program's database. A damaged store is reported, not silently replaced: `careerdiff import` does that.
 */
import { storeError } from '../errors.js';
import { isCurrent, notAStore, storeStatus } from '../store/open.js';
import { SCHEMA_VERSION } from '../store/schema/index.js';
import { terminalProgress } from './progress.js';
import { type ImportOptions, type ImportSummary, importStore } from './run.js';

export function ensureStore(
  dataDir: string,
  dbFile: string,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  /** Import options for tests (e.g. ingesters); by default the full import with terminal progress. */
  extra: Partial<ImportOptions> = {},
): ImportSummary | null {
  const status = storeStatus(dbFile);
  if (isCurrent(status)) return null;
  if (status.kind === 'directory' || status.kind === 'foreign') throw notAStore(dbFile, status);
  if (status.kind === 'damaged')
    throw storeError(
      `the store at ${dbFile} cannot be read (${status.detail}); run "careerdiff import --db ${dbFile}" to rebuild it`,
    );
  log(
    status.kind === 'missing'
      ? `careerdiff: no store at ${dbFile}; building a new one from ${dataDir} (first use; takes a few seconds)…`
      : `careerdiff: the store at ${dbFile} is ${status.version !== SCHEMA_VERSION ? `from schema version ${status.version} (this careerdiff reads ${SCHEMA_VERSION})` : 'incomplete'}; rebuilding it from ${dataDir}…`,
  );
  const summary = importStore({ dataDir, dbFile, progress: terminalProgress(), cleanupOnKill: true, ...extra });
  log(`careerdiff: store built in ${summary.seconds.toFixed(1)} s.`);
  return summary;
}
