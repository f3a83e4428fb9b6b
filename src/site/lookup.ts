/**
 * From URL text to occupations: exact slugs and codes first, then the resolver for other spellings
 * ("associate-producer-vs-production-assistant"), with suggestions when nothing fits.
 */
import { DEFAULTS } from '../defaults.js';
import { CareerdiffError } from '../errors.js';
import { isGuess } from '../compare/resolve.js';
import type { Candidate, Resolution } from '../resolve/types.js';
import type { Catalog } from './catalog.js';
import { slugify, slugWords, splitPair } from './slug.js';
import type { Site } from './site.js';
import type { Suggestion } from './pages/search.js';

const CODE = /^(\d{2})-(\d{4})(?:[.-](\d{2}))?$/;

/** An O*NET-SOC code in any of "27-2012.00", "27-2012-00", "27-2012" (→ .00), if the catalog has it. */
export function codeFromText(cat: Catalog, text: string): string | null {
  const m = CODE.exec(text.trim());
  if (!m) return null;
  const code = `${m[1]}-${m[2]}.${m[3] ?? '00'}`;
  return cat.byCode.has(code) ? code : null;
}

/** The code of an exact slug or code. */
export function exactCode(cat: Catalog, text: string): string | null {
  return cat.bySlug.get(text)?.code ?? codeFromText(cat, text);
}

/** Both sides of a pair slug, if each is an exact slug or code. Tries every "-vs-" split. */
function exactPair(cat: Catalog, slug: string): [string, string] | null {
  for (const [l, r] of splitPair(slug)) {
    const a = exactCode(cat, l);
    const b = exactCode(cat, r);
    if (a && b) return [a, b];
  }
  return null;
}

export function suggestionsFor(site: Site, text: string, limit = 5): Suggestion[] {
  const q = slugWords(slugify(text)).slice(0, DEFAULTS.site.maxQueryLength);
  if (!q) return [];
  const cat = site.catalog();
  try {
    const r = site.engine.resolve(q, limit);
    const out: Suggestion[] = r.candidates
      .filter((c) => cat.byCode.has(c.code))
      .map((c) => ({ label: c.title, href: cat.byCode.get(c.code)!.path, note: matchNote(c) }));
    if (out.length === 0)
      for (const s of r.suggestions ?? [])
        out.push({ label: s, href: `/search?q=${encodeURIComponent(s.replace(/^\d{2}-\d{4}\.\d{2} /, ''))}` });
    return out.slice(0, limit);
  } catch (err) {
    // Text the resolver refuses (too long, no words) has no suggestions; anything else is a real failure.
    if (err instanceof CareerdiffError && (err.kind === 'usage' || err.kind === 'not_found')) return [];
    throw err;
  }
}

const matchNote = (c: Candidate): string | undefined =>
  c.matched && c.matched.toLowerCase() !== c.title.toLowerCase() ? `(“${c.matched}”)` : undefined;

type PairLookup =
  | { kind: 'exact'; a: string; b: string }
  | { kind: 'resolved'; a: string; b: string; typed: { a: string; b: string } }
  | { kind: 'none'; sides: { text: string; found: boolean }[] }
  /** A side nothing matches confidently (src/compare/resolve.ts isGuess): a "did you mean", no article. */
  | {
      kind: 'guess';
      sides: { text: string; found: boolean }[];
      resolutions: [Resolution, Resolution];
      guess: [boolean, boolean];
    };

/**
 * Two typed titles read as a comparison reads them (Engine.readPair), with which side is a guess; an engine without
 * it (the site tests' fake) reads them by the resolver's pair step and isGuess.
 */
export function readTypedPair(
  site: Site,
  a: string,
  b: string,
): { resolutions: [Resolution, Resolution]; guess: [boolean, boolean] } {
  const read = site.engine.readPair?.(a, b);
  if (read) return read;
  const resolutions = site.engine.resolvePair(a, b);
  return { resolutions, guess: [isGuess(resolutions[0]), isGuess(resolutions[1])] };
}

/** A comparison slug → two codes: exact, via the resolver (pair-aware), or nothing. */
export function lookupPair(site: Site, rawSlug: string): PairLookup {
  const cat = site.catalog();
  const lower = rawSlug.toLowerCase();
  const exact = exactPair(cat, lower) ?? exactPair(cat, slugify(rawSlug));
  if (exact) return { kind: 'exact', a: exact[0], b: exact[1] };
  const splits = splitPair(slugify(rawSlug));
  const first = splits[0];
  if (!first) return { kind: 'none', sides: [{ text: slugWords(slugify(rawSlug)), found: false }] };
  const [l, r] = first.map((s) => slugWords(s).slice(0, DEFAULTS.site.maxQueryLength)) as [string, string];
  const min = DEFAULTS.site.slugRedirectMinScore;
  const {
    resolutions: [ra, rb],
    guess,
  } = readTypedPair(site, l, r);
  const ca = ra.candidates[0];
  const cb = rb.candidates[0];
  const okA = !!ca && ca.score >= min && cat.byCode.has(ca.code);
  const okB = !!cb && cb.score >= min && cat.byCode.has(cb.code);
  if (guess[0] || guess[1])
    return {
      kind: 'guess',
      sides: [
        { text: l, found: okA && !guess[0] },
        { text: r, found: okB && !guess[1] },
      ],
      resolutions: [ra, rb],
      guess,
    };
  if (!okA || !okB)
    return {
      kind: 'none',
      sides: [
        { text: l, found: okA },
        { text: r, found: okB },
      ],
    };
  return { kind: 'resolved', a: ca.code, b: cb.code, typed: { a: l, b: r } };
}
