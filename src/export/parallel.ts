/**
 * `careerdiff export --workers N`: the export rendered by N worker threads, each over its own read-only
 * connection to the store, each taking every N-th file of the (shard's) deterministic list; the main thread
 * adds up their progress and counts and writes the one manifest. The files are the same as a single-thread
 * export's, byte for byte (tested). A worker that fails stops the others, and the export fails with its error.
 */
import { Worker } from 'node:worker_threads';
import { CareerdiffError, type ErrorKind, type ErrorWhere, internalError } from '../errors.js';
import {
  addSummary,
  emptySummary,
  type ExportOptions,
  type ExportSummary,
  finishExport,
  prepareOut,
} from './export.js';
import type { ThreadData } from './thread.js';

export interface ParallelOptions extends ExportOptions {
  dbFile: string;
  baseUrl?: string;
  workers: number;
}

interface Result {
  produced: string[];
  summary: ExportSummary;
}

type Message =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; produced: string[]; summary: ExportSummary }
  | { type: 'error'; kind: ErrorKind; message: string; where: ErrorWhere };

/**
 * Runs the workers; the first one to fail stops all the others (their threads are terminated before this
 * rejects, so nothing is written after the error is reported) and no manifest is written: the error names
 * the worker and what went wrong, with its own kind (a file that cannot be written is a usage error of --out).
 */
export async function exportParallel(o: ParallelOptions): Promise<ExportSummary> {
  const t0 = performance.now();
  const outDir = prepareOut(o.outDir);
  const done = new Array<number>(o.workers).fill(0);
  const totals = new Array<number>(o.workers).fill(0);
  const workers: Worker[] = [];
  let failure: CareerdiffError | undefined;
  const stopAll = (index: number, err: CareerdiffError) => {
    if (failure) return;
    const others = o.workers - 1;
    failure = new CareerdiffError(
      err.kind,
      `export stopped: worker ${index + 1} of ${o.workers} failed${others > 0 ? ` and the other ${others === 1 ? 'worker was' : `${others} were`} stopped` : ''}, no manifest written: ${err.message}`,
      err.where,
    );
    for (const w of workers) void w.terminate();
  };
  const runs = Array.from({ length: o.workers }, (_, index) => {
    const data: ThreadData = {
      dbFile: o.dbFile,
      outDir,
      worker: { index, count: o.workers },
      ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
      ...(o.limit !== undefined ? { limit: o.limit } : {}),
      ...(o.shard ? { shard: o.shard } : {}),
    };
    const w = new Worker(new URL('./thread.js', import.meta.url), { workerData: data });
    workers.push(w);
    return new Promise<Result | null>((resolve) => {
      let result: Result | null = null;
      w.on('message', (m: Message) => {
        if (m.type === 'progress') {
          done[index] = m.done;
          totals[index] = m.total;
          const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
          o.progress?.(sum(done), sum(totals), '');
        } else if (m.type === 'done') result = { produced: m.produced, summary: m.summary };
        else stopAll(index, new CareerdiffError(m.kind, m.message, m.where));
      });
      w.on('error', (err) => stopAll(index, internalError(err.message)));
      // Every worker's exit is awaited, so a failed export returns only once all threads have stopped.
      w.on('exit', (code) => {
        if (!result && !failure) stopAll(index, internalError(`stopped unexpectedly (exit ${code})`));
        resolve(result);
      });
    });
  });
  const results = await Promise.all(runs);
  if (failure) throw failure;
  const summary = emptySummary(outDir);
  const produced: string[] = [];
  for (const r of results) {
    addSummary(summary, r!.summary);
    produced.push(...r!.produced);
  }
  return finishExport(outDir, produced, summary, t0, o.shard);
}
