/**
 * The catalog: every occupation with its slug, job family (SOC major group) and job zone; the catalog's
 * comparisons — each occupation's closest related occupations plus "titles people confuse" (titles that
 * share their words but belong to different occupations) — in one stable order used for Previous/Next and
 * the sitemap. Built once from the engine (deterministic: same store, same catalog).
 */
import { DEFAULTS } from '../defaults.js';
import type { Engine, OccRow, TitleRow } from '../engine/types.js';
import { rawWords, singular } from '../resolve/normalize.js';
import { comparePath, occupationPath, orderPair, pairKey, slugify } from './slug.js';

const SOC_MAJOR_GROUPS: Readonly<Record<string, string>> = {
  '11': 'Management',
  '13': 'Business and Financial Operations',
  '15': 'Computer and Mathematical',
  '17': 'Architecture and Engineering',
  '19': 'Life, Physical, and Social Science',
  '21': 'Community and Social Service',
  '23': 'Legal',
  '25': 'Educational Instruction and Library',
  '27': 'Arts, Design, Entertainment, Sports, and Media',
  '29': 'Healthcare Practitioners and Technical',
  '31': 'Healthcare Support',
  '33': 'Protective Service',
  '35': 'Food Preparation and Serving Related',
  '37': 'Building and Grounds Cleaning and Maintenance',
  '39': 'Personal Care and Service',
  '41': 'Sales and Related',
  '43': 'Office and Administrative Support',
  '45': 'Farming, Fishing, and Forestry',
  '47': 'Construction and Extraction',
  '49': 'Installation, Maintenance, and Repair',
  '51': 'Production',
  '53': 'Transportation and Material Moving',
  '55': 'Military Specific',
};

/** O*NET's names of the five job zones. */
export const JOB_ZONE_NAMES: Readonly<Record<number, string>> = {
  1: 'Little or no preparation needed',
  2: 'Some preparation needed',
  3: 'Medium preparation needed',
  4: 'Considerable preparation needed',
  5: 'Extensive preparation needed',
};

interface CatalogOcc extends OccRow {
  slug: string;
  path: string;
  family: string;
}

export interface CatalogPair {
  /** Codes in canonical order (a < b). */
  a: string;
  b: string;
  key: string;
  path: string;
  reason: 'related' | 'confusable';
  /** For confusable titles: the two titles people mix up, in the order of a and b. */
  labels?: [string, string];
  /** Similarity (related) or confusion strength, for ordering featured lists. */
  score: number;
}

interface Family {
  code: string;
  name: string;
  slug: string;
  path: string;
  occupations: CatalogOcc[];
}

interface Zone {
  zone: number;
  name: string;
  path: string;
  occupations: CatalogOcc[];
}

export interface Catalog {
  occupations: CatalogOcc[];
  byCode: Map<string, CatalogOcc>;
  bySlug: Map<string, CatalogOcc>;
  families: Family[];
  zones: Zone[];
  /** Catalog comparisons sorted by key ("codeA|codeB"): the Previous/Next order. */
  pairs: CatalogPair[];
  /** Related occupations per code, best first (as the engine ranked them). */
  relatedOf: Map<string, { code: string; score: number }[]>;
  /** Confusable-title pairs per code. */
  confusableOf: Map<string, CatalogPair[]>;
  featured: CatalogPair[];
  buildMs: number;
}

export interface CatalogOptions {
  relatedPerOccupation: number;
  confusionsPerOccupation: number;
  featured: readonly (readonly [string, string])[];
  featuredCount: number;
}

/** Words that do not tell two titles apart here, beyond the resolver's stop words ("All Other", "Other"). */
const CATALOG_STOP = new Set(['all', 'other']);

/** A title's distinct words in the resolver's tokenizer (folded, stop words out, singular), sorted. */
const titleWords = (t: string): string[] => {
  const words = rawWords(t.replace(/\([^)]*\)/g, ' '))
    .filter((w) => !CATALOG_STOP.has(w))
    .map(singular);
  return [...new Set(words)].sort();
};

interface Titled {
  code: string;
  title: string;
  weight: number;
}

/**
 * Titles people confuse: two titles of different SOC occupations with the same words, or one title's words
 * plus one more ("Production Assistant" / "Video Production Assistant"). At least two words each.
 */
