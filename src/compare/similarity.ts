/**
 * How related two occupations are, 0–1, as a weighted blend of components that mirror what makes
 * occupations related to O*NET's analysts:
 *   dwa         what the work is: cosine of IDF-weighted Detailed Work Activity centrality vectors
 *   iwa         the same one level up (Intermediate Work Activities), catching near-miss DWAs
 *   tasks_text  the domain of the work: TF-IDF cosine of task statements + description words
 *   knowledge   what you must know: centred (Pearson-like) cosine of knowledge levels, clipped at 0
 *   skills      the same for skills; abilities likewise
 *   interests   RIASEC occupational interest profile, centred cosine
 *   activities  O*NET Work Activities importance profile (0–100; the O*NET OnLine exports or an official
 *               table), centred cosine: what the work asks for (coordinating others, repairing equipment …)
 *   job_zone    preparation needed: 1, 0.7, 0.25, 0 for zones 0, 1, 2, 3+ apart
 *   family      SOC hierarchy: same detailed / broad / minor / major group
 *   title       TF-IDF cosine of the occupation's title and alternate titles
 *   technology  IDF-weighted overlap of technology commodity categories
 * Components missing for a pair are left out and the other weights renormalised. Vectors are built once
 * from one pass over the store; a pair costs a few microseconds, so all pairs take about a second.
 */
import { internalError } from '../errors.js';
import { canonWord, rawWords } from '../resolve/normalize.js';
import type { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { loadRawOccupationData, type RawOccupationData } from '../store/vectors.js';
import { FAMILY_SCORES, JOB_ZONE_SCORES, SIMILARITY_WEIGHTS } from './config.js';
import type { SimilarityComponent } from './types.js';
import { applyIdf, centreRows, denseDot, idf, type SparseVec, sparse, sparseDot, Vocab } from './vec.js';
import { compareText } from '../text-compare.js';

export interface OccFeatures {
  code: string;
  soc: string;
  title: string;
  jobZone: number | null;
  /** Has O*NET content (tasks); only these are offered as related occupations. */
  hasData: boolean;
  dwa: SparseVec | null;
  iwa: SparseVec | null;
  text: SparseVec | null;
  titles: SparseVec | null;
  technology: SparseVec | null;
  knowledge: Float64Array | null;
  skills: Float64Array | null;
  abilities: Float64Array | null;
  interests: Float64Array | null;
  activities: Float64Array | null;
}

const COMPONENT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  dwa: 'Shared detailed work activities, weighted by how central each is to both (IDF-weighted cosine)',
  iwa: 'Shared intermediate work activities (groups of detailed activities), weighted cosine',
  tasks_text: 'Words shared by the two task lists and descriptions (TF-IDF cosine)',
  knowledge: 'Knowledge-level profiles moving together (centred cosine, negative counted as 0)',
  skills: 'Skill-level profiles moving together (centred cosine, negative counted as 0)',
  abilities: 'Ability-level profiles moving together (centred cosine, negative counted as 0)',
  interests: 'RIASEC interest profiles moving together (centred cosine, negative counted as 0)',
  activities: 'O*NET work-activity importance profiles moving together (centred cosine, negative counted as 0)',
  job_zone: 'Closeness of O*NET job zones (same 1, one apart 0.7, two apart 0.25, more 0)',
  family: 'Place in the SOC hierarchy: same detailed code 1, broad group 0.8, minor 0.6, major 0.3',
  title: 'Words shared by the titles and alternate titles (TF-IDF cosine)',
  technology: 'Shared technology categories (IDF-weighted cosine)',
};

export const SIMILARITY_METHOD =
  'Weighted blend of work-activity overlap, task wording, knowledge/skill/ability/interest profiles, job zone, SOC family, titles and technology; weights renormalised over components available for both.';

type Dense = 'knowledge' | 'skills' | 'abilities';
const DOMAIN_OF: Record<string, Dense> = { Knowledge: 'knowledge', Skills: 'skills', Abilities: 'abilities' };

