/**
 * Tools and technology by O*NET's own example names ("Welding machines", "Chefs' knives", "Autodesk AutoCAD"),
 * chosen for what is distinctive to the occupation: a tool kind (UNSPSC commodity) listed for few occupations
 * says more than desktop computers, which nearly every occupation lists. A tool is "only X's" when the other
 * side lists nothing of the same commodity; examples are named as O*NET writes them (already plural).
 */
import { foldText } from '../resolve/normalize.js';
import type { StoreCache } from '../store/cache.js';
import { corpusCount, hasCorpusCounts } from '../store/derived.js';
import type { DB } from '../store/open.js';
import type { OnetProfile, Technology, Tool } from '../store/profile.js';
import type { Pair, TechRef } from './types.js';
import { compareText } from '../text-compare.js';

/** How many occupations list each commodity (tools) and each example (technology), read once per connection. */
export interface Rarity {
  occupations: number;
  /** Only `get` is asked (maps in memory, or the store's corpus_counts table, derived at import). */
  toolCommodity: { get(commodity: string): number | undefined };
  techExample: { get(exampleLowerCase: string): number | undefined };
}

/** The rarity counts of a store, read once per connection. */
export const rarity = (store: StoreCache): Rarity => store.get(readRarity);

function readRarity(store: StoreCache): Rarity {
  const db = store.db;
  return hasCorpusCounts(store)
    ? {
        occupations: (db.prepare('SELECT COUNT(*) AS n FROM occupations').get() as { n: number }).n,
        toolCommodity: countsOf(store, 'tool_commodity'),
        techExample: countsOf(store, 'tech_example'),
      }
    : buildRarity(db);
}

/**
 * One kind of the stored corpus counts, each key read once and kept (a sort asks the same key many times; at
 * most the ~13,000 keys of the table are ever kept).
 */
function countsOf(store: StoreCache, kind: string): { get(key: string): number | undefined } {
  const known = new Map<string, number | undefined>();
  return {
    get(key) {
      if (known.has(key)) return known.get(key);
      const n = corpusCount(store, kind, key);
      known.set(key, n);
      return n;
    },
  };
}

/**
 * How many occupations list each of one occupation's tool commodities and technology examples, aligned with its
 * profile's `tools` and `technology`: stored in its comparison row at import (src/compare/profiles.ts), so a
 * comparison ranks both sides' lists without a corpus-count query per name (about 220 a page before).
 */
export interface OccupationCounts {
  tools: (number | undefined)[];
  technology: (number | undefined)[];
}

/** One occupation's counts (OccupationCounts) from the counts over all occupations. */
export const occupationCounts = (p: OnetProfile, r: Rarity): OccupationCounts => ({
  tools: p.tools.map((t) => r.toolCommodity.get(t.commodityTitle)),
  technology: p.technology.map((t) => r.techExample.get(t.example.toLowerCase())),
});

/**
 * The rarity a comparison of these occupations asks for: their stored counts, and for any other name (none is
 * asked today) the store's.
 */
export function sidesRarity(r: Rarity, sides: readonly { profile: OnetProfile; counts: OccupationCounts }[]): Rarity {
  const tools = new Map<string, number | undefined>();
  const tech = new Map<string, number | undefined>();
  for (const { profile, counts } of sides) {
    for (let i = 0; i < profile.tools.length; i++) tools.set(profile.tools[i]!.commodityTitle, counts.tools[i]);
    for (let i = 0; i < profile.technology.length; i++)
      tech.set(profile.technology[i]!.example.toLowerCase(), counts.technology[i]);
  }
  return {
    occupations: r.occupations,
    toolCommodity: { get: (k) => (tools.has(k) ? tools.get(k) : r.toolCommodity.get(k)) },
    techExample: { get: (k) => (tech.has(k) ? tech.get(k) : r.techExample.get(k)) },
  };
}

