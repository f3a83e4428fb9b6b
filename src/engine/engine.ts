/**
 * createEngine(db), the Engine over a real store: occupations and profiles from src/store, titles and pair-aware resolution
 * from src/resolve (through the comparison module's per-connection resolver), comparisons and similarity from
 * src/compare, articles from src/write, wages/projections from src/store/wages and work environment from
 * src/store/ors. Everything is read-only; the heavy structures are built once per connection by their owners.
 */
import { compare } from '../compare/compare.js';
import { resolverFor } from '../compare/resolve.js';
import { storedSimilarity } from '../compare/stored-similarity.js';
import { notFound } from '../errors.js';
import { movesDataFor } from '../moves/store-data.js';
import { resolvePair } from '../resolve/pair.js';
import type { TitleEntry } from '../resolve/types.js';
import { DERIVED, neighboursOf, neighboursStored, readDerived } from '../store/derived.js';
import type { DB } from '../store/open.js';
import type { Catalog } from '../site/catalog.js';
import { type Item, type OrsProfile, workEnvironmentFor } from '../store/ors.js';
import { getOccupation, occupationsWithZones, onetProfile } from '../store/profile.js';
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

/** The readable subset of the ORS profile shown on a profile page: [group, label, getter]. */
const ORS_ROWS: [string, string, (p: OrsProfile) => Item][] = [
  ['Environment', 'Works outdoors', (p) => p.environment.outdoors.exposed],
  ['Environment', 'Loud or very loud noise', (p) => p.environment.noise.loud],
  ['Environment', 'Quiet workplace', (p) => p.environment.noise.quiet],
  ['Environment', 'Extreme heat', (p) => p.environment.extremeHeat.exposed],
  ['Environment', 'Extreme cold', (p) => p.environment.extremeCold.exposed],
  ['Environment', 'Heights', (p) => p.environment.heights.exposed],
  ['Environment', 'Hazardous contaminants', (p) => p.environment.hazardousContaminants.exposed],
  ['Environment', 'Moving mechanical parts', (p) => p.environment.movingMechanicalParts.exposed],
  ['Physical demands', 'Sitting (share of the day)', (p) => p.physical.sittingPctOfDay],
  ['Physical demands', 'Standing or walking (share of the day)', (p) => p.physical.standingPctOfDay],
  ['Physical demands', 'Sedentary work', (p) => p.physical.strength.sedentary],
  ['Physical demands', 'Light work', (p) => p.physical.strength.light],
  ['Physical demands', 'Medium work', (p) => p.physical.strength.medium],
  ['Physical demands', 'Heavy work', (p) => p.physical.strength.heavy],
  ['Physical demands', 'Driving required', (p) => p.physical.driving.required],
  ['Physical demands', 'Keyboarding required', (p) => p.physical.keyboarding.required],
  ['Mental demands', 'Telework available', (p) => p.cognitive.telework.available],
  ['Mental demands', 'Work with the public', (p) => p.cognitive.publicContact.required],
  ['Mental demands', 'Consistently fast pace', (p) => p.cognitive.pace.consistentFast],
  ['Requirements', 'License required', (p) => p.requirements.credentials.license],
  ['Requirements', 'Certification required', (p) => p.requirements.credentials.certification],
  ['Requirements', 'Prior work experience required', (p) => p.requirements.priorWorkExperience.required],
  ['Requirements', 'On-the-job training required', (p) => p.requirements.onTheJobTraining.required],
];

function workEnvRows(db: DB, code: string): WorkEnvRow[] {
  let env: ReturnType<typeof workEnvironmentFor>;
  try {
    env = workEnvironmentFor(db, code);
  } catch (err) {
    if (/no such table/.test(String((err as Error)?.message))) return []; // a store without ORS tables
    throw err;
  }
  const p = env.profile;
  if (!p) return [];
  const out: WorkEnvRow[] = [];
  for (const [group, label, get] of ORS_ROWS) {
    const i = get(p);
    if (!i) continue;
    const base = env.baseline ? get(env.baseline) : null;
    out.push({
      group,
      requirement: label,
      category: '',
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
      titles ??= resolverFor(db).index.entries as TitleEntry[];
      return titles;
    },
    sources: () => sources,
    profile(code) {
      if (!getOccupation(db, code)) throw notFound(`no occupation with code ${code}`);
      return {
        onet: onetProfile(db, code),
        wages: wagesFor(db, code),
        projections: projectionsFor(db, code),
        workEnvironment: workEnvRows(db, code),
      };
    },
    resolve: (q, limit) => resolverFor(db).resolve(q, limit),
    resolvePair(a, b) {
      const r = resolverFor(db);
      return resolvePair(r.resolve(a, 8), r.resolve(b, 8));
    },
    compare: (a, b, choice) => compare(db, a, b, choice),
    related(code, limit) {
      if (limit <= neighboursStored(db))
        return neighboursOf(db, code, limit).map((r) => ({ code: r.code, score: r.score }));
      const m = storedSimilarity(db);
      return m.has(code) ? m.related(code, limit).map((r) => ({ code: r.code, score: r.score })) : [];
    },
    article(c) {
      const a = articleOf(c);
      return { title: a.title, description: a.description, html: articleToHtml(a), faq: a.faq };
    },
    storedCatalog: () => readDerived<Catalog>(db, DERIVED.catalog),
    moves: () => movesDataFor(db),
    features: () => ({ resolve: true, compare: true, write: true, wages: true, ors: true }),
  };
}
