/**
 * Typo tolerance over the index vocabulary: a query word not in the vocabulary is replaced by the nearest
 * vocabulary word (optimal-string-alignment distance, i.e. Damerau–Levenshtein with adjacent swaps).
 * Candidates are the vocabulary words of similar length whose letter sets differ by at most two letters
 * per edit (a bit-mask test), so only a few words reach the distance computation; no table to build.
 */

const ROW = 64;
let rows = [new Int32Array(ROW), new Int32Array(ROW), new Int32Array(ROW)];

/** Optimal string alignment distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rows[0]!.length) rows = [0, 1, 2].map(() => new Int32Array(m + 1));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** Bit set of the letters a–z and digits of a word (digits share bit 26). */
function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) - 97;
    m |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return m;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Correction {
  word: string;
  distance: number;
}

/** Longest edit distance allowed for a word of this length: none up to 3 letters, 1 up to 5, 2 up to 9, then 3. */
const maxEditsFor = (len: number): number => (len <= 3 ? 0 : len <= 5 ? 1 : len < LONG ? 2 : 3);

/** Words of at least this many letters may be three edits off ("maintanice" → "maintenance"), first letter kept. */
const LONG = 10;

/** Words of at most this many letters keep their first letter when corrected. */
const SHORT = 5;

export class TypoIndex {
  private readonly words: string[];
  private readonly freq: Map<string, number>;
  private readonly byLength: number[][] = [];
  private readonly masks: Int32Array;

  /** @param freq vocabulary word → how many titles use it (ties between corrections go to the commoner word) */
  constructor(freq: Map<string, number>) {
    this.freq = freq;
    this.words = [...freq.keys()];
    this.masks = new Int32Array(this.words.length);
    this.words.forEach((w, id) => {
      this.masks[id] = letterMask(w);
      const bucket = this.byLength[w.length] ?? [];
      bucket.push(id);
      this.byLength[w.length] = bucket;
    });
  }

  has(word: string): boolean {
    return this.freq.has(word);
  }

  /** The nearest vocabulary word within the allowed distance, or undefined. */
  correct(word: string, maxEdits = maxEditsFor(word.length)): Correction | undefined {
    if (maxEdits <= 0 || this.freq.has(word)) return undefined;
    // Nearest first: a distance-1 word beats a commoner distance-2 word, and a distance-2 word a distance-3 one.
    return (
      this.scan(word, 1) ??
      (maxEdits >= 2 ? this.scan(word, 2) : undefined) ??
      (maxEdits >= 3 ? this.scan(word, maxEdits) : undefined)
    );
  }

  /** Vocabulary words within `maxEdits` of `word`, nearest then commonest first (for suggestions). */
  nearest(word: string, maxEdits: number, limit: number): Correction[] {
    const found: (Correction & { f: number })[] = [];
    this.scanEach(word, maxEdits, (w, d) => found.push({ word: w, distance: d, f: this.freq.get(w) ?? 0 }));
    found.sort((a, b) => a.distance - b.distance || b.f - a.f);
    return found.slice(0, limit).map(({ word: w, distance }) => ({ word: w, distance }));
  }

  private scan(word: string, maxEdits: number): Correction | undefined {
    let best: Correction | undefined;
    let bestFreq = -1;
    // A short word is corrected only to a word with its first letter (people seldom mistype the first letter,
    // and a short word has many neighbours: "asdf" is not "tsdf").
    const first = word.length <= SHORT || maxEdits >= 3 ? word.charCodeAt(0) : -1;
    this.scanEach(word, maxEdits, (w, d) => {
      if (first >= 0 && w.charCodeAt(0) !== first) return;
      const f = this.freq.get(w) ?? 0;
      if (!best || d < best.distance || (d === best.distance && f > bestFreq)) {
        best = { word: w, distance: d };
        bestFreq = f;
      }
    });
    return best;
  }

  private scanEach(word: string, maxEdits: number, found: (w: string, d: number) => void): void {
    const mask = letterMask(word);
    for (let len = Math.max(1, word.length - maxEdits); len <= word.length + maxEdits; len++) {
      for (const id of this.byLength[len] ?? []) {
        // Each edit changes the letter set by at most two letters.
        if (popcount(mask ^ this.masks[id]!) > 2 * maxEdits) continue;
        const w = this.words[id]!;
        const d = editDistance(word, w, maxEdits);
        if (d <= maxEdits) found(w, d);
      }
    }
  }
}
