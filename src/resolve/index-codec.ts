/**
 * The title index as stored at import (src/derive): the numbers scoring reads in one binary blob read without
 * parsing — a small JSON header (scalars, the occupation table, the vocabulary) and 8-byte-aligned sections of
 * typed arrays the decoder views in place (zero-copy) — and the entries (code, title, kind, weight) as rows a
 * query reads one by one (table title_entries, through an EntryRows reader). What a query does not touch is
 * never made: an entry is read when first asked for, a reading's key is rebuilt from its token ids, and the
 * typo index is built when a word is first unknown (nothing is recomputed per reading or token at start: in a
 * fresh process such loops cost more than reading the numbers). A decoded index answers exactly as the index
 * built from the titles (src/derive/derive.real.test.ts resolves 2,000 titles with both).
 * Read in parts (a one-query CLI run reads about a tenth of the blob): a head blob holds the header and the arrays by
 * token and occupation, and one row per token holds that token's readings with their numbers; the arrays by
 * reading are filled a token at a time when its id is first asked for (`tokenIds.get`: every path that reads a
 * reading's numbers finds the reading in a token's postings), and whole from the blob when `readAll` is called
 * (code walking every reading) or many tokens were asked for (a batch).
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

/** Layout (and derived-table format) of the head of an index read in parts. */
export const TITLE_INDEX_HEAD_FORMAT = 'title-index-head/1';

/** The arrays of the whole blob, in its order. */
const ARRAYS = [
  'entryWeight',
  'readEntry',
  'readOcc',
  'readStart',
  'readTok',
  'readWeight',
  'idf',
  'postStart',
  'postData',
  'prior',
] as const;
type ArrayName = (typeof ARRAYS)[number];

/** The arrays the head holds; the others are by reading, entry or posting, filled a token at a time. */
const HEAD_ARRAYS: readonly ArrayName[] = ['idf', 'postStart', 'prior'];
const BY_READING = ARRAYS.filter((a) => !HEAD_ARRAYS.includes(a));

/** After this many tokens asked for, an index read in parts reads the whole blob (a batch, a long-running server). */
const WHOLE_AFTER_TOKENS = 256;

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
  /** A head's element count of every array, the ones left out included. */
  counts?: Record<string, number>;
}

const kindOf = (a: Typed): ArrayKind =>
  a instanceof Int32Array ? 'i32' : a instanceof Uint16Array ? 'u16' : a instanceof Uint8Array ? 'u8' : 'f64';

const align8 = (n: number) => (n + 7) & ~7;

/** The blob of the index's numbers; its entries are stored as rows beside it (src/derive). */
export function encodeTitleIndex(index: TitleIndex): Buffer {
  return pack(index, ARRAYS, LAYOUT);
}

/**
 * The head of the index read in parts: the header and the arrays by token and occupation, with every array's
 * length; the rest is in one row per token (encodeTokenPostings) and in the whole blob.
 */
export function encodeTitleIndexHead(index: TitleIndex): Buffer {
  return pack(index, HEAD_ARRAYS, TITLE_INDEX_HEAD_FORMAT);
}

