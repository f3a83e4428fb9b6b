/**
 * Career-move figures on the real store say whose they are: an O*NET specialisation (not .00) or an occupation
 * BLS publishes only within a broader group gets that code's OEWS pay and EP outlook, and the moves page, the route
 * page, the line-up and `careerdiff moves` name the BLS occupation beside the figure (Anesthesiologist Assistants,
 * 29-1071.01, were shown Physician Assistants' $135,880 and +20.4% as their own).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../cli/main.js';
import { createEngine } from '../engine/engine.js';
import { useRealStore } from '../testkit/real-store.js';
import { createApp } from './app.js';

const real = useRealStore();
const { skip } = real;

describe('moves figures name their BLS occupation', { skip, timeout: 120_000 }, () => {
  it('on the moves page, the route page, the line-up and the CLI', async () => {
    const { app } = createApp({ engine: createEngine(real.db()) });
    const text = async (url: string) => {
      const res = await app.request(url);
      assert.equal(res.status, 200, url);
      return (await res.text()).replace(/<[^>]+>/g, '');
    };
    const moves = await text('/occupation/registered-nurses/moves');
    assert.match(moves, /\$135,880 a year \(BLS figures for Physician Assistants, 29-1071\)/);
    assert.match(moves, /\+20\.4% by 2034, 12,000 openings a year \(BLS figures for Physician assistants, 29-1071\)/);
    // A .00 occupation with its own SOC figures gets no note.
    assert.doesNotMatch(moves, /\$82,280 a year \(BLS figures/);
    // The origin's own figures, for a specialisation: said as the SOC code's.
    const origin = await text('/occupation/critical-care-nurses/moves');
    assert.match(origin, /\$97,550 a year \(BLS figures for Registered Nurses, 29-1141\)/);
    const route = await text('/occupation/licensed-practical-and-licensed-vocational-nurses/moves/nurse-practitioners');
    assert.doesNotMatch(route, /Critical Care Nurses[^#]*?\$97,550 a year ·/);
    const lineup = await text('/compare/registered-nurses-vs-critical-care-nurses-vs-nurse-practitioners');
    assert.match(lineup, /\$97,550 a year \(BLS figures for Registered Nurses, 29-1141\)/);
    let out = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => {} }, isTTY: false };
    assert.equal(await main(['moves', '29-1141.00', '--limit', '8', '--db', real.file()], io as never), 0);
    assert.match(out, /pay \$135,880 a year \[BLS figures for Physician Assistants, 29-1071\]/);
  });
});
