/**
 * English helpers for the article writer: the indefinite article by sound ("an RN", "a union", "an hour"),
 * plurals of words and of multi-word job titles ("chiefs of police"), title case for headings, lower case
 * for running text (acronyms kept), sentence capitalisation and list joining. Pure and deterministic.
 */
import { formatDecimal } from '../number-format.js';

/** Acronyms we recognise in lower-case input and always print in capitals. */
const ACRONYMS = new Set(
  (
    'rn lpn lvn cna emt ems hr it ceo cfo cto coo cio cmo cpa ux ui qa seo sql aws hvac cnc ehs np dj er icu mri ' +
    'ai ml bi crm erp gis cad ehr osha ged mba phd md dds dvm pr ic tv 3d vp svp evp ap ar hris hse lmt lcsw ' +
    'ot pt slp crna cnm aprn ob gyn ent iii ii iv vi vii viii ix'
  ).split(' '),
);

/** Acronyms said as words, not letter by letter ("a NASA engineer", "a HIPAA officer"). */
const SPOKEN_ACRONYMS = new Set(
  'nasa nato nafta nascar swat finra hipaa leed scuba fema sag mooc unix unesco laser radar gaap gif jpeg'.split(' '),
);

/** Proper nouns that keep their capital in running text. */
const PROPER = new Set(
  (
    'java javascript python salesforce microsoft oracle sap linux windows excel english spanish french german ' +
    'chinese japanese american medicare medicaid u.s. us navy army congress federal? postsecondary?'
  )
    .split(' ')
    .filter((w) => !w.endsWith('?')),
);

/** Words that stay lower case inside a title ("Chief of Police", "Producers and Directors"). */
const MINOR = new Set('a an the and but or nor for of in on at to by as via per vs vs. from with into upon'.split(' '));

/** Letters whose English name starts with a vowel sound: "an F", "an RN", "an SQL", "an MBA". */
const VOWEL_LETTERS = new Set('aefhilmnorsx'.split(''));

/** Words that start with a silent h: "an hour", "an honest". */
const SILENT_H = /^(hour|honest|honor|honour|heir|herb)/;

/** "u" said "you" (a union, a user, a utility); "un-" + vowel-ish stays "an" (an unusual, an uninsured). */
const YOU_U = /^(u[bcfhjklmnprstvz][aeiouy]|uni|ufo|uk\b|ukulele|ura|ure|uri|uro|usa|use|usu|uti|ute)/;
const UN_NOT_YOU =
  /^(unin|unim|unid|unil|unint|unab|unac|unad|unaf|unan|unap|unar|unas|unat|unav|unaw|unea|uneq|unev|unex|unu)/;

/** The first token of a phrase, without leading punctuation. */
function firstToken(phrase: string): string {
  const m = phrase.trim().match(/^[("'“‘]*([^\s\-/,;:)"”’]+)/);
  return m?.[1] ?? '';
}

/** Does a number (as written) start with a vowel sound? 8, 11, 18, 80, 800, 11,000, 18 million … */
function numberTakesAn(token: string): boolean {
  const digits = token.replace(/[,\s]/g, '').match(/^\d+/)?.[0];
  if (!digits) return false;
  if (digits.startsWith('8')) return true;
  if (/^1[18]/.test(digits)) {
    // "eleven", "eighteen", "eleven thousand", "eighteen million" — but not "one hundred ten" (110).
    return digits.length % 3 === 2;
  }
  return false;
}

