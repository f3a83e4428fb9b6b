/**
 * How each side is named: the reader's own title for headings ("Associate Producer"), in running text
 * ("associate producers"), with its article ("an associate producer"), and the O*NET occupation it was
 * compared as. A code typed as input ("27-2012.00") is named by its occupation title instead.
 */
import type { Comparison, Resolution, Side } from '../compare/types.js';
import { CAREER_STAGE, correctedTitle } from '../compare/titles.js';
import { pluralizeTitle, pluralizeWord, runningText, titleCase, withArticle } from './grammar.js';

export interface Names {
  /** The reader's title, trimmed, spaces collapsed, typos corrected ("softwear enginer" → "Software Engineer"). */
  input: string;
  /** What the reader typed, trimmed and spaces collapsed (shown in the "compared as" note when it differs). */
  typed: string;
  /** For headings: "Associate Producer" (or the O*NET title when a code was typed). */
  heading: string;
  /** Singular in running text, "associate producer"; null when only a plural name exists (a typed code). */
  one: string | null;
  /** "an associate producer"; null like `one`. */
  oneWithArticle: string | null;
  /** Plural in running text: "associate producers". */
  many: string;
  /** Plural for headings: "Associate Producers". */
  manyHeading: string;
  /** The O*NET occupation title, "Producers and Directors", and the same in running text. */
  occupation: string;
  occupationText: string;
  /**
   * The occupation after its first mention: the running-text title when it is short, else the reader's title
   * (the article has said which occupation it stands for) or the title's first plural part ("welders").
   */
  short: string;
  code: string;
  soc: string;
  /** The reader's title says the same as the occupation title ("registered nurse" → Registered Nurses). */
  matchesOccupation: boolean;
  fromCode: boolean;
}

/**
 * An O*NET title as a noun phrase in running text: a trailing qualifier moves to where English puts it.
 * "Health Specialties Teachers, Postsecondary" → "postsecondary health specialties teachers";
 * "Orthopedic Surgeons, Except Pediatric" → "orthopedic surgeons (except pediatric)";
 * "Personal Care and Service Workers, All Other" → "other personal care and service workers";
 * "Production, Planning, and Expediting Clerks" stays a list.
 */
/** Plurals that name no worker: a list of them modifies the head noun after it ("Securities, …, Sales Agents"). */
const THINGS = /^(securities|commodities|services|products|goods|materials|activities|operations|systems)$/i;

export function occupationPhrase(title: string): string {
  // "Farmworkers and Laborers, Crop, Nursery, and Greenhouse" → "crop, nursery, and greenhouse farmworkers …"
  const segs = title.split(', ');
  const bare = (s: string) => s.replace(/^(and|or)\s+/i, '');
  // A trailing "Except …" / "Including …" qualifies the whole title, list or not: "Teaching Assistants, Preschool,
  // …, and Secondary School, Except Special Education" → "preschool, …, and secondary school teaching assistants
  // (except special education)".
  // The qualifier runs to the end even when it is a list itself ("Sales Representatives of Services, Except
  // Advertising, Insurance, …, and Travel").
  const except = segs.findIndex((x, k) => k > 0 && /^(except|including)\b/i.test(x));
  if (segs.length >= 3 && except > 0 && !/^all other$/i.test(segs[segs.length - 1]!))
    return `${occupationPhrase(segs.slice(0, except).join(', '))} (${runningText(segs.slice(except).join(', '))})`;
  // (A trailing "All Other" is no modifier: "Social Sciences Teachers, Postsecondary, All Other" → "other
  // postsecondary social sciences teachers".)
  const allOther = /^all other$/i.test(segs[segs.length - 1]!);
  if (segs.length >= 3 && !allOther && /s$/.test(segs[0]!) && segs.slice(1).every((s) => !/s$/.test(bare(s)))) {
    return `${runningText(segs.slice(1).join(', '))} ${runningText(segs[0]!)}`;
  }
  const i = title.lastIndexOf(', ');
  if (i > 0) {
    const head = title.slice(0, i);
    const tail = title.slice(i + 2).trim();
    // "Transportation Vehicle, Equipment and Systems Inspectors": the comma sits in a list of modifiers (the head
    // noun is the tail's), so nothing moves.
    const last = (x: string) => x.split(/\s+/).pop() ?? '';
    const modifierList = !/s$/i.test(last(head)) && /s$/i.test(last(tail)) && !THINGS.test(last(tail));
    if (!/^(and|or)\b/i.test(tail) && !modifierList) {
      if (/^(except|including)\b/i.test(tail)) return `${occupationPhrase(head)} (${runningText(tail)})`;
      if (/^all other$/i.test(tail)) return `other ${occupationPhrase(head)}`;
      // Before a head with "of …" the qualifier would bind to the supervisors: "Supervisors of Helpers, …, Hand"
      // → "first-line supervisors of helpers, … (hand)", not "hand first-line supervisors …".
      if (/\sof\s/i.test(head)) return `${occupationPhrase(head)} (${runningText(tail)})`;
      return `${runningText(tail)} ${occupationPhrase(head)}`;
    }
  }
  return runningText(title);
}

