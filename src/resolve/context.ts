/**
 * Context for coding a title: a job description / tasks and an industry (a NAICS code or words) given with
 * it. Each occupation is a TF-IDF vector of the words of its description, tasks and title; the context is
 * compared by cosine similarity, and candidates close to the top score may swap places by at most
 * `contextWeight` × similarity, so context breaks near-ties and never overrides a clear title match.
 * `buildContextIndex` is pure (texts in, index out) so it can run at import time.
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
  /** Per O*NET code: word → TF-IDF weight, L2-normalised. */
  vectors: Map<string, Map<string, number>>;
  idf: Map<string, number>;
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
  const idf = new Map([...df].map(([w, d]) => [w, Math.log(1 + n / d)]));
  const vectors = new Map<string, Map<string, number>>();
  for (const [code, m] of tf) {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of m) {
      const x = (1 + Math.log(c)) * idf.get(w)!;
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    vectors.set(code, v);
  }
  return { vectors, idf };
}

/** An industry given as a NAICS code (2–6 digits) → its sector's name; words are kept as they are. */
function industryText(industry: string): string {
  const code = industry.trim();
  if (/^\d{2,6}$/.test(code)) return NAICS_SECTORS[code.slice(0, 2)] ?? '';
  return code;
}

/** The context's vector (TF-IDF over the index's vocabulary, L2-normalised); empty when it says nothing. */
function contextVector(index: ContextIndex, text: string): Map<string, number> {
  const v = new Map<string, number>();
  for (const w of words(text)) {
    const idf = index.idf.get(w);
    if (idf !== undefined) v.set(w, (v.get(w) ?? 0) + idf);
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function similarity(index: ContextIndex, code: string, ctx: ReadonlyMap<string, number>): number {
  const occ = index.vectors.get(code);
  if (!occ) return 0;
  let s = 0;
  for (const [w, x] of ctx) s += x * (occ.get(w) ?? 0);
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