function pack(index: TitleIndex, names: readonly ArrayName[], layoutName: string): Buffer {
  const arrays: Record<string, Typed> = {};
  for (const name of names) arrays[name] = index[name];
  const tokens = [...index.tokenIds.keys()];
  const text = {
    occCodes: index.occupations.map((o) => o.code).join(SEP),
    occTitles: index.occupations.map((o) => o.title).join(SEP),
    tokens: tokens.join(SEP),
  };
  const head = names.length < ARRAYS.length;
  if (head) {
    // The head's texts as UTF-8 sections, not JSON strings (parsing ~10,000 escaped separators cost ~4 ms), and
    // the token ids in code-unit order of their tokens, searched instead of a Map made of every token.
    for (const [name, t] of Object.entries(text)) arrays[`${name}Text`] = Buffer.from(t, 'utf8');
    arrays.tokenOrder = Int32Array.from(tokens.keys()).sort((x, y) =>
      tokens[x]! < tokens[y]! ? -1 : tokens[x]! > tokens[y]! ? 1 : 0,
    );
  }
  const header: Header = {
    layout: layoutName,
    readingCount: index.readingCount,
    entryCount: index.entries.length,
    unknownIdf: index.unknownIdf,
    ...(head ? { occCodes: '', occTitles: '', tokens: '' } : text),
    acronyms: [...index.acronyms],
    sections: {},
    ...(head ? { counts: Object.fromEntries(ARRAYS.map((a) => [a, index[a].length])) } : {}),
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

/**
 * Token t's row of the index read in parts: its readings (in posting order) with what scoring reads of each —
 * Float64 [reading weight ×n, entry weight ×n], Int32 [reading ×n, entry ×n, occupation ×n, token start ×n,
 * token count ×n, the readings' token ids].
 */
export function encodeTokenPostings(index: TitleIndex, t: number): Buffer {
  const from = index.postStart[t]!;
  const n = index.postStart[t + 1]! - from;
  let nTok = 0;
  for (let k = 0; k < n; k++) {
    const r = index.postData[from + k]!;
    nTok += index.readStart[r + 1]! - index.readStart[r]!;
  }
  const f = new Float64Array(2 * n);
  const i = new Int32Array(5 * n + nTok);
  let at = 5 * n;
  for (let k = 0; k < n; k++) {
    const r = index.postData[from + k]!;
    const e = index.readEntry[r]!;
    const start = index.readStart[r]!;
    const len = index.readStart[r + 1]! - start;
    f[k] = index.readWeight[r]!;
    f[n + k] = index.entryWeight[e]!;
    i[k] = r;
    i[n + k] = e;
    i[2 * n + k] = index.readOcc[r]!;
    i[3 * n + k] = start;
    i[4 * n + k] = len;
    i.set(index.readTok.subarray(start, start + len), at);
    at += len;
  }
  return Buffer.concat([Buffer.from(f.buffer), Buffer.from(i.buffer)]);
}

const split = (s: string): string[] => (s === '' ? [] : s.split(SEP));

/**
 * An array that makes its element i by `make(i)` when first read (and keeps it): the entries and reading keys
 * of a decoded index, of which a query reads a handful. Whole-array methods and iteration run over every
 * element, made at once by `makeAll` (one read of all the entries instead of one per entry).
 */
function lazyArray<T>(n: number, make: (i: number) => T, makeAll?: () => T[]): T[] {
  // Made elements in a Map until the whole array is asked for: a holey array of n slots costs more to set up
  // than the handful of elements a query makes.
  const some = new Map<number, T>();
  let made: T[] | undefined;
  const at = (i: number): T => {
    if (made) return made[i]!;
    let x = some.get(i);
    if (x === undefined) {
      x = make(i);
      some.set(i, x);
    }
    return x;
  };
  const all = (): T[] => {
    if (!made) {
      const out: T[] = new Array(n);
      if (makeAll)
        makeAll().forEach((x, i) => {
          out[i] = some.get(i) ?? x;
        });
      for (let i = 0; i < n; i++) out[i] ??= at(i);
      made = out;
    }
    return made;
  };
  return new Proxy([] as T[], {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && i < n && String(i) === prop) return at(i);
        if (prop === 'length') return n;
      }
      if (prop === Symbol.iterator) return all()[Symbol.iterator].bind(all());
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(all()) : v;
    },
  });
}

/** A blob's header and views of its arrays in place; a blob of another layout is a store error. */
function openBlob(buf: Buffer, layout: string): { h: Header; view: <T extends Typed>(name: string) => T } {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC)
    throw storeError('the store holds a title index of another layout; run "careerdiff import" to rebuild it');
  const headerLen = buf.readUInt32LE(4);
  let h: Header;
  try {
    h = JSON.parse(buf.toString('utf8', 8, 8 + headerLen)) as Header;
  } catch (err) {
    throw storeError(`the store's title index cannot be read (${(err as Error).message}); run "careerdiff import"`);
  }
  if (h.layout !== layout)
    throw storeError('the store holds a title index of another layout; run "careerdiff import" to rebuild it');
  const base = aligned(buf);
  const view = <T extends Typed>(name: string): T => {
    const s = h.sections[name];
    if (!s || s[1] + s[2] * CTOR[s[0]].BYTES_PER_ELEMENT > base.length)
      throw storeError(`the store's title index lacks its ${name}; run "careerdiff import" to rebuild it`);
    return new CTOR[s[0]](base.buffer as ArrayBuffer, base.byteOffset + s[1], s[2]) as T;
  };
  return { h, view };
}

/** Typed-array views need their element alignment: a blob that does not start on 8 bytes is copied once. */
function aligned(buf: Buffer): Buffer {
  if (buf.byteOffset % 8 === 0) return buf;
  const copy = new Uint8Array(buf.length);
  copy.set(buf);
  return Buffer.from(copy.buffer);
}

type Arrays = { [K in ArrayName]: TitleIndex[K] };

