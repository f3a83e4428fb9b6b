/**
 * A title of several words that no single O*NET title holds, read through one occupation whose title lists hold
 * them all between them: it lists the typed head word (the last, the kind of worker) alone as a title, and for
 * every other typed word some title of the same occupation holds it. "film director": Producers and
 * Directors list "Director" and, with "film", "Film Maker" and "Film Producer"; Music Directors and Composers
 * hold "film" only in "Film Composer". The occupation whose rarest typed word is held by the most of its titles
 * is the reading, only when no other occupation holds them as often (else no reading: a "did you mean").
 * Words of a phrase ("director of photography") and one-word titles are left to the resolver; a typed word no
 * title of the occupation holds ("dragon trainer", "space pirate") leaves the title a guess.
 */
import type { StoreCache } from '../store/cache.js';
import { titleKey } from './titles.js';
import type { JointTitles } from './types.js';

/** The occupation whose title lists hold a typed title's words between them, and how (Resolution.joint). */
export interface JointReading extends JointTitles {
  code: string;
  soc: string;
  title: string;
  /**
   * A title of the occupation whose text holds every typed word after all, across its alias ("HS Math Teacher (High
   * School Mathematics Teacher)" for "high school math teacher"): the reading is through that one title.
   */
  whole?: string;
}

/** Words that join a phrase: a title holding them is read whole by the resolver, not word by word. */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'in', 'to', 'at', 'with', 'on', 'or']);

/** The head word of a title: its last word before any parenthesised alias or qualifier after a comma. */
const headOf = (title: string): string | undefined =>
  titleKey(title.split('(')[0]!.split(',')[0]!).split(' ').filter(Boolean).at(-1);

const byLength = (x: string, y: string) => x.length - y.length || x.localeCompare(y);

/** The one occupation whose titles hold every word of `typed` between them (see the file comment), if one does. */
export function jointReading(store: StoreCache, typed: string): JointReading | undefined {
  const words = [...new Set(titleKey(typed).split(' ').filter(Boolean))];
  if (words.length < 2 || words.some((w) => PHRASE_WORDS.has(w))) return undefined;
  const head = words.at(-1)!;
  const rest = words.slice(0, -1);
  // The head word alone is one of the occupation's titles ("Director"), not only a longer one ("Child's Nurse").
  const withHead = store.statement('SELECT DISTINCT code, title FROM title_keys WHERE key = ?').all(head) as {
    code: string;
    title: string;
  }[];
  const heads = new Map<string, string[]>();
  for (const r of withHead) if (headOf(r.title) === head) heads.set(r.code, [...(heads.get(r.code) ?? []), r.title]);
  const found: (JointReading & { support: number })[] = [];
  for (const [code, headTitles] of heads) {
    const titles = store
      .statement('SELECT DISTINCT title FROM title_keys WHERE code = ?')
      .pluck(true)
      .all(code) as string[];
    // Only titles whose text has a typed word are keyed (a title's key words are folded forms of its text).
    const keyed = titles
      .filter((t) => {
        const low = t.toLowerCase();
        return rest.some((w) => low.includes(w));
      })
      .map((t) => ({ t, w: new Set(titleKey(t).split(' ')) }));
    const held = rest.map((word) => ({
      word,
      titles: keyed
        .filter((x) => x.w.has(word))
        .map((x) => x.t)
        .sort(byLength),
    }));
    if (held.some((h) => h.titles.length === 0)) continue;
    const occ = store.statement('SELECT soc, title FROM occupations WHERE code = ?').get(code) as
      | { soc: string; title: string }
      | undefined;
    if (!occ) continue;
    found.push({
      code,
      soc: occ.soc,
      title: occ.title,
      head: [...headTitles].sort(byLength)[0]!,
      words: held.map((h) => ({ word: h.word, titles: h.titles.slice(0, 3) })),
      support: Math.min(...held.map((h) => h.titles.length)),
    });
  }
  found.sort((x, y) => y.support - x.support || x.code.localeCompare(y.code));
  const [best, next] = found;
  if (!best || (next && next.support === best.support)) return undefined;
  const { support: _s, ...reading } = best;
  const all = store
    .statement('SELECT DISTINCT title FROM title_keys WHERE code = ?')
    .pluck(true)
    .all(best.code) as string[];
  const whole = all.find((t) => {
    const w = new Set(titleKey(t).split(' '));
    return words.every((x) => w.has(x));
  });
  return whole ? { ...reading, whole } : reading;
}
