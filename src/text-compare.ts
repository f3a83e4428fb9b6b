/**
 * Text order for sorting names and ids as `a.localeCompare(b)` orders them in an en-US process (ICU's root
 * collation: punctuation before digits before letters, letters by their lower case first), without building
 * ICU's collator when the order is decided by plain ASCII: its first use costs 5–20 ms of a CLI run (issue 10).
 * Two strings are compared at their first differing character; when both characters are printable ASCII of
 * different collation weight (not 'a' against 'A'), that decides, as in ICU, since everything before is the same.
 * A difference of case only decides, lower case first, when the rest differs in nothing but case (ICU's tertiary
 * level). Anything else (a non-ASCII or control character) is left to the collator itself,
 * always en-US, so the order does not depend on the user's locale. src/text-compare.test.ts compares it with
 * Intl.Collator('en-US') on every pair of ASCII characters and on many random strings.
 */

/** Printable ASCII in ICU root collation order, letters once (lower case). */
const ORDER = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz`;

/** Collation rank of each ASCII code, -1 for those the collator must decide (control characters). */
const RANK = new Int8Array(128).fill(-1);
for (let i = 0; i < ORDER.length; i++) {
  RANK[ORDER.charCodeAt(i)] = i;
  RANK[ORDER[i]!.toUpperCase().charCodeAt(0)] = i;
}

let collator: Intl.Collator | undefined;
function slow(a: string, b: string): number {
  collator ??= new Intl.Collator('en-US');
  return collator.compare(a, b);
}

const simple = (c: number): boolean => c < 128 && RANK[c]! >= 0;

/** Negative when a sorts before b, positive after, 0 when equal: the sign of Intl.Collator('en-US').compare. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  // The first difference of case only ("Magix" / "MAGIX"): ICU weighs case after every letter's base (a tertiary
  // difference), so it decides, lower case first, only when nothing after it differs in more than case.
  let byCase = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) {
      if (!simple(x)) return slow(a, b);
      continue;
    }
    if (!simple(x) || !simple(y)) return slow(a, b);
    if (RANK[x] === RANK[y]) {
      if (byCase === 0) byCase = x > y ? -1 : 1; // ASCII lower case has the higher code
      continue;
    }
    return RANK[x]! < RANK[y]! ? -1 : 1;
  }
  // One is the other plus more characters: the shorter first, when what follows has weight.
  const longer = a.length > b.length ? a : b;
  for (let i = n; i < longer.length; i++) if (!simple(longer.charCodeAt(i))) return slow(a, b);
  if (a.length === b.length) return byCase;
  return a.length < b.length ? -1 : 1;
}
