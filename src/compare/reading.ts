/**
 * Which occupation a title several occupations share READS AS on its own, before the pair is considered: the
 * commonest of the occupations that name it. A typed title is "named" by an occupation whose own O*NET title
 * says it: the whole title, the head before a qualifier ("Cooks, Restaurant" names "cook", "Surgeons, All Other"
 * names "surgeon", "Teaching Assistants, Postsecondary" names "teaching assistant"), a part of a title joined
 * by "and" ("Veterinary Assistants and Laboratory Animal Caretakers" names "veterinary assistant"; "Maintenance
 * and Repair Workers, General" names "maintenance worker"), or a one-word job of a serial list ("Farmers,
 * Ranchers, and Other Agricultural Managers" names "rancher"). Failing
 * that, it is "listed" by occupations that carry it word for word on an O*NET title list (alternate, short or
 * reported: "Line Cook" is listed by five cook occupations). Among the occupations that name it (else list it),
 * the reading is the one employing the most people: OEWS employment of its SOC code or the smallest published
 * group, shared equally among the O*NET occupations that group covers. "line cook" → Cooks, Restaurant
 * (1,409,890) rather than Cooks, Short Order (138,650). For a title occupations list, workers are weighed
 * against O*NET's evidence that the title belongs to each occupation (COMPARE_DEFAULTS.sharedTitleEvidenceFactor): each source listing it word for
 * word, incumbents reporting it, and each typed word the occupation's own title holds ("pastry chef" → Chefs and
 * Head Cooks rather than Bakers, listed as firmly). A title only one occupation names or
 * lists, or an occupation's own title matched exactly, is left as the resolver read it.
 */
import { COMPARE_DEFAULTS } from '../defaults.js';
import { tokens } from '../resolve/normalize.js';
import { isExactOccupationTitle } from '../resolve/pair.js';
import type { Resolver } from '../resolve/resolver.js';
import type { Candidate, Resolution } from '../resolve/types.js';
import type { StoreCache } from '../store/cache.js';
import { DERIVED, readDerived } from '../store/derived.js';
import type { DB } from '../store/open.js';
import { titleKey, titleLists } from './titles.js';
import type { SharedTitleFacts } from './types.js';

/** Ends like a plural job noun ("Cooks", "Assistants"): a title part that names people, not a field ("Drywall"). */
const plural = (phrase: string): boolean => /[a-z]s$/i.test(phrase.trim());

/**
 * The title keys an occupation's own title names: the title, its head before a qualifier, and the parts of a head
 * "A and B" that stand alone (each a plural noun phrase, the second not shorter than the first, as in "Accountants
 * and Auditors"; not "Food Scientists and Technologists", whose "Technologists" borrows "Food"). A residual "X,
 * All Other" names its head X only when X is one phrase ("Surgeons"), not a pair ("Teachers and Instructors").
 */
