/**
 * A worker per core for `careerdiff serve` (node:cluster): the primary only forks workers, announces the
 * address once the first one listens, replaces a worker that dies after it had been serving, and stops them
 * all on SIGINT/SIGTERM. Each worker runs the whole site over its own read-only connection to the store (the
 * store is one file, read-only while served: SQLite shares its pages through the OS cache). A worker that
 * fails before it ever listened (a port in use, a bad store) stops the whole server with its exit code
 * instead of being restarted in a loop. The primary loads nothing of the site.
 */
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';

/** Message a worker sends the primary once it listens. */
export interface ListeningMessage {
  type: 'careerdiff:listening';
  url: string;
}

const isListeningMessage = (m: unknown): m is ListeningMessage =>
  typeof m === 'object' && m !== null && (m as ListeningMessage).type === 'careerdiff:listening';

/** Default worker count: one per core the process may use. */
export const defaultWorkers = (): number =>
  typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

/** How many workers the server runs, told to each worker (so each keeps its share of the page cache). */
const WORKERS_ENV = 'CAREERDIFF_SERVER_WORKERS';

/** This process's share of a server-wide budget: 1 alone, 1/N in a worker of N. */
export function workerShare(): number {
  const n = cluster.isWorker ? Number(process.env[WORKERS_ENV]) : 1;
  return Number.isInteger(n) && n > 1 ? 1 / n : 1;
}

interface PrimaryOptions {
  workers: number;
  /** Node/V8 options of each worker (besides this process's own). */
  execArgv?: readonly string[];
  /** Environment variables of each worker, where this process does not set them. */
  env?: Readonly<Record<string, string>>;
  /** Progress and problems (stderr). */
  log(line: string): void;
  /** The one "serving on" line (stdout). */
  announce(url: string): void;
}

/** Runs the primary until it is stopped; resolves with the exit code. */
export function runPrimary(o: PrimaryOptions): Promise<number> {
  const serving = new Set<number>();
  let stopping = false;
  let failure = 0;
  let announced = false;
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...(o.execArgv ?? [])] });
  const fork = (): Worker => {
    const env: Record<string, string> = { [WORKERS_ENV]: String(o.workers) };
    for (const [k, v] of Object.entries(o.env ?? {})) if (process.env[k] === undefined) env[k] = v;
    const w = cluster.fork(env);
    w.on('message', (m: unknown) => {
      if (!isListeningMessage(m)) return;
      serving.add(w.id);
      if (!announced) {
        announced = true;
        o.announce(m.url);
      }
    });
    return w;
  };
  const alive = () => Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead()).length;
  return new Promise<number>((resolve) => {
    const stop = () => {
      if (!stopping) o.log('careerdiff: stopping');
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      if (alive() === 0) finish();
    };
    const finish = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      cluster.removeAllListeners('exit');
      resolve(failure);
    };
    cluster.on('exit', (w, code, signal) => {
      const wasServing = serving.delete(w.id);
      if (stopping) {
        if (alive() === 0) finish();
        return;
      }
      if (!wasServing) {
        o.log(`careerdiff: a worker stopped before it could serve (${signal ?? `exit ${code}`}); stopping`);
        failure = code || 1;
        stop();
        return;
      }
      o.log(`careerdiff: worker ${w.process.pid} died (${signal ?? `exit ${code}`}); starting another`);
      fork();
    });
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    for (let i = 0; i < o.workers; i++) fork();
  });
}