export function decodeTitleIndex(buf: Buffer, rows: EntryRows): TitleIndex {
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (a dozen modules) on first use.
  const t0 = process.hrtime.bigint();
  const { h, view } = openBlob(buf, LAYOUT);
  const arrays = Object.fromEntries(ARRAYS.map((name) => [name, view(name)])) as Arrays;
  const index = assemble(h, h, arrays, rows, (tokens) => {
    const tokenIds = new Map<string, number>();
    for (let i = 0; i < tokens.length; i++) tokenIds.set(tokens[i]!, i);
    return tokenIds;
  });
  index.buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return index;
}

/** Where an index read in parts finds a token's row (encodeTokenPostings) and the whole blob (encodeTitleIndex). */
export interface IndexParts {
  token(id: number): Buffer | undefined;
  whole(): Buffer | undefined;
}

/**
 * Token → id over the head's tokens, found by binary search in `order` (ids by their tokens' code units), where
 * asking for a token's id first makes its readings' numbers present (`asked`). The Map itself is filled only
 * if something iterates it or asks its size.
 */
class TokenIdsReadInParts extends Map<string, number> {
  private filled = false;
  constructor(
    private readonly tokens: readonly string[],
    private readonly order: Int32Array,
    private readonly asked: (id: number) => void,
  ) {
    super();
  }
  private find(token: string): number | undefined {
    let lo = 0;
    let hi = this.order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = this.order[mid]!;
      const t = this.tokens[id]!;
      if (t === token) return id;
      if (t < token) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
  override get(token: string): number | undefined {
    const id = this.find(token);
    if (id !== undefined) this.asked(id);
    return id;
  }
  override has(token: string): boolean {
    return this.find(token) !== undefined;
  }
  private fill(): this {
    if (!this.filled) for (let i = 0; i < this.tokens.length; i++) super.set(this.tokens[i]!, i);
    this.filled = true;
    return this;
  }
  override get size(): number {
    return this.tokens.length;
  }
  override keys() {
    this.fill();
    return super.keys();
  }
  override values() {
    this.fill();
    return super.values();
  }
  override entries() {
    this.fill();
    return super.entries();
  }
  override [Symbol.iterator]() {
    this.fill();
    return super.entries();
  }
  override forEach(f: (value: number, key: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(f, thisArg);
  }
  override set(): this {
    throw new Error('the title index is read-only');
  }
  override delete(): boolean {
    throw new Error('the title index is read-only');
  }
  override clear(): void {
    throw new Error('the title index is read-only');
  }
}

const KIND: Record<ArrayName, ArrayKind> = {
  entryWeight: 'f64',
  readEntry: 'i32',
  readOcc: 'i32',
  readStart: 'i32',
  readTok: 'i32',
  readWeight: 'f64',
  idf: 'f64',
  postStart: 'i32',
  postData: 'i32',
  prior: 'f64',
};

/**
 * The index read in parts (see the file comment): the head decoded, the arrays by reading allocated whole (zeros
 * the system maps only when written) and filled from a token's row when its id is first asked for; after
 * `wholeAfter` tokens, or on `readAll()`, from the whole blob. It answers exactly as decodeTitleIndex's index.
 */
export function decodeTitleIndexParts(
  head: Buffer,
  rows: EntryRows,
  parts: IndexParts,
  wholeAfter = WHOLE_AFTER_TOKENS,
): TitleIndex {
  const t0 = process.hrtime.bigint();
  const { h, view } = openBlob(head, TITLE_INDEX_HEAD_FORMAT);
  const counts = h.counts;
  if (!counts || BY_READING.some((name) => !Number.isInteger(counts[name])))
    throw storeError(`the store's title index head lacks its array lengths; run "careerdiff import" to rebuild it`);
  const a = {} as Record<ArrayName, Typed>;
  for (const name of HEAD_ARRAYS) a[name] = view(name);
  for (const name of BY_READING) a[name] = new CTOR[KIND[name]](counts[name]!);
  const arrays = a as Arrays;
  const { postStart, postData, readStart, readTok, readWeight, entryWeight, readEntry, readOcc } = arrays;
  const bad = (what: string) =>
    storeError(`the store's title index has a damaged ${what}; run "careerdiff import" to rebuild it`);

  let whole = false;
  const readAll = (): void => {
    if (whole) return;
    const buf = parts.whole();
    if (!buf) throw storeError('the store lacks its title index; run "careerdiff import" to rebuild it');
    const all = openBlob(buf, LAYOUT);
    for (const name of BY_READING) {
      const v = all.view<Typed>(name);
      if (v.length !== a[name].length) throw bad(name);
      a[name].set(v as never);
    }
    whole = true;
  };

  const fill = (t: number): void => {
    const row = parts.token(t);
    const from = postStart[t]!;
    const n = postStart[t + 1]! - from;
    if (!row || row.length < 36 * n || (row.length - 36 * n) % 4 !== 0) throw bad(`row of token ${t}`);
    const buf = aligned(row);
    const f = new Float64Array(buf.buffer, buf.byteOffset, 2 * n);
    const i = new Int32Array(buf.buffer, buf.byteOffset + 16 * n, (buf.length - 16 * n) / 4);
    postData.set(i.subarray(0, n), from);
    let at = 5 * n;
    for (let k = 0; k < n; k++) {
      const r = i[k]!;
      const e = i[n + k]!;
      const start = i[3 * n + k]!;
      const len = i[4 * n + k]!;
      if (r < 0 || r >= readWeight.length || e < 0 || e >= entryWeight.length || at + len > i.length)
        throw bad(`row of token ${t}`);
      readWeight[r] = f[k]!;
      entryWeight[e] = f[n + k]!;
      readEntry[r] = e;
      readOcc[r] = i[2 * n + k]!;
      readStart[r] = start;
      readStart[r + 1] = start + len;
      // A loop, not a subarray per reading (an object each, for two or three numbers).
      for (let j = 0; j < len; j++) readTok[start + j] = i[at + j]!;
      at += len;
    }
    if (at !== i.length) throw bad(`row of token ${t}`);
  };

  const text = (name: string): string => {
    const v = view<Uint8Array>(`${name}Text`);
    return Buffer.from(v.buffer, v.byteOffset, v.length).toString('utf8');
  };
  const strings = { occCodes: text('occCodes'), occTitles: text('occTitles'), tokens: text('tokens') };
  const order = view<Int32Array>('tokenOrder');
  const loaded = new Uint8Array(postStart.length);
  let asked = 0;
  const index = assemble(
    h,
    strings,
    arrays,
    rows,
    (tokens) =>
      new TokenIdsReadInParts(tokens, order, (id) => {
        if (whole || loaded[id] === 1) return;
        loaded[id] = 1;
        if (++asked > wholeAfter) readAll();
        else fill(id);
      }),
    readAll,
  );
  index.readAll = readAll;
  index.buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return index;
}

/** The index over decoded arrays; `readAll`, of an index read in parts, makes every reading's numbers present. */
function assemble(
  h: Header,
  strings: { occCodes: string; occTitles: string; tokens: string },
  arrays: Arrays,
  rows: EntryRows,
  makeTokenIds: (tokens: string[]) => Map<string, number>,
  readAll?: () => void,
): TitleIndex {
  const codes = split(strings.occCodes);
  const titles = split(strings.occTitles);
  const occupations: Occupation[] = codes.map((code, i) => ({ code, soc: socOf(code), title: titles[i]! }));
  const occIndex = new Map(codes.map((c, i) => [c, i]));
  const entries = lazyArray<TitleEntry>(
    h.entryCount,
    (i) => {
      const e = rows.one(i);
      if (!e) throw storeError(`the store's title index lacks its entry ${i}; run "careerdiff import" to rebuild it`);
      return e;
    },
    () => rows.all(),
  );
  const tokens = split(strings.tokens);
  const { postStart, readStart, readTok } = arrays;
  const n = h.readingCount;
  let typo: TypoIndex | undefined;
  let bySoc: Map<string, string[]> | undefined;
  return {
    ...arrays,
    entries,
    occupations,
    occIndex,
    // A reading's key ("registered nurse") is its tokens joined by spaces.
    readKey: lazyArray(
      n,
      (r) => {
        const words: string[] = [];
        for (let k = readStart[r]!; k < readStart[r + 1]!; k++) words.push(tokens[readTok[k]!]!);
        return words.join(' ');
      },
      readAll &&
        (() => {
          readAll();
          return [];
        }),
    ),
    tokenIds: makeTokenIds(tokens),
    readingCount: n,
    unknownIdf: h.unknownIdf,
    // A token's frequency (the typo index prefers commoner words) is the length of its posting list.
    get typo(): TypoIndex {
      typo ??= new TypoIndex(new Map(tokens.map((t, i) => [t, postStart[i + 1]! - postStart[i]!])));
      return typo;
    },
    acronyms: new Map(h.acronyms),
    // Only a code query reads it.
    get bySoc(): Map<string, string[]> {
      bySoc ??= codesBySoc(occupations);
      return bySoc;
    },
    buildMs: 0,
  };
}
