/** Opens the store for a command, building it first when it is missing or outdated. */
import { resolveDataDir, resolveDbFile } from '../defaults.js';
import { ensureStore } from '../ingest/ensure.js';
import { type DB, openStore } from '../store/open.js';
import { type CommandArgs, str } from './command.js';

export async function storeFor(args: CommandArgs): Promise<DB> {
  const dataDir = resolveDataDir(str(args.values.data));
  const dbFile = resolveDbFile(str(args.values.db));
  await ensureStore(dataDir, dbFile, (l) => args.io.stderr.write(`${l}\n`));
  return openStore(dbFile);
}