/** "a" or "an" for a phrase, by how its first word sounds. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const tok = firstToken(phrase);
  if (!tok) return 'a';
  if (/^\d/.test(tok)) return numberTakesAn(tok) ? 'an' : 'a';
  if (tok.startsWith('$')) return 'a'; // "a $90,360 salary" (a dollar …)
  const lower = tok.toLowerCase();
  const isAcronym =
    (tok.length >= 2 && tok === tok.toUpperCase() && /[A-Z]/.test(tok) && !SPOKEN_ACRONYMS.has(lower)) ||
    (tok.length === 1 && /[A-Za-z]/.test(tok) && /^[("'“‘]*[A-Za-z](?:$|[-.\s])/.test(phrase.trim()) && tok !== 'a') ||
    /^[A-Z](?:[-.]|$)/.test(tok) ||
    (ACRONYMS.has(lower) && !/^(ii|iii|iv|vi|vii|viii|ix)$/.test(lower) && tok === tok.toUpperCase());
  if (isAcronym) return VOWEL_LETTERS.has(lower[0] ?? '') ? 'an' : 'a';
  // Mixed-case brand words said letter-first: "an iOS", "an eBay", "an iPhone" (i-/e- prefixed brands).
  if (/^[ie][A-Z]/.test(tok)) return 'an';
  if (/^x-?ray/.test(lower)) return 'an';
  if (SILENT_H.test(lower)) return 'an';
  if (/^(one\b|one-|once\b|oneself)/.test(lower)) return 'a';
  if (/^(eu|ewe)/.test(lower)) return 'a';
  if (lower === 'unesco') return 'a';
  if (lower.startsWith('u')) {
    if (UN_NOT_YOU.test(lower)) return 'an';
    if (YOU_U.test(lower)) return 'a';
    return 'an';
  }
  if (/^[aeio]/.test(lower)) return 'an';
  return 'a';
}

/** "an associate producer", "a production assistant", "an RN". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

const IRREGULAR: Record<string, string> = {
  person: 'people',
  child: 'children',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  goose: 'geese',
  analysis: 'analyses',
  diagnosis: 'diagnoses',
  thesis: 'theses',
  crisis: 'crises',
  basis: 'bases',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  alumnus: 'alumni',
  nucleus: 'nuclei',
  curriculum: 'curricula',
  medium: 'media',
  datum: 'data',
  ox: 'oxen',
  die: 'dice',
  wife: 'wives',
  knife: 'knives',
  life: 'lives',
  leaf: 'leaves',
  half: 'halves',
  shelf: 'shelves',
  thief: 'thieves',
  wolf: 'wolves',
  self: 'selves',
  calf: 'calves',
  loaf: 'loaves',
  hero: 'heroes',
  potato: 'potatoes',
  tomato: 'tomatoes',
  echo: 'echoes',
  veto: 'vetoes',
  torpedo: 'torpedoes',
  cactus: 'cacti',
  fungus: 'fungi',
  stimulus: 'stimuli',
  syllabus: 'syllabi',
  appendix: 'appendices',
  index: 'indices',
  matrix: 'matrices',
  vertex: 'vertices',
};

/** Words with the same singular and plural (or no plural in job titles). */
const UNCHANGED = new Set(
  'sheep deer fish series species aircraft spacecraft staff personnel police crew? equipment software hardware'
    .split(' ')
    .filter((w) => !w.endsWith('?')),
);

/** "-ch" words said with a k: techs, stomachs, monarchs. */
const CH_K = /(tech|stomach|monarch|epoch|patriarch|matriarch|oligarch|eunuch)$/;

/** "-man" words that are not compounds of "man": humans, Germans, shamans. */
const MAN_NOT_MEN = /(human|german|roman|shaman|ottoman|talisman|caiman|walkman|doberman)$/;

/** Keep the case pattern of the source word: "Secretary" → "Secretaries", "CEO" → "CEOs". */
function matchCase(source: string, plural: string): string {
  if (source.length > 1 && source === source.toUpperCase() && /[A-Z]/.test(source)) {
    return plural.toUpperCase();
  }
  if (/^[A-Z]/.test(source)) return plural.charAt(0).toUpperCase() + plural.slice(1);
  return plural;
}

