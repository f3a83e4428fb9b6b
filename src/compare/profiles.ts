/**
 * The I/O of the comparison: everything about one occupation (O*NET profile, task → DWA links, BLS wages and
 * projections, ORS estimates), read from its row derived at import (one primary-key read; from the raw tables
 * in a store without it) and cached per connection, plus the sources table.
 */
import { COMPARE_DEFAULTS } from '../defaults.js';
import { onetProfile, type OnetProfile } from '../store/profile.js';
import type { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { occupationDataBlob } from '../store/occupation-data.js';
import { pack, unpack } from '../store/packed.js';
import { orsBaseline, workEnvironmentFor } from '../store/ors.js';
import { allSources, type Source } from '../store/sources.js';
import { projectionsFor, wageHistory } from '../store/wages.js';
import type { TaskDwas } from './duties.js';
import { emptyOrs, type OrsData } from './ors.js';
import type { BlsData } from './salary.js';
import { buildRarity, type OccupationCounts, occupationCounts, toolCommodityCodes } from './tools.js';

interface OccupationData {
  profile: OnetProfile;
  taskDwas: TaskDwas;
  bls: BlsData;
  ors: OrsData;
  /** How many occupations list each of its tools' commodities and technology examples (src/compare/tools.ts). */
  counts: OccupationCounts;
  /** Its tool commodities' UNSPSC codes, [commodity title, code] (src/compare/tools.ts toolCommodityCodes). */
  toolCodes: [string, number][];
}

function loadTaskDwas(db: DB, code: string): TaskDwas {
  const rows = db
    .prepare(
      `SELECT td.task_id AS task, d.dwa_id AS dwaId, d.title FROM task_dwas td JOIN dwas d ON d.dwa_id = td.dwa_id
       WHERE td.occ_code = ? ORDER BY td.task_id, d.dwa_id`,
    )
    .all(code) as { task: number; dwaId: string; title: string }[];
  const out: TaskDwas = new Map();
  for (const r of rows) {
    const list = out.get(r.task) ?? [];
    list.push({ dwaId: r.dwaId, title: r.title });
    out.set(r.task, list);
  }
  return out;
}

/** The occupation's data, from its derived row when the store has one. */
export function loadOccupation(store: StoreCache, code: string): OccupationData {
  const blob = occupationDataBlob(store, code);
  return blob ? decodeOccupationData(store, blob) : loadOccupationFromTables(store, code);
}

/**
 * The stored form of an occupation's data (src/derive/occupations.ts): packed (src/store/packed.ts, read about
 * three times as fast as a v8 blob of it) without the ORS all-workers baseline, which is the same for every
 * occupation and read once per connection.
 */
export function encodeOccupationData(d: OccupationData): Buffer {
  return pack({ ...d, ors: { ...d.ors, baseline: null } });
}

function decodeOccupationData(store: StoreCache, blob: Buffer): OccupationData {
  const d = unpack(blob) as OccupationData;
  if (store.get(hasOrsTables)) d.ors.baseline = orsBaseline(store);
  return d;
}

/** The occupation's data read from the raw tables (at import, and for stores without the derived rows). */
export function loadOccupationFromTables(store: StoreCache, code: string): OccupationData {
  const db = store.db;
  const profile = onetProfile(db, code);
  return {
    profile,
    taskDwas: loadTaskDwas(db, code),
    bls: { wages: wageHistory(db, code), projections: projectionsFor(db, code) },
    ors: store.get(hasOrsTables) ? workEnvironmentFor(store, code) : emptyOrs(code),
    counts: occupationCounts(profile, store.get(allCounts)),
    toolCodes: toolCommodityCodes(db, code),
  };
}

/** The tool and technology counts over all occupations, from the raw tables, once per connection. */
const allCounts = (store: StoreCache) => buildRarity(store.db);

/** Stores built without the ORS ingester have no ors_links view. */
const hasOrsTables = (store: StoreCache): boolean =>
  store.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'ors_links'").get() !== undefined;

/** Per-connection cache of loaded occupations (LRU) and sources (the store is read-only while open). */
export class OccupationCache {
  readonly store: StoreCache;
  readonly db: DB;
  private occs = new Map<string, OccupationData>();
  private sourceMap: Map<number, Source> | null = null;
  private codesBySoc: Map<string, string[]> | null = null;

  constructor(store: StoreCache) {
    this.store = store;
    this.db = store.db;
  }

  /** The occupation's data; the least recently used are dropped past COMPARE_DEFAULTS.occupationCacheEntries. */
  get(code: string): OccupationData {
    let o = this.occs.get(code);
    if (o) {
      this.occs.delete(code);
    } else {
      o = loadOccupation(this.store, code);
      if (this.occs.size >= COMPARE_DEFAULTS.occupationCacheEntries) {
        this.occs.delete(this.occs.keys().next().value as string);
      }
    }
    this.occs.set(code, o);
    return o;
  }

  sources(): Map<number, Source> {
    this.sourceMap ??= allSources(this.db);
    return this.sourceMap;
  }

  /** O*NET-SOC codes under a SOC code ("27-2012" → 27-2012.00, .03, .04, .05). */
  codesOfSoc(soc: string): string[] {
    if (!this.codesBySoc) {
      this.codesBySoc = new Map();
      for (const r of this.db.prepare('SELECT code, soc FROM occupations ORDER BY code').all() as {
        code: string;
        soc: string;
      }[]) {
        const l = this.codesBySoc.get(r.soc) ?? [];
        l.push(r.code);
        this.codesBySoc.set(r.soc, l);
      }
    }
    return this.codesBySoc.get(soc) ?? [];
  }

  exists(code: string): boolean {
    return this.occs.has(code) || this.db.prepare('SELECT 1 FROM occupations WHERE code = ?').get(code) !== undefined;
  }
}

const newOccupationCache = (store: StoreCache) => new OccupationCache(store);

/** The occupation cache of a store, one per connection. */
export const occupationCache = (store: StoreCache): OccupationCache => store.get(newOccupationCache);
