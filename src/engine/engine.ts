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
import { notFound } from '../errors.js';
import { movesDataFor } from '../moves/store-data.js';
import { codeRow } from '../resolve/batch.js';
import { codeText } from '../resolve/batch-read.js';
import { storeContext } from '../resolve/load.js';
import { resolvePair } from '../resolve/pair.js';
import type { TitleEntry } from '../resolve/types.js';
import { DERIVED, neighboursOf, neighboursStored, readDerived } from '../store/derived.js';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import type { Catalog } from '../site/catalog.js';
import { getOccupation, occupationsWithZones } from '../store/profile.js';
import { occupationReport } from '../store/report.js';
import { allSources } from '../store/sources.js';
import { articleOf } from '../write/index.js';
import { articleToHtml } from '../write/html.js';
import type { Engine, OccRow } from './types.js';

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
    occupation(code) {
      if (!getOccupation(db, code)) throw notFound(`no occupation with code ${code}`);
      return occupationReport(store, code);
    },
    resolve: (q, limit) => resolverFor(store).resolve(q, limit),
    codeRow: (row, o) => codeRow(resolverFor(store), row, { ...o, context: () => storeContext(store) }),
    codeBatch: (text, kind, o) =>
      codeText(resolverFor(store), text, kind, { ...o, context: () => storeContext(store) }),
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
