/**
 * Builds the store for `careerdiff serve` in a child process that exits when it is done. An import holds about
 * 500 MB (SQLite's import cache, the derive steps' structures); a server process that built its store itself
 * kept that as RSS for as long as it served (issue 10: 506 MB in the primary of a server started on a fresh
 * clone). The child runs src/ingest/ensure.ts as any command would (same messages, same refusals), and its
 * failure comes back as the same CareerdiffError (kind, message, where), so `serve` reports it and exits as if it
 * had built the store itself.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CareerdiffError, type ErrorKind, type ErrorWhere, internalError } from '../errors.js';

/** What the child tells its parent before it exits. */
export type BuildMessage =
  | { type: 'careerdiff:store-ready'; built: boolean }
  | {
      type: 'careerdiff:store-failed';
      error: { kind: ErrorKind; message: string; where: ErrorWhere; details: Record<string, unknown> };
    };

const CHILD = fileURLToPath(new URL('./build-store-child.js', import.meta.url));

/**
 * Makes the store at `dbFile` current (built from `dataDir` when missing or outdated) in a child process;
 * resolves with whether it was built, rejects with the child's error. `log` hears the child's process id.
 */
export function buildStoreApart(dataDir: string, dbFile: string, log: (line: string) => void): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [dataDir, dbFile], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    log(
      `careerdiff: preparing the store in process ${child.pid}, which exits when done (the server keeps none of its memory)`,
    );
    // This process stopped (Ctrl-C is sent to both): the child removes what it wrote (cleanupOnKill).
    const stop = () => child.kill('SIGTERM');
    process.once('exit', stop);
    let said: BuildMessage | undefined;
    child.on('message', (m: BuildMessage) => {
      said = m;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('exit', stop);
      if (said?.type === 'careerdiff:store-failed') {
        const e = said.error;
        reject(new CareerdiffError(e.kind, e.message, e.where, e.details));
      } else if (said?.type === 'careerdiff:store-ready' && code === 0) resolve(said.built);
      else reject(internalError(`building the store stopped (${signal ?? `exit ${code}`}) before it was done`));
    });
  });
}
