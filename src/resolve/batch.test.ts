/** Batch coding: line splitting (\n only, \r stripped, long lines cut), CSV/TSV with context, output formats. */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { CareerdiffError } from '../errors.js';
import { batch } from '../cli/commands/resolve.js';
import { codeRow, csvCell, detectInput, formatRow, LineSplitter } from './batch.js';
import { readBatch } from './batch-read.js';
import { batchContext, batchResolver } from '../testkit/batch-titles.js';

const r = batchResolver();
const context = batchContext();

async function* from(...chunks: string[]) {
  yield* chunks;
}
async function rows(...chunks: string[]) {
  return rowsAs('auto', ...chunks);
}
async function rowsAs(kind: 'auto' | 'csv', ...chunks: string[]) {
  const out = [];
  for await (const row of readBatch(from(...chunks), kind)) out.push(row);
  return out;
}

test('lines split on \\n only: a bare \\r is no break, a trailing \\r is stripped, the last line counts', async () => {
  const got = await rows('nurse\rchef\r\nteach', 'er\n', 'chef');
  assert.deepEqual(
    got.map((x) => [x.line, x.title]),
    [
      [1, 'nurse\rchef'],
      [2, 'teacher'],
      [3, 'chef'],
    ],
  );
});

test('a 5 MB line is kept short while reading and echoed back shortened', async () => {
  const split = new LineSplitter(100);
  const big = 'a'.repeat(5_000_000);
  const lines = [...split.push(big.slice(0, 2_000_000)), ...split.push(`${big.slice(2_000_000)}\nnurse\n`)];
  assert.deepEqual(
    lines.map((l) => [l.text.length, l.length]),
    [
      [100, 5_000_000],
      [5, 5],
    ],
  );
  const row = codeRow(r, { line: 1, title: lines[0]!.text, titleLength: 5_000_000 }, { limit: 3, minConfidence: 0 });
  assert.equal(row.status, 'error');
  assert.ok(row.query.length < 300, row.query);
  assert.match(row.query, /5000000 characters/);
  assert.match(row.error!, /line 1: the title is longer than 200 characters/);
});

test('CLI batch: printf "nurse\\rchef\\nteacher\\n" gives one row per line, in order', async () => {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (d) => {
    text += d;
  });
  stdin.end('nurse\rchef\nteacher\n');
  await batch((row) => codeRow(r, row, { limit: 2, minConfidence: 0 }), 'jsonl', 'auto', {
    stdin,
    stdout,
    stderr: new PassThrough(),
  });
  const out = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(out.length, 2);
  assert.deepEqual(
    out.map((o) => [o.line, o.query]),
    [
      [1, 'nurse\rchef'],
      [2, 'teacher'],
    ],
  );
  assert.equal(out[1].code, '25-2021.00');
});

test('CSV/TSV input is detected from a header with a title column', () => {
  assert.equal(detectInput('title,industry,description'), 'csv');
  assert.equal(detectInput('id\tJob Title'), 'tsv');
  assert.equal(detectInput('Cook, Chief'), 'lines');
  assert.equal(detectInput('title'), 'lines');
});

test('CSV rows carry context, ids and per-row errors with line numbers', async () => {
  const got = await rows('id,title,description\n7,"Cook, Chief",\n8,Grinder,grind meat for the kitchen\n9,x,y,z\n');
  assert.deepEqual(
    got.map((x) => [x.line, x.id, x.title, x.description ?? null, x.error ?? null]),
    [
      [2, '7', 'Cook, Chief', null, null],
      [3, '8', 'Grinder', 'grind meat for the kitchen', null],
      [4, '9', 'x', 'y', 'line 4: 4 fields where the header has 3'],
    ],
  );
});

test('a header without a title column and an unclosed quote are errors naming the line', async () => {
  await assert.rejects(rowsAs('csv', 'name,industry\nnurse,62\n'), /line 1: the header has no "title" column/);
  await assert.rejects(
    rowsAs('csv', 'title,x\n"unclosed,1\nfoo,2\n'),
    (e: CareerdiffError) => e.kind === 'data' && e.where.line === 3,
  );
});

test('context breaks a tie between two readings of an ambiguous title', () => {
  const metal = codeRow(
    r,
    { line: 1, title: 'Grinder', description: 'grind metal parts' },
    { limit: 3, minConfidence: 0, context },
  );
  const food = codeRow(
    r,
    { line: 2, title: 'Grinder', description: 'grind meat in the kitchen' },
    { limit: 3, minConfidence: 0, context },
  );
  assert.equal(metal.code, '51-4033.00');
  assert.equal(food.code, '35-2021.00');
  assert.equal(food.contextUsed, true);
  const industry = codeRow(
    r,
    { line: 3, title: 'Grinder', industry: '722511' },
    { limit: 3, minConfidence: 0, context },
  );
  assert.equal(industry.contextUsed, true);
});

test('--min-confidence: a row below it gets no code and says why', () => {
  const row = codeRow(r, { line: 1, title: 'nurse' }, { limit: 3, minConfidence: 1.01 });
  assert.equal(row.code, null);
  assert.equal(row.status, 'below-min-confidence');
  assert.match(row.note!, /below --min-confidence 1.01/);
  assert.equal(row.candidates[0]?.code, '29-1141.00');
  const ok = codeRow(r, { line: 1, title: 'nurse' }, { limit: 3, minConfidence: 0 });
  assert.equal(ok.code, '29-1141.00');
  assert.ok(ok.confidence > 0 && ok.confidence <= 1);
});

test('CSV output: quoted cells, spreadsheet formulas defused, one row per input', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  const line = formatRow(codeRow(r, { line: 4, title: 'Chef' }, { limit: 2, minConfidence: 0 }), 'csv');
  assert.match(line, /^4,,Chef,35-1011\.00,35-1011,Chefs and Head Cooks,[0-9.]+,coded,/);
});
