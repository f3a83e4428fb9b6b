/**
 * Runs the site on a real socket (@hono/node-server): `startServer` listens and resolves with the bound
 * address; the caller owns the store. Used by `careerdiff serve`, the e2e test and the benchmark.
 * A GET of a page already in the page cache, asked by its exact path, is answered before the app: the same
 * status, headers and bytes the app's route would send (src/site/respond.ts pageReply), without building a
 * Request, routing and parsing the path again (issue 10: cached pages against nginx).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { type AppDeps, createApp, type SiteApp } from './app.js';
import { pageReply } from './respond.js';
import { SECURITY_HEADERS } from './security.js';

export interface RunningServer extends SiteApp {
  url: string;
  port: number;
  /** Serves another app from now on (a store reopened after `careerdiff import`; see src/site/store-watch.ts). */
  use(next: SiteApp): void;
  /** Requests received so far (src/site/idle-gc.ts tells busy from idle by it). */
  requests(): number;
  close(): Promise<void>;
}

/**
 * Answers a request from the page cache when the app would answer it from there unchanged: a GET of a path
 * (no query) that is a cached page's key, while the store is healthy. Anything else goes to the app.
 */
export function cachedReply(sa: SiteApp, deps: AppDeps, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (req.method !== 'GET' || !url || url.includes('?') || url.startsWith('/api/')) return false;
  if (deps.store && !deps.store.health().ok) return false;
  const page = sa.site.cache.hit(url);
  if (!page) return false;
  const h = req.headers;
  const r = pageReply(sa.site, page, h['if-none-match'], h['accept-encoding']);
  res.writeHead(r.status, { ...SECURITY_HEADERS, ...r.headers });
  if (r.body) res.end(r.body);
  else res.end();
  return true;
}

export function startServer(deps: AppDeps, port: number, hostname: string): Promise<RunningServer> {
  let current = createApp(deps);
  let requests = 0;
  return new Promise((resolve, reject) => {
    const fetch = (req: Request, env: unknown) => current.app.fetch(req, env);
    const server = createAdaptorServer({
      fetch,
      hostname,
      createServer: ((opts: object, listener: (req: IncomingMessage, res: ServerResponse) => void) =>
        createServer(opts, (req, res) => {
          requests++;
          if (!cachedReply(current, deps, req, res)) listener(req, res);
        })) as unknown as typeof createServer,
    });
    server.listen(port, hostname, () => {
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const running: RunningServer = {
        ...current,
        use(next) {
          current = next;
          running.app = next.app;
          running.site = next.site;
        },
        requests: () => requests,
        port: info.port,
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((res) => {
            server.close(() => res());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      };
      resolve(running);
    });
    server.once('error', reject);
  });
}
