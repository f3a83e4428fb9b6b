/**
 * `careerdiff show` credits each rating to where it comes from, on the real store: skill levels from the
 * third-party O*NET 30.1 extract (levels only) and importance from O*NET's own rating files, never both to the
 * extract ("Top skills (importance 1–5, level 0–7, O*NET 30.1 derived)" credited 29.0's importance to it).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRealStore } from '../testkit/real-store.js';
import { main } from './main.js';

const real = useRealStore();

describe('show: rating sources', { skip: real.skip, timeout: 120_000 }, () => {
  it('says where importance and level come from', async () => {
    let out = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => {} }, isTTY: false };
    assert.equal(await main(['show', '25-2012.00', '--db', real.file()], io as never), 0);
    assert.match(
      out,
      /Top skills \(importance 1–5 from O\*NET's rating files; level 0–7 from the O\*NET 30\.1 derived extract where it has one\)/,
    );
    // Skills.xlsx (29.0): Social Perceptiveness IM 4.12; the 30.1 extract: LV 4.0.
    assert.match(out, /4\.12 {2}4\.00 {2}Social Perceptiveness/);
    assert.match(out, /Top knowledge \(importance 1–5, level 0–7, O\*NET 29\.0\)/);
  });
});