/** Canonical forms of raw words (the resolver's normalisation), memoised: texts repeat words a lot. */
const canonCache = new Map<string, string[]>();

function canon(w: string): string[] {
  let c = canonCache.get(w);
  if (!c) {
    c = /^\d+$/.test(w) ? [] : canonWord(w);
    canonCache.set(w, c);
  }
  return c;
}

/** Adds the canonical word counts of `texts` (each word once per text) to `into`. */
function countTokens(texts: string[], vocab: Vocab, scale = 1, into = new Map<number, number>()): Map<number, number> {
  for (const t of texts) {
    const seen = new Set<number>();
    for (const w of rawWords(t))
      for (const c of canon(w)) {
        const id = vocab.id(c);
        if (seen.has(id)) continue;
        seen.add(id);
        into.set(id, (into.get(id) ?? 0) + scale);
      }
  }
  return into;
}

const logTf = (m: Map<number, number>): Map<number, number> => {
  for (const [k, v] of m) m.set(k, 1 + Math.log(v));
  return m;
};

/** Builds the feature vectors of every occupation from the raw store data. */
export function buildFeatures(raw: Map<string, RawOccupationData>): OccFeatures[] {
  const occs = [...raw.values()].sort((a, b) => compareText(a.code, b.code));
  const n = occs.length;
  const vDwa = new Vocab();
  const vIwa = new Vocab();
  const vText = new Vocab();
  const vTitle = new Vocab();
  const vTech = new Vocab();
  const dwaDocs = occs.map((o) => new Map([...o.dwas].map(([k, w]) => [vDwa.id(k), w])));
  const iwaDocs = occs.map((o) => new Map([...o.iwas].map(([k, w]) => [vIwa.id(k), w])));
  const textDocs = occs.map((o) =>
    o.tasks.length === 0
      ? new Map<number, number>()
      : logTf(countTokens([o.description, ...o.tasks.map((t) => t.text)], vText)),
  );
  const titleDocs = occs.map((o) =>
    logTf(countTokens(o.alternateTitles, vTitle, 1, countTokens([o.title], vTitle, 3))),
  );
  const techDocs = occs.map((o) => new Map(o.technology.map((t) => [vTech.id(t), 1])));
  const withIdf = (docs: Map<number, number>[]) => {
    const w = idf(docs, n);
    return docs.map((d) => sparse(applyIdf(d, w)));
  };
  const dwa = withIdf(dwaDocs);
  const iwa = withIdf(iwaDocs);
  const text = withIdf(textDocs);
  const titles = withIdf(titleDocs);
  const technology = withIdf(techDocs);

  // Dense rating profiles: one column per element id seen in the domain; level, else nothing.
  const dense: Record<Dense, (Float64Array | null)[]> = { knowledge: [], skills: [], abilities: [] };
  for (const dom of ['knowledge', 'skills', 'abilities'] as Dense[]) {
    const cols = new Map<string, number>();
    for (const o of occs)
      for (const [el, r] of o.ratings)
        if (DOMAIN_OF[r.domain] === dom && r.lv !== null && !cols.has(el)) cols.set(el, cols.size);
    const rows = occs.map((o) => {
      const row = new Float64Array(cols.size);
      let seen = 0;
      for (const [el, r] of o.ratings) {
        const c = cols.get(el);
        if (c !== undefined && r.lv !== null) {
          row[c] = r.lv;
          seen++;
        }
      }
      return seen >= cols.size * 0.8 ? row : null;
    });
    dense[dom] = centreRows(rows);
  }
  // Work-activity importance: one column per element rated anywhere; an occupation needs most of them rated.
  const actCols = [...new Set(occs.flatMap((o) => [...(o.workActivities?.keys() ?? [])]))].sort();
  const activities = centreRows(
    occs.map((o) => {
      const m = o.workActivities;
      if (!m || m.size < actCols.length * 0.8) return null;
      return Float64Array.from(actCols.map((k) => m.get(k) ?? 0));
    }),
  );
  const riasec = [...new Set(occs.flatMap((o) => [...o.interests.keys()]))].sort();
  const interests = centreRows(
    occs.map((o) => (o.interests.size === 0 ? null : Float64Array.from(riasec.map((k) => o.interests.get(k) ?? 0)))),
  );

  return occs.map((o, i) => ({
    code: o.code,
    soc: o.soc,
    title: o.title,
    jobZone: o.jobZone,
    hasData: o.tasks.length > 0,
    dwa: dwa[i] ?? null,
    iwa: iwa[i] ?? null,
    text: text[i] ?? null,
    titles: titles[i] ?? null,
    technology: technology[i] ?? null,
    knowledge: dense.knowledge[i] ?? null,
    skills: dense.skills[i] ?? null,
    abilities: dense.abilities[i] ?? null,
    interests: interests[i] ?? null,
    activities: activities[i] ?? null,
  }));
}