const CODE_INPUT = /^\s*\d{2}-?\d{4}(\.\d{2})?\s*$/;

const SINGULAR_IRREGULAR: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  analyses: 'analysis',
  criteria: 'criterion',
};

/** Singular of one word that looks plural: "assistants" → "assistant", "secretaries" → "secretary". */
export function singularizeWord(word: string): string {
  const lower = word.toLowerCase();
  const irr = Object.hasOwn(SINGULAR_IRREGULAR, lower) ? SINGULAR_IRREGULAR[lower] : undefined;
  if (irr) return /^[A-Z]/.test(word) ? irr.charAt(0).toUpperCase() + irr.slice(1) : irr;
  if (/^[A-Z0-9]{2,}s$/.test(word)) return word.slice(0, -1); // RNs
  if (/men$/.test(lower) && lower.length > 4) return word.slice(0, -3) + 'man';
  if (/[^aeiou]ies$/.test(lower)) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(lower)) return word.slice(0, -2);
  if (/(ss|us|is|ics)$/.test(lower)) return word;
  if (/s$/.test(lower)) return word.slice(0, -1);
  return word;
}

/** Does the title's head noun look plural already ("nurses", "chiefs of police")? */
export function looksPlural(title: string): boolean {
  const head =
    title
      .split(/\s+(?:of|in|for|to|at|on|with|from)\s+|\s*\(|,\s+/i)[0]
      ?.trim()
      .split(/\s+/)
      .pop() ?? '';
  if (!head) return false;
  if (/^[A-Z0-9]{2,}s$/.test(head)) return true;
  const lower = head.toLowerCase();
  if (SINGULAR_IRREGULAR[lower]) return true;
  return /s$/.test(lower) && !/(ss|us|is|ics|sales)$/.test(lower) && pluralizeWord(singularizeWord(head)) === head;
}

function singularizeTitle(title: string): string {
  const m = title.match(/^(.*?)(\s+(?:of|in|for|to|at|on|with|from)\s+.*|\s*\(.*|,\s+.*)?$/i);
  const headPart = m?.[1] ?? title;
  const rest = m?.[2] ?? '';
  const words = headPart.split(/\s+/);
  const last = words.pop() ?? '';
  return [...words, singularizeWord(last)].join(' ') + rest;
}

/** Trim, collapse spaces, and undo shouting ("PRODUCTION ASSISTANT" → "production assistant"). */
export function cleanInput(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const letters = t.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length > 5 && t === t.toUpperCase() && t.split(' ').some((w) => w.length > 4);
  return shouting ? t.toLowerCase() : t;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A title of more than this many words (or with a comma) is shortened after its first mention. */
const LONG_TITLE_WORDS = 4;

function shortName(title: string, occupationText: string, readerMany: string | null): string {
  const long = title.includes(',') || title.split(/\s+/).length > LONG_TITLE_WORDS;
  if (!long) return occupationText;
  if (readerMany) return readerMany;
  // "Geological Technicians, Except Hydrologic Technicians" → "geological technicians": the exclusion is said once.
  // ("Mobile Heavy Equipment Mechanics, Except Engines" → "mobile heavy equipment mechanics"; "Sales Representatives
  // of Services, Except Advertising, …" → "sales representatives of services").
  const parts = title.split(', ');
  const except = parts.findIndex((x, k) => k > 0 && /^(except|including)\b/i.test(x));
  const lead = except > 0 ? parts.slice(0, except).join(', ') : '';
  if (except > 0 && !/^all other$/i.test(parts[parts.length - 1]!) && /s$/i.test(lead)) return runningText(lead);
  // The running-text form may be short itself: "restaurant cooks", "other managers" (not "managers" for Managers,
  // All Other).
  if (occupationText.split(/\s+/).length <= LONG_TITLE_WORDS) return occupationText;
  // The first member of a list of plural nouns ("Welders, Cutters, …" → "welders"); not a cut inside one noun
  // phrase ("First-Line Supervisors of Farming, Fishing, and Forestry Workers" is not "supervisors of farming";
  // "Directors, Religious Activities and Education" not "directors").
  const segs = title.split(', ');
  const next = (segs[1] ?? '').replace(/^(and|or)\s+/i, '');
  const head = segs[0]!.split(/\s+/).pop() ?? '';
  // A plural that names no worker starts a list of modifiers ("Securities, Commodities, and Financial Services
  // Sales Agents"), not of occupations.
  // After a preposition the list is its object: "Supervisors of Helpers, Laborers, and …" is not "… of helpers".
  // A catch-all ("…, All Other") keeps its "other"; an exclusion ("Except Drafters") is no list member.
  const listOfNouns =
    looksPlural(next) &&
    looksPlural(head) &&
    !THINGS.test(head) &&
    !/\s(of|for|in|to|with)\s/i.test(segs[0]!) &&
    !/^(except|including)\b/i.test(next) &&
    !/^all other$/i.test(segs[segs.length - 1]!);
  if (segs.length > 1 && listOfNouns && looksPlural(segs[0]!)) return runningText(segs[0]!);
  // SOC's inverted form, a worker noun of two or more words and then its modifiers ("Teaching Assistants,
  // Preschool, Elementary, Middle, and Secondary School, Except Special Education" → "teaching assistants";
  // "Camera Operators, Television, Video, and Film" → "camera operators"); a one-word head is too bare
  // ("Directors, Religious Activities and Education" stays whole). When both sides would read alike, the
  // writer's context gives each its full name again (src/write/context.ts).
  const modifiers = segs.length > 1 && !looksPlural(next) && !/^(except|including|all other)\b/i.test(next);
  const workerHead =
    segs[0]!.split(/\s+/).length >= 2 &&
    looksPlural(head) &&
    !THINGS.test(head) &&
    !/\s(of|for|in|to|with)\s/i.test(segs[0]!);
  return modifiers && workerHead && !/^all other$/i.test(segs[segs.length - 1]!)
    ? runningText(segs[0]!)
    : occupationText;
}

/**
 * The side's name in a sentence that sets it against the BLS group whose figures it gets: the short name, unless
 * the group's own title holds it ("teaching assistants" beside "Teaching Assistants, Except Postsecondary"
 * would read as the group), then the occupation's full running name.
 */
export function nameBesideGroup(n: Names, groupTitle: string): string {
  return norm(groupTitle).includes(norm(n.short)) ? n.occupationText : n.short;
}

/**
 * Whether the reader's title names only a part of the occupation's workforce, so that the occupation's figures are
 * never said of it after the first mention: a career stage ("apprentice plumber", "senior accountant"), or a title
 * no O*NET list holds that was read through added words ("oilfield welder": all welders' median is not oilfield
 * welders'), the occupation's texts ("python developer") or its titles between them ("film director").
 */
function narrower(r: Resolution, cleaned: string): boolean {
  return CAREER_STAGE.test(cleaned) || !!(r.apprentice || r.modifier || r.evidence || r.joint);
}

export function namesFor(r: Resolution, input: string): Names {
  const typed = cleanInput(input);
  const cleaned = correctedTitle(typed, r);
  const occupationText = occupationPhrase(r.title);
  // A code, or the occupation's own (plural) O*NET title, names the occupation itself: no singular is made up.
  const fromCode =
    r.method === 'code' ||
    (r.method === 'reader_choice' && r.source === null) ||
    CODE_INPUT.test(cleaned) ||
    cleaned === '' ||
    norm(cleaned) === norm(r.title);
  if (fromCode) {
    // A typed code has no reader's title: after the first mention (the intro names the occupation in full) the
    // running text uses the short name, as it does the reader's title on other pages.
    const short = shortName(r.title, occupationText, null);
    return {
      input: cleaned,
      typed,
      heading: r.title,
      one: null,
      oneWithArticle: null,
      many: short,
      manyHeading: r.title,
      occupation: r.title,
      occupationText,
      short,
      code: r.code,
      soc: r.soc,
      matchesOccupation: true,
      fromCode: true,
    };
  }
  const plural = looksPlural(cleaned);
  const singular = plural ? singularizeTitle(cleaned) : cleaned;
  const one = runningText(singular);
  const many = runningText(plural ? cleaned : pluralizeTitle(cleaned));
  return {
    input: cleaned,
    typed,
    heading: titleCase(singular),
    one,
    oneWithArticle: withArticle(one),
    many,
    manyHeading: titleCase(plural ? cleaned : pluralizeTitle(cleaned)),
    occupation: r.title,
    occupationText,
    short: shortName(r.title, occupationText, narrower(r, cleaned) ? null : many),
    code: r.code,
    soc: r.soc,
    matchesOccupation: norm(many) === norm(r.title) || norm(one) === norm(r.title),
    fromCode: false,
  };
}

export function sideNames(c: Comparison, side: Side): Names {
  return namesFor(c.resolution[side], c.input[side] ?? c.resolution[side].input);
}

/** SOC 2018 major groups, as they read in a sentence ("office and administrative support"). */
const MAJOR_GROUPS: Record<string, string> = {
  '11': 'management',
  '13': 'business and financial operations',
  '15': 'computer and mathematical',
  '17': 'architecture and engineering',
  '19': 'life, physical and social science',
  '21': 'community and social service',
  '23': 'legal',
  '25': 'educational instruction and library',
  '27': 'arts, design, entertainment, sports and media',
  '29': 'healthcare practitioners and technical',
  '31': 'healthcare support',
  '33': 'protective service',
  '35': 'food preparation and serving',
  '37': 'building and grounds cleaning and maintenance',
  '39': 'personal care and service',
  '41': 'sales',
  '43': 'office and administrative support',
  '45': 'farming, fishing and forestry',
  '47': 'construction and extraction',
  '49': 'installation, maintenance and repair',
  '51': 'production',
  '53': 'transportation and material moving',
  '55': 'military',
};

/** The SOC major group of a code in running text, or null when unknown. */
export function majorGroup(code: string): string | null {
  return MAJOR_GROUPS[code.slice(0, 2)] ?? null;
}
