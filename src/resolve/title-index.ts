/**
 * The title index: every reading of every entry (an O*NET title can carry a parenthesised alias) as a
 * token list, an inverted index token → readings with IDF weights, exact-phrase and same-word-set maps,
 * the occupation table, the typo vocabulary and the acronym table (static plus mined from the titles).
 * A pure function of the entries: no I/O.
 */
import { ACRONYMS } from './abbreviations.js';
import { rawWords, titleReadings, tokens, withoutExcept } from './normalize.js';
import { TypoIndex } from './typo.js';
import type { TitleEntry, TitleKind } from './types.js';

export interface Occupation {
  code: string;
  soc: string;
  title: string;
}

const KIND_RANK: Record<TitleKind, number> = { occupation: 0, alternate: 1, short: 2, reported: 3 };

export interface TitleIndex {
  entries: readonly TitleEntry[];
  /** Each entry's weight, by entry id (what scoring reads of every entry, without making the entry objects). */
  entryWeight: Float64Array;
  occupations: Occupation[];
  occIndex: Map<string, number>;
  /** Per reading: the entry it came from, its occupation, its token ids, its text and its IDF weight sum. */
  readEntry: Int32Array;
  readOcc: Int32Array;
  /** Token ids of reading r: readTok[readStart[r] .. readStart[r + 1]). */
  readStart: Int32Array;
  readTok: Int32Array;
  readKey: string[];
  readWeight: Float64Array;
  /** Token → id; IDF per token id; reading ids per token id. */
  tokenIds: Map<string, number>;
  idf: Float64Array;
  /** Reading ids of token t: postData[postStart[t] .. postStart[t + 1]). */
  postStart: Int32Array;
  postData: Int32Array;
  readingCount: number;
  /** IDF of a word the index has never seen. */
  unknownIdf: number;
  typo: TypoIndex;
  /** Acronym → canonical tokens of its expansion. */
  acronyms: Map<string, string[]>;
  /** Occupations per SOC code (XX-XXXX), .00 first. */
  bySoc: Map<string, string[]>;
  /** How common each occupation is, 0–1 (log employment; 0.5 when unknown): orders near-equal readings. */
  prior: Float64Array;
  buildMs: number;
  /**
   * Makes every reading's numbers present, for an index read in parts (src/resolve/index-codec.ts, where a
   * token's readings are read when its id is first asked for): code that walks every reading calls it first.
   */
  readAll?: () => void;
}

/** "27-2012.00" → "27-2012". */
export const socOf = (code: string): string => code.slice(0, 7);

/** "Registered Nurse (RN)", "CPA (Certified Public Accountant)": an all-capitals word beside its long form. */
function acronymCandidates(x: string, y: string, toks: string[][]): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const [short, long, longToks] of [
    [x.trim(), y, toks[1]!],
    [y.trim(), x, toks[0]!],
  ] as const) {
    if (!/^[A-Z]{2,6}$/.test(short) || longToks.length < 2) continue;
    const s = short.toLowerCase();
    if (rawWords(long)[0]?.[0] === s[0]) out.push([s, longToks]);
  }
  return out;
}

/** Acronym table: the static list, plus acronyms the titles define with one dominant long form (≥ 60%). */
function acronymTable(pairs: readonly [string, string[]][]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const [acr, long] of pairs) {
    const m = counts.get(acr) ?? new Map<string, number>();
    const key = long.join(' ');
    m.set(key, (m.get(key) ?? 0) + 1);
    counts.set(acr, m);
  }
  const out = new Map<string, string[]>();
  for (const [acr, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...m.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (n / total >= 0.6) out.set(acr, best.split(' '));
  }
  for (const [acr, exp] of Object.entries(ACRONYMS)) out.set(acr, tokens(exp));
  return out;
}

