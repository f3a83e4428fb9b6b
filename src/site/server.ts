/**
 * Runs the site on a real socket (@hono/node-server): `startServer` listens and resolves with the bound
 * address; the caller owns the store. Used by `careerdiff serve`, the e2e test and the benchmark.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppDeps, createApp, type SiteApp } from './app.js';

export interface RunningServer extends SiteApp {
  url: string;
  port: number;
  /** Serves another app from now on (a store reopened after `careerdiff import`; see src/site/store-watch.ts). */
  use(next: SiteApp): void;
  close(): Promise<void>;
}

export function startServer(deps: AppDeps, port: number, hostname: string): Promise<RunningServer> {
  let current = createApp(deps);
  return new Promise((resolve, reject) => {
    const fetch = (req: Request, env: unknown) => current.app.fetch(req, env);
    const server = serve({ fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const running: RunningServer = {
        ...current,
        use(next) {
          current = next;
          running.app = next.app;
          running.site = next.site;
        },
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
