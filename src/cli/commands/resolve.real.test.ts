/**
 * careerdiff resolve on the real store, in-process (issue 12 rows and issue 13): gibberish is no match (exit 4
 * with suggestions); --batch stays 1:1 with "\n" lines (a bare "\r" is no break), cuts a huge line, writes CSV
 * and leaves rows under --min-confidence uncoded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsRealData, realStorePath } from '../../testkit/real-store.js';
import { runCli } from '../../testkit/cli.js';

const skip = needsRealData();

const run = runCli;

describe('careerdiff resolve', { skip }, () => {
  const db = skip ? '' : realStorePath();

  it('gibberish is no match: exit 4 with suggestions, no candidates', async () => {
    const r = await run(['resolve', 'xqzvw plorbt', '--db', db]);
    assert.equal(r.code, 4);
    assert.match(r.err, /no O\*NET title matches "xqzvw plorbt".*did you mean/s);
    assert.equal(r.out, '');
  });

  it('--batch: one row per "\\n" line, in order; a 10 MB line is answered shortened', async () => {
    const r = await run(['resolve', '--batch', '--db', db], `nurse\rchef\nteacher\n${'x'.repeat(10_000_000)}\n`);
    assert.equal(r.code, 0);
    const rows = r.out.trim().split('\n');
    assert.equal(rows.length, 3);
    const [a, b, c] = rows.map((l) => JSON.parse(l));
    assert.deepEqual([a.line, a.query, b.line, b.query], [1, 'nurse\rchef', 2, 'teacher']);
    assert.ok(rows[2]!.length < 2000, `${rows[2]!.length} characters`);
    assert.equal(c.status, 'error');
    assert.match(c.query, /10000000 characters/);
  });

  it('--batch CSV with a header: CSV out, --min-confidence leaves low rows uncoded and says so', async () => {
    const input = 'id,title,industry\n1,Registered Nurse,62\n2,Attendant,\n';
    const r = await run(['resolve', '--batch', '--format', 'csv', '--min-confidence', '0.8', '--db', db], input);
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[0], 'line,id,query,code,soc,title,confidence,status,alternatives,note');
    assert.match(lines[1]!, /^2,1,Registered Nurse,29-1141\.00,29-1141,Registered Nurses,0\.\d+,coded,/);
    assert.match(lines[2]!, /^3,2,Attendant,,,,0\.\d+,below-min-confidence,.*not coded: confidence/);
  });

  it('bad options are usage errors', async () => {
    assert.equal((await run(['resolve', '--batch', '--format', 'xml', '--db', db])).code, 2);
    assert.equal((await run(['resolve', '--batch', '--min-confidence', '2', '--db', db])).code, 2);
    assert.equal((await run(['resolve', 'nurse', '--format', 'csv', '--db', db])).code, 2);
  });
});
