/**
 * Scoring: each query variant against every reading that shares a word, by IDF-weighted Dice overlap
 * (2·shared / (query + title)), 1 for the same words in the same order, `wordOrderScore` for the same words
 * in another order; times the variant's penalty and the entry's weight. An occupation takes its best
 * reading plus a small bonus when several of its titles match well. Returns every occupation scoring at
 * least `minScore`, best first.
 */
import type { ResolveOptions } from './config.js';
import type { QueryVariant } from './query.js';
import type { TitleIndex } from './title-index.js';

export interface Scored {
  occ: number;
  score: number;
  reading: number;
  variant: QueryVariant;
  /** True when the reading has every word of the variant and nothing else. */
  whole: boolean;
  /** The order key: the score plus the occupation prior's small weight (how common the occupation is). */
  key: number;
}

export interface Ranking {
  scored: Scored[];
  /** Primary variant: readings containing every query word, per SOC major group ("27"). */
  containment: Map<string, number>;
}

/** Scratch buffers reused across queries (one resolver = one thread). */
interface Scratch {
  acc: Float64Array;
  cnt: Uint16Array;
  touched: Int32Array;
  occBest: Float64Array;
  occGood: Uint16Array;
  occPick: Int32Array;
  occVariant: Int32Array;
  occWhole: Uint8Array;
  occTouched: Int32Array;
  /** Per reading: entry-weight factor (for `span`) and SOC major group as a number. */
  span: number;
  factor: Float64Array;
  major: Uint8Array;
  containment: Int32Array;
}

const scratchOf = new WeakMap<TitleIndex, Scratch>();

function scratch(index: TitleIndex): Scratch {
  let s = scratchOf.get(index);
  if (!s) {
    const n = index.readingCount;
    const o = index.occupations.length;
    s = {
      acc: new Float64Array(n),
      cnt: new Uint16Array(n),
      touched: new Int32Array(n),
      occBest: new Float64Array(o),
      occGood: new Uint16Array(o),
      occPick: new Int32Array(o),
      occVariant: new Int32Array(o),
      occWhole: new Uint8Array(o),
      occTouched: new Int32Array(o),
      span: Number.NaN,
      factor: new Float64Array(n),
      major: new Uint8Array(n),
      containment: new Int32Array(100),
    };
    for (let r = 0; r < n; r++) s.major[r] = Number(index.occupations[index.readOcc[r]!]!.code.slice(0, 2)) || 0;
    scratchOf.set(index, s);
  }
  return s;
}

export function rank(index: TitleIndex, variants: readonly QueryVariant[], opts: ResolveOptions): Ranking {
  const s = scratch(index);
  if (s.span !== opts.weightSpan) {
    const span = opts.weightSpan;
    for (let r = 0; r < s.factor.length; r++)
      s.factor[r] = 1 - span + span * index.entries[index.readEntry[r]!]!.weight;
    s.span = span;
  }
  s.containment.fill(0);
  let nOcc = 0;
  let best = 0;
  variants.forEach((v, vi) => {
    // A reading that costs more than the best score so far can win nothing: level words are only matched
    // around when the bare title could do better than the words as typed.
    if (!v.primary && v.penalty <= best) return;
    const ids: number[] = [];
    let qW = 0;
    for (const t of v.tokens) {
      const id = index.tokenIds.get(t);
      if (id === undefined) qW += index.unknownIdf;
      else {
        ids.push(id);
        qW += index.idf[id]!;
      }
    }
    const qLen = v.tokens.length;
    const qKey = v.tokens.join(' ');
    let nTouched = 0;
    for (const id of ids) {
      const w = index.idf[id]!;
      const end = index.postStart[id + 1]!;
      for (let k = index.postStart[id]!; k < end; k++) {
        const r = index.postData[k]!;
        if (s.cnt[r] === 0) s.touched[nTouched++] = r;
        s.acc[r]! += w;
        s.cnt[r]!++;
      }
    }
    for (let k = 0; k < nTouched; k++) {
      const r = s.touched[k]!;
      const shared = s.acc[r]!;
      const cnt = s.cnt[r]!;
      s.acc[r] = 0;
      s.cnt[r] = 0;
      const rLen = index.readStart[r + 1]! - index.readStart[r]!;
      const contains = cnt === qLen;
      const whole = contains && rLen === qLen;
      let sim: number;
      if (whole) sim = index.readKey[r] === qKey ? 1 : opts.wordOrderScore;
      else sim = (2 * shared) / (qW + index.readWeight[r]!);
      const score = sim * v.penalty * s.factor[r]!;
      if (score > best) best = score;
      const o = index.readOcc[r]!;
      if (v.primary && contains) s.containment[s.major[r]!]!++;
      if (s.occGood[o] === 0) {
        s.occTouched[nOcc++] = o;
        s.occBest[o] = score;
        s.occPick[o] = r;
        s.occVariant[o] = vi;
        s.occWhole[o] = whole ? 1 : 0;
        s.occGood[o] = 1;
      } else if (score > s.occBest[o]!) {
        // The old best still counts as good evidence when it was close.
        if (s.occBest[o]! >= 0.8 * score) s.occGood[o]!++;
        s.occBest[o] = score;
        s.occPick[o] = r;
        s.occVariant[o] = vi;
        s.occWhole[o] = whole ? 1 : 0;
      } else if (score >= 0.8 * s.occBest[o]! && vi === s.occVariant[o]) s.occGood[o]!++;
    }
  });
  const scored: Scored[] = [];
  for (let k = 0; k < nOcc; k++) {
    const o = s.occTouched[k]!;
    const extra = opts.evidenceBonus * Math.min(1, (s.occGood[o]! - 1) / 3);
    s.occGood[o] = 0;
    if (s.occBest[o]! + extra < opts.minScore) continue;
    const score = Math.min(1, s.occBest[o]! + extra);
    scored.push({
      occ: o,
      score,
      key: score + opts.priorWeight * index.prior[o]!,
      reading: s.occPick[o]!,
      variant: variants[s.occVariant[o]!]!,
      whole: s.occWhole[o] === 1,
    });
  }
  // The prior (how common an occupation is) orders near-equal readings; the score shown stays the match's own.
  scored.sort((a, b) => b.key - a.key || a.occ - b.occ);
  const containment = new Map<string, number>();
  s.containment.forEach((n, g) => {
    if (n > 0) containment.set(String(g).padStart(2, '0'), n);
  });
  return { scored, containment };
}
