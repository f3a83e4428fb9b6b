/** Release discovery helpers and the fast TSV reader. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CareerdiffError } from '../../errors.js';
import { compareVersions, parseReadMe } from './release.js';
import { readDelimitedText } from '../readers/delimited.js';

const parseTsv = (text: string, label: string, required: string[]) =>
  readDelimitedText(text, { delimiter: '\t', quoted: false, required, label });

describe('parseReadMe', () => {
  it('reads the version and date of a release', () => {
    assert.deepEqual(parseReadMe('O*NET 30.1 Database\r\nDecember 2025 Release\r\n---\r\n', 'r'), {
      version: '30.1',
      period: 'December 2025',
    });
    assert.deepEqual(parseReadMe('O*NET 29.0 Database\nsee the web site\n', 'r'), { version: '29.0', period: null });
  });

  it('fails on a Read Me that names no release', () => {
    assert.throws(
      () => parseReadMe('hello', 'x/Read Me.txt'),
      (e: unknown) => {
        assert.ok(e instanceof CareerdiffError);
        assert.equal(e.where.file, 'x/Read Me.txt');
        return true;
      },
    );
  });
});

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    assert.ok(compareVersions('30.1', '29.0') > 0);
    assert.ok(compareVersions('29.10', '29.9') > 0);
    assert.equal(compareVersions('30.1', '30.1'), 0);
  });
});

describe('parseTsv', () => {
  it('splits CRLF or LF lines on tabs, keeping the line numbers and skipping blank lines', () => {
    const t = parseTsv('A\tB\r\n1\tx y\r\n\r\n2\t\r\n', 'f', ['A', 'B']);
    assert.deepEqual(
      t.rows.map((r) => [r.line, r.int('A'), r.optStr('B')]),
      [
        [2, 1, 'x y'],
        [4, 2, null],
      ],
    );
  });

  it('fails on a row with another number of fields', () => {
    assert.throws(
      () => parseTsv('A\tB\n1\t2\n3\n', 'f', ['A']),
      (e: unknown) => {
        assert.ok(e instanceof CareerdiffError);
        assert.equal(e.where.line, 3);
        assert.match(e.message, /row has 1 fields where the header has 2/);
        return true;
      },
    );
  });
});
