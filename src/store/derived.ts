/**
 * Read functions over the derived tables (src/store/schema/derived.ts, written by src/derive at import): one
 * named structure, one occupation's similarity row, one occupation's closest neighbours, the ranks of a pair.
 * Plain functions taking the open store's cache (its prepared statements); each reads only the rows it needs.
 */
import v8 from 'node:v8';
import { storeError } from '../errors.js';
import type { StoreCache } from './cache.js';
import { isMissingTable } from './open.js';

/** Names of the structures in the derived table. */
export const DERIVED = {
  titleIndex: 'title_index',
  /** The head of the title index read in parts (src/resolve/index-codec.ts); its tokens' rows: title_postings. */
  titleIndexHead: 'title_index_head',
  catalog: 'catalog',
  onetCoverage: 'onet_coverage',
  orsBaseline: 'ors_baseline',
  namedTitles: 'named_titles',
} as const;

/** Format of the blobs written by encodeDerived. */
export const DERIVED_FORMAT = 'v8';

export const encodeDerived = (value: unknown): Buffer => v8.serialize(value);

/** Decodes a blob written by encodeDerived; a blob this Node cannot read means the store must be rebuilt. */
export function decodeDerived<T>(buf: Buffer, what: string): T {
  try {
    return v8.deserialize(buf) as T;
  } catch (err) {
    throw storeError(`the store's derived ${what} cannot be read (${(err as Error).message}); run "careerdiff import"`);
  }
}

/** Whether the store has derived data (stores built by older code or by tests with a partial import do not). */
export function hasDerived(store: StoreCache, name: string): boolean {
  try {
    return store.statement('SELECT 1 FROM derived WHERE name = ?').get(name) !== undefined;
  } catch (err) {
    if (isMissingTable(err)) return false;
    throw err;
  }
}

/**
 * A named derived structure's blob, undefined when not stored (or the store predates derived data). `format`
 * is the encoding the caller reads (v8-serialised by default; the title index has its own binary layout).
 */
export function readDerivedBlob(store: StoreCache, name: string, format: string = DERIVED_FORMAT): Buffer | undefined {
  let row: { format: string; data: Buffer } | undefined;
  try {
    row = store.statement('SELECT format, data FROM derived WHERE name = ?').get(name) as typeof row;
  } catch (err) {
    if (isMissingTable(err)) return undefined;
    throw err;
  }
  if (!row) return undefined;
  if (row.format !== format)
    throw storeError(
      `the store's derived ${name} has the format ${row.format}, not ${format}; run "careerdiff import" to rebuild it`,
    );
  return row.data;
}

/** A named derived structure (the catalog, ...), decoded; undefined when not stored. */
export function readDerived<T>(store: StoreCache, name: string): T | undefined {
  const buf = readDerivedBlob(store, name);
  return buf === undefined ? undefined : decodeDerived<T>(buf, name);
}

/** Whether the store holds the similarity rows (written by src/derive). */
export function hasSimilarityRows(store: StoreCache): boolean {
  try {
    return store.statement('SELECT 1 FROM similarity_rows LIMIT 1').get() !== undefined;
  } catch (err) {
    if (isMissingTable(err)) return false;
    throw err;
  }
}

export interface SimilarityHeader {
  idx: number;
  code: string;
  title: string;
  hasData: boolean;
}

/** Every occupation of the similarity model, in the model's order (idx): a few kB, no vectors. */
export function similarityHeaders(store: StoreCache): SimilarityHeader[] {
  return (
    store.statement('SELECT idx, code, title, has_data FROM similarity_rows ORDER BY idx').raw(true).all() as [
      number,
      string,
      string,
      number,
    ][]
  ).map(([idx, code, title, has]) => ({ idx, code, title, hasData: has === 1 }));
}

export interface SimilarityRow extends SimilarityHeader {
  /** Encoded feature vectors (decoded by src/compare/stored-similarity.ts). */
  features: Buffer;
  /** Similarity to every occupation, by idx. */
  scores: Float32Array;
  /** Rank of every occupation among this one's related occupations (1 = closest; 0 = not eligible), by idx. */
  ranks: Uint16Array;
}