/** The counts over all occupations (at import, and for stores without corpus_counts). */
export function buildRarity(db: DB): Rarity & { toolCommodity: Map<string, number>; techExample: Map<string, number> } {
  const count = (sql: string) => new Map((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  const occupations = (db.prepare('SELECT COUNT(*) AS n FROM occupations').get() as { n: number }).n;
  return {
    occupations,
    toolCommodity: count(
      'SELECT commodity_title AS k, COUNT(DISTINCT occ_code) AS n FROM tools_used GROUP BY commodity_title',
    ),
    techExample: count('SELECT lower(example) AS k, COUNT(DISTINCT occ_code) AS n FROM technology_skills GROUP BY k'),
  };
}

/**
 * Inverse document frequency, higher for what fewer occupations list; anything listed by `floor` or fewer counts
 * as equally rare, so a one-off product name does not outrank the tools of the trade.
 */
const idf = (r: Rarity, df: number | undefined, floor: number) =>
  Math.log((r.occupations + 1) / (Math.max(df ?? 0, floor) + 1));

/** Words that name no trade. */
const GENERIC = new Set(['worker', 'operator', 'tender', 'technician', 'specialist', 'assistant', 'other', 'except']);

/** Four-letter stems of the words of an occupation's titles ("welders" → "weld"), generic words left out. */
export function titleStems(titles: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles)
    for (const w of foldText(t).split(' '))
      if (w.length >= 4 && !GENERIC.has(w.replace(/s$/, ''))) out.add(w.slice(0, 4));
  return out;
}

/** Whether a tool or technology name shares a word stem with the occupation's titles ("Welding torches"). */
const namesTrade = (name: string, stems: Set<string>) =>
  foldText(name)
    .split(' ')
    .some((w) => w.length >= 4 && stems.has(w.slice(0, 4)));

/** Employers name it in this occupation's job postings (O*NET "In Demand"), or in many postings ("Hot"). */
const IN_DEMAND_BONUS = 2;
const HOT_BONUS = 1;

/** Bonus for a name that carries the trade's own word: welders' welding machines, chefs' knives. */
const TRADE_BONUS = 3;

/** One example per commodity (its first example alphabetically), most distinctive commodity first. */
function examplesByDistinctiveness(
  tools: Tool[],
  r: Rarity,
  stems: Set<string>,
  keep: (commodity: string) => boolean,
): string[] {
  const best = new Map<string, { example: string; score: number }>();
  for (const t of [...tools].sort((x, y) => compareText(x.example, y.example))) {
    if (!keep(t.commodityTitle)) continue;
    const score = idf(r, r.toolCommodity.get(t.commodityTitle), 3) + (namesTrade(t.example, stems) ? TRADE_BONUS : 0);
    const cur = best.get(t.commodityTitle);
    if (!cur || score > cur.score) best.set(t.commodityTitle, { example: t.example, score });
  }
  return [...best.values()]
    .sort((x, y) => y.score - x.score || compareText(x.example, y.example))
    .map((x) => x.example);
}

/**
 * Tools both sides list (the same example name) and each side's own (no tool of that commodity on the other side), by
 * example name, most distinctive first. `titles` are each side's occupation and reader titles.
 */
export function distinctiveTools(
  p: Pair<OnetProfile>,
  r: Rarity,
  limit: number,
  titles: Pair<string[]>,
  classes?: ReadonlyMap<string, string>,
): { shared: string[]; distinct: Pair<string[]> } {
  // A tool's kind is its UNSPSC class when known ("Desktop computers" and "Personal computers" are two commodities
  // of the class Computers), else its commodity: "only X's" needs the other side to list nothing of that kind.
  const kind = (commodity: string) => classes?.get(commodity) ?? commodity;
  const ca = new Set(p.a.tools.map((t) => kind(t.commodityTitle)));
  const cb = new Set(p.b.tools.map((t) => kind(t.commodityTitle)));
  const sa = titleStems(titles.a);
  const sb = titleStems(titles.b);
  const both = new Set([...sa, ...sb]);
  // Shared means the same example on both lists (a claim about each name); distinct means no tool of that kind.
  const eb = new Set(p.b.tools.map((t) => t.example.toLowerCase()));
  const sharedTools = p.a.tools.filter((t) => eb.has(t.example.toLowerCase()));
  return {
    shared: examplesByDistinctiveness(sharedTools, r, both, () => true).slice(0, limit),
    distinct: {
      // "Only X's" needs the other side's list: with none in the data, nothing is said to be one side's.
      a: cb.size === 0 ? [] : examplesByDistinctiveness(p.a.tools, r, sa, (c) => !cb.has(kind(c))).slice(0, limit),
      b: ca.size === 0 ? [] : examplesByDistinctiveness(p.b.tools, r, sb, (c) => !ca.has(kind(c))).slice(0, limit),
    },
  };
}

/**
 * The UNSPSC class (the commodity code's first six digits) of each tool commodity two occupations list, read from
 * Tools Used by occupation code (its primary key), so a comparison reads only its own rows.
 */
export function toolClasses(db: DB, codes: Pair<string>): Map<string, string> {
  const rows = db
    .prepare('SELECT DISTINCT commodity_title AS t, commodity_code AS c FROM tools_used WHERE occ_code IN (?, ?)')
    .all(codes.a, codes.b) as { t: string; c: number }[];
  return new Map(rows.map((x) => [x.t, String(x.c).slice(0, 6)]));
}

/**
 * One occupation's tool commodities with their UNSPSC commodity codes ([commodity title, code], the rows of
 * toolClasses' query for one code, in its order): stored in its comparison row at import (src/compare/profiles.ts),
 * so a comparison runs no query for them.
 */
export function toolCommodityCodes(db: DB, code: string): [string, number][] {
  const rows = db
    .prepare('SELECT DISTINCT commodity_title AS t, commodity_code AS c FROM tools_used WHERE occ_code = ?')
    .all(code) as { t: string; c: number }[];
  return rows.map((x) => [x.t, x.c]);
}

/**
 * toolClasses of two occupations from their stored rows (toolCommodityCodes), as the query over both codes reads
 * them: the lower code's rows first, each [title, code] once (DISTINCT), the last class of a title kept ("Freeze
 * dryers or lyophilizers" is 411047 and 231518 for one occupation). Tested equal to toolClasses on the real store.
 */
export function pairToolClasses(codes: Pair<string>, rows: Pair<[string, number][]>): Map<string, string> {
  const [first, second] = compareCodes(codes.a, codes.b) <= 0 ? [rows.a, rows.b] : [rows.b, rows.a];
  const seen = new Set<string>();
  const out = new Map<string, string>();
  for (const [t, c] of codes.a === codes.b ? first : [...first, ...second]) {
    const k = `${t}\u0000${c}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.set(t, String(c).slice(0, 6));
  }
  return out;
}

const compareCodes = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Technology order: most distinctive first (fewer occupations list it; one-offs no rarer than what 3 list),
 * with what employers ask for in this occupation (in demand), hot technologies and the trade's own word ahead.
 */
export function byDistinctiveness(
  r: Rarity,
  titles: string[] = [],
): (x: TechRef | Technology, y: TechRef | Technology) => number {
  const stems = titleStems(titles);
  const scoreOf = (t: TechRef | Technology) =>
    idf(r, r.techExample.get(t.example.toLowerCase()), 3) +
    (t.inDemand ? IN_DEMAND_BONUS : 0) +
    (t.hot ? HOT_BONUS : 0) +
    (namesTrade(t.example, stems) ? TRADE_BONUS : 0);
  // A sort asks each item's score many times: each one is worked out once (the items are not changed while sorted).
  const known = new Map<TechRef | Technology, number>();
  const score = (t: TechRef | Technology) => {
    let v = known.get(t);
    if (v === undefined) {
      v = scoreOf(t);
      known.set(t, v);
    }
    return v;
  };
  return (x, y) => score(y) - score(x) || compareText(x.example, y.example);
}
