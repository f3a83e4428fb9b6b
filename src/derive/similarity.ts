/**
 * Derives the similarity model once at import: the model's own code (src/compare/similarity.ts, built from the
 * raw tables) computes every occupation's feature vectors and the all-pairs matrix; this stores, per
 * occupation, the vectors, the matrix row and where every other occupation ranks among its related ones, and
 * each occupation's closest neighbours with both ranks ("B is A's Nth closest; A is B's Mth closest").
 */
import { type SimilarityModel, SimilarityModel as Model } from '../compare/similarity.js';
import { encodeDerived } from '../store/derived.js';
import type { DB } from '../store/open.js';

/** The similarity model as the derive stage stores it: plain arrays, so a worker thread can compute it. */
export interface RankedModel {
  size: number;
  codes: string[];
  titles: string[];
  hasData: boolean[];
  /** Each occupation's feature vectors, encoded as stored (encodeDerived). */
  features: Buffer[];
  /** The all-pairs matrix of scores, row by row. */
  matrix: Float32Array;
  /** ranks[i * n + j]: rank of j among i's related occupations (1 = closest), 0 when not eligible. */
  ranks: Uint16Array;
  /** order[i]: i's eligible occupations, closest first. */
  order: Int32Array[];
}

/** Ranks as SimilarityModel.rank and .related define them: by score, then by code; only occupations with content. */
export function rankModel(model: SimilarityModel): RankedModel {
  const m = model.matrix();
  const n = model.size;
  const fs = model.features;
  const eligible: number[] = [];
  for (let j = 0; j < n; j++) if (fs[j]!.hasData) eligible.push(j);
  const ranks = new Uint16Array(n * n);
  const order: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = m.subarray(i * n, i * n + n);
    const list = Int32Array.from(eligible.filter((j) => j !== i));
    list.sort((x, y) => row[y]! - row[x]! || (fs[x]!.code < fs[y]!.code ? -1 : 1));
    for (let k = 0; k < list.length; k++) ranks[i * n + list[k]!] = k + 1;
    order.push(list);
  }
  return {
    size: n,
    codes: fs.map((f) => f.code),
    titles: fs.map((f) => f.title),
    hasData: fs.map((f) => f.hasData),
    features: fs.map((f) => encodeDerived(f)),
    matrix: m,
    ranks,
    order,
  };
}

/** The model built from the store's raw tables (src/compare/similarity.ts), ranked. */
export const similarityFromStore = (db: DB): RankedModel => rankModel(Model.fromStore(db));

const bytesOf = (a: Float32Array | Uint16Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Writes similarity_rows and neighbours (the closest `neighbours` of each occupation). */
export function storeSimilarity(db: DB, r: RankedModel, neighbours: number): { rows: number; neighbours: number } {
  const { size: n, matrix: m, ranks, order } = r;
  const row = db.prepare(
    'INSERT INTO similarity_rows (idx, code, title, has_data, features, scores, ranks) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const nb = db.prepare('INSERT INTO neighbours (code, rank, other, score, other_rank) VALUES (?, ?, ?, ?, ?)');
  let written = 0;
  for (let i = 0; i < n; i++) {
    row.run(
      i,
      r.codes[i],
      r.titles[i],
      r.hasData[i] ? 1 : 0,
      r.features[i],
      bytesOf(m.subarray(i * n, i * n + n)),
      bytesOf(ranks.subarray(i * n, i * n + n)),
    );
    const list = order[i]!;
    for (let k = 0; k < Math.min(neighbours, list.length); k++) {
      const j = list[k]!;
      nb.run(r.codes[i], k + 1, r.codes[j], m[i * n + j]!, ranks[j * n + i]!);
      written++;
    }
  }
  return { rows: n, neighbours: written };
}