const jobZoneScore = (a: number, b: number): number => JOB_ZONE_SCORES[Math.abs(a - b)] ?? 0;

export function familyScore(a: string, b: string): number {
  if (a === b) return FAMILY_SCORES.detailed;
  if (a.slice(0, 6) === b.slice(0, 6)) return FAMILY_SCORES.broad;
  if (a.slice(0, 4) === b.slice(0, 4)) return FAMILY_SCORES.minor;
  if (a.slice(0, 2) === b.slice(0, 2)) return FAMILY_SCORES.major;
  return FAMILY_SCORES.none;
}

const COMPONENT_ORDER = Object.keys(SIMILARITY_WEIGHTS);

/** Component values of a pair (null when either side lacks the data), in COMPONENT_ORDER. */
export function componentValues(a: OccFeatures, b: OccFeatures): (number | null)[] {
  const sp = (x: SparseVec | null, y: SparseVec | null) => (x && y ? Math.min(1, sparseDot(x, y)) : null);
  const dn = (x: Float64Array | null, y: Float64Array | null) =>
    x && y ? Math.max(0, Math.min(1, denseDot(x, y))) : null;
  const values: Record<string, number | null> = {
    dwa: sp(a.dwa, b.dwa),
    iwa: sp(a.iwa, b.iwa),
    tasks_text: sp(a.text, b.text),
    knowledge: dn(a.knowledge, b.knowledge),
    skills: dn(a.skills, b.skills),
    abilities: dn(a.abilities, b.abilities),
    interests: dn(a.interests, b.interests),
    activities: dn(a.activities, b.activities),
    job_zone: a.jobZone !== null && b.jobZone !== null ? jobZoneScore(a.jobZone, b.jobZone) : null,
    family: familyScore(a.soc, b.soc),
    title: sp(a.titles, b.titles),
    technology: sp(a.technology, b.technology),
  };
  return COMPONENT_ORDER.map((k) => values[k] ?? null);
}

export function blend(values: (number | null)[]): number {
  let s = 0;
  let w = 0;
  for (let k = 0; k < COMPONENT_ORDER.length; k++) {
    const v = values[k];
    if (v === null || v === undefined) continue;
    const wk = SIMILARITY_WEIGHTS[COMPONENT_ORDER[k]!]!;
    s += wk * v;
    w += wk;
  }
  return w === 0 ? 0 : s / w;
}

/** Components with their renormalised weights, for the Comparison. */
export function components(a: OccFeatures, b: OccFeatures): SimilarityComponent[] {
  const values = componentValues(a, b);
  const total = COMPONENT_ORDER.reduce((s, k, i) => s + (values[i] === null ? 0 : SIMILARITY_WEIGHTS[k]!), 0) || 1;
  return COMPONENT_ORDER.flatMap((name, i) => {
    const v = values[i];
    return v === null || v === undefined
      ? []
      : [
          {
            name,
            value: v,
            weight: SIMILARITY_WEIGHTS[name]! / total,
            description: COMPONENT_DESCRIPTIONS[name] ?? name,
          },
        ];
  });
}

