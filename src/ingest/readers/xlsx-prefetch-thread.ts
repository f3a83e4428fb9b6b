/**
 * The worker of the Excel read-ahead (xlsx-prefetch.ts): parses every sheet of each planned workbook, in order,
 * with the import's own reader, posting each sheet's rows, then the workbook done (with the error, if one
 * stopped it), and counting each message on the shared signal so the importing thread wakes.
 */
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import type { PrefetchMessage, PrefetchThreadData } from './xlsx-prefetch.js';
import { XlsxWorkbook } from './xlsx-fast/workbook.js';

const d = workerData as PrefetchThreadData;
const post = (m: PrefetchMessage) => {
  d.port.postMessage(m);
  Atomics.add(d.signal, 0, 1);
  Atomics.notify(d.signal, 0);
};
for (const file of d.files) {
  try {
    const wb = new XlsxWorkbook(fs.readFileSync(file));
    for (const sheet of wb.sheetNames) post({ file, sheet, rows: wb.rows(sheet) });
    post({ file, done: true });
  } catch (err) {
    post({ file, done: true, error: String(err) });
  }
}
