import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CareerdiffError } from '../../errors.js';
import { readDelimited, readDelimitedText } from './delimited.js';

const opts = { delimiter: '\t' as const, quoted: false, required: ['Code', 'Value'], label: 'f.txt' };

function fails(fn: () => unknown, line: number | undefined, re: RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof CareerdiffError, String(e));
    assert.equal(e.kind, 'data');
    assert.equal(e.where.file, 'f.txt');
    assert.equal(e.where.line, line);
    assert.match(e.message, re);
    return true;
  });
}

test('reads rows by header name with their line numbers (CRLF)', () => {
  const t = readDelimitedText('Code\tValue\r\n11-1011.00\t4.5\r\n\r\n27-2012.00\tn/a\r\n', opts);
  assert.equal(t.rows.length, 2);
  assert.equal(t.rows[0]!.str('code'), '11-1011.00');
  assert.equal(t.rows[0]!.num('Value'), 4.5);
  assert.equal(t.rows[1]!.line, 4);
  assert.equal(t.rows[1]!.optNum('Value'), null);
});

test('keeps quotes literally when the format does not quote', () => {
  const t = readDelimitedText('Code\tValue\n"x" y\t1\n', opts);
  assert.equal(t.rows[0]!.str('Code'), '"x" y');
});

test('a wrong header names the missing column', () => {
  fails(() => readDelimitedText('Code\tValu\n1\t2\n', opts), 1, /missing column "Value"/);
});

test('a truncated row names its line', () => {
  fails(() => readDelimitedText('Code\tValue\na\t1\nb\n', opts), 3, /fields/);
});

test('a non-numeric value names line and column', () => {
  const t = readDelimitedText('Code\tValue\na\t1\nb\tabc\n', opts);
  assert.throws(
    () => t.rows[1]!.num('Value'),
    (e: unknown) =>
      e instanceof CareerdiffError &&
      e.where.line === 3 &&
      e.where.column === 'Value' &&
      /not a number/.test(e.message),
  );
});

test('empty files and header-only files are errors', () => {
  fails(() => readDelimitedText('', opts), 1, /empty/);
  fails(() => readDelimitedText('Code\tValue\r\n', opts), 2, /no data rows/);
});

test('mis-encoded bytes are reported with their line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-delim-'));
  const f = path.join(dir, 'latin1.txt');
  fs.writeFileSync(
    f,
    Buffer.concat([Buffer.from('Code\tValue\na\t1\nCaf'), Buffer.from([0xe9]), Buffer.from('\t2\n')]),
  );
  fails(() => readDelimited(f, { ...opts }), 3, /not valid UTF-8/);
  fs.writeFileSync(f, '');
  fails(() => readDelimited(f, opts), 1, /empty/);
  fs.rmSync(dir, { recursive: true });
});