export interface RelatedEntry {
  code: string;
  title: string;
  score: number;
}

/** All occupations' vectors, loaded once; pair scores, rows, the whole matrix and related lists. */
export class SimilarityModel {
  readonly features: OccFeatures[];
  readonly index: Map<string, number>;
  private matrixCache: Float32Array | null = null;
  private rows = new Map<number, Float32Array>();

  constructor(features: OccFeatures[]) {
    this.features = features;
    this.index = new Map(features.map((f, i) => [f.code, i]));
  }

  static fromStore(db: DB): SimilarityModel {
    return new SimilarityModel(buildFeatures(loadRawOccupationData(db)));
  }

  get size(): number {
    return this.features.length;
  }

  codes(): string[] {
    return this.features.map((f) => f.code);
  }

  has(code: string): boolean {
    return this.index.has(code);
  }

  title(code: string): string | undefined {
    const i = this.index.get(code);
    return i === undefined ? undefined : this.features[i]!.title;
  }

  private at(code: string): number {
    const i = this.index.get(code);
    if (i === undefined) throw internalError(`similarity model has no occupation ${code}`);
    return i;
  }

  score(codeA: string, codeB: string): number {
    const i = this.at(codeA);
    const j = this.at(codeB);
    if (this.matrixCache) return this.matrixCache[i * this.size + j]!;
    return blend(componentValues(this.features[i]!, this.features[j]!));
  }

  components(codeA: string, codeB: string): SimilarityComponent[] {
    return components(this.features[this.at(codeA)]!, this.features[this.at(codeB)]!);
  }

  /**
   * Every pair at once, the same numbers as blend(componentValues(...)) but fast: sparse components are
   * accumulated through inverted lists (term → occupations), dense ones by direct dot products, and the
   * weight sum of each pair comes from the components both sides have (a bit mask per occupation).
   */
  matrix(): Float32Array {
    if (this.matrixCache) return this.matrixCache;
    const n = this.size;
    const fs = this.features;
    const acc = new Float64Array(n * n);
    const masks = new Int32Array(n);
    const weights = COMPONENT_ORDER.map((k) => SIMILARITY_WEIGHTS[k]!);
    const bit = (name: string) => 1 << COMPONENT_ORDER.indexOf(name);
    const sparseParts: [keyof OccFeatures, string][] = [
      ['dwa', 'dwa'],
      ['iwa', 'iwa'],
      ['text', 'tasks_text'],
      ['titles', 'title'],
      ['technology', 'technology'],
    ];
    for (const [field, name] of sparseParts) {
      const w = SIMILARITY_WEIGHTS[name]!;
      const postings = new Map<number, { occ: number[]; val: number[] }>();
      fs.forEach((f, i) => {
        const v = f[field] as SparseVec | null;
        if (!v) return;
        masks[i]! |= bit(name);
        for (let k = 0; k < v.idx.length; k++) {
          let p = postings.get(v.idx[k]!);
          if (!p) {
            p = { occ: [], val: [] };
            postings.set(v.idx[k]!, p);
          }
          p.occ.push(i);
          p.val.push(v.val[k]! * w);
        }
      });
      for (const { occ, val } of postings.values()) {
        // Occupations are pushed in index order, so p < q means row < column: fill the upper triangle.
        for (let p = 0; p < occ.length; p++) {
          const row = occ[p]! * n;
          const vp = val[p]! / w;
          for (let q = p + 1; q < occ.length; q++) acc[row + occ[q]!]! += vp * val[q]!;
        }
      }
    }
    const denseParts: ['knowledge' | 'skills' | 'abilities' | 'interests' | 'activities', string][] = [
      ['knowledge', 'knowledge'],
      ['skills', 'skills'],
      ['abilities', 'abilities'],
      ['interests', 'interests'],
      ['activities', 'activities'],
    ];
    for (const [field, name] of denseParts) {
      const w = SIMILARITY_WEIGHTS[name]!;
      fs.forEach((f, i) => {
        if (f[field]) masks[i]! |= bit(name);
      });
      for (let i = 0; i < n; i++) {
        const x = fs[i]![field];
        if (!x) continue;
        for (let j = i + 1; j < n; j++) {
          const y = fs[j]![field];
          if (y) acc[i * n + j]! += w * Math.max(0, Math.min(1, denseDot(x, y)));
        }
      }
    }
    const jz = SIMILARITY_WEIGHTS.job_zone!;
    const fam = SIMILARITY_WEIGHTS.family!;
    fs.forEach((f, i) => {
      masks[i]! |= bit('family');
      if (f.jobZone !== null) masks[i]! |= bit('job_zone');
    });
    // Weight sum for every combination of available components.
    const wsum = new Float64Array(1 << COMPONENT_ORDER.length);
    for (let m = 0; m < wsum.length; m++)
      for (let k = 0; k < weights.length; k++) if (m & (1 << k)) wsum[m]! += weights[k]!;
    const m = new Float32Array(n * n);
    for (let i = 0; i < n; i++) {
      const fi = fs[i]!;
      m[i * n + i] = 1;
      for (let j = i + 1; j < n; j++) {
        const fj = fs[j]!;
        let s = acc[i * n + j]! + fam * familyScore(fi.soc, fj.soc);
        if (fi.jobZone !== null && fj.jobZone !== null) s += jz * jobZoneScore(fi.jobZone, fj.jobZone);
        const total = wsum[masks[i]! & masks[j]!]!;
        const v = total === 0 ? 0 : s / total;
        m[i * n + j] = v;
        m[j * n + i] = v;
      }
    }
    this.matrixCache = m;
    this.rows.clear();
    return m;
  }

