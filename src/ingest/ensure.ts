/**
 * Builds the store on first use (or when its schema version is old, or its derived data was computed by other
 * code: src/derive/key.ts), so no command needs a set-up step, and
 * never writes over anything else: a read command builds a store only where nothing exists yet, rebuilds only
 * an outdated careerdiff store, and refuses (exit 5, "not a careerdiff store") a folder, a text file or
 * another program's database. A damaged store is reported, not silently replaced: `careerdiff import` does that.
 */
import { derivedKey } from '../derive/key.js';
import { storeError } from '../errors.js';
import { isCurrent, notAStore, storeStatus } from '../store/open.js';
import { SCHEMA_VERSION } from '../store/schema/index.js';
import type { ImportOptions, ImportSummary } from './run.js';

/** The importer's code is loaded only when a store must be built, so a command on a current store stays lean. */
export async function ensureStore(
  dataDir: string,
  dbFile: string,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  /** Import options for tests (e.g. ingesters); by default the full import with terminal progress. */
  extra: Partial<ImportOptions> = {},
): Promise<ImportSummary | null> {
  const status = storeStatus(dbFile);
  const current = isCurrent(status);
  if (current && status.derivedKey === derivedKey()) return null;
  if (status.kind === 'directory' || status.kind === 'foreign') throw notAStore(dbFile, status);
  if (status.kind === 'damaged')
    throw storeError(
      `the store at ${dbFile} cannot be read (${status.detail}); run "careerdiff import --db ${dbFile}" to rebuild it`,
    );
  log(
    status.kind === 'missing'
      ? `careerdiff: no store at ${dbFile}; building a new one from ${dataDir} (first use; takes a few seconds)…`
      : `careerdiff: the store at ${dbFile} ${current ? 'has derived data computed by other code' : `is ${status.version !== SCHEMA_VERSION ? `from schema version ${status.version} (this careerdiff reads ${SCHEMA_VERSION})` : 'incomplete'}`}; rebuilding it from ${dataDir}…`,
  );
  const [{ importStore }, { terminalProgress }] = await Promise.all([import('./run.js'), import('./progress.js')]);
  const summary = importStore({ dataDir, dbFile, progress: terminalProgress(), cleanupOnKill: true, ...extra });
  log(`careerdiff: store built in ${summary.seconds.toFixed(1)} s.`);
  return summary;
}
