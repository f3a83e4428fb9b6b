/**
 * A partial reading that leaves a typed word outside the matched title, kept when the matched occupation's own O*NET
 * text uses that word: "stage actor" matches "Actors", and the Actors' tasks say "stage productions"; "python
 * developer" matches "Developer" of Software Developers, whose technology examples name Python. Only the resolver's
 * best reading is tried, only when nothing was corrected and the matched title ends with the typed head word (the
 * kind of worker); every other typed word must be in the occupation's description, task statements, technology
 * examples or other titles. "biology lab technician" (Chemical Technicians' texts lack "biology") and "hoa manager"
 * stay guesses: a "did you mean". A career-stage word ("student nurse", "intern") is never kept by text: an
 * occupation's texts use it for the people it trains or serves ("instruction of … students"), and a student nurse is
 * not a registered nurse.
 */
import type { Resolution as RResolution } from '../resolve/types.js';
import type { StoreCache } from '../store/cache.js';
import { CAREER_STAGE, titleKey } from './titles.js';
import type { TextEvidence } from './types.js';

/** The words of a text as title keys fold them (lower case, plurals folded). */
const wordsOf = (text: string): string[] => titleKey(text).split(' ').filter(Boolean);

/** The head word of a title: its last word before any parenthesised alias or qualifier after a comma. */
const headOf = (title: string): string | undefined => wordsOf(title.split('(')[0]!.split(',')[0]!).at(-1);

/** Where in its O*NET text an occupation uses a word: the first place found, in this order, with that text. */
function findWord(store: StoreCache, code: string, word: string): TextEvidence | undefined {
  const has = (t: string) => wordsOf(t).includes(word);
  const occ = store.statement('SELECT description FROM occupations WHERE code = ?').pluck(true).get(code) as
    | string
    | undefined;
  if (occ && has(occ)) return { word, kind: 'description', text: occ };
  const sources: [TextEvidence['kind'], string][] = [
    ['task', 'SELECT task FROM tasks WHERE occ_code = ? ORDER BY task_id'],
    ['technology', 'SELECT DISTINCT example FROM technology_skills WHERE occ_code = ? ORDER BY example'],
    ['title', 'SELECT DISTINCT title FROM title_keys WHERE code = ? ORDER BY title'],
  ];
  for (const [kind, sql] of sources) {
    const text = (store.statement(sql).pluck(true).all(code) as string[]).find(has);
    if (text) return { word, kind, text };
  }
  return undefined;
}

/**
 * The evidence that keeps a partial reading (see the file comment), one entry per typed word the matched title
 * lacks; undefined when there is none to keep it by. `unexplained` are those words (src/compare/resolve.ts).
 */
export function textEvidence(
  store: StoreCache,
  own: RResolution,
  unexplained: readonly string[],
): TextEvidence[] | undefined {
  const top = own.candidates[0];
  if (!top || unexplained.length === 0 || Object.keys(top.corrected ?? {}).length > 0) return undefined;
  const typed = wordsOf(own.query);
  if (typed.length < 2 || headOf(top.matched ?? '') !== typed.at(-1)) return undefined;
  const out: TextEvidence[] = [];
  for (const w of unexplained) {
    if (CAREER_STAGE.test(w)) return undefined;
    const word = wordsOf(w)[0];
    const found = word === undefined ? undefined : findWord(store, top.code, word);
    if (!found) return undefined;
    out.push(found);
  }
  return out;
}
