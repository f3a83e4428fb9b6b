/** Builds the store on first use (or when its schema version is old), so no command needs a set-up step. */
import { isCurrent, storeStatus } from '../store/open.js';
import { terminalProgress } from './progress.js';
import { type ImportSummary, importStore } from './run.js';

export function ensureStore(
  dataDir: string,
  dbFile: string,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): ImportSummary | null {
  if (isCurrent(storeStatus(dbFile))) return null;
  log(`careerdiff: building the store at ${dbFile} from ${dataDir} (first use; takes a few seconds)…`);
  const summary = importStore({ dataDir, dbFile, progress: terminalProgress() });
  log(`careerdiff: store built in ${summary.seconds.toFixed(1)} s.`);
  return summary;
}
