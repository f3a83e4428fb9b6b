/**
 * Runs the site on a real socket (@hono/node-server): `startServer` listens and resolves with the bound
 * address; the caller owns the store. Used by `careerdiff serve`, the e2e test and the benchmark.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { DB } from '../store/open.js';
import { type AppDeps, createApp, type SiteApp } from './app.js';
import { createEngine } from '../engine/engine.js';

export interface RunningServer extends SiteApp {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(deps: AppDeps, port: number, hostname: string): Promise<RunningServer> {
  const sa = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: sa.app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        ...sa,
        port: info.port,
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((res) => {
            server.close(() => res());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The app over an open store. */
export const storeApp = (db: DB, o: Omit<AppDeps, 'engine'> = {}): SiteApp =>
  createApp({ ...o, engine: createEngine(db) });