export function namedBy(title: string): string[] {
  const out = new Set<string>([titleKey(title)]);
  const comma = title.indexOf(', ');
  const head = comma > 0 ? title.slice(0, comma) : title;
  const residual = /,\s*all other$/i.test(title);
  const parts = head.split(/\s+and\s+/i);
  if (comma > 0 && plural(head) && !(residual && parts.length > 1)) out.add(titleKey(head));
  if (parts.length === 2 && !/\bof\b|,/i.test(head)) {
    const [x, y] = parts as [string, string];
    const wx = x.trim().split(/\s+/).length;
    const wy = y.trim().split(/\s+/).length;
    if (plural(x) && plural(y) && !residual && (wx === 1 || wy > wx)) {
      out.add(titleKey(x));
      out.add(titleKey(y));
    } else if (!plural(x) && plural(y) && wx === 1 && !residual) {
      // "Maintenance and Repair Workers": the shared head makes "Maintenance Workers" and "Repair Workers".
      out.add(titleKey(`${x} ${y.trim().split(/\s+/).at(-1)}`));
      out.add(titleKey(y));
    }
  }
  // A serial list of one-word jobs, "A, B, and C" ("Farmers, Ranchers, and Other Agricultural Managers";
  // "Plumbers, Pipefitters, and Steamfitters"): each one-word plural item after the first stands alone too. Not
  // when a modifier or qualifier may be shared ("Claims Adjusters, Examiners, and Investigators", "… of Water
  // Vessels", "…, Recordkeeping"), nor helpers of the jobs listed, nor a list of fields ("Securities, Commodities").
  const items = title.replace(/,\s*except\b.*$/i, '').split(/,\s*(?:and\s+)?|\s+and\s+/i);
  if (
    items.length >= 3 &&
    /,\s*and\s/i.test(title) &&
    !/\bof\b|--/i.test(title) &&
    items.every((x) => plural(x)) &&
    items[0]!.trim().split(/\s+/).length === 1 &&
    !/\b(securities|commodities|services)\b/i.test(title)
  )
    for (const x of items.slice(1)) if (x.trim().split(/\s+/).length === 1) out.add(titleKey(x));
  out.delete('');
  return [...out];
}

/**
 * The head nouns of an occupation's own title: the last word of each plural part of its list of jobs, the
 * exclusion and catch-all left out ("Automotive Service Technicians and Mechanics" → technician, mechanic;
 * "Heating, Air Conditioning, and Refrigeration Mechanics and Installers" → mechanic, installer).
 */
export function headNouns(title: string): string[] {
  // "Supervisors of Mechanics, Installers, …": the jobs after "of" are whom they supervise.
  const jobs = title
    .replace(/,?\s+(except|including)\b.*$/i, '')
    .replace(/,\s*all other$/i, '')
    .replace(/\s+of\s.*$/i, '');
  const parts = jobs.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i);
  return [
    ...new Set(
      parts
        .filter((p) => plural(p))
        .map((p) => titleKey(p.trim().split(/\s+/).at(-1)!))
        .filter(Boolean),
    ),
  ];
}

/** Two words are one word in two forms: the same key, or one a form of the other ("manager", "management"). */
export function sameWord(x: string, y: string): boolean {
  if (x === y) return true;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  return p >= 5 && p >= Math.min(x.length, y.length) - 2;
}

/**
 * How many of the typed title's words an occupation's own O*NET title holds, in any form, the jobs after
 * ", Except" left out: "project manager" → 2 in Project Management Specialists, 1 in Architectural and Engineering
 * Managers; "pastry chef" → 1 in Chefs and Head Cooks, 0 in Bakers.
 */
export function wordsHeld(typed: string, title: string): number {
  const have = titleKey(title.replace(/,?\s+except\b.*$/i, '')).split(' ');
  const want = new Set(
    titleKey(typed.replace(/\([^)]*\)/g, ' '))
      .split(' ')
      .filter(Boolean),
  );
  return [...want].filter((w) => have.some((h) => sameWord(w, h))).length;
}

export interface Named {
  /** Title key → codes of the occupations whose own title names it. */
  byKey: Map<string, string[]>;
  /** One word → codes whose own title has it as a head noun ("Automotive Service Technicians and Mechanics"). */
  byHead: Map<string, string[]>;
  /** Code → its O*NET title. */
  title: Map<string, string>;
  soc: Map<string, string>;
}

/** Derived at import (src/derive, named DERIVED.namedTitles); built from the occupations table for an older store. */
function buildNamed(store: StoreCache): Named {
  return readDerived<Named>(store, DERIVED.namedTitles) ?? namedFromTables(store.db);
}