/** Plural of one English word. Acronyms take a plain "s" ("RNs", "CEOs"); already-plural words are kept. */
export function pluralizeWord(word: string): string {
  if (!word) return word;
  if (/^[A-Z0-9]{2,}$/.test(word) && /[A-Z]/.test(word)) return `${word}s`;
  if (/^[A-Z0-9]+s$/.test(word) && word.length > 2) return word; // "RNs", "CEOs" already
  const lower = word.toLowerCase();
  if (/[^a-z]/.test(lower.replace(/[-']/g, ''))) return word; // digits, punctuation: leave alone
  if (UNCHANGED.has(lower)) return word;
  const irregular = Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined;
  if (irregular) return matchCase(word, irregular);
  if (/man$/.test(lower) && !MAN_NOT_MEN.test(lower)) return word.slice(0, -2) + (word.endsWith('MAN') ? 'EN' : 'en');
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies';
  if (CH_K.test(lower)) return `${word}s`;
  if (/(ss|sh|ch|x|z|us)$/.test(lower)) return `${word}es`;
  if (/is$/.test(lower)) return word.slice(0, -2) + 'es';
  // Ends in a plain "s" after a consonant or vowel (nurses, directors, sales): taken as already plural.
  if (/s$/.test(lower)) return word;
  return `${word}s`;
}

/** Prepositions that mark the head noun of a title: "Chief of Police", "Director of Sales", "Teacher in Charge". */
const HEAD_BREAK = /\s+(of|in|for|to|at|on|with|from)\s+/i;

/**
 * Plural of a job title: the head noun is pluralised. "production assistant" → "production assistants",
 * "chief of police" → "chiefs of police", "Attorney" → "Attorneys", "Registered Nurse (RN)" → "Registered
 * Nurses (RNs)", "mother-in-law" → "mothers-in-law".
 */
export function pluralizeTitle(title: string): string {
  const t = title.trim();
  if (!t) return t;
  const paren = t.match(/^(.*?)\s*\(([^)]*)\)\s*$/);
  if (paren?.[1]) {
    const inner = paren[2] ?? '';
    const innerPlural = /^[A-Z0-9]{2,}$/.test(inner) ? pluralizeWord(inner) : inner;
    return `${pluralizeTitle(paren[1])} (${innerPlural})`;
  }
  for (const sep of [' - ', ' – ', ' — ', ', ']) {
    const i = t.indexOf(sep);
    if (i > 0) return pluralizeTitle(t.slice(0, i)) + t.slice(i);
  }
  const brk = HEAD_BREAK.exec(t);
  if (brk && brk.index > 0) return pluralizeTitle(t.slice(0, brk.index)) + t.slice(brk.index);
  const hyphenLaw = t.match(/^(.*?)(-in-law)$/i);
  if (hyphenLaw?.[1]) return pluralizeTitle(hyphenLaw[1]) + hyphenLaw[2];
  const words = t.split(/\s+/);
  const last = words.pop() ?? '';
  return [...words, pluralizeWord(last)].join(' ');
}

/** Capitalise one word for a title, keeping acronyms and intended capitals ("iOS", "DevOps", "McKinsey"). */
/** An acronym's plural typed in lower case ("lpns", "rns") written as the acronym plus "s" ("LPNs"), else null. */
function acronymPlural(part: string, bare: string): string | null {
  if (!/^[a-z0-9]{2,}s$/.test(bare) || part !== part.toLowerCase()) return null;
  const one = bare.slice(0, -1);
  return ACRONYMS.has(one) && !MINOR.has(one) && one !== 'it' && one !== 'er'
    ? `${part.slice(0, -1).toUpperCase()}s`
    : null;
}

function capWord(word: string, forceCap: boolean): string {
  if (!word) return word;
  const lower = word.toLowerCase();
  const bare = lower.replace(/[^a-z0-9.]/g, '');
  if (ACRONYMS.has(bare) && bare.length > 0) return word.toUpperCase();
  const plural = acronymPlural(word, bare);
  if (plural) return plural;
  if (word !== lower && word !== word.toUpperCase()) {
    // Mixed case typed by the reader or the source: "iOS", "DevOps", "McDonald". Keep it, except a lone
    // leading capital on a minor word ("Of" → "of").
    if (!forceCap && MINOR.has(lower) && /^[A-Z][a-z]*$/.test(word)) return lower;
    return word;
  }
  if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word) && !MINOR.has(lower)) return word;
  if (!forceCap && MINOR.has(lower)) return lower;
  return word.replace(/^([^A-Za-z]*)([a-z])/, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** Title case for headings: "associate producer" → "Associate Producer", "chief of police" → "Chief of Police". */
export function titleCase(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      const edge = i === 0 || i === words.length - 1;
      return w
        .split('-')
        .map((part, j) => capWord(part, edge && j === 0))
        .join('-');
    })
    .join(' ');
}

/**
 * A title as it reads inside a sentence: "Associate Producer" → "associate producer"; acronyms, mixed-case
 * brands and a few proper nouns keep their capitals ("RN", "iOS developer", "Java developer").
 * When the reader typed sentence case themselves ("Java developer"), their capitals are respected.
 */
export function runningText(title: string): string {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const anyLowerInitial = words.some((w) => /^[a-z][a-z-]*$/.test(w) && !MINOR.has(w) && !ACRONYMS.has(w));
  const anyUpperInitial = words.some((w) => /^[A-Z]/.test(w));
  const sentenceCased = anyLowerInitial && anyUpperInitial;
  return words
    .map((w, i) =>
      w
        .split('-')
        .map((part) => {
          const lower = part.toLowerCase();
          const bare = lower.replace(/[^a-z0-9.]/g, '');
          if (!part) return part;
          if (ACRONYMS.has(bare) && part === part.toUpperCase()) return part;
          // "it"/"er" first in a title of several words is no pronoun or suffix: "IT managers", "ER nurses".
          if (/^(it|er)$/i.test(part) && i === 0 && words.length > 1) return part.toUpperCase();
          if (ACRONYMS.has(bare) && !MINOR.has(bare) && bare !== 'it' && bare !== 'er') return part.toUpperCase();
          const plural = acronymPlural(part, bare);
          if (plural) return plural;
          if (part.length > 1 && part === part.toUpperCase() && /[A-Z]/.test(part)) return part; // acronym
          if (/^[A-Z0-9]{2,}s$/.test(part) && /[A-Z]/.test(part)) return part; // an acronym's plural: "RNs"
          if (/^[a-z]+[A-Z]/.test(part) || /^[A-Z][a-z]+[A-Z]/.test(part)) return part; // iOS, DevOps, McKinsey
          if (PROPER.has(bare)) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
          if (sentenceCased) return part;
          return lower;
        })
        .join('-'),
    )
    .join(' ');
}

/** Upper-case the first letter of a sentence, leaving the rest alone ("iOS developers" stays as is). */
export function capitalize(sentence: string): string {
  if (/^[a-z][A-Z]/.test(sentence)) return sentence;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * "a", "a and b", "a, b and c" (the seed's house style has no serial comma); "or" on request. When three or
 * more items contain commas themselves, semicolons separate them: "x, y; z; and w".
 */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const xs = items.map((s) => s.trim()).filter((s) => s.length > 0);
  if (xs.length === 0) return '';
  if (xs.length === 1) return xs[0]!;
  const inner = new RegExp(`\\s${conjunction}\\s`);
  if (xs.length === 2) {
    if (conjunction === 'and' && xs.some((s) => inner.test(s))) return `${xs[0]}, as well as ${xs[1]}`;
    return `${xs[0]} ${conjunction} ${xs[1]}`;
  }
  if (xs.some((s) => s.includes(',') || inner.test(s)))
    return `${xs.slice(0, -1).join('; ')}; ${conjunction} ${xs[xs.length - 1]}`;
  return `${xs.slice(0, -1).join(', ')} ${conjunction} ${xs[xs.length - 1]}`;
}

/** Lower-case the first letter of an O*NET activity or task statement for use mid-sentence. */
export function lowerFirst(text: string): string {
  if (/^[A-Z][a-z]/.test(text) || /^[A-Z]\s/.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** Strip a trailing full stop, so a statement can be embedded in a sentence. */
export function stripPeriod(text: string): string {
  return text.trim().replace(/[.;:]+$/, '');
}

/** Small counts in words, as an editor would write them: "two", "nine", then digits from 10. */
export function smallNumber(n: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return Number.isInteger(n) && n >= 0 && n < 10 ? words[n]! : formatDecimal(n);
}