export function confusablePairs(
  occs: readonly OccRow[],
  titles: readonly TitleRow[],
  perOccupation: number,
): CatalogPair[] {
  const socOf = new Map(occs.map((o) => [o.code, o.soc]));
  const pool: Titled[] = [
    ...occs.map((o) => ({ code: o.code, title: o.title, weight: 1 })),
    ...titles
      .filter((t) => t.kind === 'reported' || (t.kind === 'alternate' && t.weight >= 0.7))
      .map((t) => ({ code: t.code, title: t.title, weight: t.weight })),
  ];
  const byKey = new Map<string, Titled[]>();
  const keyed: { t: Titled; words: string[] }[] = [];
  for (const t of pool) {
    if (!socOf.has(t.code)) continue;
    const words = titleWords(t.title);
    if (words.length < 2 || words.length > 4) continue;
    const key = words.join(' ');
    const list = byKey.get(key) ?? [];
    list.push(t);
    byKey.set(key, list);
    keyed.push({ t, words });
  }
  const best = new Map<string, CatalogPair>();
  const consider = (x: Titled, y: Titled, strength: number) => {
    if (x.code === y.code || socOf.get(x.code) === socOf.get(y.code)) return;
    // Different job families (SOC major groups) are the confusions worth an article: +1.
    const family = x.code.slice(0, 2) === y.code.slice(0, 2) ? 0 : 1;
    const score = strength + family + (x.weight + y.weight) / 4;
    const [a, b] = orderPair(x.code, y.code);
    const key = `${a}|${b}`;
    // Titles with the same words ("Intelligence Analyst" / "Intelligence Analysts") are one title in two
    // occupations: label both with the shorter (singular) spelling.
    const one = x.title.length <= y.title.length ? x.title : y.title;
    const labels: [string, string] =
      strength === 2 ? [one, one] : a === x.code ? [x.title, y.title] : [y.title, x.title];
    const prev = best.get(key);
    if (
      !prev ||
      score > prev.score ||
      (score === prev.score && labels.join('|').localeCompare(prev.labels!.join('|')) < 0)
    ) {
      best.set(key, { a, b, key, path: '', reason: 'confusable', labels, score });
    }
  };
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!, 2);
  }
  for (const { t, words } of keyed) {
    if (words.length < 3) continue;
    for (let i = 0; i < words.length; i++) {
      const sub = byKey.get(words.filter((_, k) => k !== i).join(' '));
      if (sub) for (const s of sub) consider(s, t, 1);
    }
  }
  const ranked = [...best.values()].sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
  const perOcc = new Map<string, number>();
  const kept: CatalogPair[] = [];
  for (const p of ranked) {
    const na = perOcc.get(p.a) ?? 0;
    const nb = perOcc.get(p.b) ?? 0;
    if (na >= perOccupation || nb >= perOccupation) continue;
    perOcc.set(p.a, na + 1);
    perOcc.set(p.b, nb + 1);
    kept.push(p);
  }
  return kept;
}

/** What the catalog is built from: the engine's occupations, titles and related lists. */
type CatalogInput = Pick<Engine, 'occupations' | 'titles' | 'related'>;

