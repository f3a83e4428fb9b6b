/**
 * The similarity step of the derive stage started early, on another thread: once the O*NET tables the model
 * reads are committed to the import's temporary store (the model reads nothing the BLS ingesters write), a
 * worker thread (similarity-thread.ts) builds and ranks it while the importing thread goes on with the other
 * ingesters; deriveAll takes the result when it gets there. The rows stored are those one thread computes
 * (occupations-parallel.test.ts compares whole stores; on the real store every derived table is unchanged).
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DERIVE_DEFAULTS } from '../defaults.js';
import { internalError } from '../errors.js';
import type { RankedModel } from './similarity.js';
import type { SimilarityThreadData } from './similarity-thread.js';

export interface SimilarityJob {
  /** Waits for the thread and returns the ranked model (or throws the thread's error). */
  take(): RankedModel;
  /** Stops the thread (the import failed). */
  cancel(): void;
}

const asBuffer = (a: Uint8Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Starts the thread on `dbFile`, whose O*NET tables are committed; readers must be let in (locking_mode NORMAL). */
export function startSimilarity(dbFile: string): SimilarityJob {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const data: SimilarityThreadData = { dbFile, port: port2, signal };
  const worker = new Worker(new URL('./similarity-thread.js', import.meta.url), {
    workerData: data,
    transferList: [port2],
  });
  let result: RankedModel | null = null;
  const cancel = () => {
    port1.close();
    void worker.terminate();
  };
  return {
    cancel,
    take() {
      if (result) return result;
      try {
        const deadline = Date.now() + DERIVE_DEFAULTS.threadTimeoutMs;
        while (Atomics.load(signal, 0) === 0) {
          if (Date.now() > deadline) throw internalError('the similarity thread did not finish in time');
          Atomics.wait(signal, 0, 0, 1000);
        }
        const m = receiveMessageOnPort(port1)?.message as
          | { ranked: RankedModel; error?: undefined }
          | { error: string }
          | undefined;
        if (!m) throw internalError('the similarity thread ended without an answer');
        if (m.error !== undefined) throw internalError(`the similarity thread failed: ${m.error}`);
        result = { ...m.ranked, features: m.ranked.features.map(asBuffer) };
        return result;
      } finally {
        cancel();
      }
    },
  };
}
