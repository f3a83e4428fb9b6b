/**
 * Excel workbooks parsed ahead on another thread while the import does other work: the import names the
 * workbooks its ingesters will read (Ingester.excelFiles), in the order they read them; a worker thread
 * (xlsx-prefetch-thread.ts) parses every sheet of each with the same reader (xlsx-fast) and posts the rows.
 * readers/xlsx.ts sheetRows takes a sheet from here when it is planned, waiting for it if the worker has not got
 * there yet, and parses it itself otherwise (a sheet not planned, a row limit, a sheet asked for twice, or a
 * workbook the worker could not read: the error then comes from the importing thread, as without read-ahead).
 * The rows are the values the reader gives on this thread (xlsx-prefetch.test.ts).
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Cell } from './table.js';

/** What the worker posts: a sheet's rows, or a workbook finished (with the error that stopped it, if any). */
export type PrefetchMessage =
  | { file: string; sheet: string; rows: Cell[][] }
  | { file: string; done: true; error?: string };

export interface PrefetchThreadData {
  files: string[];
  port: MessagePort;
  /** [0]: messages posted so far. */
  signal: Int32Array;
}

/** How long the importing thread waits for one planned workbook before it parses the sheet itself. */
const WAIT_MS = 120_000;

export class XlsxPrefetch {
  private readonly planned: Set<string>;
  private readonly done = new Set<string>();
  private readonly sheets = new Map<string, Cell[][]>();
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;
  private seen = 0;

  /** Starts parsing `files` (absolute paths) in this order. */
  constructor(files: readonly string[]) {
    this.planned = new Set(files);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: PrefetchThreadData = { files: [...this.planned], port: port2, signal: this.signal };
    this.worker = new Worker(new URL('./xlsx-prefetch-thread.js', import.meta.url), {
      workerData: data,
      transferList: [port2],
    });
    this.worker.unref();
  }

  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const msg = m.message as PrefetchMessage;
      this.seen++;
      if ('done' in msg) this.done.add(msg.file);
      else this.sheets.set(`${msg.file}\n${msg.sheet}`, msg.rows);
    }
  }

  /** The rows of a planned sheet (each handed out once), or undefined: the caller parses it itself. */
  take(file: string, sheet: string): Cell[][] | undefined {
    if (!this.planned.has(file)) return undefined;
    const key = `${file}\n${sheet}`;
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      this.drain();
      const rows = this.sheets.get(key);
      if (rows) {
        this.sheets.delete(key);
        return rows;
      }
      if (this.done.has(file) || Date.now() > deadline) return undefined;
      Atomics.wait(this.signal, 0, this.seen, 200);
    }
  }

  /** Stops the worker and drops what nobody took. */
  close(): void {
    this.port.close();
    void this.worker.terminate();
    this.sheets.clear();
    this.planned.clear();
  }
}

let active: XlsxPrefetch | null = null;

/** The read-ahead the import has started (one per process at a time), or null. */
export const activePrefetch = (): XlsxPrefetch | null => active;

/** Starts reading `files` ahead for this process's import; returns the function that stops it. */
export function startPrefetch(files: readonly string[]): () => void {
  if (files.length === 0 || active) return () => {};
  const p = new XlsxPrefetch(files);
  active = p;
  return () => {
    if (active === p) active = null;
    p.close();
  };
}
