/**
 * "Did you mean": what the compare form says for an input nothing matches confidently (no reading, or the
 * resolver's calibrated confidence below COMPARE_DEFAULTS.minConfidence, src/compare/resolve.ts isGuess). Each
 * reading is offered as a link that keeps the reader's words and picks that occupation by code, so a guess never
 * becomes an article unless the reader chooses it.
 */
import { isGuess } from '../compare/resolve.js';
import type { Resolution } from '../resolve/types.js';
import { suggestionsFor } from './lookup.js';
import type { FormProblem } from './pages/compare.js';
import type { Site } from './site.js';

/** The problems of the sides that are guesses (a side given by code, or resolution null, is none). */
export function guessProblems(
  site: Site,
  typed: { a: string; b: string },
  res: { a: Resolution | null; b: Resolution | null },
  limit = 4,
  guess?: { a: boolean; b: boolean },
): FormProblem[] {
  const cat = site.catalog();
  const out: FormProblem[] = [];
  for (const param of ['a', 'b'] as const) {
    const r = res[param];
    if (!r || !(guess ? guess[param] : isGuess(r))) continue;
    const text = typed[param];
    const readings = r.candidates.filter((c) => cat.byCode.has(c.code)).slice(0, limit);
    const pick = (code: string) =>
      `/compare?a=${encodeURIComponent(typed.a)}&b=${encodeURIComponent(typed.b)}&${param}Code=${encodeURIComponent(code)}`;
    const retype = (label: string) =>
      `/compare?${param === 'a' ? `a=${encodeURIComponent(label)}&b=${encodeURIComponent(typed.b)}` : `a=${encodeURIComponent(typed.a)}&b=${encodeURIComponent(label)}`}`;
    out.push(
      readings.length > 0
        ? {
            param,
            message: `Nothing matches “${text}” confidently, so there is no article for it. Pick the occupation you mean, or type another title.`,
            suggestions: readings.map((c) => ({ label: c.title, href: pick(c.code) })),
          }
        : {
            param,
            message: `No occupation matches “${text}”.`,
            suggestions: suggestionsFor(site, text, limit).map((s) => {
              // A resolver hint may name an occupation ("Database Administrators (15-1242.00)"): pick it by code.
              const code = /\((\d{2}-\d{4}\.\d{2})\)$/.exec(s.label)?.[1];
              return code && cat.byCode.has(code)
                ? { label: s.label.replace(/\s*\([^()]*\)$/, ''), href: pick(code) }
                : { label: s.label, href: retype(s.label) };
            }),
          },
    );
  }
  return out;
}
