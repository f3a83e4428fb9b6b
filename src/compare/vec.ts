/**
 * Small vector helpers for the similarity model: sparse vectors (sorted indices, L2-normalised values)
 * with a merge-join dot product, a vocabulary, IDF weighting and centred dense vectors.
 */

export interface SparseVec {
  idx: Int32Array;
  val: Float64Array;
}

/** Term → index, growing as terms are seen. */
export class Vocab {
  readonly ids = new Map<string, number>();
  id(term: string): number {
    let i = this.ids.get(term);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(term, i);
    }
    return i;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Sparse vector from term weights, L2-normalised; null when empty or all zero. */
export function sparse(weights: Map<number, number>): SparseVec | null {
  const entries = [...weights.entries()].filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  if (entries.length === 0 || norm === 0) return null;
  norm = Math.sqrt(norm);
  return {
    idx: Int32Array.from(entries.map((e) => e[0])),
    val: Float64Array.from(entries.map((e) => e[1] / norm)),
  };
}

/** Cosine of two L2-normalised sparse vectors. */
export function sparseDot(a: SparseVec, b: SparseVec): number {
  const ai = a.idx;
  const bi = b.idx;
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      s += a.val[i]! * b.val[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Inverse document frequencies: log(N / df) for each term index seen in `docs`. */
export function idf(docs: Iterable<Map<number, number>>, n: number): Map<number, number> {
  const df = new Map<number, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const out = new Map<number, number>();
  for (const [t, c] of df) out.set(t, Math.log(n / c));
  return out;
}

/** Multiplies each weight by its IDF, in place; returns the map. */
export function applyIdf(doc: Map<number, number>, weights: Map<number, number>): Map<number, number> {
  for (const [t, w] of doc) doc.set(t, w * (weights.get(t) ?? 0));
  return doc;
}

/** Centre dense rows by the column means over non-null rows, then L2-normalise each row. */
export function centreRows(rows: (Float64Array | null)[]): (Float64Array | null)[] {
  const present = rows.filter((r): r is Float64Array => r !== null);
  const first = present[0];
  if (!first) return rows;
  const mean = new Float64Array(first.length);
  for (const r of present) for (let k = 0; k < r.length; k++) mean[k]! += r[k]!;
  for (let k = 0; k < mean.length; k++) mean[k]! /= present.length;
  return rows.map((r) => {
    if (!r) return null;
    const c = new Float64Array(r.length);
    let norm = 0;
    for (let k = 0; k < r.length; k++) {
      c[k] = r[k]! - mean[k]!;
      norm += c[k]! * c[k]!;
    }
    if (norm === 0) return null;
    norm = Math.sqrt(norm);
    for (let k = 0; k < c.length; k++) c[k]! /= norm;
    return c;
  });
}

export function denseDot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}
