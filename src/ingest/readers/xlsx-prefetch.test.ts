/**
 * The Excel read-ahead (xlsx-prefetch.ts): a planned sheet comes from the worker with the values the reader
 * gives on this thread, once; a sheet asked for again, a file not planned and a workbook the worker cannot read
 * are left to the importing thread (sheetRows then reads them itself, with its own errors).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../testkit/temp-dir.js';
import { sheetjsXlsx } from './xlsx-fast/testkit.js';
import { openWorkbook, sheetRows } from './xlsx.js';
import { activePrefetch, startPrefetch, XlsxPrefetch } from './xlsx-prefetch.js';

const dir = tempDir('cd-prefetch-');
const first = path.join(dir, 'first.xlsx');
const second = path.join(dir, 'second.xlsx');
const broken = path.join(dir, 'broken.xlsx');
fs.writeFileSync(
  first,
  sheetjsXlsx([
    [
      'Data',
      [
        ['Code', 'Title', 'Value', 'Flag'],
        ['11-1011', 'Chief Executives', 1.5, true],
        ['11-1021', null, -0.25, false],
        [],
        ['13-2011', 'Accountants, "and" Auditors', 1e21, null],
      ],
    ],
    ['Notes', [['Footnote 1'], [null, null, 'far cell']], 'B3'],
  ]),
);
fs.writeFileSync(
  second,
  sheetjsXlsx(
    [
      [
        'Only',
        [
          ['a', 1],
          ['b', 2],
        ],
      ],
    ],
    false,
  ),
);
fs.writeFileSync(broken, 'not a zip at all');

describe('Excel read-ahead', () => {
  const p = new XlsxPrefetch([first, broken, second]);
  after(() => p.close());

  it('hands out each planned sheet once, equal to what this thread reads', () => {
    for (const file of [first, second]) {
      const wb = openWorkbook(file);
      for (const sheet of wb.sheetNames) {
        const ahead = p.take(file, sheet);
        assert.ok(ahead, `${path.basename(file)} [${sheet}] came from the worker`);
        assert.deepStrictEqual(ahead, wb.fast.rows(sheet));
        assert.equal(p.take(file, sheet), undefined, 'a second time it is read here');
      }
    }
  });

  it('leaves a file not planned and a workbook the worker cannot read to this thread', () => {
    assert.equal(p.take(path.join(dir, 'other.xlsx'), 'Data'), undefined);
    assert.equal(p.take(broken, 'Sheet1'), undefined);
  });

  it('sheetRows takes from the import read-ahead while it runs, with the same rows', () => {
    const wb = openWorkbook(first);
    const local = wb.fast.rows('Data');
    const stop = startPrefetch([first]);
    try {
      assert.ok(activePrefetch());
      assert.deepStrictEqual(sheetRows(wb, 'Data'), local);
      assert.deepStrictEqual(sheetRows(wb, 'Data', 2), wb.fast.rows('Data', 2));
    } finally {
      stop();
    }
    assert.equal(activePrefetch(), null);
    assert.deepStrictEqual(sheetRows(wb, 'Data'), local);
  });
});
