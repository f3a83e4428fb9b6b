/**
 * formatDecimal (src/number-format.ts) writes what Intl.NumberFormat('en-US') writes, on random numbers of every
 * magnitude, ties at each precision (1.005, 2.675, 0.125), negatives, -0 and negatives that round to zero,
 * whole numbers, and the non-finite values Intl is asked for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDecimal } from './number-format.js';
import { rng } from './testkit/rng.js';

const PRECISIONS: [number, number][] = [
  [0, 0],
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 1],
  [2, 2],
  [1, 3],
  [3, 3],
];

function numbers(): number[] {
  const r = rng(10);
  const out = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 999.5, 999.95, 9999.995, 1.005, 2.675, 1.045, 0.125, 8.345, 1e-7];
  out.push(123456789.125, 1e20, 9.999e20, 0.0004, 0.005, 0.006, -0.001, -0.004, -0.005, 5e-324, 1234567.891);
  for (let i = 0; i < 4000; i++) {
    const mag = 10 ** Math.floor(r() * 24 - 9);
    const x = r() * mag;
    out.push(x, -x, Math.round(x), Math.round(x * 1000) / 1000, Math.round(x * 100) / 100);
    // ties at each precision
    const d = Math.floor(r() * 4);
    out.push((Math.floor(r() * 100000) + 0.5) / 10 ** d, -(Math.floor(r() * 1000) + 0.5) / 10 ** d);
  }
  return out;
}

describe('formatDecimal', () => {
  it('writes what Intl.NumberFormat("en-US") writes', () => {
    const xs = numbers();
    let checked = 0;
    for (const [min, max] of PRECISIONS) {
      const f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
      for (const x of xs) {
        assert.equal(formatDecimal(x, min, max), f.format(x), `${x} with ${min}–${max} decimals`);
        checked++;
      }
    }
    assert.ok(checked > 200_000);
  });

  it('defaults to toLocaleString("en-US") (up to three decimals), Intl for non-finite numbers', () => {
    for (const x of [0, 1234, -1234.5678, 0.0005, 1e21, 2e25, Number.NaN, Number.POSITIVE_INFINITY, -Infinity])
      assert.equal(formatDecimal(x), x.toLocaleString('en-US'), String(x));
    assert.equal(formatDecimal(1234567), '1,234,567');
    assert.equal(formatDecimal(1.005, 2, 2), '1.01');
  });
});
