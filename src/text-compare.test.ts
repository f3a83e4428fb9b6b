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
      'Magix Vegas Pro',
      'MAGIX Software Sound Forge',
      'MAGIX Vegas Pro',
      'magix vegas pro',
      'MagiX Vegas',
      '',
      // A difference of case before a difference of letters (tools and technology names of one occupation).
      'Halligan bars',
      'HAZMAT response vehicles',
      'Hard hats',
      'dtSearch',
      'Dataflight Opticon',
      'Yost Engineering EpiCoder',
      'Yost Engineering EPStaffCheck',
      'MEDENT',
      'MedFORCE',
      'Medent',
      'medent',
    ];
    for (const a of names)
      for (const b of names) assert.equal(sign(compareText(a, b)), sign(collator.compare(a, b)), `${a} | ${b}`);
    assert.deepEqual([...names].sort(compareText), [...names].sort(collator.compare));
  });

  it('orders ASCII strings that differ in case before they differ otherwise as the en-US collator', () => {
    // Case decides only when nothing after it differs in more than case ("Magix Vegas" / "MAGIX Software").
    const r = rng(11);
    const pick = (s: string) => s[Math.floor(r() * s.length)]!;
    for (let i = 0; i < 60_000; i++) {
      let a = '';
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) a += pick('abcAB -.1');
      // b: a with some letters' case flipped, then perhaps changed, cut or lengthened after them
      let b = [...a].map((c) => (r() < 0.3 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join('');
      const roll = r();
      if (roll < 0.3) b = b.slice(0, Math.floor(r() * b.length)) + pick('abAB.1') + b.slice(Math.floor(r() * b.length));
      else if (roll < 0.45) b = b.slice(0, Math.floor(r() * (b.length + 1)));
      else if (roll < 0.6) b += pick('aB -');
      assert.equal(sign(compareText(a, b)), sign(collator.compare(a, b)), JSON.stringify([a, b]));
    }
  });
});