  /** Scores of one occupation against all (a view into the matrix when built). */
  row(code: string): Float32Array {
    const i = this.at(code);
    const n = this.size;
    if (this.matrixCache) return this.matrixCache.subarray(i * n, i * n + n);
    let r = this.rows.get(i);
    if (!r) {
      r = new Float32Array(n);
      const fi = this.features[i]!;
      for (let j = 0; j < n; j++) r[j] = i === j ? 1 : blend(componentValues(fi, this.features[j]!));
      this.rows.set(i, r);
    }
    return r;
  }

  /** The most related occupations with O*NET content, best first. */
  related(code: string, limit: number): RelatedEntry[] {
    const i = this.at(code);
    const r = this.row(code);
    const out: RelatedEntry[] = [];
    for (let j = 0; j < this.size; j++) {
      const f = this.features[j]!;
      if (j !== i && f.hasData) out.push({ code: f.code, title: f.title, score: r[j]! });
    }
    out.sort((x, y) => y.score - x.score || compareText(x.code, y.code));
    return out.slice(0, limit);
  }

  /** Rank (1 = most related) of `other` among `code`'s related occupations; null when `other` is not eligible. */
  rank(code: string, other: string): number | null {
    const i = this.at(code);
    const j = this.at(other);
    if (i === j || !this.features[j]!.hasData) return null;
    const r = this.row(code);
    const s = r[j]!;
    let rank = 1;
    for (let k = 0; k < this.size; k++) {
      if (k === i || k === j || !this.features[k]!.hasData) continue;
      const v = r[k]!;
      if (v > s || (v === s && this.features[k]!.code < other)) rank++;
    }
    return rank;
  }
}

const buildModel = (store: StoreCache): SimilarityModel => SimilarityModel.fromStore(store.db);

/** The model of a store, built on first use and kept for the life of the connection. */
export const similarityModel = (store: StoreCache): SimilarityModel => store.get(buildModel);

/** Installs an already built model for a store (benchmarks build it step by step to time each step). */
export const useSimilarityModel = (store: StoreCache, model: SimilarityModel): void => store.set(buildModel, model);
