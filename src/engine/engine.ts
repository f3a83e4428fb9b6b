/**
 * createEngine(db), the Engine over a real store: occupations and profiles from src/store, titles and pair-aware resolution
 * from src/resolve (through the comparison module's per-connection resolver), comparisons and similarity from
 * src/compare, articles from src/write, wages/projections from src/store/wages and work environment from
 * src/store/ors. Everything is read-only; the engine owns the store's caches (src/store/cache.ts: resolver,
 * similarity, title lists, occupations, prepared statements), built on first use and dropped with the engine.
 */
import { createRequire } from 'node:module';
import type * as CompareModule from '../compare/compare.js';
import { readPair, resolverFor } from '../compare/resolve.js';
import type * as SimilarityModule from '../compare/stored-similarity.js';
import { notFound } from '../errors.js';
import type * as MovesModule from '../moves/store-data.js';
import type * as ProfilesModule from '../compare/profiles.js';
import type * as BatchModule from '../resolve/batch.js';
import type * as BatchReadModule from '../resolve/batch-read.js';
import { parseCode } from '../resolve/codes.js';
import { storeContext } from '../resolve/load.js';
import { resolvePair } from '../resolve/pair.js';
import { socOf } from '../resolve/title-index.js';
import type { Resolution, TitleEntry } from '../resolve/types.js';
import { DERIVED, neighboursOf, neighboursStored, readDerived } from '../store/derived.js';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import type { Catalog } from '../site/catalog.js';
import { getOccupation, occupationsWithZones } from '../store/profile.js';
import { reportOf } from '../store/report.js';
import { allSources, type Source } from '../store/sources.js';
import type * as WriteModule from '../write/index.js';
import type * as HtmlModule from '../write/html.js';
import type { Engine, OccRow } from './types.js';

/**
 * The heavy parts (comparison, article writing, similarity rows, moves, batch coding) are loaded on their
 * first use, so a command that needs none of them (`show`, `resolve`) does not pay for loading them: about
 * 40 ms of a CLI run (BENCHMARKS.md, issue 10). Node 20.19+ requires ES modules synchronously.
 */
const load = createRequire(import.meta.url);
function lazy<T>(path: string): () => T {
  let m: T | undefined;
  return () => (m ??= load(path) as T);
}
const compareModule = lazy<typeof CompareModule>('../compare/compare.js');
const similarityModule = lazy<typeof SimilarityModule>('../compare/stored-similarity.js');
const movesModule = lazy<typeof MovesModule>('../moves/store-data.js');
const batchModule = lazy<typeof BatchModule>('../resolve/batch.js');
const batchReadModule = lazy<typeof BatchReadModule>('../resolve/batch-read.js');
const writeModule = lazy<typeof WriteModule>('../write/index.js');
const htmlModule = lazy<typeof HtmlModule>('../write/html.js');
const profilesModule = lazy<typeof ProfilesModule>('../compare/profiles.js');

/**
 * What the resolver answers for a full O*NET-SOC code of an occupation in the store ("29-1141.00": that one
 * occupation, confidence 1, src/resolve/codes.ts), read from the occupations table without building the resolver
 * over 60,000 title readings (`careerdiff show 29-1141.00` needs nothing else of it). Anything else, an unknown code
 * included (its answer suggests nearby codes), is the resolver's. src/engine/engine.real.test.ts checks both
 * agree on every occupation of the real store.
 */
function codeResolution(store: StoreCache, query: string): Resolution | null {
  const q = query.trim();
  const code = parseCode(q)?.code;
  if (!code) return null;
  const row = store.statement('SELECT title FROM occupations WHERE code = ?').get(code) as
    | { title: string }
    | undefined;
  if (!row) return null;
  return {
    query,
    candidates: [{ code, soc: socOf(code), title: row.title, score: 1, matched: q, source: 'code' }],
    ambiguous: false,
    confidence: 1,
  };
}

export function createEngine(db: DB): Engine {
  // The engine's caches: everything read or built once per connection lives here and dies with the engine.
  const store = new StoreCache(db);
  let occs: OccRow[] | null = null;
  let titles: TitleEntry[] | null = null;
  let sources: Source[] | undefined;
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
    sources: () => (sources ??= [...allSources(db).values()]),
    occupation(code) {
      if (!getOccupation(db, code)) throw notFound(`no occupation with code ${code}`);
      // The occupation's comparison row derived at import holds every part of the report (one primary-key read
      // instead of some thirty queries; the raw tables in a store without it): `careerdiff show`, issue 10.
      const d = profilesModule().loadOccupation(store, code);
      return reportOf(store, {
        onet: d.profile,
        wages: d.bls.wages,
        projections: d.bls.projections,
        workEnvironment: d.ors,
      });
    },
    resolve: (q, limit) => codeResolution(store, q) ?? resolverFor(store).resolve(q, limit),
    codeRow: (row, o) => batchModule().codeRow(resolverFor(store), row, { ...o, context: () => storeContext(store) }),
    codeBatch: (text, kind, o) =>
      batchReadModule().codeText(resolverFor(store), text, kind, { ...o, context: () => storeContext(store) }),
    resolvePair(a, b) {
      const r = resolverFor(store);
      return resolvePair(r.resolve(a, 8), r.resolve(b, 8));
    },
    readPair: (a, b) => readPair(store, a, b),
    compare: (a, b, choice) => compareModule().compare(store, a, b, choice),
    related(code, limit) {
      if (limit <= neighboursStored(store))
        return neighboursOf(store, code, limit).map((r) => ({ code: r.code, score: r.score }));
      const m = similarityModule().storedSimilarity(store);
      return m.has(code) ? m.related(code, limit).map((r) => ({ code: r.code, score: r.score })) : [];
    },
    article(c) {
      const a = writeModule().articleOf(c);
      return { title: a.title, description: a.description, html: htmlModule().articleToHtml(a), faq: a.faq };
    },
    similarity: () => similarityModule().storedSimilarity(store),
    storedCatalog: () => readDerived<Catalog>(store, DERIVED.catalog),
    moves: () => movesModule().movesDataFor(store),
    features: () => ({ resolve: true, compare: true, write: true, wages: true, ors: true }),
  };
}
