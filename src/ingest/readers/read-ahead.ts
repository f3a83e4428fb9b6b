/**
 * Data files parsed ahead on another thread while the import does other work: the import names the files its
 * ingesters will read (Ingester.readAhead), in the order they read them; a worker thread (read-ahead-thread.ts)
 * parses each with the import's own readers — every sheet of an Excel workbook (xlsx-fast), a quoted CSV
 * (readDelimited, csv-parse: the slow reader) — and posts the result. sheetRows (xlsx.ts) and readDelimited
 * take a file from here when it is planned, waiting for it if the worker has not got there yet, and read it
 * themselves otherwise (a file not planned, a sheet with a row limit or asked for twice, other reading options,
 * or a file the worker could not read: the error then comes from the importing thread, as without read-ahead).
 * What they take is what they would have read (read-ahead.test.ts; every table of the real store unchanged).
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Cell } from './table.js';

/** A file to read ahead: a workbook (.xlsx) or a quoted delimited file. */
interface AheadFile {
  /** Absolute path, as the ingester will pass it to the reader. */
  file: string;
  /** For a delimited file: its delimiter (it is read as quoted, with no required columns). */
  delimiter?: '\t' | ',' | ';';
}

/**
 * A delimited file's records as the worker posts them: the header, and every data row's cells joined by NUL
 * (one string to copy instead of one per cell; a file holding NUL is left to the importing thread), each row
 * as long as the header, with its line number.
 */
export interface DelimitedRecords {
  header: string[];
  joined: string;
  lines: Int32Array;
}

/** What the worker posts: a sheet's rows, a delimited file's records, or a file finished (failed or not). */
export type AheadMessage =
  | { file: string; sheet: string; rows: Cell[][] }
  | { file: string; delimiter: string; records: DelimitedRecords }
  | { file: string; done: true; error?: string };

export interface AheadThreadData {
  files: AheadFile[];
  port: MessagePort;
  /** [0]: messages posted so far. */
  signal: Int32Array;
}

/** How long the importing thread waits for one planned file before it reads the file itself. */
const WAIT_MS = 120_000;

export class ReadAhead {
  private readonly planned = new Map<string, AheadFile>();
  private readonly done = new Set<string>();
  private readonly results = new Map<string, Cell[][] | DelimitedRecords>();
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;
  private seen = 0;

  /** Starts reading `files` in this order. */
  constructor(files: readonly AheadFile[]) {
    for (const f of files) if (!this.planned.has(f.file)) this.planned.set(f.file, f);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: AheadThreadData = { files: [...this.planned.values()], port: port2, signal: this.signal };
    this.worker = new Worker(new URL('./read-ahead-thread.js', import.meta.url), {
      workerData: data,
      transferList: [port2],
    });
    this.worker.unref();
  }

  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const msg = m.message as AheadMessage;
      this.seen++;
      if ('done' in msg) this.done.add(msg.file);
      else if ('sheet' in msg) this.results.set(`${msg.file}\n${msg.sheet}`, msg.rows);
      else this.results.set(`${msg.file}\n`, msg.records);
    }
  }

  /** The result under `key` of a planned file (handed out once), waiting for the worker; undefined if none. */
  private take<T>(file: string, key: string): T | undefined {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      this.drain();
      const r = this.results.get(key);
      if (r) {
        this.results.delete(key);
        return r as T;
      }
      if (this.done.has(file) || Date.now() > deadline) return undefined;
      Atomics.wait(this.signal, 0, this.seen, 200);
    }
  }

  /** A planned workbook's sheet, all rows, or undefined: the caller reads it itself. */
  sheet(file: string, sheet: string): Cell[][] | undefined {
    const f = this.planned.get(file);
    if (!f || f.delimiter !== undefined) return undefined;
    return this.take<Cell[][]>(file, `${file}\n${sheet}`);
  }

  /** A planned delimited file's records when it is read with the planned options, or undefined. */
  delimited(file: string, delimiter: string, quoted: boolean): DelimitedRecords | undefined {
    const f = this.planned.get(file);
    if (!f || f.delimiter !== delimiter || !quoted) return undefined;
    return this.take<DelimitedRecords>(file, `${file}\n`);
  }

  /** Stops the worker and drops what nobody took. */
  close(): void {
    this.port.close();
    void this.worker.terminate();
    this.results.clear();
    this.planned.clear();
  }
}

let active: ReadAhead | null = null;

/** The read-ahead the import has started (one per process at a time), or null. */
export const activeReadAhead = (): ReadAhead | null => active;

/** Starts reading `files` ahead for this process's import; returns the function that stops it. */
export function startReadAhead(files: readonly AheadFile[]): () => void {
  if (files.length === 0 || active) return () => {};
  const p = new ReadAhead(files);
  active = p;
  return () => {
    if (active === p) active = null;
    p.close();
  };
}
