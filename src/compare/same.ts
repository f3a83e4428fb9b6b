/**
 * Same occupation on both sides ("Film Producer" vs "TV Producer"): official figures cannot tell the two
 * apart, so say so plainly and gather what the data can still distinguish — the titles each input matched,
 * alternate titles, specialisations under the same SOC code and tasks that use each input's own words.
 */
import { foldText, tokens } from '../resolve/normalize.js';
import type { OnetProfile } from '../store/profile.js';
import { taskRef } from './duties.js';
import { listedAsTyped, whereListed } from './titles.js';
import type { Distinction, Pair, Resolution, SameOccupation, TitleFacts } from './types.js';

/** Words that say nothing about which job it is. */
const GENERIC = new Set(['job', 'work', 'worker', 'career', 'position', 'role', 'occupation']);

/** The input's own words: canonical tokens minus the other input's and generic ones. */
export function ownWords(input: string, other: string): string[] {
  const theirs = new Set(tokens(other));
  return tokens(input).filter((w) => !theirs.has(w) && !GENERIC.has(w) && w.length > 1);
}

const mentions = (text: string, words: string[]): boolean => {
  if (words.length === 0) return false;
  const t = new Set(tokens(text));
  return words.some((w) => t.has(w));
};

/** Share of the input's words (all of them, not only its own) that one title holds, 0–1. */
const coverage = (title: string, input: string[]): number => {
  if (input.length === 0) return 0;
  const t = new Set(tokens(title));
  return input.filter((w) => t.has(w)).length / input.length;
};

/** How closely the best of an occupation's titles (its own and alternate ones) holds the whole input. */
const bestCoverage = (p: OnetProfile, input: string[]): number =>
  Math.max(coverage(p.occupation.title, input), ...p.alternateTitles.map((t) => coverage(t, input)));

interface SameContext {
  profile: OnetProfile;
  /** Profiles of other O*NET codes under the same SOC code (specialisations), for the distinctions. */
  siblings: OnetProfile[];
}

function distinction(input: string, other: string, r: Resolution, ctx: SameContext, limit: number): Distinction {
  const words = ownWords(input, other);
  const all = tokens(input).filter((w) => !GENERIC.has(w));
  // A specialty "matches more closely" only when one of its titles holds more of the whole input than any title
  // the chosen occupation lists: one shared word ("tv") is not closer when 27-2012.00 lists "TV Producer" itself.
  const own = bestCoverage(ctx.profile, all);
  return {
    input,
    matched: r.matched,
    relatedTitles: ctx.profile.alternateTitles.filter((t) => mentions(t, words)).slice(0, limit),
    specialisations: ctx.siblings
      .filter((s) => s.occupation.code !== ctx.profile.occupation.code)
      .filter((s) => mentions(s.occupation.title, words) || s.alternateTitles.some((t) => mentions(t, words)))
      .filter((s) => bestCoverage(s, all) > own)
      .map((s) => ({ code: s.occupation.code, title: s.occupation.title })),
    tasks: ctx.profile.tasks
      .filter((t) => mentions(t.text, words))
      .slice(0, limit)
      .map(taskRef),
  };
}

/**
 * Whether O*NET itself puts both typed titles in the one chosen occupation (a code counts as listed). When only
 * the resolver's choice makes them one ("graphics designer" is a title of Web and Digital Interface Designers,
 * read here as Graphic Designers), the article must not say the official data equates them.
 */
export function bothListed(r: Pair<Resolution>, titles: Pair<TitleFacts | null | undefined> | undefined): boolean {
  const listed = (s: 'a' | 'b') => r[s].source === 'code' || listedAsTyped(titles?.[s], r[s].code);
  return listed('a') && listed('b');
}

/** "careerdiff reads both as …; O*NET lists “Graphics Designer” as a title of …": what the title lists say. */
export function readAsOne(r: Pair<Resolution>, titles: Pair<TitleFacts | null | undefined>): string {
  const notes = (['a', 'b'] as const)
    .filter((s) => r[s].source !== 'code' && !listedAsTyped(titles[s], r[s].code))
    .map((s) => titles[s])
    .filter((f): f is TitleFacts => Boolean(f))
    .map(whereListed);
  return notes.length > 0 ? `${notes.join('; ')}.` : '';
}

/** Null unless both sides are one input, one O*NET code or one SOC code. */
export function sameOccupation(
  r: Pair<Resolution>,
  ctx: Pair<SameContext>,
  limit = 8,
  titles?: Pair<TitleFacts>,
): SameOccupation | null {
  const sameInput = foldText(r.a.input) === foldText(r.b.input);
  const sameCode = r.a.code === r.b.code;
  const sameSoc = r.a.soc === r.b.soc;
  if (!sameInput && !sameCode && !sameSoc) return null;
  const kind = sameInput ? 'same_input' : sameCode ? 'same_code' : 'same_soc';
  const message =
    kind === 'same_input'
      ? `Both sides are "${r.a.input}": there is nothing to compare; the figures below describe one occupation (${r.a.code} ${r.a.title}).`
      : kind === 'same_code' && titles && !bothListed(r, titles)
        ? `careerdiff reads "${r.a.input}" and "${r.b.input}" as one O*NET occupation (${r.a.code} ${r.a.title}), so the figures are the same for both; O*NET does not list both titles under it: ${readAsOne(r, titles)}`
        : kind === 'same_code'
          ? `"${r.a.input}" and "${r.b.input}" are the same occupation in O*NET (${r.a.code} ${r.a.title}): the official figures (duties, requirements, skills, wages, outlook) are the same for both. Only the titles and the tasks named below tell them apart.`
          : `"${r.a.input}" (${r.a.code} ${r.a.title}) and "${r.b.input}" (${r.b.code} ${r.b.title}) share the SOC code ${r.a.soc}: BLS wages, employment and projections are the same for both; O*NET describes each separately.`;
  return {
    kind,
    message,
    identical: { onet: sameCode, bls: sameSoc },
    distinctions: {
      a: distinction(r.a.input, r.b.input, r.a, ctx.a, limit),
      b: distinction(r.b.input, r.a.input, r.b, ctx.b, limit),
    },
  };
}
