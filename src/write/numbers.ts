/**
 * Numbers as readers expect them: "$90,360", "$43.44 an hour", "4.9%", "143,120 jobs", "about 8,900 openings",
 * "$239,200 or more" for a top-coded wage, and relative differences ("about 52% more"). Every function takes
 * a raw figure from the Comparison JSON and only rounds it for display.
 */
import { formatDecimal } from '../number-format.js';

/** A finite number, or null for null / undefined / NaN / Infinity. */
export function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** "143,120"; rounds to whole units. */
export function formatInt(n: number): string {
  return formatDecimal(Math.round(n), 0, 0);
}

/** "$90,360" (whole dollars) or, for an hourly wage, "$43.44". */
export function formatMoney(n: number, cents = false): string {
  const s = formatDecimal(Math.abs(n), cents ? 2 : 0, cents ? 2 : 0);
  return `${n < 0 ? '−' : ''}$${s}`;
}

/** An annual wage, "$239,200 or more" when BLS top-codes it. */
export function formatAnnual(n: number, topCoded = false): string {
  return topCoded ? `${formatMoney(n)} or more` : formatMoney(n);
}

/** An hourly wage: "$43.44", "$115.00 or more" when top-coded. */
export function formatHourly(n: number, topCoded = false): string {
  return topCoded ? `${formatMoney(n, true)} or more` : formatMoney(n, true);
}

/**
 * A percentage: one decimal unless it is whole ("4.9%", "5%", "−1.8%", "0.4%"). `digits` caps decimals.
 * Negative values use a true minus sign unless `ascii` is set.
 */
export function formatPercent(n: number, digits = 1, ascii = false): string {
  const rounded = Number(n.toFixed(digits));
  const body = formatDecimal(Math.abs(rounded), 0, digits);
  const sign = rounded < 0 ? (ascii ? '-' : '−') : '';
  return `${sign}${body}%`;
}

/** A signed change: "+4.9%", "−1.8%", "0%" — for tables. */
export function formatSignedPercent(n: number, digits = 1): string {
  const p = formatPercent(n, digits);
  return Number(n.toFixed(digits)) > 0 ? `+${p}` : p;
}

/**
 * A figure published in thousands (BLS Employment Projections), as a count: 8.9 → "8,900", 143.1 → "143,100",
 * 0.3 → "300". EP publishes one decimal of thousands, so the result keeps hundreds, never invents units.
 */
export function formatThousands(k: number): string {
  return formatInt(Math.round(k * 10) * 100);
}

/** A large count rounded for prose: "about 8,900", "about 1.2 million". Exact below 1,000. */
export function approxCount(n: number): string {
  if (n >= 1_000_000) {
    const m = n / 1_000_000;
    return `about ${formatDecimal(m, 0, 1)} million`;
  }
  if (n >= 1000) return `about ${formatInt(n)}`;
  return formatInt(n);
}

/**
 * How much bigger a is than b, in percent of b: 90,360 vs 59,650 → 51.5. Null when b is not positive.
 */
export function percentMore(a: number, b: number): number | null {
  if (!finite(a) || !finite(b) || b <= 0) return null;
  return ((a - b) / b) * 100;
}

/**
 * A wage comparison phrase for the higher earner: "about 52% more", "about twice as much", "about 3.1 times as
 * much", "slightly more" (under 3%). Input is the percent by which the higher figure exceeds the lower one.
 */
export function morePhrase(pct: number): string {
  if (pct < 0.5) return 'about the same';
  if (pct < 3) return 'slightly more';
  if (pct < 95) return `about ${Math.round(pct)}% more`;
  const ratio = 1 + pct / 100;
  if (ratio < 2.05) return 'about twice as much';
  return `about ${formatDecimal(ratio, 0, 1)} times as much`;
}

/** Share in 0–1 → "62%"; share already in percent when `isPercent`. Whole percent for prose. */
export function formatShare(x: number, isPercent = false): string {
  return formatPercent(isPercent ? x : x * 100, 0);
}

/** 1 → "first" … 10 → "tenth" (as an editor writes them), then digits. */
export function ordinalWord(n: number): string {
  const w = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  return Number.isInteger(n) && n >= 1 && n <= 10 ? w[n - 1]! : ordinal(n);
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
function ordinal(n: number): string {
  const i = Math.round(n);
  const mod100 = i % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][i % 10] ?? 'th');
  return `${formatDecimal(i)}${suffix}`;
}

/** The dollar amount inside a BLS footnote meaning ("at or above $239,200 per year") or null. */
export function dollarsIn(text: string | null | undefined): string | null {
  const m = text?.match(/\$\s?\d[\d,]*(?:\.\d+)?/);
  return m ? m[0].replace(/\s/g, '') : null;
}
