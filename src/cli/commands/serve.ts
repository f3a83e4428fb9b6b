/**
 * careerdiff serve: the website and JSON API on a local port (builds the store on first use), with a worker
 * per core by default (`--workers N`; 1 serves from this process). The primary of several workers loads
 * none of the site (src/site/cluster.ts); each worker (and the single process) runs `serveHere`.
 */
import cluster from 'node:cluster';
import { DEFAULTS, resolveDataDir, resolveDbFile } from '../../defaults.js';
import { derivedKey } from '../../derive/key.js';
import { usageError } from '../../errors.js';
import type { AppDeps, SiteApp } from '../../site/app.js';
import { defaultWorkers, type ListeningMessage, runPrimary, workerShare } from '../../site/cluster.js';
import type { RunningServer } from '../../site/server.js';
import { type DB, openIfCurrent, openStore } from '../../store/open.js';
import { type Command, type CommandArgs, STORE_OPTIONS, str } from '../command.js';

export function portOf(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env ?? String(DEFAULTS.site.port);
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535)
    throw usageError(`port must be a number from 0 to 65535, got "${raw}"`, 'port');
  return Number(raw);
}

export function workersOf(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env;
  if (raw === undefined) return defaultWorkers();
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 256)
    throw usageError(`--workers must be a whole number from 1 to 256, got "${raw}"`, 'workers');
  return Number(raw);
}

/**
 * The store, opened when current; otherwise built first in a child process that exits (src/site/build-store.ts),
 * so a server started on a fresh clone does not keep the import's ~500 MB.
 */
async function servedStore(args: CommandArgs): Promise<DB> {
  const dbFile = resolveDbFile(str(args.values.db));
  const current = openIfCurrent(dbFile, derivedKey());
  if (current) return current;
  const { buildStoreApart } = await import('../../site/build-store.js');
  await buildStoreApart(resolveDataDir(str(args.values.data)), dbFile, (l) => args.io.stderr.write(`${l}\n`));
  // No code cache from this run (src/cli/bundled.ts STORE_BUILT).
  (process as NodeJS.EventEmitter).emit('careerdiff:store-built');
  return openStore(dbFile);
}

/** Builds the catalog and the title index now, not on the first visitor's request. */
function warm<T extends SiteApp>(sa: T): T {
  sa.site.catalog();
  sa.site.engine.resolve('producer', 1);
  return sa;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the website and JSON API (http://127.0.0.1:8080 by default)',
  usage: '[--port P] [--host H] [--base-url URL] [--workers N] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff serve',
    'PORT=3000 careerdiff serve --workers 1',
    'careerdiff serve --port 8080 --host 0.0.0.0 --base-url https://careers.example.org',
  ],
  options: {
    ...STORE_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
    'base-url': { type: 'string' },
    workers: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run(args) {
    const { values, io } = args;
    const port = portOf(str(values.port), process.env.PORT);
    const host = str(values.host) ?? process.env.HOST ?? DEFAULTS.site.host;
    const baseUrl = str(values['base-url']);
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl))
      throw usageError('--base-url must be an http(s) URL', 'base-url');
    const workers = cluster.isPrimary ? workersOf(str(values.workers), process.env.CAREERDIFF_WORKERS) : 1;
    if (cluster.isPrimary && workers > 1) {
      // Build or check the store once, here, before any worker opens it.
      (await servedStore(args)).close();
      return runPrimary({
        workers,
        execArgv: DEFAULTS.site.workerExecArgv,
        env: DEFAULTS.site.workerEnv,
        log: (l) => io.stderr.write(`${l}\n`),
        announce: (url) => io.stdout.write(`careerdiff: serving on ${url} with ${workers} workers (Ctrl-C to stop)\n`),
      });
    }
    return serveHere(args, port, host, baseUrl);
  },
};

/** Serves the site from this process (the only one, or one worker of several). */
async function serveHere(args: CommandArgs, port: number, host: string, baseUrl: string | undefined): Promise<number> {
  const { values, io } = args;
  const [{ createApp }, { startServer }, { watchStore }, { createEngine }, { collectWhenIdle }] = await Promise.all([
    import('../../site/app.js'),
    import('../../site/server.js'),
    import('../../site/store-watch.js'),
    import('../../engine/engine.js'),
    import('../../site/idle-gc.js'),
  ]);
  const db = await servedStore(args);
  const t0 = performance.now();
  // A store replaced by `careerdiff import` is reopened; a damaged one makes the site answer 503 (store-watch.ts).
  let srv: RunningServer | null = null;
  // The page cache's budget is the server's: a worker of N keeps 1/N of it.
  const share = workerShare();
  const cache = {
    pageCacheEntries: Math.floor(DEFAULTS.site.pageCacheEntries * share),
    pageCacheBytes: Math.floor(DEFAULTS.site.pageCacheBytes * share),
  };
  const deps = (d: DB): AppDeps => ({
    engine: createEngine(d),
    store: watch,
    ...cache,
    ...(baseUrl ? { baseUrl } : {}),
  });
  const watch = watchStore({
    file: resolveDbFile(str(values.db)),
    db,
    intervalMs: DEFAULTS.site.storeCheckMs,
    log: (l) => io.stderr.write(`${l}\n`),
    onReplaced: (next) => srv?.use(warm(createApp(deps(next)))),
  });
  try {
    srv = await startServer(deps(db), port, host);
  } catch (err) {
    // Nothing may keep this process alive: a worker that cannot listen must exit, so its primary sees it.
    watch.stop();
    db.close();
    if (cluster.isWorker) cluster.worker?.disconnect();
    throw err;
  }
  const cat = warm(srv).site.catalog();
  const ready = `catalog of ${cat.occupations.length} occupations and ${cat.pairs.length} comparisons ready in ${((performance.now() - t0) / 1000).toFixed(2)} s`;
  if (cluster.isWorker) {
    io.stderr.write(`careerdiff: worker ${process.pid}: ${ready}\n`);
    process.send?.({ type: 'careerdiff:listening', url: srv.url } satisfies ListeningMessage);
  } else {
    io.stderr.write(`careerdiff: ${ready}\n`);
    io.stdout.write(`careerdiff: serving on ${srv.url} (Ctrl-C to stop)\n`);
  }
  const running = srv;
  const stopGc = collectWhenIdle({
    requests: running.requests,
    idleMs: DEFAULTS.site.idleGcMs,
    minRequests: DEFAULTS.site.idleGcMinRequests,
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stopGc();
      if (!cluster.isWorker) io.stderr.write('careerdiff: stopping\n');
      watch.stop();
      running.close().then(() => {
        watch.db().close();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  if (cluster.isWorker) cluster.worker?.disconnect();
  return 0;
}
