/**
 * The resolver's input from the store: title entries, occupation priors, context texts; one resolver (over the
 * title index stored at import when the store has it, built from the titles otherwise) and one context index
 * (stored at import too) per open store.
 */
import type { StoreCache } from '../store/cache.js';
import { DERIVED, decodeDerived, readDerivedBlob } from '../store/derived.js';
import type { DB } from '../store/open.js';
import { buildContextIndex, type ContextIndex, unpackContextIndex } from './context.js';
import {
  decodeTitleIndex,
  decodeTitleIndexParts,
  type EntryRows,
  type IndexParts,
  TITLE_INDEX_FORMAT,
  TITLE_INDEX_HEAD_FORMAT,
} from './index-codec.js';
import { createResolver, type Resolver } from './resolver.js';
import type { TitleEntry } from './types.js';
import { alternateWeight, reportedWeight } from './weights.js';

export function loadTitles(db: DB): TitleEntry[] {
  const out: TitleEntry[] = [];
  for (const r of db.prepare('SELECT code, title FROM occupations ORDER BY code').all() as {
    code: string;
    title: string;
  }[])
    out.push({ code: r.code, title: r.title, kind: 'occupation', weight: 1 });
  for (const r of db.prepare('SELECT occ_code, title, short_title, sources FROM alt_titles ORDER BY rowid').all() as {
    occ_code: string;
    title: string;
    short_title: string | null;
    sources: string;
  }[]) {
    const weight = alternateWeight(r.sources);
    out.push({ code: r.occ_code, title: r.title, kind: 'alternate', weight });
    if (r.short_title && r.short_title !== 'n/a')
      out.push({ code: r.occ_code, title: r.short_title, kind: 'short', weight });
  }
  for (const r of db
    .prepare('SELECT occ_code, title, shown_in_my_next_move FROM reported_titles ORDER BY rowid')
    .all() as { occ_code: string; title: string; shown_in_my_next_move: number }[])
    out.push({
      code: r.occ_code,
      title: r.title,
      kind: 'reported',
      weight: reportedWeight(r.shown_in_my_next_move === 1),
    });
  return out;
}

/**
 * How common each occupation is, 0–1: log(1 + employment) / log(1 + largest employment), from the current
 * OEWS release through each occupation's SOC link. Occupations without a figure get no prior (0.5).
 */
export function loadPriors(db: DB): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT l.occ_code AS code, MAX(o.tot_emp) AS emp FROM soc_links l
       JOIN oews o ON o.soc = l.soc AND o.period = l.period
       WHERE l.dataset = 'oews' AND l.period = (SELECT period FROM oews_releases WHERE is_current = 1)
         AND o.tot_emp IS NOT NULL
       GROUP BY l.occ_code`,
    )
    .all() as { code: string; emp: number }[];
  const top = Math.log1p(Math.max(1, ...rows.map((r) => r.emp)));
  return new Map(rows.map((r) => [r.code, Math.log1p(r.emp) / top]));
}

/** The resolver over a store's titles and priors, built once per open store. */
export const storeResolver = (store: StoreCache): Resolver => store.get(buildStoreResolver);

function buildStoreResolver(store: StoreCache): Resolver {
  // Read in parts when the store has them: a query reads the head and its words' rows (about a tenth of the blob).
  const head = readDerivedBlob(store, DERIVED.titleIndexHead, TITLE_INDEX_HEAD_FORMAT);
  if (head) return createResolver(decodeTitleIndexParts(head, storedEntryRows(store), storedIndexParts(store)));
  const stored = readDerivedBlob(store, DERIVED.titleIndex, TITLE_INDEX_FORMAT);
  return stored
    ? createResolver(decodeTitleIndex(stored, storedEntryRows(store)))
    : createResolver(loadTitles(store.db), {}, loadPriors(store.db));
}

/** The stored title index's entries (table title_entries, written by src/derive), read by id. */
export function storedEntryRows(store: StoreCache): EntryRows {
  const columns = 'SELECT code, title, kind, weight FROM title_entries';
  return {
    one: (id) => store.statement(`${columns} WHERE id = ?`).get(id) as TitleEntry | undefined,
    all: () => store.statement(`${columns} ORDER BY id`).all() as TitleEntry[],
  };
}

/** The stored title index's rows by token (table title_postings) and its whole blob, for an index read in parts. */
export function storedIndexParts(store: StoreCache): IndexParts {
  return {
    token: (id) =>
      store.statement('SELECT data FROM title_postings WHERE token = ?').pluck().get(id) as Buffer | undefined,
    whole: () => readDerivedBlob(store, DERIVED.titleIndex, TITLE_INDEX_FORMAT),
  };
}

/** Per O*NET code: its title, description and task statements (the words context is compared with). */
export function loadContextTexts(db: DB): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of db.prepare('SELECT code, title, description FROM occupations').all() as {
    code: string;
    title: string;
    description: string;
  }[])
    out.set(r.code, [r.title, r.description]);
  for (const r of db.prepare('SELECT occ_code, task FROM tasks').all() as { occ_code: string; task: string }[])
    out.get(r.occ_code)?.push(r.task);
  return out;
}

/** Name of the context index in the store's derived table (written by src/derive/context.ts). */
export const CONTEXT_INDEX = 'context_index';

/** The context index over a store's occupation texts: the one stored at import, else built; once per open store. */
export const storeContext = (store: StoreCache): ContextIndex => store.get(buildStoreContext);

function buildStoreContext(store: StoreCache): ContextIndex {
  const stored = readDerivedBlob(store, CONTEXT_INDEX);
  return (
    (stored && unpackContextIndex(decodeDerived(stored, 'context index'))) ||
    buildContextIndex(loadContextTexts(store.db))
  );
}
