/**
 * Features of how a title is written, for the confidence (src/resolve/calibration.ts): a plural head word, SOC's
 * and O*NET's style ("Appraisers, Real Estate"; employers write "Real Estate Appraiser"), and a comma whose part
 * before it is the matched title itself ("Cooker Tender, Wholesale": an industry after the job), not an inverted
 * title ("Inspector, Spring").
 */
import { singular, tokens } from './normalize.js';
import type { TitleIndex } from './title-index.js';

/** The head word (the last word before a comma, dash or parenthesis) is a plural: "Stock Clerks and Order Fillers". */
export function pluralHead(q: string): boolean {
  const w = LAST_WORD.exec(q.split(HEAD_END, 1)[0]!)?.[1]?.toLowerCase();
  return w !== undefined && w.length > 3 && singular(w) !== w;
}

/** Where the head of a title ends (a comma, a parenthesis, a dash between spaces), and its last word. */
const HEAD_END = /[,(]|\s[-–—]\s/;
const LAST_WORD = /([A-Za-z]+)[^A-Za-z]*$/;

/** The query has a comma and the matched reading has exactly the words before it. */
export function commaHead(index: TitleIndex, q: string, reading: number): boolean {
  const comma = q.indexOf(',');
  if (comma <= 0) return false;
  const head = tokens(q.slice(0, comma));
  const from = index.readStart[reading]!;
  const to = index.readStart[reading + 1]!;
  if (head.length === 0 || to - from !== head.length) return false;
  for (const t of head) {
    const id = index.tokenIds.get(t);
    if (id === undefined) return false;
    let found = false;
    for (let j = from; j < to; j++) if (index.readTok[j] === id) found = true;
    if (!found) return false;
  }
  return true;
}
