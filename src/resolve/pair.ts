/**
 * Pair-aware disambiguation: a side the resolver marks ambiguous is re-ranked by how its readings fit the
 * other side's field. A candidate gains `pairWeight` × (the share, by score, of the other side's top
 * `pairContextReadings` readings in the candidate's SOC major group; readings far below the other side's
 * best, under `pairContextFloor` × its score, are not part of its field). The field is the context, not
 * closeness: "Production Assistant" next to "Associate Producer" becomes the media job (27-4xxx), while
 * "Associate Producer" is not pulled towards the other side's own minor group. A clear side is unchanged;
 * no reading is dropped, and each re-ranked candidate keeps its own score as `baseScore`.
 *
 * Context only breaks near-ties: an occupation's own O*NET title matched exactly ("graphic designer" →
 * Graphic Designers, "carpenter" → Carpenters) is never overridden, and only readings close on their own
 * (within `pairNearTie` of the best score, or whose matched title contains the whole query of two or more
 * words) can gain, and only when the other side's field is clear (`pairFieldShare` of its readings in one group).
 */
import { type ResolveOptions, resolveOptions } from './config.js';
import { canonWord, rawWords, tokens } from './normalize.js';
import type { Candidate, Resolution } from './types.js';

/** The best reading is the occupation's own O*NET title, matched as typed (not typo-corrected, not reordered away). */
export function isExactOccupationTitle(c: Candidate, opts: ResolveOptions): boolean {
  return c.source === 'occupation' && (c.baseScore ?? c.score) >= opts.wordOrderScore && !c.corrected;
}

/** Every word of the query (typos corrected as this candidate read them) is in the candidate's matched title. */
function containsQuery(query: string, c: Candidate): boolean {
  // A title matched whole ("Certified Nursing Assistant (CNA)" for "certified nursing assistant") is the same
  // title, not a longer one: it competes as a near-tie or not at all.
  if (c.source !== 'partial' && c.source !== 'fuzzy') return false;
  const want = rawWords(query).flatMap((w) => canonWord(c.corrected?.[w] ?? w));
  const have = new Set(tokens(c.matched ?? ''));
  // One word is too little to call a phrase ("carpenter" is in "Carpenter Supervisor"): near-ties only. The title
  // must be longer than the query: the phrase used inside another field's titles ("Digital Production
  // Assistant"), not the same title listed twice (that is a near-tie or not).
  return want.length > 1 && have.size > want.length && want.every((t) => have.has(t));
}

/** Every word of `query` (as typed, in canonical form) is in the candidate's matched title. */
function holdsWords(query: string, c: Candidate): boolean {
  const have = new Set(tokens(c.matched ?? ''));
  const want = rawWords(query).flatMap((w) => canonWord(w));
  return want.length > 0 && want.every((t) => have.has(t));
}

/** Share (by score) of a resolution's top readings in each SOC major group. */
function fieldContext(r: Resolution, readings: number, floor: number): Map<string, number> {
  const best = r.candidates[0]?.score ?? 0;
  const top = r.candidates.slice(0, readings).filter((c) => c.score >= floor * best);
  const total = top.reduce((s, c) => s + c.score, 0) || 1;
  const out = new Map<string, number>();
  for (const c of top) out.set(c.code.slice(0, 2), (out.get(c.code.slice(0, 2)) ?? 0) + c.score / total);
  return out;
}

/** Re-ranks an ambiguous side by the other side's field; a clear side is returned unchanged. */
export function rerankWithContext(
  side: Resolution,
  other: Resolution,
  o: Partial<ResolveOptions> = {},
  ties?: readonly string[],
): Resolution {
  const opts = resolveOptions(o);
  if (!side.ambiguous || side.candidates.length < 2 || other.candidates.length === 0) return side;
  const top = side.candidates[0]!;
  if (isExactOccupationTitle(top, opts) && !ties) return side;
  const topBase = top.baseScore ?? top.score;
  // With `ties` (the occupations that name or list the title equally firmly, src/compare/reading.ts), context
  // chooses only among them; otherwise among readings close by score or holding the whole phrase.
  // A longer title holding the other side's words too names both jobs at once ("HVAC Mechanic Boiler Operator" for
  // "hvac mechanic" next to "boiler operator"): a combined job, not this side's reading in the other's field.
  const close = (c: Candidate) =>
    ties
      ? ties.includes(c.code)
      : (c.baseScore ?? c.score) >= topBase - opts.pairNearTie ||
        (containsQuery(side.query, c) && !holdsWords(other.query, c));
  const ctx = fieldContext(other, opts.pairContextReadings, opts.pairContextFloor);
  // No clear field on the other side (its readings split between major groups): nothing to break a tie with.
  if (Math.max(0, ...ctx.values()) < opts.pairFieldShare) return side;
  // Equal lifts keep the stand-alone order: each reading competes with the score of the envelope (no higher than
  // any reading before it), so the context moves a side only towards a field, never back by score alone.
  let envelope = Number.POSITIVE_INFINITY;
  const candidates = side.candidates
    .map((c, i) => {
      const base = c.baseScore ?? c.score;
      envelope = Math.min(envelope, base);
      const lift = close(c) ? opts.pairWeight * (ctx.get(c.code.slice(0, 2)) ?? 0) : 0;
      const score = Math.round((base + lift) * 1000) / 1000;
      return { c: { ...c, score, baseScore: base }, key: envelope + lift, i };
    })
    .sort((x, y) => y.key - x.key || x.i - y.i)
    .map((x) => x.c);
  const changed = candidates[0]!.code !== side.candidates[0]!.code;
  const note = changed
    ? `read as ${candidates[0]!.code} ${candidates[0]!.title} next to "${other.query}" (on its own: ${side.candidates[0]!.code})`
    : side.note;
  return { ...side, candidates, ...(note ? { note } : {}) };
}

/** Both sides of a comparison, each re-ranked against the other's stand-alone readings. */
export function resolvePair(
  a: Resolution,
  b: Resolution,
  o: Partial<ResolveOptions> = {},
  ties: { a?: readonly string[] | undefined; b?: readonly string[] | undefined } = {},
): [Resolution, Resolution] {
  return [rerankWithContext(a, b, o, ties.a), rerankWithContext(b, a, o, ties.b)];
}
