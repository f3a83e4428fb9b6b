/**
 * The title index as stored at import (src/derive), in one binary blob read without parsing: a small JSON
 * header (scalars, the occupation table, the vocabulary) and 8-byte-aligned sections of typed arrays, which
 * the decoder views in place (zero-copy). What a query does not touch is never decoded: an entry (its title
 * UTF-8 bytes turned into a string) is made when first read, a reading's key is rebuilt from its token ids when
 * first read, and the typo index is built when a word is first unknown. A decoded index answers exactly as the
 * index built from the titles (src/derive/derive.real.test.ts resolves 2,000 titles with both).
 */
import { storeError } from '../errors.js';
import { codesBySoc, type Occupation, socOf, type TitleIndex } from './title-index.js';
import { TypoIndex } from './typo.js';
import type { TitleEntry, TitleKind } from './types.js';

const KINDS: readonly TitleKind[] = ['occupation', 'alternate', 'short', 'reported'];
const SEP = '\u0000';
const MAGIC = 'CDTI';

/** Changes whenever the packed layout does. */
const LAYOUT = 'title-index/2';

/** Format name of the blob in the derived table (src/store/derived.ts): not v8-serialised. */
export const TITLE_INDEX_FORMAT = LAYOUT;

type ArrayKind = 'i32' | 'u32' | 'u16' | 'u8' | 'f64';
type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
const CTOR = { i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array, f64: Float64Array } as const;

interface Header {
  layout: string;
  readingCount: number;
  unknownIdf: number;
  occCodes: string;
  occTitles: string;
  tokens: string;
  acronyms: [string, string[]][];
  /** name → [kind, byte offset from the blob's start, element count] */
  sections: Record<string, [ArrayKind, number, number]>;
}

const kindOf = (a: Typed): ArrayKind =>
  a instanceof Int32Array
    ? 'i32'
    : a instanceof Uint32Array
      ? 'u32'
      : a instanceof Uint16Array
        ? 'u16'
        : a instanceof Uint8Array
          ? 'u8'
          : 'f64';

const align8 = (n: number) => (n + 7) & ~7;

export function encodeTitleIndex(index: TitleIndex): Buffer {
  const titleBytes: Buffer[] = [];
  const titleStart = new Uint32Array(index.entries.length + 1);
  let at = 0;
  index.entries.forEach((e, i) => {
    const b = Buffer.from(e.title, 'utf8');
    titleBytes.push(b);
    titleStart[i] = at;
    at += b.length;
  });
  titleStart[index.entries.length] = at;
  const occOf = (e: TitleEntry) => index.occIndex.get(e.code)!;
  const arrays: Record<string, Typed> = {
    entryOcc:
      index.occupations.length <= 0xffff
        ? Uint16Array.from(index.entries, occOf)
        : Int32Array.from(index.entries, occOf),
    entryKind: Uint8Array.from(index.entries, (e) => KINDS.indexOf(e.kind)),
    entryWeight: index.entryWeight,
    titleStart,
    titleBytes: new Uint8Array(Buffer.concat(titleBytes)),
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
    unknownIdf: index.unknownIdf,
    occCodes: index.occupations.map((o) => o.code).join(SEP),
    occTitles: index.occupations.map((o) => o.title).join(SEP),
    tokens: [...index.tokenIds.keys()].join(SEP),
    acronyms: [...index.acronyms],
    sections: {},
  };
  // The header's length depends on the offsets it lists: lay the sections out after a header of the same
  // shape with offsets of the final magnitude, then pad the header to that length.
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
 * of a decoded index, of which a query reads a handful. Iteration, length and spreading work as on an array.
 */
function lazyArray<T>(n: number, make: (i: number) => T): T[] {
  const made: T[] = new Array(n);
  let complete = false;
  const at = (i: number): T => (made[i] ??= make(i));
  /** Every element made: what whole-array methods (map, filter, iteration) then run over, without the proxy. */
  const all = (): T[] => {
    if (!complete) for (let i = 0; i < n; i++) at(i);
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

export function decodeTitleIndex(buf: Buffer): TitleIndex {
  const t0 = performance.now();
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

  const entryOcc = view<Uint16Array | Int32Array>('entryOcc');
  const entryKind = view<Uint8Array>('entryKind');
  const entryWeight = view<Float64Array>('entryWeight');
  const titleStart = view<Uint32Array>('titleStart');
  const titleBytes = view<Uint8Array>('titleBytes');
  const entries = lazyArray<TitleEntry>(entryOcc.length, (i) => ({
    code: codes[entryOcc[i]!]!,
    title: Buffer.from(
      titleBytes.buffer,
      titleBytes.byteOffset + titleStart[i]!,
      titleStart[i + 1]! - titleStart[i]!,
    ).toString('utf8'),
    kind: KINDS[entryKind[i]!]!,
    weight: entryWeight[i]!,
  }));

  const tokens = split(h.tokens);
  const tokenIds = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) tokenIds.set(tokens[i]!, i);
  const postStart = view<Int32Array>('postStart');
  const readStart = view<Int32Array>('readStart');
  const readTok = view<Int32Array>('readTok');
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
    readKey: lazyArray(h.readingCount, (r) => {
      const words: string[] = [];
      for (let k = readStart[r]!; k < readStart[r + 1]!; k++) words.push(tokens[readTok[k]!]!);
      return words.join(' ');
    }),
    readWeight: view<Float64Array>('readWeight'),
    tokenIds,
    idf: view<Float64Array>('idf'),
    postStart,
    postData: view<Int32Array>('postData'),
    readingCount: h.readingCount,
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
  index.buildMs = performance.now() - t0;
  return index;
}
