/** careerdiff serve: the website and JSON API on a local port (builds the store on first use). */
import { DEFAULTS } from '../../defaults.js';
import { usageError } from '../../errors.js';
import { startServer } from '../../site/server.js';
import { createEngine } from '../../engine/engine.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';
import { storeFor } from '../store.js';

export function portOf(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env ?? String(DEFAULTS.site.port);
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535)
    throw usageError(`port must be a number from 0 to 65535, got "${raw}"`, 'port');
  return Number(raw);
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
    const db = storeFor(args);
    const t0 = performance.now();
    const srv = await startServer({ engine: createEngine(db), ...(baseUrl ? { baseUrl } : {}) }, port, host);
    const cat = srv.site.catalog();
    srv.site.engine.resolve('producer', 1); // builds the title index now, not on the first visitor's request
    io.stderr.write(
      `careerdiff: catalog of ${cat.occupations.length} occupations and ${cat.pairs.length} comparisons ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
    io.stdout.write(`careerdiff: serving on ${srv.url} (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.stderr.write('careerdiff: stopping\n');
        srv.close().then(() => {
          db.close();
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