export function buildCatalog(engine: CatalogInput, o: Partial<CatalogOptions> = {}): Catalog {
  const t0 = performance.now();
  const opts: CatalogOptions = {
    relatedPerOccupation: DEFAULTS.site.catalogRelatedPerOccupation,
    confusionsPerOccupation: DEFAULTS.site.catalogConfusionsPerOccupation,
    featured: DEFAULTS.site.featured,
    featuredCount: DEFAULTS.site.featuredCount,
    ...o,
  };
  const rows = [...engine.occupations()].sort((a, b) => a.code.localeCompare(b.code));
  const slugCount = new Map<string, number>();
  for (const r of rows) slugCount.set(slugify(r.title), (slugCount.get(slugify(r.title)) ?? 0) + 1);
  const occupations: CatalogOcc[] = rows.map((r) => {
    const base = slugify(r.title) || slugify(r.code);
    const slug = (slugCount.get(base) ?? 0) > 1 ? `${base}-${slugify(r.code)}` : base;
    return { ...r, slug, path: occupationPath(slug), family: r.code.slice(0, 2) };
  });
  const byCode = new Map(occupations.map((x) => [x.code, x]));
  const bySlug = new Map(occupations.map((x) => [x.slug, x]));
  const pathOf = (a: string, b: string) => comparePath(byCode.get(a)!.slug, byCode.get(b)!.slug);

  const families: Family[] = [];
  for (const [code, name] of Object.entries(SOC_MAJOR_GROUPS)) {
    const list = occupations.filter((x) => x.family === code);
    if (list.length === 0) continue;
    const slug = slugify(name);
    families.push({ code, name, slug, path: `/family/${slug}`, occupations: list });
  }
  const zones: Zone[] = [1, 2, 3, 4, 5].map((zone) => ({
    zone,
    name: JOB_ZONE_NAMES[zone]!,
    path: `/job-zone/${zone}`,
    occupations: occupations.filter((x) => x.jobZone === zone),
  }));

  const pairs = new Map<string, CatalogPair>();
  const relatedOf = new Map<string, { code: string; score: number }[]>();
  for (const occ of occupations) {
    const rel = engine
      .related(occ.code, opts.relatedPerOccupation)
      .filter((r) => r.code !== occ.code && byCode.has(r.code));
    relatedOf.set(occ.code, rel);
    for (const r of rel) {
      const [a, b] = orderPair(occ.code, r.code);
      const key = pairKey(a, b);
      if (!pairs.has(key)) pairs.set(key, { a, b, key, path: pathOf(a, b), reason: 'related', score: r.score });
    }
  }
  const confusableOf = new Map<string, CatalogPair[]>();
  const confusions = confusablePairs(occupations, engine.titles(), opts.confusionsPerOccupation);
  for (const c of confusions) {
    const p = { ...c, path: pathOf(c.a, c.b) };
    const existing = pairs.get(p.key);
    // A related pair that is also confusable keeps both: its path is the same, the labels say why.
    pairs.set(p.key, existing ? { ...existing, labels: p.labels } : p);
    for (const code of [p.a, p.b]) confusableOf.set(code, [...(confusableOf.get(code) ?? []), p]);
  }
  const sorted = [...pairs.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  const featured: CatalogPair[] = [];
  const seen = new Set<string>();
  for (const [x, y] of opts.featured) {
    if (!byCode.has(x) || !byCode.has(y) || x === y) continue;
    const [a, b] = orderPair(x, y);
    const key = pairKey(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    featured.push(pairs.get(key) ?? { a, b, key, path: pathOf(a, b), reason: 'related', score: 0 });
  }
  for (const c of [...confusions].sort((x, y) => y.score - x.score || x.key.localeCompare(y.key))) {
    if (featured.length >= opts.featuredCount) break;
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    featured.push(pairs.get(c.key)!);
  }
  return {
    occupations,
    byCode,
    bySlug,
    families,
    zones,
    pairs: sorted,
    relatedOf,
    confusableOf,
    featured: featured.slice(0, opts.featuredCount),
    buildMs: performance.now() - t0,
  };
}

/** Previous and next catalog comparisons around any pair (a catalog pair or not), by key order. */
export function neighbors(cat: Catalog, a: string, b: string): { prev: CatalogPair | null; next: CatalogPair | null } {
  const key = pairKey(a, b);
  const list = cat.pairs;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.key < key) lo = mid + 1;
    else hi = mid;
  }
  const prev = lo > 0 ? list[lo - 1]! : null;
  const at = list[lo];
  const next = at && at.key === key ? (list[lo + 1] ?? null) : (at ?? null);
  return { prev, next };
}

/** The canonical path of the comparison of two codes (in either order). */
export function pairPath(cat: Catalog, x: string, y: string): string {
  const [a, b] = orderPair(x, y);
  return comparePath(cat.byCode.get(a)!.slug, cat.byCode.get(b)!.slug);
}

/** Display title of a pair: "Producers and Directors vs. Audio and Video Technicians". */
export function pairTitle(cat: Catalog, p: { a: string; b: string }): string {
  return `${cat.byCode.get(p.a)?.title ?? p.a} vs. ${cat.byCode.get(p.b)?.title ?? p.b}`;
}
