/**
 * Numbers in en-US form ("143,120", "43.44", "1.2") without ICU: the same text as `Intl.NumberFormat('en-US', {
 * minimumFractionDigits, maximumFractionDigits })` and `toLocaleString('en-US')`, whose first use in a process
 * loads ICU's number formatting (10–25 ms of a CLI run, issue 10). Like ICU, it rounds the number's shortest
 * decimal form (String(n): 1.005 → "1.01", where toFixed gives "1.00"), half away from zero, shows "-0" for a
 * negative number that rounds to zero, and groups the integer digits by three. NaN and ±Infinity, and numbers
 * beyond 1e21, go to Intl itself. src/number-format.test.ts compares it with Intl on many thousands of numbers.
 */

/** A number's shortest decimal form as digits (no leading zeros) and the position of the decimal point in them. */
function decimalOf(abs: number): { digits: string; point: number } {
  const s = String(abs);
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exp;
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  return { digits, point };
}

const group = (int: string): string => int.replace(/\B(?=(\d{3})+$)/g, ',');

let intl: Map<string, Intl.NumberFormat> | undefined;

/** `n` with at least `minFraction` and at most `maxFraction` decimals, as Intl.NumberFormat('en-US') writes it. */
export function formatDecimal(n: number, minFraction = 0, maxFraction = Math.max(minFraction, 3)): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) {
    intl ??= new Map();
    const key = `${minFraction}:${maxFraction}`;
    let f = intl.get(key);
    if (!f) {
      f = new Intl.NumberFormat('en-US', { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction });
      intl.set(key, f);
    }
    return f.format(n);
  }
  const negative = n < 0 || Object.is(n, -0);
  let { digits, point } = decimalOf(Math.abs(n));
  // Keep the digits up to maxFraction decimals; round half away from zero on the next one.
  const keep = point + maxFraction;
  if (keep < digits.length) {
    const up = keep >= 0 && digits.charCodeAt(keep) >= 53; // '5'
    digits = keep > 0 ? digits.slice(0, keep) : ''; // nothing kept: 0 at this precision, unless rounded up
    if (up) {
      // Add one at the last kept digit, carrying left.
      const d = digits.split('').map(Number);
      let i = d.length - 1;
      while (i >= 0 && d[i] === 9) d[i--] = 0;
      if (i >= 0) d[i]! += 1;
      else {
        d.unshift(1);
        point += 1;
      }
      digits = d.join('');
    }
  }
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  frac = frac.slice(0, maxFraction).replace(/0+$/, '');
  if (frac.length < minFraction) frac = frac.padEnd(minFraction, '0');
  int = int.replace(/^0+(?=\d)/, '');
  return `${negative ? '-' : ''}${group(int)}${frac ? `.${frac}` : ''}`;
}
