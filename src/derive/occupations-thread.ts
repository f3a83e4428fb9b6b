/**
 * One worker thread of the parallel occupation-data step (src/derive/occupations-parallel.ts): opens the
 * import's committed temporary store read-only, computes the occupations it takes from the shared counter with
 * the comparison's own loader, hands the blobs back on its port and counts itself done on the shared signal,
 * whatever happened (an error is handed back as a message), so the importing thread never waits for nothing.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { StoreCache } from '../store/cache.js';
import { withStatementCache } from '../store/open.js';
import { takeOccupationDataRows } from './occupations.js';

export interface OccupationThreadData {
  dbFile: string;
  codes: string[];
  port: MessagePort;
  /** [0]: index of the next occupation to take; [1]: threads done. */
  signal: Int32Array;
}

const d = workerData as OccupationThreadData;
try {
  const db = withStatementCache(new Database(d.dbFile, { readonly: true, fileMustExist: true }));
  try {
    const store = new StoreCache(db);
    d.port.postMessage({ rows: takeOccupationDataRows(store, d.codes, d.signal) });
  } finally {
    db.close();
  }
} catch (err) {
  d.port.postMessage({ error: (err as Error).stack ?? String(err) });
} finally {
  Atomics.add(d.signal, 1, 1);
  Atomics.notify(d.signal, 1);
}
