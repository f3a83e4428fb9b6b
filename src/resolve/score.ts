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

interface Scored {
  occ: number;
  score: number;
  reading: number;
  variant: QueryVariant;
  /** True when the reading has every word of the variant and nothing else. */
  whole: boolean;
  /** Indexed titles of this occupation holding every word of the query as typed. */
  contained: number;
  /** The order key: the score plus the occupation prior's small weight (how common the occupation is). */
  key: number;
}

interface Ranking {
  scored: Scored[];
  /** Indexed titles holding every typed word that belong to the top candidate's SOC code (any of its O*NET codes). */
  socContained: number;
  /** Primary variant: readings containing every query word, per SOC major group ("27"). */
  containment: Map<string, number>;
}

/** Scratch buffers reused across queries (one resolver = one thread). */
export interface Scratch {
  /** Per reading: HIT × (query words it has) + their IDF weights (one array, so one memory access a posting). */
  acc: Float64Array;
  touched: Int32Array;
  occBest: Float64Array;
  occGood: Uint16Array;
  occContained: Uint16Array;
  occPick: Int32Array;
  occVariant: Int32Array;
  occWhole: Uint8Array;
  occTouched: Int32Array;
  containment: Int32Array;
  /** Per occupation: SOC major and minor group as numbers ("27-2012.00" → 27, 272) and an id of its SOC code. */
  occMajor: Int16Array;
  occMinor: Int16Array;
  occSoc: Int32Array;
  /** Per selection slot: occupation, score and order key; per major group: its best slot (+1; 0 = none). */
  selOcc: Int32Array;
  selScore: Float64Array;
  selKey: Float64Array;
  keys: Float64Array;
  majorBest: Int32Array;
  /** Per occupation × alternative (MAX_PARTS each): the best score of that alternative read alone. */
  partBest: Float64Array;
  /** Per reading: the stamp of the query variant that scored it already (see `rank`); the current stamp. */
  mark: Int32Array;
  stamp: number;
}

/** A query word in more readings than this is common: see `rank`. */
const COMMON_POSTINGS = 400;
/** Readings with only common words are scored when they could come within this of the best score. */
const COMMON_GAP = 0.3;

/** Alternatives of a list scored together (more are read alone only). */
const MAX_PARTS = 4;

/** Counts a query word in a reading's accumulator; larger than any sum of IDF weights of a query (≤ 200 characters). */
const HIT = 4096;

/** Occupations whose order key is this close to the best one's are always kept (rivals, near-ties). */
const NEAR_KEY = 0.1;

/** Working buffers sized for one index, owned by its resolver (src/resolve/resolver.ts): one query at a time. */
export function newScratch(index: TitleIndex): Scratch {
  const n = index.readingCount;
  const o = index.occupations.length;
  const s: Scratch = {
    acc: new Float64Array(n),
    touched: new Int32Array(n),
    occBest: new Float64Array(o),
    occGood: new Uint16Array(o),
    occContained: new Uint16Array(o),
    occPick: new Int32Array(o),
    occVariant: new Int32Array(o),
    occWhole: new Uint8Array(o),
    occTouched: new Int32Array(o),
    containment: new Int32Array(100),
    occMajor: new Int16Array(o),
    occMinor: new Int16Array(o),
    occSoc: new Int32Array(o),
    selOcc: new Int32Array(o),
    selScore: new Float64Array(o),
    selKey: new Float64Array(o),
    keys: new Float64Array(o),
    majorBest: new Int32Array(100),
    partBest: new Float64Array(o * MAX_PARTS),
    mark: new Int32Array(n),
    stamp: 0,
  };
  const socIds = new Map<string, number>();
  index.occupations.forEach((occ, i) => {
    s.occMajor[i] = Number(occ.code.slice(0, 2)) || 0;
    s.occMinor[i] = s.occMajor[i]! * 10 + (Number(occ.code[3]) || 0);
    if (!socIds.has(occ.soc)) socIds.set(occ.soc, socIds.size);
    s.occSoc[i] = socIds.get(occ.soc)!;
  });
  return s;
}

/**
 * Every occupation a query touches, scored (see the file comment). `scored` holds only those a caller can use,
 * best first: the first `keep`, every one within `NEAR_KEY` of the best, the best of each SOC major group, and
 * the best of another SOC minor group and of another SOC code than the top's.
 * (Sorting every touched occupation was the largest single cost of a query with a common word.)
 */
