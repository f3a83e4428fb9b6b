/**
 * Text normalisation shared by indexed titles and queries: Unicode folding, lower case, punctuation to
 * spaces, stop words out, plurals to singular, abbreviations to their canonical word. Parenthesised parts
 * of O*NET titles are aliases ("Registered Nurse (RN)"), so a title yields several readings.
 */
import { WORD_CANON } from './abbreviations.js';

const CANON = new Map(Object.entries(WORD_CANON).map(([k, v]) => [k, v.split(' ')]));

const STOP = new Set(['and', 'of', 'the', 'for', 'in', 'a', 'an', 'to', 'or', 'at', 'with', 'on', 'by', 'from']);

/** Irregular or exceptional singulars; everything else goes through the suffix rules. */
const SINGULAR = new Map<string, string>(
  Object.entries({
    men: 'man',
    women: 'woman',
    people: 'person',
    children: 'child',
    alumni: 'alumnus',
    series: 'series',
    species: 'species',
    news: 'news',
    sales: 'sales',
    ops: 'ops',
    us: 'us',
  }),
);

/** A light plural stemmer: the same rule on both sides matters more than linguistic truth. */
export function singular(w: string): string {
  const irregular = SINGULAR.get(w);
  if (irregular !== undefined) return irregular;
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('zes'))
    return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ys')) return w;
  return w.slice(0, -1);
}

/** Lower case, accents off, "&" → and, apostrophes dropped, every other non-alphanumeric → space. */
export function foldText(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII fast path
  const ascii = /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Raw words of a text (folded, stop words kept out), before stemming and canonical forms. */
export function rawWords(s: string): string[] {
  const f = foldText(s);
  if (f === '') return [];
  return f.split(' ').filter((w) => !STOP.has(w));
}

/** One raw word → its canonical token(s): singular, then abbreviation / variant spelling. */
export function canonWord(w: string): string[] {
  const direct = CANON.get(w);
  if (direct !== undefined) return direct;
  const s = singular(w);
  return CANON.get(s) ?? [s];
}

/** Canonical tokens of a text, in order, without duplicates. */
export function tokens(s: string): string[] {
  const out: string[] = [];
  for (const w of rawWords(s)) for (const t of canonWord(w)) if (!out.includes(t)) out.push(t);
  return out;
}

/** The readings of an O*NET title: the text outside parentheses and each parenthesised alias. */
export function titleReadings(title: string): string[] {
  const parts: string[] = [];
  const outside = title
    .replace(/\(([^()]*)\)/g, (_m, inner: string) => {
      if (inner.trim() !== '') parts.push(inner);
      return ' ';
    })
    .trim();
  if (outside !== '') parts.unshift(outside);
  if (parts.length === 0) parts.push(title);
  return parts;
}

/** ", Except …" to the end: the occupations a title excludes ("Dispatchers, Except Police, Fire, and Ambulance"). */
const EXCEPT = /[\s,;]*\bexcept\b.*$/i;

/**
 * A title without what it excludes ("Transportation Attendants, Except Flight Attendants" → "Transportation
 * Attendants"): the excluded words name other jobs, so they are no evidence for this one (SOC's official titles).
 */
export function withoutExcept(title: string): string {
  if (!/xcept/i.test(title)) return title;
  const cut = title.replace(EXCEPT, '');
  return cut.trim() === '' ? title : cut;
}