/** Which occupations' own titles name each title key and head noun, from the occupations table. */
export function namedFromTables(db: DB): Named {
  const n: Named = { byKey: new Map(), byHead: new Map(), title: new Map(), soc: new Map() };
  const rows = db.prepare('SELECT code, soc, title FROM occupations').all() as {
    code: string;
    soc: string;
    title: string;
  }[];
  const add = (k: string, code: string) => {
    const have = n.byKey.get(k) ?? [];
    if (!have.includes(code)) n.byKey.set(k, [...have, code]);
  };
  for (const r of rows) {
    n.title.set(r.code, r.title);
    n.soc.set(r.code, r.soc);
    for (const k of namedBy(r.title)) add(k, r.code);
    for (const h of headNouns(r.title)) {
      const have = n.byHead.get(h) ?? [];
      if (!have.includes(r.code)) n.byHead.set(h, [...have, r.code]);
    }
  }
  // A residual "X, All Other" stands for the kind X, so every kind of X its title names is a reading too
  // ("Surgeons, All Other" beside "Orthopedic Surgeons, Except Pediatric" and "Pediatric Surgeons").
  // Each occupation's keys are made once here, not once per residual (that was ~80,000 title keys per process).
  let keysOf: { code: string; keys: string[] }[] | undefined;
  for (const r of rows) {
    const m = /^([^,]+), all other$/i.exec(r.title);
    if (!m || /\band\b/i.test(m[1]!)) continue;
    const kind = titleKey(m[1]!);
    keysOf ??= rows.map((o) => ({
      code: o.code,
      keys: [
        titleKey(o.title.replace(/, except .*$/i, '')),
        ...o.title
          .split(', ')[0]!
          .split(/\s+and\s+/i)
          .map(titleKey),
      ].map((h) => ` ${h}`),
    }));
    for (const o of keysOf) if (o.keys.some((h) => h.endsWith(` ${kind}`))) add(kind, o.code);
  }
  return n;
}

/** Whether some occupation's own O*NET title names the typed title (namedBy): "plumber", not "management". */
export function namedByAnOccupation(store: StoreCache, typed: string): boolean {
  return store.get(buildNamed).byKey.has(titleKey(typed));
}

/** Per SOC code or group of the current OEWS release: how many O*NET occupations its figure is published for. */
function buildSocShares(store: StoreCache): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of store.db
    .prepare(
      `SELECT soc, COUNT(*) AS n FROM soc_links WHERE dataset = 'oews'
         AND period = (SELECT period FROM oews_releases WHERE is_current = 1) GROUP BY soc`,
    )
    .all() as { soc: string; n: number }[])
    out.set(r.soc, r.n);
  return out;
}

/**
 * OEWS employment per occupation: the current figure of its SOC code or smallest published group, with the number
 * of O*NET occupations that figure is published for (the eight 29-1229 physician occupations share one). The
 * order uses the figure divided by that number.
 */
function employmentOf(store: StoreCache, codes: readonly string[]): Map<string, OewsFigure> {
  const out = new Map<string, OewsFigure>();
  if (codes.length === 0) return out;
  const shares = store.get(buildSocShares);
  const rows = store
    .statement(
      `SELECT l.occ_code AS code, l.soc AS soc, l.period AS period, o.tot_emp AS employment
       FROM soc_links l JOIN oews o ON o.soc = l.soc AND o.period = l.period
       WHERE l.dataset = 'oews' AND l.period = (SELECT period FROM oews_releases WHERE is_current = 1)
         AND o.tot_emp IS NOT NULL AND l.occ_code IN (${codes.map(() => '?').join(',')})`,
    )
    .all(...codes) as { code: string; soc: string; period: string; employment: number }[];
  for (const { code, ...f } of rows) out.set(code, { ...f, occupations: shares.get(f.soc) ?? 1 });
  return out;
}

interface OewsFigure {
  soc: string;
  employment: number;
  period: string;
  occupations: number;
}

/** The candidate's matched title, as typed: one of its readings has the query's words (plurals aside). */
function listsExactly(c: Candidate, key: string): boolean {
  if (c.source === 'partial' || c.source === 'fuzzy' || c.source === 'code' || c.levelWords || c.corrected)
    return false;
  const m = c.matched ?? '';
  const readings = [m, ...m.split(/[()]/).map((x) => x.trim())].filter(Boolean);
  return readings.some((x) => titleKey(x) === key);
}

