/**
 * MovesData over a real store: occupations and job zones, skill and knowledge ratings as aligned arrays, work
 * activities with their weights, OEWS pay and EP outlook — computed at import into one snapshot in the derived
 * table (`movesSnapshot`, called by src/derive) and read once per connection — and each occupation's ranked
 * neighbours with the reverse lists, from one function, `neighbourLists`: the neighbours stored at import, or
 * the similarity model for older stores. After that every request is arithmetic.
 */
import { MOVES_DEFAULTS } from '../defaults.js';
import { orsValue } from '../compare/ors.js';
import { similarityModel } from '../compare/similarity.js';
import type { StoreCache } from '../store/cache.js';
import { neighboursStored, pairSimilarity, readDerived } from '../store/derived.js';
import { type DB, isMissingTable } from '../store/open.js';
import { type OrsItem, workEnvironmentFor } from '../store/ors.js';
import { projectionsFor, wagesFor } from '../store/wages.js';
import { LINEUP_ENVIRONMENT } from './lineup.js';
import type { Activity, ElementInfo, EnvItem, MovesData, Neighbour, OccFacts, Outlook, Pay, Ratings } from './types.js';
import { compareText } from '../text-compare.js';

/** Pair similarities remembered per connection before the memo starts over (a few MB at most). */
const MOVES_SIMILARITY_MEMO = 20_000;

interface NeighbourLists {
  out: Map<string, Neighbour[]>;
  into: Map<string, Neighbour[]>;
  similarity(a: string, b: string): number | null;
}

/**
 * Every occupation's `k` most similar occupations with O*NET content, and who lists whom. From the neighbours
 * stored at import (src/derive, table neighbours) when the store has at least `k` per occupation; otherwise
 * (stores built before derived data) from the similarity model of src/compare, built once per connection.
 */
function neighbourLists(store: StoreCache, codes: Iterable<string>, k: number): NeighbourLists {
  const db = store.db;
  const out = new Map<string, Neighbour[]>();
  let similarity: NeighbourLists['similarity'];
  if (neighboursStored(store) >= k) {
    // One pass over the stored table (about 40,000 rows) rather than one query per occupation.
    const canonical = new Map<string, string>();
    for (const code of codes) {
      out.set(code, []);
      canonical.set(code, code);
    }
    const rows = db
      .prepare('SELECT code, other, score FROM neighbours WHERE rank <= ? ORDER BY code, rank')
      .raw(true)
      .all(k) as [string, string, number][];
    // Each code one string (the occupation's own), not a copy per row: ~80,000 neighbour entries per connection.
    for (const [code, other, score] of rows) out.get(code)?.push({ code: canonical.get(other) ?? other, score });
    // A neighbour's score is the stored row's (both written from one matrix at import); any other pair costs two
    // row reads, remembered, since a comparison page asks for its pair in both route searches.
    const known = new Map<string, number | null>();
    similarity = (a, b) => {
      const near = out.get(a)?.find((n) => n.code === b);
      if (near) return near.score;
      const key = `${a}|${b}`;
      let s = known.get(key);
      if (s === undefined) {
        s = pairSimilarity(store, a, b)?.score ?? null;
        if (known.size >= MOVES_SIMILARITY_MEMO) known.clear();
        known.set(key, s);
      }
      return s;
    };
  } else {
    const model = similarityModel(store);
    model.matrix();
    for (const f of model.features)
      out.set(
        f.code,
        model.related(f.code, k).map((r) => ({ code: r.code, score: r.score })),
      );
    similarity = (a, b) => (model.index.has(a) && model.index.has(b) ? model.score(a, b) : null);
  }
  const into = new Map<string, Neighbour[]>();
  for (const [code, list] of out)
    for (const n of list) {
      const l = into.get(n.code) ?? [];
      l.push({ code, score: n.score });
      into.set(n.code, l);
    }
  for (const l of into.values()) l.sort((x, y) => y.score - x.score || compareText(x.code, y.code));
  return { out, into, similarity };
}

function loadOccupations(db: DB): Map<string, OccFacts> {
  const rows = db
    .prepare(
      `SELECT o.code, o.soc, o.title, o.source_id AS sourceId, z.job_zone AS jobZone,
         EXISTS (SELECT 1 FROM tasks t WHERE t.occ_code = o.code) AS hasData
       FROM occupations o LEFT JOIN job_zones z ON z.occ_code = o.code ORDER BY o.code`,
    )
    .all() as { code: string; soc: string; title: string; sourceId: number; jobZone: number | null; hasData: number }[];
  return new Map(rows.map((r) => [r.code, { ...r, hasData: r.hasData === 1 }]));
}

