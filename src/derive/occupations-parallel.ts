/**
 * The occupation-data step of the derive stage (src/derive/occupations.ts: each occupation's comparison data as
 * one row) on every core: after the rest of the import is committed to its temporary store, worker threads
 * (src/derive/occupations-thread.ts) each read a share of the occupations through their own read-only
 * connection while the importing thread computes its own share; the importing thread then writes every row
 * in one transaction. The import stays synchronous: it waits on a shared counter and takes the workers'
 * results from their ports. The rows hold the same values as one thread's (occupations-parallel.test.ts; on the
 * real store all 1,016 decode equal).
 */
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DERIVE_DEFAULTS } from '../defaults.js';
import { internalError } from '../errors.js';
import { StoreCache } from '../store/cache.js';
import { OCCUPATION_DATA_DDL, putOccupationData } from '../store/occupation-data.js';
import type { DB } from '../store/open.js';
import { occupationDataRows } from './occupations.js';
import type { OccupationThreadData } from './occupations-thread.js';

/** Threads to use besides the importing one: one per further core, none for a small store. */
export function occupationThreads(occupations: number): number {
  if (occupations < DERIVE_DEFAULTS.parallelMinOccupations) return 0;
  return Math.max(0, Math.min(os.availableParallelism(), DERIVE_DEFAULTS.maxThreads) - 1);
}

/**
 * Computes and stores every occupation's data; `db` is the import's connection to `dbFile`, with everything
 * the loader reads committed and no transaction open. Returns the rows written and their total bytes.
 */
export function deriveOccupationDataParallel(db: DB, dbFile: string, threads: number): { rows: number; bytes: number } {
  db.exec(OCCUPATION_DATA_DDL);
  const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck(true).all() as string[];
  // Let other connections read the committed file: the import holds it exclusively until now.
  db.pragma('locking_mode = NORMAL');
  db.prepare('SELECT 1 FROM meta LIMIT 1').get();
  const share = (k: number) => codes.filter((_, i) => i % (threads + 1) === k);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads }, (_, w) => {
    const { port1, port2 } = new MessageChannel();
    const data: OccupationThreadData = { dbFile, codes: share(w + 1), port: port2, signal };
    const worker = new Worker(new URL('./occupations-thread.js', import.meta.url), {
      workerData: data,
      transferList: [port2],
    });
    return { worker, port: port1 };
  });
  const rows: [string, Buffer][] = [];
  try {
    rows.push(...occupationDataRows(new StoreCache(db), share(0)));
    const deadline = Date.now() + DERIVE_DEFAULTS.threadTimeoutMs;
    for (let done = Atomics.load(signal, 0); done < threads; done = Atomics.load(signal, 0)) {
      if (Date.now() > deadline) throw internalError('the occupation-data threads did not finish in time');
      Atomics.wait(signal, 0, done, 1000);
    }
    for (const { port } of workers) {
      const m = receiveMessageOnPort(port)?.message as
        | { rows: [string, Uint8Array][]; error?: undefined }
        | { error: string }
        | undefined;
      if (!m) throw internalError('an occupation-data thread ended without an answer');
      if (m.error !== undefined) throw internalError(`an occupation-data thread failed: ${m.error}`);
      for (const [code, blob] of m.rows) rows.push([code, Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)]);
    }
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
  let bytes = 0;
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  db.transaction(() => {
    for (const [code, blob] of rows) {
      putOccupationData(db, code, blob);
      bytes += blob.length;
    }
  })();
  return { rows: rows.length, bytes };
}