/**
 * How firmly O*NET lists the title word for word under each occupation: the distinct O*NET sources of its alternate
 * titles with that reading (Alternate Titles "Source(s)") and whether incumbents reported it (Sample of Reported
 * Titles), counting the same title spelled as an open or closed compound ("Cyber Security Analyst" for
 * "cybersecurity analyst", named in `spellings`). Read through the title lists derived at import
 * (src/compare/titles.ts), one indexed lookup per alternate title and per spelling some list has.
 */
function listingStrength(
  store: StoreCache,
  codes: readonly string[],
  key: string,
): Map<string, { sources: number; reported: boolean; spellings?: string[] }> {
  const out = new Map(
    codes.map((c) => [
      c,
      { sources: 0, reported: false } as { sources: number; reported: boolean; spellings?: string[] },
    ]),
  );
  const seen = new Map(codes.map((c) => [c, new Set<string>()]));
  const lists = titleLists(store);
  for (const k of [key, ...spellingsOf(key, (v) => lists.byKey.get(v) !== undefined)])
    for (const e of lists.byKey.get(k) ?? []) {
      const x = out.get(e.code);
      // Another spelling counts where O*NET's whole title is spelled so, not through an alias.
      if (!x || (k !== key && titleKey(e.title) !== k)) continue;
      if (k !== key && !x.spellings?.includes(e.title)) x.spellings = [...(x.spellings ?? []), e.title];
      if (e.list === 'reported') x.reported = true;
      else if (e.list === 'alternate') {
        const src = store
          .statement('SELECT sources FROM alt_titles WHERE occ_code = ? AND title = ?')
          .pluck(true)
          .get(e.code, e.title) as string | undefined;
        for (const c of (src ?? '').split(',').filter(Boolean)) seen.get(e.code)!.add(c);
        x.sources = seen.get(e.code)!.size;
      }
    }
  return out;
}

/**
 * The typed field words (every word but the last, the kind of worker) that an occupation's own title holds and its
 * specialty's title lacks, when the specialty's title holds none the occupation's lacks; else none. "network
 * engineer": ["network"] for Computer Network Architects over Telecommunications Engineering Specialists; "border
 * patrol agent": none (Customs and Border Protection Officers hold "border", Police and Sheriff's Patrol Officers
 * "patrol"); "telecommunications engineer": none.
 */
