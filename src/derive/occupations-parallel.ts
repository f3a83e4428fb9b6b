/**
 * The occupation-data step of the derive stage (src/derive/occupations.ts: each occupation's comparison data as
 * one row) on every core, overlapping the rest of the derive stage: once the imported tables are committed to
 * the temporary store, worker threads (src/derive/occupations-thread.ts) start computing occupations through
 * their own read-only connections while the importing thread runs the other derive steps in its write
 * transaction (their pages stay in its cache: cache_spill is off, so readers are never locked out); the
 * importing thread then takes what is left, and writes every row. Occupations are handed out one at a time by
 * a shared counter, so the threads share the work by speed. The import stays synchronous: it waits on a shared
 * counter and takes the workers' results from their ports. The rows hold the same values as one thread's
 * (occupations-parallel.test.ts; on the real store all 1,016 decode equal).
 */
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DERIVE_DEFAULTS } from '../defaults.js';
import { internalError } from '../errors.js';
import { StoreCache } from '../store/cache.js';
import { OCCUPATION_DATA_DDL, putOccupationData } from '../store/occupation-data.js';
import type { DB } from '../store/open.js';
import { takeOccupationDataRows } from './occupations.js';
import type { OccupationThreadData } from './occupations-thread.js';

/** Threads to use besides the importing one: one per further core, none for a small store. */
export function occupationThreads(occupations: number): number {
  if (occupations < DERIVE_DEFAULTS.parallelMinOccupations) return 0;
  return Math.max(0, Math.min(os.availableParallelism(), DERIVE_DEFAULTS.maxThreads) - 1);
}

/**
 * Lets threads' read-only connections read what the import's connection has committed to its temporary store:
 * it held the file exclusively until now. Its uncommitted pages stay in memory (no cache spill), so its writes
 * never need the readers gone; its commit waits for them (busy timeout).
 */
export function letReadersIn(db: DB): void {
  db.pragma('locking_mode = NORMAL');
  db.pragma('cache_spill = OFF');
  db.pragma(`busy_timeout = ${DERIVE_DEFAULTS.threadTimeoutMs}`);
  db.prepare('SELECT 1 FROM meta LIMIT 1').get();
}

/** The occupation-data step under way (startOccupationData). */
export interface OccupationDataJob {
  /** Threads started besides the importing one. */
  readonly threads: number;
  /**
   * Computes the occupations left on the importing thread, waits for the threads and writes every row to `db`
   * (the connection startOccupationData was given, with or without a transaction open). Returns the rows
   * written and their total bytes.
   */
  finish(): { rows: number; bytes: number };
  /** Stops the threads (the import failed). */
  cancel(): void;
}

/**
 * Starts the threads; `db` is the import's connection to `dbFile`, with everything the loader reads committed
 * and no transaction open. Its statements are kept from here on (withStatementCache: the loader prepares
 * some forty per occupation). The caller must call finish() or cancel().
 */
export function startOccupationData(db: DB, dbFile: string, threads: number): OccupationDataJob {
  const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
  letReadersIn(db);
  const signal = new Int32Array(new SharedArrayBuffer(8));
  let workers = Array.from({ length: threads }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: OccupationThreadData = { dbFile, codes, port: port2, signal };
    const worker = new Worker(new URL('./occupations-thread.js', import.meta.url), {
      workerData: data,
      transferList: [port2],
    });
    return { worker, port: port1 };
  });
  const stop = () => {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
    workers = [];
  };
  return {
    threads,
    cancel: stop,
    finish() {
      const rows: [string, Buffer][] = [];
      try {
        rows.push(...takeOccupationDataRows(new StoreCache(db), codes, signal));
        const deadline = Date.now() + DERIVE_DEFAULTS.threadTimeoutMs;
        for (let done = Atomics.load(signal, 1); done < threads; done = Atomics.load(signal, 1)) {
          if (Date.now() > deadline) throw internalError('the occupation-data threads did not finish in time');
          Atomics.wait(signal, 1, done, 1000);
        }
        for (const { port } of workers) {
          const m = receiveMessageOnPort(port)?.message as
            | { rows: [string, Uint8Array][]; error?: undefined }
            | { error: string }
            | undefined;
          if (!m) throw internalError('an occupation-data thread ended without an answer');
          if (m.error !== undefined) throw internalError(`an occupation-data thread failed: ${m.error}`);
          for (const [code, blob] of m.rows)
            rows.push([code, Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)]);
        }
      } finally {
        stop();
      }
      if (rows.length !== codes.length) throw internalError(`occupation data: ${rows.length} of ${codes.length} rows`);
      let bytes = 0;
      rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      db.transaction(() => {
        db.exec(OCCUPATION_DATA_DDL);
        for (const [code, blob] of rows) {
          putOccupationData(db, code, blob);
          bytes += blob.length;
        }
      })();
      return { rows: rows.length, bytes };
    },
  };
}

/**
 * Computes and stores every occupation's data on `threads` threads besides this one; `db` is the import's
 * connection to `dbFile`, with everything the loader reads committed and no transaction open.
 */
export function deriveOccupationDataParallel(db: DB, dbFile: string, threads: number): { rows: number; bytes: number } {
  return startOccupationData(db, dbFile, threads).finish();
}
