/**
 * A query → its readings ("variants"): the words as typed (after normalisation and typo correction; codes and
 * numbers outside the vocabulary dropped), each alternative of a list alone ("/", "&", "or"), the words without
 * form noise ("part time", "night shift"), the words before a trailing qualifier ("Food Mixer - Bakery"),
 * "Sales <product>" as a salesperson of it, the words with acronyms spelled out, and these again without grade
 * words and without any level words. Each variant carries the score multiplier it costs and what it did, so a
 * candidate can say how it was found.
 */
import { LEVEL_WORDS, NOISE_WORDS, STRONG_LEVEL_WORDS } from './abbreviations.js';
import type { ResolveOptions } from './config.js';
import { NAICS_SECTORS } from './naics.js';
import { canonWord, rawWords, tokens, withoutExcept } from './normalize.js';
import { respell } from './spelling.js';
import type { TitleIndex } from './title-index.js';

export interface QueryVariant {
  tokens: string[];
  /** Score multiplier (typos, acronym expansion, level words dropped). */
  penalty: number;
  levelWords: string[];
  corrected: Record<string, string>;
  /** True for the words as typed (the reading whose containment counts decide ambiguity). */
  primary: boolean;
  /** For one alternative of a list read alone ("Kitchen Helpers/Dishwashers"): which one (0, 1, …). */
  part?: number | undefined;
  /** How the words were read when not as typed (a calibration feature: each rewording is right at its own rate). */
  how?: Rewording | undefined;
  /** Token ids one of which a reading must have to score in full ("Sales <product>": a sales word). */
  needs?: readonly number[] | undefined;
  /** An item of an "and" list: it counts only with the other items (an occupation's mean over them), not alone. */
  item: boolean;
}

export type Rewording = 'joined' | 'alternative' | 'noise' | 'qualifier' | 'sales' | 'of';

interface ParsedQuery {
  variants: QueryVariant[];
  /** Words neither in the vocabulary nor correctable. */
  unknown: string[];
  /** All canonical words of the query (for pair context). */
  words: string[];
  /**
   * How much of the query the vocabulary really knows, 0–1: the mean over its content words (level words
   * aside) of 1 for a known word, 1 − 2·edits/length for a typo-corrected one, 0 for an unknown one.
   * Gibberish ("xqzvw plorbt": one unknown word, one two-edit correction) scores low and is no match.
   */
  evidence: number;
  /** Number of content words (level words aside). */
  content: number;
  /** Typo corrections made: raw word → vocabulary word. */
  corrected: Record<string, string>;
}

/** The closed form of two typed words costs a little, so a title written as typed wins a tie ("handy man"). */
const JOINED_PENALTY = 0.99;

const dedupe = (xs: string[]): string[] => [...new Set(xs)];

/** Whether some indexed title has the words a then b side by side ("stock broker"). */
function inPhrase(index: TitleIndex, a: string, b: string): boolean {
  const ia = index.tokenIds.get(a);
  const ib = index.tokenIds.get(b);
  if (ia === undefined || ib === undefined) return false;
  for (let p = index.postStart[ia]!; p < index.postStart[ia + 1]!; p++) {
    const r = index.postData[p]!;
    for (let j = index.readStart[r]!; j + 1 < index.readStart[r + 1]!; j++)
      if (index.readTok[j] === ia && index.readTok[j + 1] === ib) return true;
  }
  return false;
}

/** Digits in a word not in the vocabulary: a requisition number or form code ("10432", "req2231"), not a title word. */
const HAS_DIGIT = /\d/;

/** Alternatives and lists: "Kitchen Helpers/Dishwashers", "Cook or Baker", "Groom & Rider", "Cashier | Clerk". */
const ALTERNATIVES = /\s*(?:\/|&|\||\bor\b)\s*/i;

/**
 * A trailing qualifier: the part after the last " - ", "(" or "[" ("Plate Maker (Manufacturing)"). Not after a
 * comma: "Nurse, Registered" is a title inverted, its tail part of the job.
 */
