/**
 * The title index as stored at import (src/derive): the numbers scoring reads in one binary blob read without
 * parsing — a small JSON header (scalars, the occupation table, the vocabulary) and 8-byte-aligned sections of
 * typed arrays the decoder views in place (zero-copy) — and the entries (code, title, kind, weight) as rows a
 * query reads one by one (table title_entries, through an EntryRows reader). What a query does not touch is
 * never made: an entry is read when first asked for, a reading's key is rebuilt from its token ids, and the
 * typo index is built when a word is first unknown (nothing is recomputed per reading or token at start: in a
 * fresh process such loops cost more than reading the numbers). A decoded index answers exactly as the index
 * built from the titles (src/derive/derive.real.test.ts resolves 2,000 titles with both).
 */
import { storeError } from '../errors.js';
import { codesBySoc, type Occupation, socOf, type TitleIndex } from './title-index.js';
import { TypoIndex } from './typo.js';
import type { TitleEntry } from './types.js';

const SEP = '\u0000';
const MAGIC = 'CDTI';

/** Changes whenever the packed layout does. */
const LAYOUT = 'title-index/3';

/** Format name of the blob in the derived table (src/store/derived.ts): not v8-serialised. */
export const TITLE_INDEX_FORMAT = LAYOUT;

/** The index's entries by id, as stored beside the blob: one when a query shows it, all for a listing. */
export interface EntryRows {
  one(id: number): TitleEntry | undefined;
  all(): TitleEntry[];
}

/** Entries kept in memory (an index built here, tests). */
export const entriesInMemory = (entries: readonly TitleEntry[]): EntryRows => ({
  one: (id) => entries[id],
  all: () => [...entries],
});

type ArrayKind = 'i32' | 'u16' | 'u8' | 'f64';
type Typed = Int32Array | Uint16Array | Uint8Array | Float64Array;
const CTOR = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array, f64: Float64Array } as const;

interface Header {
  layout: string;
  readingCount: number;
  entryCount: number;
  unknownIdf: number;
  occCodes: string;
  occTitles: string;
  tokens: string;
  acronyms: [string, string[]][];
  /** name → [kind, byte offset from the blob's start, element count] */
  sections: Record<string, [ArrayKind, number, number]>;
}

const kindOf = (a: Typed): ArrayKind =>
  a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : a instanceof Uint8Array ? 'u8' : 'f64';

const align8 = (n: number) => (n + 7) & ~7;

/** The blob of the index's numbers; its entries are stored as rows beside it (src/derive). */
export function encodeTitleIndex(index: TitleIndex): Buffer {
  const arrays: Record<string, Typed> = {
    entryWeight: index.entryWeight,
    readEntry: index.readEntry,
    readOcc: index.readOcc,
    readStart: index.readStart,
    readTok: index.readTok,
    readWeight: index.readWeight,
    idf: index.idf,
    postStart: index.postStart,
    postData: index.postData,
    prior: index.prior,
  };
  const header: Header = {
    layout: LAYOUT,
    readingCount: index.readingCount,
    entryCount: index.entries.length,
    unknownIdf: index.unknownIdf,
    occCodes: index.occupations.map((o) => o.code).join(SEP),
    occTitles: index.occupations.map((o) => o.title).join(SEP),
    tokens: [...index.tokenIds.keys()].join(SEP),
    acronyms: [...index.acronyms],
    sections: {},
  };
  // The header's length depends on the offsets it lists: lay the sections out after a header of the same
  // shape with offsets of the final magnitude, then pad the header to that length (JSON allows the spaces).
  const layout = (start: number) => {
    let off = start;
    for (const [name, a] of Object.entries(arrays)) {
      header.sections[name] = [kindOf(a), off, a.length];
      off = align8(off + a.byteLength);
    }
    return off;
  };
  layout(1e12);
  const headerLen = align8(Buffer.byteLength(JSON.stringify(header)));
  const total = layout(8 + headerLen);
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerLen, 4);
  out.write(JSON.stringify(header).padEnd(headerLen, ' '), 8, 'utf8');
  for (const [name, a] of Object.entries(arrays))
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, header.sections[name]![1]);
  return out;
}

const split = (s: string): string[] => (s === '' ? [] : s.split(SEP));

/**
 * An array that makes its element i by `make(i)` when first read (and keeps it): the entries and reading keys
 * of a decoded index, of which a query reads a handful. Whole-array methods and iteration run over every
 * element, made at once by `makeAll` (one read of all the entries instead of one per entry).
 */
