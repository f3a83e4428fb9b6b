/**
 * `careerdiff export --workers N`: the export rendered by N worker threads, each over its own read-only
 * connection to the store, each taking every N-th file of the (shard's) deterministic list; the main thread
 * adds up their progress and counts and writes the one manifest. The files are the same as a single-thread
 * export's, byte for byte (tested).
 */
import { Worker } from 'node:worker_threads';
import { internalError } from '../errors.js';
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

export async function exportParallel(o: ParallelOptions): Promise<ExportSummary> {
  const t0 = performance.now();
  const outDir = prepareOut(o.outDir);
  const done = new Array<number>(o.workers).fill(0);
  const totals = new Array<number>(o.workers).fill(0);
  const results = await Promise.all(
    Array.from({ length: o.workers }, (_, index) => {
      const data: ThreadData = {
        dbFile: o.dbFile,
        outDir,
        worker: { index, count: o.workers },
        ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
        ...(o.limit !== undefined ? { limit: o.limit } : {}),
        ...(o.shard ? { shard: o.shard } : {}),
      };
      return new Promise<{ produced: string[]; summary: ExportSummary }>((resolve, reject) => {
        const w = new Worker(new URL('./thread.js', import.meta.url), { workerData: data });
        let result: { produced: string[]; summary: ExportSummary } | null = null;
        w.on(
          'message',
          (m: { type: string; done?: number; total?: number; produced?: string[]; summary?: ExportSummary }) => {
            if (m.type === 'progress') {
              done[index] = m.done!;
              totals[index] = m.total!;
              const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
              o.progress?.(sum(done), sum(totals), '');
            } else if (m.type === 'done') result = { produced: m.produced!, summary: m.summary! };
          },
        );
        w.on('error', (err) => reject(internalError(`export worker ${index + 1}: ${err.message}`)));
        w.on('exit', (code) =>
          result ? resolve(result) : reject(internalError(`export worker ${index + 1} stopped (exit ${code})`)),
        );
      });
    }),
  );
  const summary = emptySummary(outDir);
  const produced: string[] = [];
  for (const r of results) {
    addSummary(summary, r.summary);
    produced.push(...r.produced);
  }
  return finishExport(outDir, produced, summary, t0, o.shard);
}