export function buildIndex(entries: readonly TitleEntry[], priors?: ReadonlyMap<string, number>): TitleIndex {
  const t0 = performance.now();
  const occupations: Occupation[] = [];
  const occIndex = new Map<string, number>();
  const addOcc = (code: string, title: string) => {
    if (occIndex.has(code)) return;
    occIndex.set(code, occupations.length);
    occupations.push({ code, soc: socOf(code), title });
  };
  for (const e of entries) if (e.kind === 'occupation') addOcc(e.code, e.title);
  for (const e of entries) addOcc(e.code, e.title);

  // Readings, deduplicated per occupation: the same words under one occupation keep the best-ranked entry.
  const byCode = new Map<string, number[]>();
  entries.forEach((e, ei) => {
    const list = byCode.get(e.code);
    if (list) list.push(ei);
    else byCode.set(e.code, [ei]);
  });
  const rEntry: number[] = [];
  const rTokens: string[][] = [];
  const acronymPairs: [string, string[]][] = [];
  for (const list of byCode.values()) {
    const seen = new Map<string, number>();
    for (const ei of list) {
      const e = entries[ei]!;
      const readings = titleReadings(e.title).map(withoutExcept);
      const readingTokens = readings.map(tokens);
      if (readings.length === 2) acronymPairs.push(...acronymCandidates(readings[0]!, readings[1]!, readingTokens));
      for (const toks of readingTokens) {
        if (toks.length === 0) continue;
        const key = toks.join(' ');
        const prior = seen.get(key);
        if (prior !== undefined) {
          const p = entries[rEntry[prior]!]!;
          if (KIND_RANK[e.kind] < KIND_RANK[p.kind] || (e.kind === p.kind && e.weight > p.weight)) rEntry[prior] = ei;
          continue;
        }
        seen.set(key, rEntry.length);
        rEntry.push(ei);
        rTokens.push(toks);
      }
    }
  }

  const tokenIds = new Map<string, number>();
  const df: number[] = [];
  const n = rTokens.length;
  const readStart = new Int32Array(n + 1);
  let total = 0;
  rTokens.forEach((toks, r) => {
    readStart[r] = total;
    total += toks.length;
  });
  readStart[n] = total;
  const readTok = new Int32Array(total);
  rTokens.forEach((toks, r) => {
    toks.forEach((t, i) => {
      let id = tokenIds.get(t);
      if (id === undefined) {
        id = df.length;
        tokenIds.set(t, id);
        df.push(0);
      }
      df[id]!++;
      readTok[readStart[r]! + i] = id;
    });
  });
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / d));
  const postStart = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) postStart[t + 1] = postStart[t]! + df[t]!;
  const fill = postStart.slice(0, df.length);
  const postData = new Int32Array(total);
  const readWeight = new Float64Array(n);
  const readOcc = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let w = 0;
    for (let k = readStart[r]!; k < readStart[r + 1]!; k++) {
      const id = readTok[k]!;
      postData[fill[id]!++] = r;
      w += idf[id]!;
    }
    readWeight[r] = w;
    readOcc[r] = occIndex.get(entries[rEntry[r]!]!.code)!;
  }

  const freq = new Map<string, number>();
  for (const [t, id] of tokenIds) freq.set(t, df[id]!);
  const bySoc = codesBySoc(occupations);

  return {
    entries,
    entryWeight: Float64Array.from(entries, (e) => e.weight),
    occupations,
    occIndex,
    readEntry: Int32Array.from(rEntry),
    readOcc,
    readStart,
    readTok,
    readKey: rTokens.map((t) => t.join(' ')),
    readWeight,
    tokenIds,
    idf,
    postStart,
    postData,
    readingCount: n,
    unknownIdf: Math.log(1 + n),
    typo: new TypoIndex(freq),
    acronyms: acronymTable(acronymPairs),
    bySoc,
    prior: Float64Array.from(occupations, (o) => priors?.get(o.code) ?? 0.5),
    buildMs: performance.now() - t0,
  };
}

/** O*NET-SOC codes grouped by their SOC code, each list sorted ("27-2012" → 27-2012.00, .01, …). */
export function codesBySoc(occupations: readonly { code: string; soc: string }[]): Map<string, string[]> {
  const bySoc = new Map<string, string[]>();
  for (const o of occupations) {
    const list = bySoc.get(o.soc) ?? [];
    list.push(o.code);
    bySoc.set(o.soc, list);
  }
  for (const list of bySoc.values()) list.sort();
  return bySoc;
}
