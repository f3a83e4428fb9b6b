/**
 * The worker thread of the early similarity step (src/derive/similarity-parallel.ts): opens the import's
 * committed temporary store read-only, reads what the model needs and closes it at once (the import then
 * commits its next tables), ranks the model and hands it back on its port, counting itself done on the shared
 * signal whatever happened (an error is handed back as a message).
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SimilarityModel } from '../compare/similarity.js';
import { rankModel } from './similarity.js';

export interface SimilarityThreadData {
  dbFile: string;
  port: MessagePort;
  /** [0]: 1 once the thread is done. */
  signal: Int32Array;
}

const d = workerData as SimilarityThreadData;
try {
  const db = new Database(d.dbFile, { readonly: true, fileMustExist: true });
  let model: SimilarityModel;
  try {
    model = SimilarityModel.fromStore(db);
  } finally {
    db.close();
  }
  d.port.postMessage({ ranked: rankModel(model) });
} catch (err) {
  d.port.postMessage({ error: (err as Error).stack ?? String(err) });
} finally {
  Atomics.store(d.signal, 0, 1);
  Atomics.notify(d.signal, 0);
}