function lazyArray<T>(n: number, make: (i: number) => T, makeAll?: () => T[]): T[] {
  const made: T[] = new Array(n);
  let complete = false;
  const at = (i: number): T => (made[i] ??= make(i));
  const all = (): T[] => {
    if (!complete) {
      if (makeAll)
        makeAll().forEach((x, i) => {
          made[i] ??= x;
        });
      for (let i = 0; i < n; i++) at(i);
    }
    complete = true;
    return made;
  };
  return new Proxy(made, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && i < n && String(i) === prop) return at(i);
        if (prop === 'length') return n;
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(all()) : v;
    },
  });
}

export function decodeTitleIndex(buf: Buffer, rows: EntryRows): TitleIndex {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (a dozen modules) on first use.
  const t0 = process.hrtime.bigint();
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC)
    throw storeError('the store holds a title index of another layout; run "careerdiff import" to rebuild it');
  const headerLen = buf.readUInt32LE(4);
  let h: Header;
  try {
    h = JSON.parse(buf.toString('utf8', 8, 8 + headerLen)) as Header;
  } catch (err) {
    throw storeError(`the store's title index cannot be read (${(err as Error).message}); run "careerdiff import"`);
  }
  if (h.layout !== LAYOUT)
    throw storeError('the store holds a title index of another layout; run "careerdiff import" to rebuild it');
  // Typed-array views need their element alignment: a blob that does not start on 8 bytes is copied once.
  let base = buf;
  if (buf.byteOffset % 8 !== 0) {
    const copy = new Uint8Array(buf.length);
    copy.set(buf);
    base = Buffer.from(copy.buffer);
  }
  const view = <T extends Typed>(name: string): T => {
    const s = h.sections[name];
    if (!s || s[1] + s[2] * CTOR[s[0]].BYTES_PER_ELEMENT > base.length)
      throw storeError(`the store's title index lacks its ${name}; run "careerdiff import" to rebuild it`);
    return new CTOR[s[0]](base.buffer as ArrayBuffer, base.byteOffset + s[1], s[2]) as T;
  };
  const codes = split(h.occCodes);
  const titles = split(h.occTitles);
  const occupations: Occupation[] = codes.map((code, i) => ({ code, soc: socOf(code), title: titles[i]! }));
  const occIndex = new Map(codes.map((c, i) => [c, i]));

  const entryWeight = view<Float64Array>('entryWeight');
  const entries = lazyArray<TitleEntry>(
    h.entryCount,
    (i) => {
      const e = rows.one(i);
      if (!e) throw storeError(`the store's title index lacks its entry ${i}; run "careerdiff import" to rebuild it`);
      return e;
    },
    () => rows.all(),
  );

  const tokens = split(h.tokens);
  const tokenIds = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) tokenIds.set(tokens[i]!, i);
  const postStart = view<Int32Array>('postStart');
  const readStart = view<Int32Array>('readStart');
  const readTok = view<Int32Array>('readTok');
  const n = h.readingCount;
  let typo: TypoIndex | undefined;
  const index: TitleIndex = {
    entries,
    entryWeight,
    occupations,
    occIndex,
    readEntry: view<Int32Array>('readEntry'),
    readOcc: view<Int32Array>('readOcc'),
    readStart,
    readTok,
    // A reading's key ("registered nurse") is its tokens joined by spaces.
    readKey: lazyArray(n, (r) => {
      const words: string[] = [];
      for (let k = readStart[r]!; k < readStart[r + 1]!; k++) words.push(tokens[readTok[k]!]!);
      return words.join(' ');
    }),
    readWeight: view<Float64Array>('readWeight'),
    tokenIds,
    idf: view<Float64Array>('idf'),
    postStart,
    postData: view<Int32Array>('postData'),
    readingCount: n,
    unknownIdf: h.unknownIdf,
    // A token's frequency (the typo index prefers commoner words) is the length of its posting list.
    get typo(): TypoIndex {
      typo ??= new TypoIndex(new Map(tokens.map((t, i) => [t, postStart[i + 1]! - postStart[i]!])));
      return typo;
    },
    acronyms: new Map(h.acronyms),
    bySoc: codesBySoc(occupations),
    prior: view<Float64Array>('prior'),
    buildMs: 0,
  };
  index.buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return index;
}
