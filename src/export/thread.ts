/**
 * One worker thread of a parallel export (src/export/parallel.ts): opens the store read-only, builds the app
 * as the export does (no page cache), plans the same deterministic file list, renders its share of it and
 * reports progress and, at the end, what it wrote — or the error that stopped it, with its kind.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../engine/engine.js';
import { asCareerdiffError } from '../errors.js';
import { createApp } from '../site/app.js';
import { openStore } from '../store/open.js';
import { type Part, partOf, planExport, renderJobs } from './export.js';

export interface ThreadData {
  dbFile: string;
  outDir: string;
  baseUrl?: string;
  limit?: number;
  shard?: Part;
  worker: Part;
}

const d = workerData as ThreadData;
try {
  const db = openStore(d.dbFile);
  try {
    const sa = createApp({
      engine: createEngine(db),
      pageCacheEntries: 0,
      pairsParam: true,
      ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}),
    });
    const jobs = partOf(partOf(planExport(sa, d.limit), d.shard), d.worker);
    const r = await renderJobs(sa, jobs, d.outDir, (done, total) => {
      if (done % 20 === 0 || done === total) parentPort?.postMessage({ type: 'progress', done, total });
    });
    parentPort?.postMessage({ type: 'done', produced: r.produced, summary: r.summary });
  } finally {
    db.close();
  }
} catch (err) {
  // The error's kind crosses the thread boundary with it (a structured clone keeps only the message).
  const e = asCareerdiffError(err);
  parentPort?.postMessage({ type: 'error', kind: e.kind, message: e.message, where: e.where });
}
