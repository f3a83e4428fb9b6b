/**
 * The child process of src/site/build-store.ts: `node build-store-child.js DATA_DIR DB_FILE` makes the store current
 * (src/ingest/ensure.ts), tells its parent whether it built it or why it could not, and exits.
 */
import { asCareerdiffError } from '../errors.js';
import { ensureStore } from '../ingest/ensure.js';
import type { BuildMessage } from './build-store.js';

const [dataDir, dbFile] = process.argv.slice(2);
let message: BuildMessage;
try {
  if (!dataDir || !dbFile) throw new Error('usage: build-store-child.js DATA_DIR DB_FILE');
  message = { type: 'careerdiff:store-ready', built: (await ensureStore(dataDir, dbFile)) !== null };
} catch (err) {
  const e = asCareerdiffError(err);
  message = {
    type: 'careerdiff:store-failed',
    error: { kind: e.kind, message: e.message, where: e.where, details: e.details },
  };
  process.exitCode = 1;
}
process.send?.(message, () => process.disconnect());
