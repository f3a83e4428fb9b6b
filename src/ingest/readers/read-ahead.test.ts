/**
 * The read-ahead (read-ahead.ts): a planned workbook sheet or quoted CSV comes from the worker with what the
 * reader gives on this thread, once; a sheet asked for again, a file not planned, other options and a file the
 * worker cannot read are left to the importing thread, which then reads them itself, with its own errors.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../testkit/temp-dir.js';
import { readDelimited } from './delimited.js';
import { activeReadAhead, ReadAhead, startReadAhead } from './read-ahead.js';
import type { Table } from './table.js';
import { sheetjsXlsx } from './xlsx-fast/testkit.js';
import { openWorkbook, sheetRows } from './xlsx.js';

const dir = tempDir('cd-read-ahead-');
const first = path.join(dir, 'first.xlsx');
const second = path.join(dir, 'second.xlsx');
const broken = path.join(dir, 'broken.xlsx');
const csv = path.join(dir, 'values.csv');
const badCsv = path.join(dir, 'bad.csv');
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
fs.writeFileSync(
  csv,
  '\ufeffonet_code,name,value\r\n11-1011.00,"Law, Government",3.5\r\n\r\n11-1021.00,"a ""quoted""\nline",\r\n11-1031.00,,-1\r\n',
);
fs.writeFileSync(badCsv, 'onet_code,name,value\n11-1011.00,"x",1\n11-1021.00,"y"\n');

/** A table as plain data: header, and each row's line and cells. */
const plain = (t: Table) => ({ label: t.label, header: t.header, rows: t.rows.map((r) => [r.line, r.cells]) });
const opts = { delimiter: ',' as const, quoted: true, required: ['onet_code', 'value'], label: 'values.csv' };

describe('read-ahead', () => {
  const p = new ReadAhead([
    { file: first },
    { file: broken },
    { file: csv, delimiter: ',' },
    { file: badCsv, delimiter: ',' },
    { file: second },
  ]);
  after(() => p.close());

  it('hands out each planned sheet once, equal to what this thread reads', () => {
    for (const file of [first, second]) {
      const wb = openWorkbook(file);
      for (const sheet of wb.sheetNames) {
        const ahead = p.sheet(file, sheet);
        assert.ok(ahead, `${path.basename(file)} [${sheet}] came from the worker`);
        assert.deepStrictEqual(ahead, wb.fast.rows(sheet));
        assert.equal(p.sheet(file, sheet), undefined, 'a second time it is read here');
      }
    }
  });

  it('hands out a planned CSV once, only for the planned options', () => {
    assert.equal(p.delimited(csv, ';', true), undefined);
    assert.equal(p.delimited(csv, ',', false), undefined);
    const r = p.delimited(csv, ',', true);
    assert.ok(r);
    assert.deepEqual(r.header, ['onet_code', 'name', 'value']);
    assert.deepEqual([...r.lines], [2, 5, 6]); // csv-parse numbers a record by the line it ends on
    assert.equal(p.delimited(csv, ',', true), undefined);
  });

  it('leaves a file not planned and a file the worker cannot read to this thread', () => {
    assert.equal(p.sheet(path.join(dir, 'other.xlsx'), 'Data'), undefined);
    assert.equal(p.sheet(broken, 'Sheet1'), undefined);
    assert.equal(p.sheet(csv, 'Sheet1'), undefined);
    assert.equal(p.delimited(badCsv, ',', true), undefined);
  });

  it('sheetRows and readDelimited take from the import read-ahead while it runs, with the same result', () => {
    const wb = openWorkbook(first);
    const local = wb.fast.rows('Data');
    const localCsv = plain(readDelimited(csv, opts));
    const badError = (() => {
      try {
        readDelimited(badCsv, opts);
      } catch (err) {
        return (err as Error).message;
      }
    })();
    assert.match(badError ?? '', /bad\.csv|line|field/i);
    const stop = startReadAhead([{ file: first }, { file: csv, delimiter: ',' }, { file: badCsv, delimiter: ',' }]);
    try {
      assert.ok(activeReadAhead());
      assert.deepStrictEqual(sheetRows(wb, 'Data'), local);
      assert.deepStrictEqual(sheetRows(wb, 'Data', 2), wb.fast.rows('Data', 2));
      assert.deepStrictEqual(plain(readDelimited(csv, opts)), localCsv);
      assert.throws(() => readDelimited(badCsv, opts), { message: badError });
    } finally {
      stop();
    }
    assert.equal(activeReadAhead(), null);
    assert.deepStrictEqual(sheetRows(wb, 'Data'), local);
  });

  it('a planned CSV without a required column fails as when read here', () => {
    const want = { ...opts, required: ['onet_code', 'missing column'] };
    assert.throws(() => readDelimited(csv, want), /missing column/);
    const stop = startReadAhead([{ file: csv, delimiter: ',' }]);
    try {
      assert.throws(() => readDelimited(csv, want), /missing column/);
    } finally {
      stop();
    }
  });
});
