/**
 * createEngine(db), the Engine over a real store: occupations and profiles from src/store, titles and pair-aware resolution
 * from src/resolve (through the comparison module's per-connection resolver), comparisons and similarity from
 * src/compare, articles from src/write, wages/projections from src/store/wages and work environment from
 * src/store/ors. Everything is read-only; the engine owns the store's caches (src/store/cache.ts: resolver,
 * similarity, title lists, occupations, prepared statements), built on first use and dropped with the engine.
 */
import { compare } from '../compare/compare.js';
import { resolverFor } from '../compare/resolve.js';
import { storedSimilarity } from '../compare/stored-similarity.js';
import { internalError, notFound } from '../errors.js';
import { ORS_LABELS, type OrsLabel } from '../compare/ors-labels.js';
import { movesDataFor } from '../moves/store-data.js';
import { codeText } from '../resolve/batch-read.js';
import { storeContext } from '../resolve/load.js';
import { resolvePair } from '../resolve/pair.js';
import type { TitleEntry } from '../resolve/types.js';
import { DERIVED, neighboursOf, neighboursStored, readDerived } from '../store/derived.js';
import { StoreCache } from '../store/cache.js';
import { type DB, isMissingTable } from '../store/open.js';
import type { Catalog } from '../site/catalog.js';
import { type Item, type OrsProfile, workEnvironmentFor } from '../store/ors.js';
import { getOccupation, occupationsWithZones, onetProfile } from '../store/profile.js';
import { occupationReport } from '../store/report.js';
import { allSources } from '../store/sources.js';
import { projectionsFor, wagesFor } from '../store/wages.js';
import { articleOf } from '../write/index.js';
import { articleToHtml } from '../write/html.js';
import type { Engine, OccRow, WorkEnvRow } from './types.js';

const UNITS: Record<string, string> = {
  percent_of_workers: '%',
  percent_of_day: '% of the day',
  hours: 'hours',
  days: 'days',
  pounds: 'pounds',
};

/** The subset of the ORS profile shown on a profile page, by item key; labels come from ORS_LABELS. */
const PROFILE_ORS_KEYS = [
  'environment.outdoors.exposed',
  'environment.noise.loud',
  'environment.noise.quiet',
  'environment.extremeHeat.exposed',
  'environment.extremeCold.exposed',
  'environment.heights.exposed',
  'environment.hazardousContaminants.exposed',
  'environment.movingMechanicalParts.exposed',
  'physical.sittingPctOfDay',
  'physical.standingPctOfDay',
  'physical.strength.sedentary',
  'physical.strength.light',
  'physical.strength.medium',
  'physical.strength.heavy',
  'physical.driving.required',
  'physical.keyboarding.required',
  'cognitive.telework.available',
  'cognitive.publicContact.required',
  'cognitive.pace.consistentFast',
  'requirements.credentials.license',
  'requirements.credentials.certification',
  'requirements.priorWorkExperience.required',
  'requirements.onTheJobTraining.required',
];
const LABEL_BY_KEY = new Map(ORS_LABELS.map((l) => [l.key, l]));
const PROFILE_ORS_ROWS: [OrsLabel, (p: OrsProfile) => Item][] = PROFILE_ORS_KEYS.map((key) => {
  const label = LABEL_BY_KEY.get(key);
  if (!label) throw internalError(`no ORS label for ${key}`);
  const path = key.split('.');
  const get = (p: OrsProfile) => path.reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], p) as Item;
  return [label, get];
});

function workEnvRows(store: StoreCache, code: string): WorkEnvRow[] {
  let env: ReturnType<typeof workEnvironmentFor>;
  try {
    env = workEnvironmentFor(store, code);
  } catch (err) {
    if (isMissingTable(err)) return []; // a store without ORS tables
    throw err;
  }
  const p = env.profile;
  if (!p) return [];
  const out: WorkEnvRow[] = [];
  for (const [label, get] of PROFILE_ORS_ROWS) {
    const i = get(p);
    if (!i) continue;
    const base = env.baseline ? get(env.baseline) : null;
    out.push({
      group: label.group,
      requirement: label.requirement,
      category: label.category,
      value: i.value,
      unit: UNITS[i.unit] ?? i.unit,
      belowThreshold: i.belowThreshold,
      release: i.release,
      preliminary: i.preliminary,
      soc: i.soc,
      level: i.level,
      sourceId: i.sourceId,
      allWorkers: base?.value ?? null,
    });
  }
  return out;
}

export function createEngine(db: DB): Engine {
  // The engine's caches: everything read or built once per connection lives here and dies with the engine.
  const store = new StoreCache(db);
  let occs: OccRow[] | null = null;
  let titles: TitleEntry[] | null = null;
  const sources = [...allSources(db).values()];
  return {
    occupations() {
      occs ??= occupationsWithZones(db);
      return occs;
    },
    titles() {
      // The titles of the title index stored at import (the resolver reads it anyway).
      titles ??= resolverFor(store).index.entries as TitleEntry[];
      return titles;
    },
    sources: () => sources,
    profile(code) {
      if (!getOccupation(db, code)) throw notFound(`no occupation with code ${code}`);
      return {
        onet: onetProfile(db, code),
        wages: wagesFor(db, code),
        projections: projectionsFor(db, code),
        workEnvironment: workEnvRows(store, code),
      };
    },
    occupation(code) {
      if (!getOccupation(db, code)) throw notFound(`no occupation with code ${code}`);
      return occupationReport(store, code);
    },
    resolve: (q, limit) => resolverFor(store).resolve(q, limit),
    codeBatch: (text, kind, o) => codeText(resolverFor(store), text, kind, { ...o, context: storeContext(store) }),
    resolvePair(a, b) {
      const r = resolverFor(store);
      return resolvePair(r.resolve(a, 8), r.resolve(b, 8));
    },
    compare: (a, b, choice) => compare(store, a, b, choice),
    related(code, limit) {
      if (limit <= neighboursStored(store))
        return neighboursOf(store, code, limit).map((r) => ({ code: r.code, score: r.score }));
      const m = storedSimilarity(store);
      return m.has(code) ? m.related(code, limit).map((r) => ({ code: r.code, score: r.score })) : [];
    },
    article(c) {
      const a = articleOf(c);
      return { title: a.title, description: a.description, html: articleToHtml(a), faq: a.faq };
    },
    similarity: () => storedSimilarity(store),
    storedCatalog: () => readDerived<Catalog>(store, DERIVED.catalog),
    moves: () => movesDataFor(store),
    features: () => ({ resolve: true, compare: true, write: true, wages: true, ors: true }),
  };
}
