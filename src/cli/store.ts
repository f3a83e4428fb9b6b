/**
 * Opens the store for a command, building it first when it is missing or outdated. A current store is opened
 * once (one connection checks it and serves the command); anything else goes through ensureStore.
 */
import { resolveDataDir, resolveDbFile } from '../defaults.js';
import { derivedKey } from '../derive/key.js';
import { ensureStore } from '../ingest/ensure.js';
import { type DB, openIfCurrent, openStore } from '../store/open.js';
import { type CommandArgs, str } from './command.js';

export async function storeFor(args: CommandArgs): Promise<DB> {
  const dataDir = resolveDataDir(str(args.values.data));
  const dbFile = resolveDbFile(str(args.values.db));
  const current = openIfCurrent(dbFile, derivedKey());
  if (current) return current;
  await ensureStore(dataDir, dbFile, (l) => args.io.stderr.write(`${l}\n`));
  // No code cache from this run (src/cli/bundled.ts STORE_BUILT).
  (process as NodeJS.EventEmitter).emit('careerdiff:store-built');
  return openStore(dbFile);
}
