/**
 * The title index as stored at import (src/derive), in columns: typed arrays as they are, the strings of each
 * kind (titles, tokens, reading keys) joined into one string each, so decoding is a few copies and splits
 * plus rebuilding the small maps — a few ms, instead of rebuilding the index from ~64,000 titles.
 */
import { storeError } from '../errors.js';
import { decodeDerived, encodeDerived } from '../store/derived.js';
import { codesBySoc, type Occupation, socOf, type TitleIndex } from './title-index.js';
import { TypoIndex } from './typo.js';
import type { TitleEntry, TitleKind } from './types.js';

const SEP = '\u0000';
const KINDS: readonly TitleKind[] = ['occupation', 'alternate', 'short', 'reported'];

/** Changes whenever the packed layout does. */
const LAYOUT = 'title-index/1';

interface Packed {
  layout: typeof LAYOUT;
  occCodes: string;
  occTitles: string;
  entryOcc: Int32Array;
  entryTitles: string;
  entryKind: Uint8Array;
  entryWeight: Float64Array;
  readEntry: Int32Array;
  readOcc: Int32Array;
  readStart: Int32Array;
  readTok: Int32Array;
  readKeys: string;
  readWeight: Float64Array;
  tokens: string;
  idf: Float64Array;
  postStart: Int32Array;
  postData: Int32Array;
  readingCount: number;
  unknownIdf: number;
  acronyms: [string, string[]][];
  prior: Float64Array;
}

export function encodeTitleIndex(index: TitleIndex): Buffer {
  const tokens = [...index.tokenIds.keys()];
  const packed: Packed = {
    layout: LAYOUT,
    occCodes: index.occupations.map((o) => o.code).join(SEP),
    occTitles: index.occupations.map((o) => o.title).join(SEP),
    entryOcc: Int32Array.from(index.entries, (e) => index.occIndex.get(e.code)!),
    entryTitles: index.entries.map((e) => e.title).join(SEP),
    entryKind: Uint8Array.from(index.entries, (e) => KINDS.indexOf(e.kind)),
    entryWeight: Float64Array.from(index.entries, (e) => e.weight),
    readEntry: index.readEntry,
    readOcc: index.readOcc,
    readStart: index.readStart,
    readTok: index.readTok,
    readKeys: index.readKey.join(SEP),
    readWeight: index.readWeight,
    tokens: tokens.join(SEP),
    idf: index.idf,
    postStart: index.postStart,
    postData: index.postData,
    readingCount: index.readingCount,
    unknownIdf: index.unknownIdf,
    acronyms: [...index.acronyms],
    prior: index.prior,
  };
  return encodeDerived(packed);
}

const split = (s: string): string[] => (s === '' ? [] : s.split(SEP));

export function decodeTitleIndex(buf: Buffer): TitleIndex {
  const t0 = performance.now();
  const p = decodeDerived<Packed>(buf, 'title index');
  if (p?.layout !== LAYOUT)
    throw storeError('the store holds a title index of another layout; run "careerdiff import" to rebuild it');
  const codes = split(p.occCodes);
  const titles = split(p.occTitles);
  const occupations: Occupation[] = codes.map((code, i) => ({ code, soc: socOf(code), title: titles[i]! }));
  const occIndex = new Map(codes.map((c, i) => [c, i]));
  const entryTitles = split(p.entryTitles);
  const entries: TitleEntry[] = entryTitles.map((title, i) => ({
    code: codes[p.entryOcc[i]!]!,
    title,
    kind: KINDS[p.entryKind[i]!]!,
    weight: p.entryWeight[i]!,
  }));
  const tokens = split(p.tokens);
  const tokenIds = new Map(tokens.map((t, i) => [t, i]));
  // A token's frequency (the typo index prefers commoner words) is the length of its posting list.
  const freq = new Map(tokens.map((t, i) => [t, p.postStart[i + 1]! - p.postStart[i]!]));
  const bySoc = codesBySoc(occupations);
  return {
    entries,
    occupations,
    occIndex,
    readEntry: p.readEntry,
    readOcc: p.readOcc,
    readStart: p.readStart,
    readTok: p.readTok,
    readKey: split(p.readKeys),
    readWeight: p.readWeight,
    tokenIds,
    idf: p.idf,
    postStart: p.postStart,
    postData: p.postData,
    readingCount: p.readingCount,
    unknownIdf: p.unknownIdf,
    typo: new TypoIndex(freq),
    acronyms: new Map(p.acronyms),
    bySoc,
    prior: p.prior,
    buildMs: performance.now() - t0,
  };
}