export function fieldWordsGained(typed: string, specialty: string, occupation: string): string[] {
  const words = titleKey(typed.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter(Boolean)
    .slice(0, -1);
  const holds = (title: string) => {
    const have = titleKey(title.replace(/,?\s+except\b.*$/i, '')).split(' ');
    return new Set(words.filter((w) => have.some((h) => sameWord(w, h))));
  };
  const s = holds(specialty);
  const o = holds(occupation);
  if ([...s].some((w) => !o.has(w))) return [];
  return [...o].filter((w) => !s.has(w));
}

/** Other spellings of a title key that some title list has: a closed compound open ("cyber security") or the reverse. */
export function spellingsOf(key: string, listed: (k: string) => boolean): string[] {
  const w = key.split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add([...w.slice(0, i), `${w[i]}${w[i + 1]}`, ...w.slice(i + 2)].join(' '));
  for (let i = 0; i < w.length; i++)
    for (let p = 3; p <= w[i]!.length - 3; p++)
      out.add([...w.slice(0, i), w[i]!.slice(0, p), w[i]!.slice(p), ...w.slice(i + 1)].join(' '));
  out.delete(key);
  return [...out].filter(listed);
}

/** How a side's reading was settled among occupations sharing the title. */
interface SharedTitle {
  /** The evidence weighed; none when one occupation names the title and the resolver read it so anyway. */
  facts?: SharedTitleFacts;
  /**
   * The readings the pair's context may still choose between (src/resolve/pair.ts): every occupation naming the
   * title, or those listing it as firmly as the chosen one. O*NET's own evidence is never overridden by context.
   */
  ties: string[];
}

export type Weighed = SharedTitleFacts['among'][number] & { share: number; strength: number; weight: number };

/**
 * The order the occupations sharing a title are read in (in place). Named: every one's own title says it, so the
 * commonest job, then the firmest listing. Listed: workers weighed against O*NET's evidence (weightOf); `order` is
 * the resolver's rank, the last tie-break.
 */
export function orderShared(by: SharedTitleFacts['by'], among: Weighed[], order: (code: string) => number): Weighed[] {
  return among.sort((x, y) =>
    by === 'named'
      ? y.share - x.share || y.strength - x.strength || order(x.code) - order(y.code)
      : y.weight - x.weight || y.strength - x.strength || y.share - x.share || order(x.code) - order(y.code),
  );
}

/** What decided, as far as the published figures say so (see SharedTitleFacts.decidedBy). */
export function decided(by: SharedTitleFacts['by'], among: Weighed[]): SharedTitleFacts['decidedBy'] {
  const [first, ...rest] = among;
  if (!first) return 'none';
  if (rest.length === 0) return by === 'named' ? 'only' : 'none';
  const ownLargest = (pool: Weighed[]) =>
    first.oews !== null &&
    first.oews.occupations === 1 &&
    pool.every((x) => x.oews === null || x.oews.employment < first.oews!.employment);
  // Named: the commonest job is read (orderShared), whatever the listings say.
  if (by === 'named') return ownLargest(rest) ? 'employment' : 'none';
  if (rest.every((x) => x.strength < first.strength)) return 'listing';
  // Read against a firmer listing: only its workers can have decided.
  if (rest.some((x) => x.strength > first.strength)) return ownLargest(rest) ? 'workers' : 'none';
  const peers = rest.filter((x) => x.strength === first.strength);
  if (peers.every((x) => (x.titleWords ?? 0) < (first.titleWords ?? 0))) return 'words';
  return ownLargest(peers) ? 'employment' : 'none';
}

const tiesOf = (among: Weighed[], by: SharedTitleFacts['by']): string[] =>
  by === 'named'
    ? among.map((x) => x.code)
    : among
        .filter((x) => x.strength === among[0]!.strength && x.titleWords === among[0]!.titleWords)
        .map((x) => x.code);

/**
 * Workers against evidence, for a title occupations list (not name): log(OEWS employment share) + log(evidence
 * factor) × (sources listing the title word for word + incumbents' reports + typed words its own title holds).
 */
export function weightOf(share: number, evidence: number): number {
  return Math.log(Math.max(1, share)) + Math.log(COMPARE_DEFAULTS.sharedTitleEvidenceFactor) * evidence;
}

/**
 * The stand-alone resolution with the commonest occupation naming (else listing) the typed title first, and the
 * facts behind that order; unchanged (and no facts) when one occupation or none names or lists it, or the best
 * reading is an occupation's own title matched exactly. Ordered by workers weighed against O*NET's evidence
 * (weightOf): "Maintenance Worker" is listed by janitors (one source) and by general maintenance and repair workers
 * (two sources and incumbents' reports).
 */
export function preferCommonest(
  store: StoreCache,
  resolver: Resolver,
  r: Resolution,
): { resolution: Resolution; shared?: SharedTitle } {
  const top = r.candidates[0];
  if (!top || top.source === 'code' || isExactOccupationTitle(top, resolver.opts)) return { resolution: r };
  const key = titleKey(r.query);
  if (!key || tokens(r.query).length === 0) return { resolution: r };
  const n = store.get(buildNamed);
  const listed = r.candidates.filter((c) => listsExactly(c, key)).map((c) => c.code);
  // A one-word title that no occupation's own title is, listed by several whose own titles have it as a head noun
  // ("Mechanic": Automotive Service Technicians and Mechanics, Industrial Machinery Mechanics, …): those name it.
  const heads = key.includes(' ') ? [] : listed.filter((c) => n.byHead.get(key)?.includes(c));
  const byName = n.byKey.get(key) ?? (heads.length > 1 ? heads : []);
  const by: SharedTitleFacts['by'] = byName.length > 0 ? 'named' : 'listed';
  const pool = byName.length > 0 ? byName : listed;
  if (pool.length === 0 || (pool.length === 1 && by === 'listed')) return { resolution: r };
  // One occupation names it and it is the reading already ("chef"): nothing to weigh, and no context may move it.
  if (pool.length === 1 && pool[0] === top.code) {
    // The title as typed is named by its O*NET title ("kindergarten teacher" → "Kindergarten Teachers, Except
    // Special Education"): an exact reading, whatever the resolver's partial match scored.
    const exact =
      top.source === 'partial' ? { ...top, matched: n.title.get(top.code)!, source: 'occupation' as const } : top;
    return { resolution: { ...r, candidates: [exact, ...r.candidates.slice(1)] }, shared: { ties: [top.code] } };
  }
  const emp = employmentOf(store, pool);
  const strength = listingStrength(store, pool, key);
  const order = (code: string) => {
    const i = r.candidates.findIndex((c) => c.code === code);
    return i < 0 ? 1e9 : i;
  };
  const among: Weighed[] = pool.map((code) => {
    const e = emp.get(code);
    const l = strength.get(code) ?? { sources: 0, reported: false };
    const share = e ? e.employment / Math.max(1, e.occupations) : 0;
    const firm = l.sources + (l.reported ? 1 : 0);
    const held = wordsHeld(r.query, n.title.get(code)!);
    return {
      code,
      title: n.title.get(code)!,
      ...l,
      ...(by === 'listed' ? { titleWords: held } : {}),
      oews: e ?? null,
      share,
      strength: firm,
      weight: weightOf(share, firm + held),
    };
  });
  orderShared(by, among, order);
  // One occupation naming it says something only when it moved the reading ("veterinary assistant"), not when the
  // resolver had read it so anyway ("chef" → Chefs and Head Cooks).
  const why = decided(by, among);
  const shared: SharedTitle = {
    facts: {
      by,
      decidedBy: why === 'only' && among[0]!.code === top.code ? 'none' : why,
      among: among.map(({ share: _s, strength: _t, weight: _w, ...x }) => x),
    },
    ties: tiesOf(among, by),
  };
  let pick = among[0]!.code;
  // A specialty listing the title reads as the occupation it belongs to when that one's own title holds more of the
  // title's field words.
  const parent = `${pick.slice(0, 7)}.00`;
  const gained =
    by === 'listed' && pick !== parent && n.title.has(parent) && !/, all other$/i.test(n.title.get(parent)!)
      ? fieldWordsGained(r.query, n.title.get(pick)!, n.title.get(parent)!)
      : [];
  if (gained.length > 0) {
    shared.facts!.readAs = { code: parent, title: n.title.get(parent)!, words: gained };
    shared.ties = shared.ties.map((c) => (c === pick ? parent : c));
    pick = parent;
  }
  if (pick === top.code && by === 'listed') return { resolution: r, shared };
  const have = r.candidates.find((c) => c.code === pick);
  const chosen: Candidate = have
    ? by === 'named' && !listsExactly(have, key)
      ? { ...have, matched: n.title.get(pick)!, source: 'occupation', score: Math.max(have.score, top.score) }
      : have
    : {
        code: pick,
        soc: n.soc.get(pick)!,
        title: n.title.get(pick)!,
        score: top.score,
        matched: n.title.get(pick)!,
        source: 'occupation',
      };
  const candidates = [chosen, ...r.candidates.filter((c) => c.code !== pick)];
  return { resolution: { ...r, candidates }, shared };
}
