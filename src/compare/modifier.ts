/**
 * A title that adds a specialty, setting, industry or employer word to a title O*NET knows ("oilfield welder",
 * "church secretary", "nightclub bouncer"), read from O*NET's own title lists (never from a list of words). The typed
 * title is split into added words and the longest head that the comparison reads alone as an exact O*NET title and
 * no guess ("welder": 51-4121.00, X). Then:
 * - X lists a title holding the added words: X ('listed');
 * - other occupations list a title holding the added words and ending in the head (the words make it their job):
 *   the occupation when it is the only one ('titled'), else no reading;
 * - another O*NET occupation of X's SOC code lists titles holding the words: that one when it is the only one
 *   ('sibling': "search engine marketer" → Search Marketing Strategists, not Market Research Analysts and Marketing
 *   Specialists), else no reading;
 * - else X only when the head alone reads firmly (calibrated confidence at least COMPARE_DEFAULTS.minConfidence, or
 *   no close rival: "secretary", not "driver", "aide" or "instructor"), and confidently when a word is in no O*NET
 *   title ('unknown': "nightclub"; "dragon trainer" stays a guess) or another occupation lists a title ending in the
 *   head and one holding an added word (the word may point to it); said as: no O*NET title with the words ends in
 *   the head ('elsewhere'), or none holds them together ('none'); never when the head's occupation title leaves
 *   out ("Except …") a job named in the title of an occupation whose titles hold the words ("sheriff dispatcher").
 * What decided is kept (Resolution.modifier) so the page can say it and a test can re-derive it from the raw files.
 */
import type { StoreCache } from '../store/cache.js';
import { titleKey } from './titles.js';
import type { ModifierTitles } from './types.js';

/** Words that join a phrase ("labor and delivery"): not modifiers of their own. */
const JOINING: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'in', 'to', 'at', 'with', 'on', 'or', 'a']);

/** How many example titles a reading keeps. */
const EXAMPLES = 3;

/** The key of a title's head phrase: its words before any parenthesised alias or qualifier after a comma. */
const headKey = (title: string): string => titleKey(title.split('(')[0]!.split(',')[0]!);

/** Whether a title's head phrase ends with the typed head ("Staff Attorney" ends with "attorney"). */
export const endsWithHead = (title: string, head: string): boolean => {
  const k = headKey(title);
  return k === head || k.endsWith(` ${head}`);
};

const byLength = (x: string, y: string) => x.length - y.length || x.localeCompare(y);

/** The reading of a modified title: the occupation and what decided. */
export interface ModifierReading extends ModifierTitles {
  code: string;
}

/** How a head reads on its own: its occupation, and whether the comparison's calibrated confidence is firm. */
export interface HeadReading {
  code: string;
  /** The calibrated confidence reaches COMPARE_DEFAULTS.minConfidence ("bouncer", not "driver"). */
  confident: boolean;
  /** Confident, or the resolver finds no close rival ("secretary": no other occupation lists it as firmly). */
  firm: boolean;
}

/** Every O*NET title (any list) whose key holds all the words, by occupation. */
function titlesHolding(store: StoreCache, words: string[]): Map<string, string[]> {
  const rows = store
    .statement(`SELECT DISTINCT code, title, key FROM title_keys WHERE ' ' || key || ' ' LIKE '% ' || ? || ' %'`)
    .all(words[0]!) as { code: string; title: string; key: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const have = new Set(r.key.split(' '));
    if (!words.every((w) => have.has(w))) continue;
    const list = out.get(r.code) ?? [];
    if (!list.includes(r.title)) list.push(r.title);
    out.set(r.code, list);
  }
  return out;
}

/** Whether any O*NET title uses the word. */
const usedInTitles = (store: StoreCache, word: string): boolean =>
  store
    .statement(`SELECT 1 FROM title_keys WHERE ' ' || key || ' ' LIKE '% ' || ? || ' %' LIMIT 1`)
    .pluck(true)
    .get(word) !== undefined;

/** Whether the occupation lists a title whose head phrase ends with the head. */
const listsHead = (store: StoreCache, code: string, head: string): boolean =>
  (store.statement('SELECT DISTINCT title FROM title_keys WHERE code = ?').pluck(true).all(code) as string[]).some(
    (t) => endsWithHead(t, head),
  );

