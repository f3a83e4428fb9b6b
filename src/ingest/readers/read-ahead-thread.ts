/**
 * The worker of the read-ahead (read-ahead.ts): reads each planned file in order with the import's own readers
 * — every sheet of a workbook, or a quoted delimited file without required columns — posting the result, then
 * the file done (with the error, if one stopped it), counting each message on the shared signal so the
 * importing thread wakes.
 */
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import { readDelimited } from './delimited.js';
import type { AheadMessage, AheadThreadData } from './read-ahead.js';
import { XlsxWorkbook } from './xlsx-fast/workbook.js';

const d = workerData as AheadThreadData;
const post = (m: AheadMessage) => {
  d.port.postMessage(m);
  Atomics.add(d.signal, 0, 1);
  Atomics.notify(d.signal, 0);
};
for (const { file, delimiter } of d.files) {
  try {
    if (delimiter === undefined) {
      const wb = new XlsxWorkbook(fs.readFileSync(file));
      for (const sheet of wb.sheetNames) post({ file, sheet, rows: wb.rows(sheet) });
    } else {
      const table = readDelimited(file, { delimiter, quoted: true, required: [], label: file });
      const cells: string[] = [];
      const lines = new Int32Array(table.rows.length);
      table.rows.forEach((row, i) => {
        if (row.cells.length !== table.header.length) throw new Error(`line ${row.line}: not as wide as the header`);
        lines[i] = row.line;
        for (const c of row.cells) cells.push(c as string);
      });
      const joined = cells.join('\0');
      // NUL inside a cell would split wrongly; such a file (none is known) is read by the importing thread.
      if (cells.some((c) => c.includes('\0'))) throw new Error('a cell holds NUL');
      post({ file, delimiter, records: { header: [...table.header], joined, lines } });
    }
    post({ file, done: true });
  } catch (err) {
    post({ file, done: true, error: String(err) });
  }
}
