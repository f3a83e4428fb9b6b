/**
 * Pair-aware resolution of the two inputs. Each side is resolved on its own; a side the resolver marks
 * ambiguous is then re-ranked by its field's fit with the other side's readings: a candidate gains
 * `pairWeight` × (share of the other side's top readings, by score, in the candidate's SOC major group).
 * The field (major group) is the context, not closeness: "Production Assistant" next to "Associate Producer"
 * becomes the media job (27-4xxx), while "Associate Producer" stays Producers and Directors rather than being
 * pulled to the other side's own minor group. --a-code / --b-code pick another reading; an unknown code or a
 * title that matches nothing is a not_found error.
 */
import { notFound } from '../errors.js';
import { loadTitles } from '../resolve/load.js';
import { createResolver, type Resolver } from '../resolve/resolver.js';
import type { Candidate as RCandidate, Resolution as RResolution } from '../resolve/types.js';
import type { DB } from '../store/open.js';
import { getOccupation, OCC_CODE } from '../store/profile.js';
import type { Candidate, Pair, Resolution } from './types.js';

const resolvers = new WeakMap<DB, Resolver>();

export function resolverFor(db: DB): Resolver {
  let r = resolvers.get(db);
  if (!r) {
    r = createResolver(loadTitles(db));
    resolvers.set(db, r);
  }
  return r;
}

/** Confidence is the title match's own score (0–1); the field context only orders the readings. */
const conf = (c: RCandidate): number => Math.min(1, c.baseScore ?? c.score);

const candidate = (c: RCandidate): Candidate => ({
  code: c.code,
  title: c.title,
  confidence: conf(c),
  matchedTitle: c.matched ?? null,
  matchKind: c.source ?? null,
});

/** A reader-given code: "27-2012.00", or a SOC code "27-2012" meaning its .00 occupation. */
export function checkCode(db: DB, code: string, param: string): string {
  const c = code.trim();
  const full = /^\d{2}-\d{4}$/.test(c) ? `${c}.00` : c;
  if (!OCC_CODE.test(full) || !getOccupation(db, full))
    throw notFound(`no O*NET occupation has the code ${c}`, { param });
  return full;
}

function sideResolution(
  db: DB,
  input: string,
  own: RResolution,
  paired: RResolution,
  chosenCode: string | undefined,
  limit: number,
): Resolution {
  if (chosenCode) {
    const occ = getOccupation(db, chosenCode)!;
    const hit = paired.candidates.find((c) => c.code === chosenCode);
    return {
      input,
      code: occ.code,
      soc: occ.soc,
      title: occ.title,
      confidence: hit ? conf(hit) : 1,
      method: 'reader_choice',
      matchedTitle: hit?.matched ?? null,
      matchKind: hit?.source ?? null,
      reason: `chosen by the reader (${occ.code})`,
      alternatives: paired.candidates
        .filter((c) => c.code !== chosenCode)
        .slice(0, limit)
        .map(candidate),
    };
  }
  const top = paired.candidates[0];
  if (!top)
    throw notFound(own.note ?? `no O*NET occupation matches "${input}"`, {
      input,
      suggestions: own.suggestions ?? [],
    });
  const ownTop = own.candidates[0]!;
  const method = top.source === 'code' ? 'code' : top.code !== ownTop.code ? 'pair_context' : 'title';
  const reason =
    method === 'code'
      ? `the input is the code ${top.code}`
      : method === 'pair_context'
        ? `"${input}" alone reads best as ${ownTop.code} ${ownTop.title}; next to the other career it reads as ${top.code} ${top.title}`
        : `"${input}" matches the ${top.source} title "${top.matched}"${own.ambiguous ? ' (other readings are close; see alternatives)' : ''}`;
  return {
    input,
    code: top.code,
    soc: top.soc,
    title: top.title,
    confidence: conf(top),
    method,
    matchedTitle: top.matched ?? null,
    matchKind: top.source ?? null,
    reason,
    alternatives: paired.candidates.slice(1, limit + 1).map(candidate),
  };
}

/** How much the other side's field can move an ambiguous side's candidates (scores are 0–1). */
export const PAIR_WEIGHT = 0.4;
/** How many of the other side's readings make up its context. */
const CONTEXT_READINGS = 3;

/** Share (by score) of a resolution's top readings in each SOC major group. */
export function fieldContext(r: RResolution): Map<string, number> {
  const top = r.candidates.slice(0, CONTEXT_READINGS);
  const total = top.reduce((s, c) => s + c.score, 0) || 1;
  const out = new Map<string, number>();
  for (const c of top) out.set(c.code.slice(0, 2), (out.get(c.code.slice(0, 2)) ?? 0) + c.score / total);
  return out;
}

/** Re-ranks an ambiguous side by the other side's field; a clear side is returned unchanged. */
export function rerankByField(side: RResolution, other: RResolution, weight = PAIR_WEIGHT): RResolution {
  if (!side.ambiguous || side.candidates.length < 2 || other.candidates.length === 0) return side;
  const ctx = fieldContext(other);
  const candidates = side.candidates
    .map((c) => ({
      ...c,
      baseScore: c.score,
      score: Math.round((c.score + weight * (ctx.get(c.code.slice(0, 2)) ?? 0)) * 1000) / 1000,
    }))
    .sort((x, y) => y.score - x.score || y.baseScore - x.baseScore);
  return { ...side, candidates };
}

export function resolvePairByField(a: RResolution, b: RResolution): [RResolution, RResolution] {
  return [rerankByField(a, b), rerankByField(b, a)];
}

export interface ResolveChoice {
  aCode?: string | undefined;
  bCode?: string | undefined;
}

export function resolveInputs(db: DB, input: Pair<string>, choice: ResolveChoice, limit = 5): Pair<Resolution> {
  const aCode = choice.aCode ? checkCode(db, choice.aCode, 'a-code') : undefined;
  const bCode = choice.bCode ? checkCode(db, choice.bCode, 'b-code') : undefined;
  const resolver = resolverFor(db);
  const ra = resolver.resolve(input.a, limit + 3);
  const rb = resolver.resolve(input.b, limit + 3);
  // A side fixed by the reader is the other side's context: pin it as the only reading.
  const pin = (r: RResolution, code: string | undefined): RResolution => {
    if (!code) return r;
    const occ = getOccupation(db, code)!;
    const hit = r.candidates.find((c) => c.code === code);
    return {
      ...r,
      ambiguous: false,
      candidates: [hit ?? { code, soc: occ.soc, title: occ.title, score: 1, matched: occ.title, source: 'code' }],
    };
  };
  const [pa, pb] = resolvePairByField(pin(ra, aCode), pin(rb, bCode));
  return {
    a: sideResolution(db, input.a, ra, aCode ? ra : pa, aCode, limit),
    b: sideResolution(db, input.b, rb, bCode ? rb : pb, bCode, limit),
  };
}