/** An occupation's O*NET title. */
const titleOf = (store: StoreCache, code: string): string =>
  (store.statement('SELECT title FROM occupations WHERE code = ?').pluck(true).get(code) as string | undefined) ?? '';

/**
 * Whether the head's occupation title leaves out the jobs the added words name: a word after its "Except" is in
 * the O*NET title of an occupation with titles holding the words ("Dispatchers, Except Police, Fire, and Ambulance"
 * and "sheriff", whose titles are of "Police and Sheriff's Patrol Officers").
 */
function excludes(store: StoreCache, code: string, holders: string[]): boolean {
  const at = titleKey(titleOf(store, code)).split(' except ')[1];
  if (!at) return false;
  const left = new Set(at.split(' ').filter((w) => !JOINING.has(w)));
  return holders.some((h) =>
    titleKey(titleOf(store, h))
      .split(' ')
      .some((w) => left.has(w)),
  );
}

/** What decided for one split of the typed words into added words and a head read alone as `x`. */
function decide(store: StoreCache, head: string, mods: string[], x: HeadReading): ModifierReading | undefined {
  const base = { head, words: mods };
  if (mods.some((w) => !usedInTitles(store, w)))
    return x.confident ? { ...base, code: x.code, how: 'unknown', titles: [] } : undefined;
  const holding = titlesHolding(store, mods);
  const own = holding.get(x.code);
  if (own) return { ...base, code: x.code, how: 'listed', titles: own.sort(byLength).slice(0, EXAMPLES) };
  // One title with the words and the head: the words name that occupation's job ("Kindergarten Teacher Aide").
  const titled = [...holding].filter(([, ts]) => ts.some((t) => endsWithHead(t, head)));
  if (titled.length === 1) {
    const [code, ts] = titled[0]!;
    const with_ = ts.filter((t) => endsWithHead(t, head)).sort(byLength);
    return { ...base, code, how: 'titled', titles: with_.slice(0, EXAMPLES) };
  }
  if (titled.length > 1) return undefined;
  // Another O*NET occupation of the head's SOC code has titles holding the words: they tell its specialties apart
  // ("search engine" in Search Marketing Strategists' titles, beside Market Research Analysts and Marketing
  // Specialists, both 13-1161).
  const siblings = [...holding].filter(([code]) => code !== x.code && code.slice(0, 7) === x.code.slice(0, 7));
  if (siblings.length === 1) {
    const [code, ts] = siblings[0]!;
    return { ...base, code, how: 'sibling', titles: ts.sort(byLength).slice(0, EXAMPLES) };
  }
  if (siblings.length > 1) return undefined;
  if (!x.firm || excludes(store, x.code, [...holding.keys()])) return undefined;
  const all = [...holding.values()].flat().sort(byLength).slice(0, EXAMPLES);
  if (holding.size === 0) return { ...base, code: x.code, how: 'none', titles: [] };
  // Another occupation lists the head in one title and an added word in another ("special" with "… aide"): the
  // words may point to it, so only a firm head reading stands.
  const near = mods.some((w) =>
    [...titlesHolding(store, [w]).keys()].some((code) => code !== x.code && listsHead(store, code, head)),
  );
  return near && !x.confident ? undefined : { ...base, code: x.code, how: 'elsewhere', titles: all };
}

/**
 * The reading of `typed` as its head, or undefined. `readsAlone(head)` is how a head reads on its own when that is
 * an exact O*NET title and no guess (the comparison's own reading of it), else undefined.
 */
export function modifierReading(
  store: StoreCache,
  typed: string,
  readsAlone: (head: string) => HeadReading | undefined,
): ModifierReading | undefined {
  const words = titleKey(typed).split(' ').filter(Boolean);
  if (words.length < 2) return undefined;
  // The longest head first: "construction laborer" before "laborer".
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(k).join(' ');
    const mods = [...new Set(words.slice(0, k).filter((w) => !JOINING.has(w)))];
    if (mods.length === 0 || JOINING.has(words[k]!)) continue;
    const x = readsAlone(head);
    if (x) return decide(store, head, mods, x);
  }
  return undefined;
}