function loadRatings(db: DB, codes: Iterable<string>): { elements: ElementInfo[]; ratings: Map<string, Ratings> } {
  // Raw rows, no join, and "+domain" so SQLite scans the table (in key order, so the ORDER BY costs nothing)
  // instead of skip-scanning the key: twice as fast. Every list here is ordered, so the snapshot is deterministic.
  const rows = db
    .prepare(
      `SELECT occ_code, domain, element_id, scale_id, value, not_relevant, source_id FROM ratings_best
       WHERE +domain IN ('Skills', 'Knowledge') AND scale_id IN ('IM', 'LV') AND category = 0
       ORDER BY occ_code, domain, element_id, scale_id`,
    )
    .raw(true)
    .all() as [string, 'Skills' | 'Knowledge', string, string, number, number | null, number][];
  const names = new Map(db.prepare('SELECT element_id, name FROM content_model').raw(true).all() as [string, string][]);
  const index = new Map<string, number>();
  const elements: ElementInfo[] = [];
  for (const [, domain, id] of rows)
    if (!index.has(id)) {
      index.set(id, elements.length);
      elements.push({ id, name: names.get(id) ?? id, domain });
    }
  const ratings = new Map<string, Ratings>();
  const make = (): Ratings => ({
    level: new Float32Array(elements.length).fill(Number.NaN),
    importance: new Float32Array(elements.length).fill(Number.NaN),
    sourceIds: [],
  });
  const known = new Set(codes);
  for (const [occ, , id, scale, value, nr, sourceId] of rows) {
    if (!known.has(occ)) continue;
    let x = ratings.get(occ);
    if (!x) {
      x = make();
      ratings.set(occ, x);
    }
    const k = index.get(id)!;
    // O*NET flags a level "not relevant" when importance is too low for it to mean anything: level 0, as in profiles.
    if (scale === 'IM') x.importance[k] = value;
    else x.level[k] = nr === 1 ? 0 : value;
    if (!x.sourceIds.includes(sourceId)) x.sourceIds.push(sourceId);
  }
  return { elements, ratings };
}

/** Work activities (DWAs) per occupation, weighted as src/store/profile.ts does: core tasks 2, supplemental 1. */
function loadActivities(db: DB): { activities: Map<string, Activity[]>; sources: Map<string, number[]> } {
  const tasks = db
    .prepare('SELECT occ_code AS occ, task_id AS id, task_type AS type FROM tasks ORDER BY occ_code, task_id')
    .all() as {
    occ: string;
    id: number;
    type: string | null;
  }[];
  const weightOf = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const t of tasks) {
    const w = t.type === 'Supplemental' ? 1 : 2;
    weightOf.set(`${t.occ}|${t.id}`, w);
    totals.set(t.occ, (totals.get(t.occ) ?? 0) + w);
  }
  const links = db
    .prepare(
      `SELECT td.occ_code AS occ, td.task_id AS task, d.dwa_id AS dwa, d.title, td.source_id AS sourceId
       FROM task_dwas td JOIN dwas d ON d.dwa_id = td.dwa_id ORDER BY td.occ_code, td.task_id, d.dwa_id`,
    )
    .all() as { occ: string; task: number; dwa: string; title: string; sourceId: number }[];
  const acc = new Map<string, Map<string, Activity>>();
  const sources = new Map<string, number[]>();
  for (const l of links) {
    const w = (weightOf.get(`${l.occ}|${l.task}`) ?? 1) / (totals.get(l.occ) || 1);
    let m = acc.get(l.occ);
    if (!m) {
      m = new Map();
      acc.set(l.occ, m);
    }
    const a = m.get(l.dwa) ?? { dwaId: l.dwa, title: l.title, weight: 0 };
    a.weight += w;
    m.set(l.dwa, a);
    const s = sources.get(l.occ) ?? [];
    if (!s.includes(l.sourceId)) s.push(l.sourceId);
    sources.set(l.occ, s);
  }
  const activities = new Map<string, Activity[]>();
  for (const [occ, m] of acc)
    activities.set(
      occ,
      [...m.values()].sort((x, y) => y.weight - x.weight || compareText(x.dwaId, y.dwaId)),
    );
  return { activities, sources };
}

function payOf(db: DB, code: string): Pay | null {
  const w = wagesFor(db, code);
  if (!w) return null;
  const flag = w.flags['annual.median']?.code;
  return {
    median: w.annual.median,
    status: w.annual.median !== null ? 'ok' : flag === 'top_coded' ? 'top_coded' : 'not_published',
    topCode: w.topCode.annual,
    hourlyMedian: w.hourly.median,
    soc: w.soc,
    blsTitle: w.title,
    broader: w.level !== 'detailed',
    period: w.period,
    sourceId: w.source.id,
  };
}

