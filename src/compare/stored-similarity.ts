/**
 * The similarity model as stored at import (src/derive): the same questions as SimilarityModel — a pair's
 * score and components, where one occupation ranks among another's related occupations, one occupation's
 * closest occupations, one row of the matrix — answered by reading the rows they need from the store, never
 * by rebuilding the model over all occupations. Components come from the stored feature vectors through the
 * model's own `components`, so every component the model has (and any added to it) flows through.
 */
import { internalError } from '../errors.js';
import {
  decodeDerived,
  featuresAndRanks,
  similarityHeaders,
  type SimilarityHeader,
  similarityRow,
} from '../store/derived.js';
import type { StoreCache } from '../store/cache.js';
import { components, type OccFeatures, type RelatedEntry } from './similarity.js';
import type { SimilarityComponent } from './types.js';

/** What the related-occupations and comparison code ask of a similarity model. */
export interface SimilaritySource {
  /** Occupations of the model, in its order. */
  codes(): string[];
  has(code: string): boolean;
  title(code: string): string | undefined;
  score(a: string, b: string): number;
  components(a: string, b: string): SimilarityComponent[];
  /** Rank (1 = most related) of `other` among `code`'s related occupations; null when not eligible. */
  rank(code: string, other: string): number | null;
  related(code: string, limit: number): RelatedEntry[];
  /** Scores of one occupation against all, in the order of codes(). */
  row(code: string): Float32Array;
}

export class StoredSimilarity implements SimilaritySource {
  private headers: SimilarityHeader[] | null = null;
  private byCode: Map<string, SimilarityHeader> | null = null;

  constructor(readonly store: StoreCache) {}

  private index(): Map<string, SimilarityHeader> {
    if (!this.byCode) {
      this.headers = similarityHeaders(this.store);
      this.byCode = new Map(this.headers.map((h) => [h.code, h]));
    }
    return this.byCode;
  }

  private rowOf(code: string) {
    const r = similarityRow(this.store, code);
    if (!r) throw internalError(`similarity model has no occupation ${code}`);
    return r;
  }

  private features(code: string): OccFeatures {
    return decodeDerived<OccFeatures>(this.rowOf(code).features, `similarity features of ${code}`);
  }

  codes(): string[] {
    this.index();
    return this.headers!.map((h) => h.code);
  }

  has(code: string): boolean {
    return this.index().has(code);
  }

  title(code: string): string | undefined {
    return this.index().get(code)?.title;
  }

  score(a: string, b: string): number {
    const r = this.rowOf(a);
    const j = this.index().get(b);
    if (!j) throw internalError(`similarity model has no occupation ${b}`);
    return r.scores[j.idx]!;
  }

  components(a: string, b: string): SimilarityComponent[] {
    return components(this.features(a), this.features(b));
  }

  rank(code: string, other: string): number | null {
    const j = this.index().get(other);
    if (!j) throw internalError(`similarity model has no occupation ${other}`);
    return this.rowOf(code).ranks[j.idx]! || null;
  }

  related(code: string, limit: number): RelatedEntry[] {
    const r = this.rowOf(code);
    this.index();
    const hs = this.headers!;
    const out: RelatedEntry[] = [];
    const order = new Int32Array(Math.min(limit, hs.length)).fill(-1);
    for (let j = 0; j < r.ranks.length; j++) {
      const k = r.ranks[j]!;
      if (k > 0 && k <= order.length) order[k - 1] = j;
    }
    for (const j of order) if (j >= 0) out.push({ code: hs[j]!.code, title: hs[j]!.title, score: r.scores[j]! });
    return out;
  }

  row(code: string): Float32Array {
    return this.rowOf(code).scores;
  }
}

/** The stored similarity of an open store, one per connection (it keeps only the list of codes and titles). */
export const storedSimilarity = (store: StoreCache): StoredSimilarity => store.get(newStoredSimilarity);

const newStoredSimilarity = (store: StoreCache) => new StoredSimilarity(store);

/**
 * A pair's score components and both ranks, from the two occupations' stored rows only (two primary-key
 * reads): what a comparison needs, without the list of all occupations.
 */
export function pairFromStore(
  store: StoreCache,
  a: string,
  b: string,
): { components: SimilarityComponent[]; rankOfBForA: number | null; rankOfAForB: number | null } {
  const ra = featuresAndRanks(store, a);
  const rb = featuresAndRanks(store, b);
  if (!ra || !rb) throw internalError(`similarity model has no occupation ${ra ? b : a}`);
  const fa = decodeDerived<OccFeatures>(ra.features, `similarity features of ${a}`);
  const fb = decodeDerived<OccFeatures>(rb.features, `similarity features of ${b}`);
  return {
    components: components(fa, fb),
    rankOfBForA: ra.ranks.readUInt16LE(rb.idx * 2) || null,
    rankOfAForB: rb.ranks.readUInt16LE(ra.idx * 2) || null,
  };
}
