/** POST /api/code (batch coding), in-process over a small resolver: formats, context, limits, errors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeText } from '../resolve/batch-read.js';
import { batchContext, batchResolver } from '../testkit/batch-titles.js';
import { fakeEngine } from './fake-engine.js';
import { testApp } from './testing.js';

const resolver = batchResolver();
const context = batchContext();
const { app } = testApp({
  engine: { ...fakeEngine(), codeBatch: (text, kind, o) => codeText(resolver, text, kind, { ...o, context }) },
});
const post = (url: string, body: string, type = 'text/plain') =>
  app.request(url, { method: 'POST', body, headers: { 'Content-Type': type } });

describe('POST /api/code', () => {
  it('codes one title per line, one row per line, in order (a bare \\r is no break)', async () => {
    const res = await post('/api/code', 'nurse\rchef\nchef\n\nnurse');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const { rows } = (await res.json()) as { rows: { line: number; code: string | null; status: string }[] };
    assert.deepEqual(
      rows.map((r) => [r.line, r.code, r.status]),
      [
        [1, rows[0]!.code, rows[0]!.status],
        [2, '35-1011.00', 'coded'],
        [3, null, 'empty'],
        [4, '29-1141.00', 'coded'],
      ],
    );
  });
  it('CSV with context breaks a tie, answers CSV, and leaves low confidence uncoded', async () => {
    const body = 'title,description\nGrinder,grind meat in the kitchen\nGrinder,grind metal parts\n';
    const res = await post('/api/code?format=csv', body, 'text/csv');
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    const lines = (await res.text()).trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^2,,Grinder,35-2021\.00,/);
    assert.match(lines[2]!, /^3,,Grinder,51-4033\.00,/);
    const strict = await post(
      '/api/code?format=jsonl&minConfidence=1',
      'title\tid\nnurse\tA1\n',
      'text/tab-separated-values',
    );
    const row = JSON.parse((await strict.text()).trim());
    assert.equal(row.id, 'A1');
    assert.equal(row.code, null);
    assert.equal(row.status, 'below-min-confidence');
  });
  it('400s bad parameters, bad content types and malformed CSV (with the line); GET is no route', async () => {
    for (const [url, body, type] of [
      ['/api/code?format=xml', 'nurse', 'text/plain'],
      ['/api/code?minConfidence=2', 'nurse', 'text/plain'],
      ['/api/code', '{"a":1}', 'application/json'],
      ['/api/code', 'title,x\n"open,1\n', 'text/csv'],
      ['/api/code', 'name,x\nnurse,1\n', 'text/csv'],
    ] as const) {
      const res = await post(url, body, type);
      assert.equal(res.status, 400, url);
      const j = (await res.json()) as { error: { message: string } };
      if (body.includes('"open')) assert.match(j.error.message, /^line 2:/);
    }
    assert.notEqual((await app.request('/api/code')).status, 200);
  });
  it('refuses a body over the size limit', async () => {
    const res = await post('/api/code', 'nurse\n'.repeat(400_000));
    assert.equal(res.status, 400);
  });
});