function outlookOf(db: DB, code: string): Outlook | null {
  const p = projectionsFor(db, code);
  if (!p) return null;
  return {
    changePercent: p.changePct,
    openingsThousands: p.openingsK,
    entryEducation: p.entryEducation,
    soc: p.soc,
    blsTitle: p.title,
    broader: p.level !== 'detailed',
    period: p.period,
    sourceId: p.source.id,
  };
}

/** The line-up's ORS estimates of one occupation (none when the store has no ORS tables). */
function environmentOf(store: StoreCache, code: string): EnvItem[] {
  let profile: unknown;
  try {
    profile = workEnvironmentFor(store, code).profile;
  } catch (err) {
    if (isMissingTable(err)) return []; // a store built without the ORS ingester
    throw err;
  }
  const out: EnvItem[] = [];
  for (const [key, label] of LINEUP_ENVIRONMENT) {
    let v: unknown = profile;
    for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : null;
    const value = orsValue((v ?? null) as OrsItem | null);
    if (value) out.push({ key, label, ...value });
  }
  return out;
}

/** Everything per occupation the moves logic reads besides the neighbours: stored at import (src/derive). */
export interface MovesSnapshot {
  occupations: OccFacts[];
  elements: ElementInfo[];
  ratings: [string, Ratings][];
  activities: [string, Activity[]][];
  activitySources: [string, number[]][];
  pays: [string, Pay | null][];
  outlooks: [string, Outlook | null][];
}

/** The name of the snapshot in the store's derived table. */
export const MOVES_SNAPSHOT = 'moves';

/** Computes the snapshot from the store's tables (at import: about two seconds on the full data). */
export function movesSnapshot(db: DB): MovesSnapshot {
  const occs = loadOccupations(db);
  const { elements, ratings } = loadRatings(db, occs.keys());
  const { activities, sources } = loadActivities(db);
  const codes = [...occs.keys()];
  return {
    occupations: [...occs.values()],
    elements,
    ratings: [...ratings],
    activities: [...activities],
    activitySources: [...sources],
    pays: codes.map((c) => [c, payOf(db, c)]),
    outlooks: codes.map((c) => [c, outlookOf(db, c)]),
  };
}

/**
 * The store's MovesData: the snapshot stored at import (or, for a store without one, computed now), the
 * neighbour lists, and the ORS estimates of the line-up read per occupation.
 */
export function buildStoreMovesData(store: StoreCache, k: number = MOVES_DEFAULTS.neighbours): MovesData {
  const snap = readDerived<MovesSnapshot>(store, MOVES_SNAPSHOT) ?? movesSnapshot(store.db);
  const occs = new Map(snap.occupations.map((o) => [o.code, o]));
  // Kept for the connection's life, so compact (issue 10, server memory): the ratings' arrays copied out of the
  // decoded snapshot (v8.deserialize makes them views of the whole ~2.8 MB blob, which they kept alive), and each
  // DWA's id and title one string for all occupations, not a copy per occupation.
  const ratings = new Map(
    snap.ratings.map(([code, r]) => [code, { ...r, level: r.level.slice(), importance: r.importance.slice() }]),
  );
  const texts = new Map<string, string>();
  const one = (t: string): string => {
    const k = texts.get(t);
    if (k !== undefined) return k;
    texts.set(t, t);
    return t;
  };
  const activities = new Map(
    snap.activities.map(([code, list]) => [
      code,
      list.map((a) => ({ dwaId: one(a.dwaId), title: one(a.title), weight: a.weight })),
    ]),
  );
  const sources = new Map(snap.activitySources);
  const pays = new Map(snap.pays);
  const outlooks = new Map(snap.outlooks);
  const elements = snap.elements;
  const nb = neighbourLists(store, occs.keys(), k);
  return {
    occupation: (code) => occs.get(code),
    neighbours: (code) => nb.out.get(code) ?? [],
    neighbourOf: (code) => nb.into.get(code) ?? [],
    similarity: (a, b) => nb.similarity(a, b),
    elements: () => elements,
    ratings: (code) => ratings.get(code) ?? null,
    activities: (code) => activities.get(code) ?? [],
    activitySourceIds: (code) => sources.get(code) ?? [],
    pay: (code) => pays.get(code) ?? null,
    outlook: (code) => outlooks.get(code) ?? null,
    environment: (code) => environmentOf(store, code),
  };
}

const buildDefault = (store: StoreCache): MovesData => buildStoreMovesData(store);

/** The MovesData of a store, built on first use and kept for the life of the connection. */
export const movesDataFor = (store: StoreCache): MovesData => store.get(buildDefault);
