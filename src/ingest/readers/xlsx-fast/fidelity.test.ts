/**
 * Fidelity of the fast reader on the real data: every sheet of every .xlsx file below the data folder
 * (CAREERDIFF_DATA or DEFAULTS.dataDir; src/testkit/real-store.ts) is read by the fast reader and by SheetJS as the import used to read
 * it (XLSX.read, then sheet_to_json with header: 1, raw: true, defval: null, blankrows: true).
 *
 * Equal means: the same sheet names in the same order, and at every cell address (row r, column c, counted from
 * A1) the same value, compared with === (numbers by value, strings by content, booleans), where a cell that one
 * side has no entry for counts as null. So trailing nulls may differ: SheetJS pads rows to the sheet's
 * <dimension> and gives [] for a row without cells; the fast reader pads to the last column that has a value.
 * SheetJS's rows start at the top-left of <dimension>; they are shifted back to A1 before comparing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import XLSX from 'xlsx';
import { needsRealData, realDataDir } from '../../../testkit/real-store.js';
import { XlsxWorkbook } from './workbook.js';

function xlsxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
}

const skip = needsRealData();
const files = xlsxFiles(realDataDir());

describe('fast reader = SheetJS on the real workbooks', { skip }, () => {
  for (const file of files) {
    it(path.relative(realDataDir(), file), () => {
      const buf = fs.readFileSync(file);
      const fast = new XlsxWorkbook(buf);
      const book = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: false, cellHTML: false, cellText: false });
      assert.deepEqual(fast.sheetNames, book.SheetNames);
      for (const name of book.SheetNames) {
        const ws = book.Sheets[name]!;
        const theirs = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
        const start = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s : { r: 0, c: 0 };
        const mine = fast.rows(name);
        const height = Math.max(mine.length, theirs.length + start.r);
        let cells = 0;
        for (let r = 0; r < height; r++) {
          const a = mine[r] ?? [];
          const b = theirs[r - start.r] ?? [];
          const width = Math.max(a.length, b.length + start.c);
          for (let c = 0; c < width; c++, cells++) {
            const x = a[c] ?? null;
            const y = b[c - start.c] ?? null;
            if (x !== y)
              assert.fail(`${name}!R${r + 1}C${c + 1}: fast ${JSON.stringify(x)}, SheetJS ${JSON.stringify(y)}`);
          }
        }
        if (theirs.length > 0) assert.ok(cells > 0, `${name}: no cells compared`);
      }
    });
  }
});