export function rank(
  index: TitleIndex,
  s: Scratch,
  variants: readonly QueryVariant[],
  opts: ResolveOptions,
  keep: number = opts.limit,
): Ranking {
  // A reading's entry-weight factor and SOC major group are computed as it is scored, not kept per reading: filling
  // arrays over every reading was about a third of a one-query CLI run's resolving (issue 10).
  const span = opts.weightSpan;
  s.containment.fill(0);
  let nOcc = 0;
  let best = 0;
  let nParts = 0;
  variants.forEach((v, vi) => {
    const part = v.part !== undefined && v.part < MAX_PARTS ? v.part : -1;
    const item = v.item && part >= 0;
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
    const needs = v.needs && v.needs.length > 0 ? v.needs : undefined;
    // Rare words first; the common ones at the end ("operator": ~6,000 readings) are walked only for readings a
    // rarer word found, and for the rest only when a reading with nothing but common words could come near the best.
    const postings = (id: number) => index.postStart[id + 1]! - index.postStart[id]!;
    ids.sort((x, y) => postings(x) - postings(y) || x - y);
    let rare = ids.length;
    let commonW = 0;
    while (rare > 1 && postings(ids[rare - 1]!) > COMMON_POSTINGS) commonW += index.idf[ids[--rare]!]!;
    const stamp = ++s.stamp;
    const walk = (from: number, to: number, skipMarked: boolean): number => {
      let n = 0;
      for (let i = from; i < to; i++) {
        const id = ids[i]!;
        const w = index.idf[id]!;
        const end = index.postStart[id + 1]!;
        for (let k = index.postStart[id]!; k < end; k++) {
          const r = index.postData[k]!;
          if (skipMarked && s.mark[r] === stamp) continue;
          const a = s.acc[r]!;
          if (a === 0) s.touched[n++] = r;
          s.acc[r] = a + w + HIT;
        }
      }
      return n;
    };
    const score = (nTouched: number) => {
      for (let k = 0; k < nTouched; k++) {
        const r = s.touched[k]!;
        const a = s.acc[r]!;
        const cnt = Math.floor(a / HIT);
        const shared = a - cnt * HIT;
        s.acc[r] = 0;
        const rLen = index.readStart[r + 1]! - index.readStart[r]!;
        const contains = cnt === qLen;
        const whole = contains && rLen === qLen;
        let sim: number;
        if (whole) sim = index.readKey[r] === qKey ? 1 : opts.wordOrderScore;
        else sim = (2 * shared) / (qW + index.readWeight[r]!);
        let score = sim * v.penalty * (1 - span + span * index.entryWeight[index.readEntry[r]!]!);
        if (needs && !hasAny(index, r, needs)) score *= opts.missingSalesPenalty;
        const o = index.readOcc[r]!;
        if (part >= 0) {
          const i = o * MAX_PARTS + part;
          if (score > s.partBest[i]!) s.partBest[i] = score;
          if (part >= nParts) nParts = part + 1;
        }
        // An item of a list scores only through the mean over the items (below): the occupation is touched, no more.
        if (item) {
          if (s.occGood[o] === 0) {
            s.occTouched[nOcc++] = o;
            s.occBest[o] = 0;
            s.occPick[o] = r;
            s.occVariant[o] = vi;
            s.occWhole[o] = 0;
            s.occGood[o] = 1;
          }
          continue;
        }
        if (score > best) best = score;
        if (v.primary && contains) {
          s.containment[s.occMajor[o]!]!++;
          s.occContained[o]!++;
        }
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
    };
    const nRare = walk(0, rare, false);
    if (rare < ids.length)
      for (let k = 0; k < nRare; k++) {
        const r = s.touched[k]!;
        s.mark[r] = stamp;
        for (let j = index.readStart[r]!; j < index.readStart[r + 1]!; j++) {
          const t = index.readTok[j]!;
          for (let i = rare; i < ids.length; i++) if (ids[i] === t) s.acc[r]! += index.idf[t]! + HIT;
        }
      }
    score(nRare);
    // A reading with only the common words scores at most 2·W/(qW + W) (W: their weight).
    if (rare < ids.length && ((2 * commonW) / (qW + commonW)) * v.penalty >= best - COMMON_GAP)
      score(walk(rare, ids.length, true));
  });
  // Alternatives that all read as one occupation ("Freight Clerk / Materials Processor"): their mean, plus a
  // bonus for the weaker one, may beat the best single alternative of another occupation. The per-part bests are
  // cleared even when only one part was scored (the others pruned): left over, they changed the next query's answer.
  if (nParts >= 1)
    for (let k = 0; k < nOcc; k++) {
      const o = s.occTouched[k]!;
      let sum = 0;
      let min = 1;
      for (let p = 0; p < nParts; p++) {
        const x = s.partBest[o * MAX_PARTS + p]!;
        s.partBest[o * MAX_PARTS + p] = 0;
        sum += x;
        if (x < min) min = x;
      }
      if (nParts < 2) continue;
      const joint = Math.min(1, sum / nParts + opts.alternativesBonus * min);
      if (joint > s.occBest[o]!) s.occBest[o] = joint;
    }
  const { scored, socContained } = select(index, s, nOcc, variants, opts, keep);
  const containment = new Map<string, number>();
  s.containment.forEach((n, g) => {
    if (n > 0) containment.set(String(g).padStart(2, '0'), n);
  });
  return { scored, containment, socContained };
}

/** Scores the touched occupations (resetting their scratch) and returns the ones worth ordering, best first. */
function select(
  index: TitleIndex,
  s: Scratch,
  nOcc: number,
  variants: readonly QueryVariant[],
  opts: ResolveOptions,
  keep: number,
): { scored: Scored[]; socContained: number } {
  let m = 0;
  let top = -1;
  // The `keep` best keys so far, descending (keep is small: a few candidates).
  const kept = s.keys;
  let nKept = 0;
  for (let k = 0; k < nOcc; k++) {
    const o = s.occTouched[k]!;
    const extra = opts.evidenceBonus * Math.min(1, (s.occGood[o]! - 1) / 3);
    s.occGood[o] = 0;
    if (s.occBest[o]! + extra < opts.minScore) {
      s.occContained[o] = 0;
      continue;
    }
    const score = Math.min(1, s.occBest[o]! + extra);
    const key = score + opts.priorWeight * index.prior[o]!;
    s.selOcc[m] = o;
    s.selScore[m] = score;
    s.selKey[m] = key;
    if (top < 0 || before(s, m, top)) top = m;
    const g = s.occMajor[o]!;
    const b = s.majorBest[g]! - 1;
    if (b < 0 || before(s, m, b)) s.majorBest[g] = m + 1;
    if (nKept < keep || key > kept[nKept - 1]!) {
      let i = nKept < keep ? nKept++ : nKept - 1;
      while (i > 0 && kept[i - 1]! < key) {
        kept[i] = kept[i - 1]!;
        i--;
      }
      kept[i] = key;
    }
    m++;
  }
  if (m === 0) return { scored: [], socContained: 0 };
  // Every slot at least as good as the keep-th best is kept.
  const kth = m > keep ? kept[keep - 1]! : Number.NEGATIVE_INFINITY;
  const topKey = s.selKey[top]!;
  const topOcc = s.selOcc[top]!;
  const topSoc = s.occSoc[topOcc]!;
  const topMinor = s.occMinor[topOcc]!;
  let otherSoc = -1;
  let otherMinor = -1;
  let socContained = 0;
  for (let j = 0; j < m; j++) {
    const o = s.selOcc[j]!;
    if (s.occSoc[o] === topSoc) socContained += s.occContained[o]!;
    if (s.occSoc[o] !== topSoc && (otherSoc < 0 || before(s, j, otherSoc))) otherSoc = j;
    if (s.occMinor[o] !== topMinor && (otherMinor < 0 || before(s, j, otherMinor))) otherMinor = j;
  }
  const scored: Scored[] = [];
  for (let j = 0; j < m; j++) {
    const o = s.selOcc[j]!;
    const key = s.selKey[j]!;
    const g = s.occMajor[o]!;
    const isMajorBest = s.majorBest[g] === j + 1;
    if (isMajorBest) s.majorBest[g] = 0;
    const contained = s.occContained[o]!;
    s.occContained[o] = 0;
    if (key < kth && key < topKey - NEAR_KEY && !isMajorBest && j !== otherSoc && j !== otherMinor) continue;
    scored.push({
      occ: o,
      score: s.selScore[j]!,
      key,
      reading: s.occPick[o]!,
      variant: variants[s.occVariant[o]!]!,
      whole: s.occWhole[o] === 1,
      contained,
    });
  }
  // The prior (how common an occupation is) orders near-equal readings; the score shown stays the match's own.
  scored.sort((a, b) => b.key - a.key || a.occ - b.occ);
  return { scored, socContained };
}

/** Whether reading r has one of the token ids. */
function hasAny(index: TitleIndex, r: number, ids: readonly number[]): boolean {
  for (let j = index.readStart[r]!; j < index.readStart[r + 1]!; j++) if (ids.includes(index.readTok[j]!)) return true;
  return false;
}

/** Slot a comes before slot b: higher key, then lower occupation index (the order of `scored`). */
function before(s: Scratch, a: number, b: number): boolean {
  const d = s.selKey[a]! - s.selKey[b]!;
  return d > 0 || (d === 0 && s.selOcc[a]! < s.selOcc[b]!);
}
