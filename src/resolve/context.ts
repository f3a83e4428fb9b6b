/**
 * Context for coding a title: a job description / tasks and an industry (a NAICS code or words) given with
 * it. Each occupation is a TF-IDF vector of the words of its description, tasks and title; the context is
 * compared by cosine similarity, and candidates close to the top score may swap places by at most
 * `contextWeight` × similarity, so context breaks near-ties and never overrides a clear title match.
 * `buildContextIndex` is pure (texts in, index out); it runs at import and the index is stored packed
 * (`packContextIndex`, src/derive/context.ts).
 */
import type { ResolveOptions } from './config.js';
import { NAICS_SECTORS } from './naics.js';
import { rawWords, singular } from './normalize.js';
import type { Candidate, Resolution } from './types.js';

/** Words too common in task statements to say anything about an occupation. */
const TASK_STOP = new Set([
  'such',
  'as',
  'other',
  'using',
  'use',
  'may',
  'all',
  'into',
  'that',
  'this',
  'their',
  'be',
  'are',
  'is',
  'including',
  'related',
  'various',
  'work',
  'according',
]);

const words = (text: string): string[] =>
  rawWords(text)
    .map(singular)
    .filter((w) => w.length > 2 && !TASK_STOP.has(w) && !/^\d+$/.test(w));

export interface ContextIndex {
  /** Vocabulary: word → id, and the IDF of each id. */
  wordIds: Map<string, number>;
  idf: Float64Array;
  /** Occupations: O*NET code → slot; slot k's TF-IDF vector (L2-normalised) is ids/weights[start[k] .. start[k + 1]). */
  codeIndex: Map<string, number>;
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** From each occupation's texts (title, description, task statements): the context index. */
export function buildContextIndex(texts: ReadonlyMap<string, readonly string[]>): ContextIndex {
  const tf = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const [code, list] of texts) {
    const m = new Map<string, number>();
    for (const t of list) for (const w of words(t)) m.set(w, (m.get(w) ?? 0) + 1);
    tf.set(code, m);
    for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = Math.max(1, tf.size);
  const wordIds = new Map<string, number>();
  const idf = new Float64Array(df.size);
  for (const [w, d] of df) {
    idf[wordIds.size] = Math.log(1 + n / d);
    wordIds.set(w, wordIds.size);
  }
  const codeIndex = new Map<string, number>();
  const start = new Int32Array(tf.size + 1);
  let total = 0;
  for (const m of tf.values()) total += m.size;
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  for (const [code, m] of tf) {
    start[codeIndex.size] = at;
    codeIndex.set(code, codeIndex.size);
    let norm = 0;
    const from = at;
    for (const [w, c] of m) {
      const id = wordIds.get(w)!;
      const x = (1 + Math.log(c)) * idf[id]!;
      ids[at] = id;
      weights[at++] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = from; k < at; k++) weights[k] = weights[k]! / norm;
  }
  start[codeIndex.size] = at;
  return { wordIds, idf, codeIndex, start, ids, weights };
}

/** Changes whenever the packed layout does. */
const LAYOUT = 'context-index/1';

interface Packed {
  layout: typeof LAYOUT;
  words: string;
  idf: Float64Array;
  codes: string;
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** The context index as stored at import (src/derive/context.ts): typed arrays as they are, words and codes joined. */
export function packContextIndex(c: ContextIndex): Packed {
  return {
    layout: LAYOUT,
    words: [...c.wordIds.keys()].join(' '),
    idf: c.idf,
    codes: [...c.codeIndex.keys()].join(' '),
    start: c.start,
    ids: c.ids,
    weights: c.weights,
  };
}

/** Back from packContextIndex; undefined for another layout (the store is then rebuilt or the index built here). */
export function unpackContextIndex(p: Packed): ContextIndex | undefined {
  if (p?.layout !== LAYOUT) return undefined;
  const index = (xs: string[]) => new Map<string, number>(xs.map((x, i) => [x, i]));
  return {
    wordIds: index(p.words === '' ? [] : p.words.split(' ')),
    idf: p.idf,
    codeIndex: index(p.codes === '' ? [] : p.codes.split(' ')),
    start: p.start,
    ids: p.ids,
    weights: p.weights,
  };
}

/** An industry given as a NAICS code (2–6 digits) → its sector's name; words are kept as they are. */
function industryText(industry: string): string {
  const code = industry.trim();
  if (/^\d{2,6}$/.test(code)) return NAICS_SECTORS[code.slice(0, 2)] ?? '';
  return code;
}

/** The context's vector (TF-IDF over the index's vocabulary, L2-normalised): word id → weight; empty when it says nothing. */
function contextVector(index: ContextIndex, text: string): Map<number, number> {
  const v = new Map<number, number>();
  for (const w of words(text)) {
    const id = index.wordIds.get(w);
    if (id !== undefined) v.set(id, (v.get(id) ?? 0) + index.idf[id]!);
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function similarity(index: ContextIndex, code: string, ctx: ReadonlyMap<number, number>): number {
  const k = index.codeIndex.get(code);
  if (k === undefined) return 0;
  let s = 0;
  for (let i = index.start[k]!; i < index.start[k + 1]!; i++) {
    const x = ctx.get(index.ids[i]!);
    if (x !== undefined) s += x * index.weights[i]!;
  }
  return s;
}

/**
 * Re-orders a resolution's candidates by context: those within `contextWindow` of the top score get
 * `contextWeight` × similarity added to their order key. Scores shown stay the title match's own; each
 * candidate considered carries its similarity in `context`. Returns the resolution unchanged without context.
 */
export function applyContext(
  index: ContextIndex,
  r: Resolution,
  context: { description?: string; industry?: string },
  opts: ResolveOptions,
): Resolution & { contextUsed: boolean } {
  const text = [context.description ?? '', industryText(context.industry ?? '')].join(' ').trim();
  const top = r.candidates[0];
  if (!top || text === '' || top.source === 'code') return { ...r, contextUsed: false };
  const ctx = contextVector(index, text);
  if (ctx.size === 0) return { ...r, contextUsed: false };
  const keyed = r.candidates.map((c, i) => {
    const near = c.score >= top.score - opts.contextWindow;
    const sim = near ? similarity(index, c.code, ctx) : 0;
    return {
      c: near ? ({ ...c, context: Math.round(sim * 1000) / 1000 } as Candidate) : c,
      key: near ? c.score + opts.contextWeight * sim : -1,
      i,
    };
  });
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  return { ...r, candidates: keyed.map((k) => k.c), contextUsed: true };
}
