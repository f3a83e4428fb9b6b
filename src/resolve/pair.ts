/**
 * Pair-aware disambiguation for the compare stage: each side's candidates are re-ranked by their affinity
 * to the other side's likely readings — same SOC major / minor / broad group, and shared title words
 * (5-letter prefixes, so "producer" meets "production"). An ambiguous side leans on the context
 * (`pairWeightAmbiguous`), a clear side barely moves (`pairWeightClear`). No reading is dropped.
 */
import { type ResolveOptions, resolveOptions } from './config.js';
import { tokens } from './normalize.js';
import type { Candidate, Resolution } from './types.js';

const stems = (texts: string[]): Set<string> =>
  new Set(texts.flatMap((t) => tokens(t)).map((w) => (w.length >= 5 ? w.slice(0, 5) : w)));

interface Context {
  weighted: { code: string; w: number }[];
  words: Set<string>;
}

function contextOf(r: Resolution): Context {
  const top = r.candidates.slice(0, 3);
  const total = top.reduce((a, c) => a + c.score, 0) || 1;
  return {
    weighted: top.map((c) => ({ code: c.code, w: c.score / total })),
    words: stems([r.query, ...top.map((c) => c.title)]),
  };
}

/** 0–1: how well a candidate fits the other side's readings. */
export function affinity(c: Candidate, ctx: Context): number {
  let group = 0;
  for (const { code, w } of ctx.weighted) {
    const g =
      (code.slice(0, 2) === c.code.slice(0, 2) ? 0.5 : 0) +
      (code.slice(0, 4) === c.code.slice(0, 4) ? 0.2 : 0) +
      (code.slice(0, 6) === c.code.slice(0, 6) ? 0.1 : 0);
    group += w * g;
  }
  const mine = stems([c.title, c.matched]);
  let shared = 0;
  for (const s of mine) if (ctx.words.has(s)) shared++;
  return group + 0.2 * Math.min(1, shared / Math.max(1, Math.min(mine.size, 3)));
}

/** Re-ranks one side given the other; keeps every candidate, records baseScore. */
export function rerankWithContext(side: Resolution, other: Resolution, o: Partial<ResolveOptions> = {}): Resolution {
  const opts = resolveOptions(o);
  if (side.candidates.length === 0 || other.candidates.length === 0) return side;
  const ctx = contextOf(other);
  const gamma = side.ambiguous ? opts.pairWeightAmbiguous : opts.pairWeightClear;
  const candidates = side.candidates
    .map((c) => {
      const base = c.baseScore ?? c.score;
      const score = Math.round(((1 - gamma) * base + gamma * affinity(c, ctx)) * 1000) / 1000;
      return { ...c, score, baseScore: base };
    })
    .sort((a, b) => b.score - a.score || (b.baseScore ?? 0) - (a.baseScore ?? 0));
  const changed = candidates[0]!.code !== side.candidates[0]!.code;
  const note = changed
    ? `read as ${candidates[0]!.code} ${candidates[0]!.title} next to "${other.query}" (on its own: ${side.candidates[0]!.code})`
    : side.note;
  return { ...side, candidates, ...(note ? { note } : {}) };
}

/** Both sides of a comparison, each re-ranked against the other's stand-alone readings. */
export function resolvePair(a: Resolution, b: Resolution, o: Partial<ResolveOptions> = {}): [Resolution, Resolution] {
  return [rerankWithContext(a, b, o), rerankWithContext(b, a, o)];
}
