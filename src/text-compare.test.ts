/**
 * compareText (src/text-compare.ts) orders as Intl.Collator('en-US') does: every pair of printable ASCII
 * characters, short strings over an alphabet of letters in both cases, digits, punctuation, spaces, accented and
 * control characters, and names and ids of the kind the store sorts (skills, DWA ids, codes).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareText } from './text-compare.js';
import { rng } from './testkit/rng.js';

const collator = new Intl.Collator('en-US');
const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  it('orders every pair of printable ASCII characters as the en-US collator', () => {
    const chars: string[] = [];
    for (let c = 32; c < 127; c++) chars.push(String.fromCharCode(c));
    for (const x of chars)
      for (const y of chars) {
        assert.equal(sign(compareText(x, y)), sign(collator.compare(x, y)), `${x} ${y}`);
        assert.equal(
          sign(compareText(`ab${x}c`, `ab${y}`)),
          sign(collator.compare(`ab${x}c`, `ab${y}`)),
          `ab${x}c ab${y}`,
        );
      }
  });

  it('orders random strings and real-looking names as the en-US collator', () => {
    const alphabet = "aAbBzZ09 -.,()/&'_é\u00e9\u0301\tßÅ\u0000xX";
    const r = rng(7);
    const word = () => {
      let s = '';
      const n = Math.floor(r() * 6);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      return s;
    };
    for (let i = 0; i < 60_000; i++) {
      const a = word();
      const b = r() < 0.3 ? a + word() : r() < 0.5 ? a.slice(0, 2) + word() : word();
      assert.equal(sign(compareText(a, b)), sign(collator.compare(a, b)), JSON.stringify([a, b]));
    }
    const names = [
      'Active Listening',
      'Active Learning',
      'active listening',
      'Sales, Marketing',
      'Sales and Marketing',
      'Sales & Marketing',
      'Co-op',
      'Coop',
      'Co op',
      '4.A.1.a.1.I01.D01',
      '4.A.1.a.1.I01.D02',
      '4.A.1.b.1',
      '4.A.10',
      '4.A.2',
      '29-1141.00',
      '29-1141.01',
      '29-114',
      'Café',
      'Cafe',
      'CAD/CAM',
      'C++',
      'C#',
      'R',
      '',
    ];
    for (const a of names)
      for (const b of names) assert.equal(sign(compareText(a, b)), sign(collator.compare(a, b)), `${a} | ${b}`);
    assert.deepEqual([...names].sort(compareText), [...names].sort(collator.compare));
  });
});
