/** careerdiff serve: the website and JSON API on a local port (builds the store on first use). */
import { DEFAULTS, resolveDbFile } from '../../defaults.js';
import { usageError } from '../../errors.js';
import { type AppDeps, createApp, type SiteApp } from '../../site/app.js';
import { type RunningServer, startServer } from '../../site/server.js';
import { watchStore } from '../../site/store-watch.js';
import type { DB } from '../../store/open.js';
import { createEngine } from '../../engine/engine.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';
import { storeFor } from '../store.js';

export function portOf(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env ?? String(DEFAULTS.site.port);
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535)
    throw usageError(`port must be a number from 0 to 65535, got "${raw}"`, 'port');
  return Number(raw);
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
  usage: '[--port P] [--host H] [--base-url URL] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff serve',
    'PORT=3000 careerdiff serve',
    'careerdiff serve --port 8080 --host 0.0.0.0 --base-url https://careers.example.org',
  ],
  options: { ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, 'base-url': { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args) {
    const { values, io } = args;
    const port = portOf(str(values.port), process.env.PORT);
    const host = str(values.host) ?? process.env.HOST ?? DEFAULTS.site.host;
    const baseUrl = str(values['base-url']);
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl))
      throw usageError('--base-url must be an http(s) URL', 'base-url');
    const db = await storeFor(args);
    const t0 = performance.now();
    // A store replaced by `careerdiff import` is reopened; a damaged one makes the site answer 503 (store-watch.ts).
    let srv: RunningServer | null = null;
    const deps = (d: DB): AppDeps => ({ engine: createEngine(d), store: watch, ...(baseUrl ? { baseUrl } : {}) });
    const watch = watchStore({
      file: resolveDbFile(str(values.db)),
      db,
      intervalMs: DEFAULTS.site.storeCheckMs,
      log: (l) => io.stderr.write(`${l}\n`),
      onReplaced: (next) => srv?.use(warm(createApp(deps(next)))),
    });
    srv = await startServer(deps(db), port, host);
    const cat = warm(srv).site.catalog();
    io.stderr.write(
      `careerdiff: catalog of ${cat.occupations.length} occupations and ${cat.pairs.length} comparisons ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
    io.stdout.write(`careerdiff: serving on ${srv.url} (Ctrl-C to stop)\n`);
    const running = srv;
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.stderr.write('careerdiff: stopping\n');
        watch.stop();
        running.close().then(() => {
          watch.db().close();
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