const f32 = (b: Buffer) => new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
const u16 = (b: Buffer) => new Uint16Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/** One occupation's similarity row, or undefined for an unknown code. */
export function similarityRow(store: StoreCache, code: string): SimilarityRow | undefined {
  const r = store
    .statement('SELECT idx, code, title, has_data, features, scores, ranks FROM similarity_rows WHERE code = ?')
    .raw(true)
    .get(code) as [number, string, string, number, Buffer, Buffer, Buffer] | undefined;
  if (!r) return undefined;
  return {
    idx: r[0],
    code: r[1],
    title: r[2],
    hasData: r[3] === 1,
    features: r[4],
    scores: f32(r[5]),
    ranks: u16(r[6]),
  };
}

/** One occupation's idx, encoded feature vectors and rank row (Uint16 LE by idx), as stored; no scores, no copies. */
export function featuresAndRanks(
  store: StoreCache,
  code: string,
): { idx: number; features: Buffer; ranks: Buffer } | undefined {
  const r = store.statement('SELECT idx, features, ranks FROM similarity_rows WHERE code = ?').raw(true).get(code) as
    | [number, Buffer, Buffer]
    | undefined;
  return r && { idx: r[0], features: r[1], ranks: r[2] };
}

/** Similarity and both ranks of a pair, reading two small columns (no vectors); undefined for an unknown code. */
export function pairSimilarity(
  store: StoreCache,
  a: string,
  b: string,
): { score: number; rankOfBForA: number | null; rankOfAForB: number | null } | undefined {
  const get = store.statement('SELECT idx, scores, ranks FROM similarity_rows WHERE code = ?').raw(true);
  const ra = get.get(a) as [number, Buffer, Buffer] | undefined;
  const rb = get.get(b) as [number, Buffer, Buffer] | undefined;
  if (!ra || !rb) return undefined;
  const rank = (row: [number, Buffer, Buffer], idx: number) => row[2].readUInt16LE(idx * 2) || null;
  return { score: ra[1].readFloatLE(rb[0] * 4), rankOfBForA: rank(ra, rb[0]), rankOfAForB: rank(rb, ra[0]) };
}

export interface Neighbour {
  code: string;
  rank: number;
  score: number;
  /** Where the occupation asked about ranks among this neighbour's related occupations (null: not eligible). */
  otherRank: number | null;
}

/** The closest `limit` related occupations of one occupation, best first (at most the number stored). */
export function neighboursOf(store: StoreCache, code: string, limit: number): Neighbour[] {
  return (
    store
      .statement('SELECT other, rank, score, other_rank FROM neighbours WHERE code = ? AND rank <= ? ORDER BY rank')
      .raw(true)
      .all(code, limit) as [string, number, number, number][]
  ).map(([other, rank, score, otherRank]) => ({ code: other, rank, score, otherRank: otherRank || null }));
}

/** How many neighbours are stored per occupation (0 when the store has none). */
export function neighboursStored(store: StoreCache): number {
  try {
    return (store.statement('SELECT MAX(rank) AS n FROM neighbours').get() as { n: number | null }).n ?? 0;
  } catch {
    return 0;
  }
}

/** Whether the store holds the title keys (written by src/derive). */
export function hasTitleKeys(store: StoreCache): boolean {
  try {
    return store.statement('SELECT 1 FROM title_keys LIMIT 1').get() !== undefined;
  } catch (err) {
    if (isMissingTable(err)) return false;
    throw err;
  }
}

export interface TitleKeyEntry {
  code: string;
  title: string;
  list: string;
}

/** The titles of every occupation that read as this comparison key, in the order they were derived. */
export function titleKeyEntries(store: StoreCache, key: string): TitleKeyEntry[] {
  return store
    .statement('SELECT code, title, list FROM title_keys WHERE key = ? ORDER BY seq')
    .all(key) as TitleKeyEntry[];
}

/** The lists (occupation, alternate, short, reported) on which an occupation has this title. */
export function titleListsOf(store: StoreCache, code: string, title: string): string[] {
  return store
    .statement('SELECT DISTINCT list FROM title_keys WHERE code = ? AND title = ?')
    .pluck(true)
    .all(code, title) as string[];
}

/** Whether the store holds the corpus counts (written by src/derive). */
export function hasCorpusCounts(store: StoreCache): boolean {
  try {
    return store.statement('SELECT 1 FROM corpus_counts LIMIT 1').get() !== undefined;
  } catch (err) {
    if (isMissingTable(err)) return false;
    throw err;
  }
}

/** How many occupations list this key of this kind (tool_commodity, tech_example); undefined for none. */
export function corpusCount(store: StoreCache, kind: string, key: string): number | undefined {
  return store.statement('SELECT n FROM corpus_counts WHERE kind = ? AND key = ?').pluck(true).get(kind, key) as
    | number
    | undefined;
}
