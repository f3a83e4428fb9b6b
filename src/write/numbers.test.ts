/** Tests of number formatting: money, hourly wages, percentages, thousands, rounded counts, differences. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  approxCount,
  finite,
  formatAnnual,
  formatHourly,
  formatInt,
  formatMoney,
  formatPercent,
  formatShare,
  formatSignedPercent,
  formatThousands,
  morePhrase,
  percentMore,
} from './numbers.js';

test('money', () => {
  assert.equal(formatMoney(90360), '$90,360');
  assert.equal(formatMoney(90360.4), '$90,360');
  assert.equal(formatMoney(43.44, true), '$43.44');
  assert.equal(formatMoney(43.4, true), '$43.40');
  assert.equal(formatMoney(0), '$0');
  assert.equal(formatMoney(-5), '−$5');
  assert.equal(formatAnnual(239200, true), '$239,200 or more');
  assert.equal(formatAnnual(58451), '$58,451');
  assert.equal(formatHourly(115, true), '$115.00 or more');
  assert.equal(formatHourly(28.68), '$28.68');
});

test('integers and counts', () => {
  assert.equal(formatInt(143120), '143,120');
  assert.equal(formatInt(999.6), '1,000');
  assert.equal(formatInt(0), '0');
  assert.equal(formatThousands(8.9), '8,900');
  assert.equal(formatThousands(143.1), '143,100');
  assert.equal(formatThousands(0.3), '300');
  assert.equal(formatThousands(1234.5), '1,234,500');
  assert.equal(approxCount(8900), 'about 8,900');
  assert.equal(approxCount(1_234_500), 'about 1.2 million');
  assert.equal(approxCount(3_000_000), 'about 3 million');
  assert.equal(approxCount(300), '300');
});

test('percentages', () => {
  assert.equal(formatPercent(4.9), '4.9%');
  assert.equal(formatPercent(5), '5%');
  assert.equal(formatPercent(5.04), '5%');
  assert.equal(formatPercent(-1.8), '−1.8%');
  assert.equal(formatPercent(-1.8, 1, true), '-1.8%');
  assert.equal(formatPercent(-0.04), '0%');
  assert.equal(formatPercent(73.900000000000006), '73.9%');
  assert.equal(formatPercent(51.55, 0), '52%');
  assert.equal(formatSignedPercent(4.9), '+4.9%');
  assert.equal(formatSignedPercent(-2.8), '−2.8%');
  assert.equal(formatSignedPercent(0), '0%');
  assert.equal(formatShare(0.62), '62%');
  assert.equal(formatShare(62.4, true), '62%');
});

test('differences', () => {
  const p = percentMore(90360, 59650);
  assert.ok(p !== null && Math.abs(p - 51.48) < 0.01);
  assert.equal(percentMore(1, 0), null);
  assert.equal(percentMore(Number.NaN, 1), null);
  assert.equal(morePhrase(51.48), 'about 51% more');
  assert.equal(morePhrase(0.2), 'about the same');
  assert.equal(morePhrase(2), 'slightly more');
  assert.equal(morePhrase(100), 'about twice as much');
  assert.equal(morePhrase(210), 'about 3.1 times as much');
  assert.equal(finite(null), false);
  assert.equal(finite(undefined), false);
  assert.equal(finite(Number.NaN), false);
  assert.equal(finite(0), true);
});