const QUALIFIER = /^(.*\S)\s*(?:\s[-–—]\s|\(|\[)[^([]*$/;

/** A list of jobs or of a job's kinds, O*NET's way: "Stock Clerks and Order Fillers", "Police, Fire, and Ambulance Dispatchers". */
const AND = /\s+and\s+/i;
const SERIAL = /^([^,]+(?:,[^,]+)*),\s*and\s+([^,]+)$/i;

/** A word that ends at least this share of the titles using it is a job's head word ("inspector"; not "freight"). */
const HEAD_SHARE = 0.5;

/**
 * Whether a word ends at least HEAD_SHARE of the readings using it, from its own postings (an index read in parts
 * has a token's readings once its id is asked for; `headShares` would read every reading).
 */
function isHead(index: TitleIndex, w: string): boolean {
  const id = index.tokenIds.get(w);
  if (id === undefined) return false;
  const from = index.postStart[id]!;
  const to = index.postStart[id + 1]!;
  let last = 0;
  for (let k = from; k < to; k++) if (index.readTok[index.readStart[index.postData[k]! + 1]! - 1] === id) last++;
  return last >= HEAD_SHARE * Math.max(1, to - from);
}

/**
 * The parts of a query read alone: the alternatives of "A/B", "A & B", "A or B"; the items of a list joined by
 * "and" when the list has no comma ("Farm and Ranch Managers") or is a serial list ending in a job's head word
 * ("Billing, Cost, and Rate Clerks"; not the inverted "Camera Operators, Television, Video, and Motion Picture").
 */
function listParts(text: string, index: TitleIndex): { parts: string[]; list: boolean } {
  const alternatives = text.split(ALTERNATIVES);
  if (alternatives.length > 1 || !AND.test(text)) return { parts: alternatives, list: false };
  if (!text.includes(',')) return { parts: text.split(AND), list: true };
  const serial = SERIAL.exec(text);
  if (!serial) return { parts: [text], list: false };
  const last = rawWords(serial[2]!).at(-1);
  const lastTokens = last === undefined ? [] : canonWord(last);
  if (lastTokens.length === 0 || !isHead(index, lastTokens.at(-1)!)) return { parts: [text], list: false };
  return { parts: [...serial[1]!.split(','), serial[2]!], list: true };
}

const OF_WORD = /\sof\s/i;
/** "<Job> of <whom>": "Supervisors of Logging Workers" (no comma or list before the "of"). */
const OF_PHRASE = /^([^,]+?)\s+of\s+([^,]+)$/i;
/** Words of SOC's "First-Line Supervisors" that O*NET's own "Logging Supervisor" titles leave out. */
const FIRST_LINE = new Set(['first', 'line']);

/** How often each vocabulary word ends the titles that use it (0–1): "manager" is a head word, "parts" is not. */
export function headShares(index: TitleIndex): Float64Array {
  index.readAll?.(); // every reading, not only those of the tokens asked for so far
  const last = new Float64Array(index.idf.length);
  for (let r = 0; r < index.readingCount; r++) {
    const end = index.readStart[r + 1]!;
    if (end > index.readStart[r]!) last[index.readTok[end - 1]!]!++;
  }
  for (let t = 0; t < last.length; t++) last[t] = last[t]! / Math.max(1, index.postStart[t + 1]! - index.postStart[t]!);
  return last;
}

export function parseQuery(
  index: TitleIndex,
  typed: string,
  opts: ResolveOptions,
  heads?: Float64Array | (() => Float64Array),
): ParsedQuery {
  // What a title excludes names other jobs ("Transportation Attendants, Except Flight Attendants").
  const text = withoutExcept(typed);
  const inVocab = (w: string): boolean => index.tokenIds.has(w);
  const corrected: Record<string, string> = {};
  const unknown: string[] = [];
  let penalty = 1;
  let credit = 0;
  let content = 0;
  /** The canonical tokens of a text; `count` adds its words to the evidence (once per word of the query). */
  const read = (part: string, count: boolean): string[] => {
    const mine: string[] = [];
    for (const raw of rawWords(part)) {
      for (const t of canonWord(raw)) {
        const level = LEVEL_WORDS.has(t);
        const known = index.tokenIds.has(t) || level || index.acronyms.has(t);
        if (!known && (HAS_DIGIT.test(t) || NOISE_WORDS.has(t))) continue;
        if (count && !level) content++;
        if (known) {
          mine.push(t);
          if (count && !level) credit++;
          continue;
        }
        // Another spelling of known words (British "counsellor", closed compound "stockbroker"): no typo, no cost.
        const respelt = respell(t, inVocab, (a, b) => inPhrase(index, a, b));
        if (respelt) {
          mine.push(...respelt);
          if (count) credit++;
          continue;
        }
        // The singular may be too short to correct ("sals" → "sal"): then the word as typed.
        let typed = t;
        let fix = index.typo.correct(t);
        if (!fix && raw !== t) {
          typed = raw;
          fix = index.typo.correct(raw);
        }
        mine.push(fix ? fix.word : t);
        if (!count) continue;
        if (fix) {
          corrected[raw] = fix.word;
          penalty *= 1 - opts.typoPenaltyPerEdit * fix.distance;
          credit += Math.max(0, 1 - (2 * fix.distance) / typed.length);
        } else unknown.push(raw);
      }
    }
    return mine;
  };
  // Alternatives ("Kitchen Helpers/Dishwashers") and lists ("Reporters and Correspondents"): each part is also read alone.
  const { parts: listed, list } = listParts(text, index);
  const parts = listed.filter((p) => p.trim() !== '');
  const partTokens = parts.map((p) => read(p, true));
  const full = dedupe(partTokens.flat());
  const variants: QueryVariant[] = [];
  const evidence = content === 0 ? 1 : credit / content;
  if (full.length === 0) return { variants, unknown, words: full, evidence, content, corrected };
  // Every variant has the same fields in the same order (one object shape for the scoring loop).
  const variant = (
    tokens: string[],
    p: number,
    levelWords: string[],
    primary: boolean,
    how: Rewording | undefined,
    part: number | undefined,
    item = false,
  ): QueryVariant => ({ tokens, penalty: p, levelWords, corrected, primary, part, how, needs: undefined, item });
  variants.push(variant(full, penalty, [], true, undefined, undefined));
  const extra = (tokens: string[], p: number, how: Rewording, part?: number, item = false) => {
    const key = tokens.join(' ');
    if (tokens.length > 0 && !variants.some((v) => v.tokens.join(' ') === key))
      variants.push(variant(tokens, p, [], false, how, part, item));
  };
  // An open compound the titles write closed ("line man" → "lineman", "fire fighter" → "firefighter").
  for (let i = 0; i + 1 < full.length; i++) {
    const joined = full[i]! + full[i + 1]!;
    if (inVocab(joined)) extra([...full.slice(0, i), joined, ...full.slice(i + 2)], penalty * JOINED_PENALTY, 'joined');
  }
  if (partTokens.length > 1)
    partTokens.forEach((mine, i) => {
      // A one-word part after a longer one shares its head words: "Cart Attendant/Assistant" → "cart assistant"
      // ("Machine Setters, Operators, and Tenders" → "machine tender").
      const before = list ? partTokens.slice(0, i).findLast((p) => p.length > 1) : partTokens[i - 1];
      // An item of a list that ends in no job's head word takes the job of a later one: "Freight and Cargo
      // Inspectors" → "freight inspector", "Mental Health and Substance Abuse Social Workers" → "mental health worker".
      const after =
        list && !isHead(index, mine.at(-1)!) ? partTokens.slice(i + 1).find((p) => p.length > 1) : undefined;
      const tokens =
        mine.length === 1 && before && before.length > 1
          ? [...before.slice(0, -1), mine[0]!]
          : after
            ? [...mine, ...(mine.length === 1 ? after.slice(1) : after.slice(-1))]
            : mine;
      extra(dedupe(tokens), penalty * (list ? opts.listItemPenalty : opts.alternativePenalty), 'alternative', i, list);
    });
  // "<Job> of <Workers>" as the O*NET lists write it: "First-Line Supervisors of Logging Workers" → "logging supervisor".
  const of = OF_WORD.test(text) ? OF_PHRASE.exec(text) : null;
  if (of) {
    const job = read(of[1]!, false).filter((t) => !FIRST_LINE.has(t));
    const whom = read(of[2]!, false).filter((t) => t !== 'worker');
    if (job.length > 0 && whom.length > 0) extra(dedupe([...whom, ...job]), penalty * opts.alternativePenalty, 'of');
  }
  // Words of forms and ads, not of the job ("- Part Time", "(Night Shift)", "less than master's degree").
  if (full.some((t) => NOISE_WORDS.has(t)))
    extra(
      full.filter((t) => !NOISE_WORDS.has(t)),
      penalty * opts.noisePenalty,
      'noise',
    );
  // A trailing qualifier may name the employer's industry or a form's category ("Food Mixer - Bakery").
  const head = partTokens.length === 1 ? QUALIFIER.exec(text)?.[1] : undefined;
  if (head) extra(dedupe(read(head, false)), penalty * opts.qualifierPenalty, 'qualifier');
  // ... and so may a NAICS sector after a comma ("Cooker Tender, Wholesale"; "Dryer Feeder, Public Administration").
  const comma = text.lastIndexOf(',');
  if (comma > 0 && partTokens.length === 1 && !head) {
    const tail = tokens(text.slice(comma + 1));
    if (tail.length > 0 && tail.every((t) => SECTOR_WORDS.has(t)))
      extra(dedupe(read(text.slice(0, comma), false)), penalty * opts.qualifierPenalty, 'qualifier');
  }
  // "Sales <product>" is a salesperson of that product ("Sales, Air Conditioning Equipment"), when the last word
  // is not itself a job ("Sales Manager").
  const lastId = index.tokenIds.get(full[full.length - 1]!);
  const salesOf =
    full[0] === 'sales' &&
    full.length > 1 &&
    heads &&
    (lastId === undefined || (typeof heads === 'function' ? heads() : heads)[lastId]! < opts.salesHeadShare);
  if (salesOf) extra([...full.slice(1), 'salesperson'], penalty * opts.alternativePenalty, 'sales');
  if (full.some((t) => index.acronyms.has(t))) {
    const expanded = dedupe(full.flatMap((t) => index.acronyms.get(t) ?? [t]));
    variants.push(variant(expanded, penalty * opts.acronymPenalty, [], false, undefined, undefined));
  }
  for (const v of [...variants]) {
    let level = v.tokens.filter((t) => LEVEL_WORDS.has(t));
    let bare = v.tokens.filter((t) => !LEVEL_WORDS.has(t));
    // A title of level words only names its job by the last one when that one is no rank of a job named elsewhere
    // ("Assistant Principal" is a principal's rank; "Senior Associate" and "Assistant Chief" say no job).
    if (bare.length === 0 && level.length > 1 && !STRONG_LEVEL_WORDS.has(level.at(-1)!)) {
      bare = level.slice(-1);
      level = level.slice(0, -1);
    }
    if (level.length === 0 || bare.length === 0) continue;
    const strong = level.filter((w) => STRONG_LEVEL_WORDS.has(w));
    // Grades and seniority dropped, "assistant" / "helper"-like words kept: "Accountant Assistant 2" is an
    // accountant's assistant (its own occupation), not an accountant.
    if (strong.length > 0 && strong.length < level.length)
      variants.push(
        variant(
          v.tokens.filter((t) => !LEVEL_WORDS.has(t) || STRONG_LEVEL_WORDS.has(t)),
          v.penalty * opts.levelPenalty ** (level.length - strong.length),
          level.filter((w) => !STRONG_LEVEL_WORDS.has(w)),
          false,
          v.how,
          v.part,
          v.item,
        ),
      );
    let p = v.penalty;
    for (const w of level) p *= STRONG_LEVEL_WORDS.has(w) ? opts.strongLevelPenalty : opts.levelPenalty;
    variants.push(variant(bare, p, level, false, v.how, v.part, v.item));
  }
  // A salesperson of the product, whichever reading finds it: a title without a sales word is another job that
  // handles the product ("Sales Air Conditioning Equipment" is no air-conditioning technician).
  if (salesOf) {
    const needs = SALES_WORDS.flatMap((w) => index.tokenIds.get(w) ?? []);
    for (const v of variants) v.needs = needs;
  }
  return { variants, unknown, words: full, evidence, content, corrected };
}

/** The words of NAICS sector names ("Retail Trade", "Public Administration"). */
const SECTOR_WORDS: ReadonlySet<string> = new Set(Object.values(NAICS_SECTORS).flatMap((name) => tokens(name)));

/** Words that make a title a selling job. */
const SALES_WORDS = ['sales', 'salesperson', 'salesman', 'saleswoman', 'salespeople', 'salesworker', 'seller'];
