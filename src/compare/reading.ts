/**
 * Which occupation a title several occupations share READS AS on its own, before the pair is considered: the
 * commonest of the occupations that name it. A typed title is "named" by an occupation whose own O*NET title
 * says it: the whole title, the head before a qualifier ("Cooks, Restaurant" names "cook", "Surgeons, All Other"
 * names "surgeon", "Teaching Assistants, Postsecondary" names "teaching assistant"), or a part of a title joined
 * by "and" ("Veterinary Assistants and Laboratory Animal Caretakers" names "veterinary assistant"; "Maintenance
 * and Repair Workers, General" names "maintenance worker"). Failing
 * that, it is "listed" by occupations that carry it word for word on an O*NET title list (alternate, short or
 * reported: "Line Cook" is listed by five cook occupations). Among the occupations that name it (else list it),
 * the reading is the one employing the most people: OEWS employment of its SOC code or the smallest published
 * group, shared equally among the O*NET occupations that group covers. "line cook" → Cooks, Restaurant
 * (1,409,890) rather than Cooks, Short Order (138,650). A title only one occupation names or lists, or an
 * occupation's own title matched exactly, is left as the resolver read it.
 */
import { tokens } from '../resolve/normalize.js';
import { isExactOccupationTitle } from '../resolve/pair.js';
import type { Resolver } from '../resolve/resolver.js';
import type { Candidate, Resolution } from '../resolve/types.js';
import type { StoreCache } from '../store/cache.js';
import { titleKey } from './titles.js';

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
  out.delete('');
  return [...out];
}

interface Named {
  /** Title key → codes of the occupations whose own title names it. */
  byKey: Map<string, string[]>;
  /** Code → its O*NET title. */
  title: Map<string, string>;
  soc: Map<string, string>;
}

/** Built once per store (its cache). */
function buildNamed(store: StoreCache): Named {
  const n: Named = { byKey: new Map(), title: new Map(), soc: new Map() };
  const rows = store.db.prepare('SELECT code, soc, title FROM occupations').all() as {
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
  }
  // A residual "X, All Other" stands for the kind X, so every kind of X its title names is a reading too
  // ("Surgeons, All Other" beside "Orthopedic Surgeons, Except Pediatric" and "Pediatric Surgeons").
  for (const r of rows) {
    const m = /^([^,]+), all other$/i.exec(r.title);
    if (!m || /\band\b/i.test(m[1]!)) continue;
    const kind = titleKey(m[1]!);
    for (const o of rows) {
      const heads = o.title.split(', ')[0]!.split(/\s+and\s+/i);
      const whole = titleKey(o.title.replace(/, except .*$/i, ''));
      if ([whole, ...heads.map(titleKey)].some((h) => ` ${h}`.endsWith(` ${kind}`))) add(kind, o.code);
    }
  }
  return n;
}

/**
 * Employment per occupation: the current OEWS figure of its SOC code or smallest published group, divided by the
 * number of O*NET occupations that figure is published for (the eight 29-1229 physician occupations share one).
 * Occupations without a figure get 0.
 */
export function employmentOf(store: StoreCache, codes: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (codes.length === 0) return out;
  const rows = store
    .statement(
      `WITH cur AS (SELECT period FROM oews_releases WHERE is_current = 1)
       SELECT l.occ_code AS code, o.tot_emp AS emp,
         (SELECT COUNT(*) FROM soc_links s WHERE s.dataset = 'oews' AND s.period = l.period AND s.soc = l.soc) AS n
       FROM soc_links l JOIN oews o ON o.soc = l.soc AND o.period = l.period
       WHERE l.dataset = 'oews' AND l.period = (SELECT period FROM cur) AND o.tot_emp IS NOT NULL
         AND l.occ_code IN (${codes.map(() => '?').join(',')})`,
    )
    .all(...codes) as { code: string; emp: number; n: number }[];
  for (const r of rows) out.set(r.code, r.emp / Math.max(1, r.n));
  return out;
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
 * How firmly O*NET lists the title word for word under each occupation: one per O*NET source of the alternate
 * title (Alternate Titles "Source(s)"), one more when incumbents reported it (Sample of Reported Titles).
 */
export function listingStrength(store: StoreCache, codes: readonly string[], key: string): Map<string, number> {
  const out = new Map<string, number>(codes.map((c) => [c, 0]));
  if (codes.length === 0) return out;
  const marks = codes.map(() => '?').join(',');
  const same = (t: string) => [t, ...t.split(/[()]/)].some((x) => x.trim() !== '' && titleKey(x) === key);
  for (const r of store
    .statement(`SELECT occ_code AS code, title, sources FROM alt_titles WHERE occ_code IN (${marks})`)
    .all(...codes) as { code: string; title: string; sources: string | null }[])
    if (same(r.title)) out.set(r.code, Math.max(out.get(r.code)!, (r.sources ?? '').split(',').filter(Boolean).length));
  for (const r of store
    .statement(`SELECT occ_code AS code, title FROM reported_titles WHERE occ_code IN (${marks})`)
    .all(...codes) as { code: string; title: string }[])
    if (same(r.title)) out.set(r.code, out.get(r.code)! + 1);
  return out;
}

/** How a side's reading was settled among occupations sharing the title (recorded on the Comparison). */
export interface SharedTitle {
  /** 'named': occupations whose own title names it; 'listed': occupations that list it word for word. */
  by: 'named' | 'listed';
  /** The occupations that do, in the order chosen: employment share (0 when unpublished), listing strength. */
  among: { code: string; employment: number; strength: number }[];
  /**
   * The readings the pair's context may still choose between (src/resolve/pair.ts): every occupation naming the
   * title, or those listing it as firmly as the chosen one. O*NET's own evidence is never overridden by context.
   */
  ties: string[];
}

const tiesOf = (among: SharedTitle['among'], by: SharedTitle['by']): string[] =>
  by === 'named' ? among.map((x) => x.code) : among.filter((x) => x.strength === among[0]!.strength).map((x) => x.code);

/**
 * The stand-alone resolution with the commonest occupation naming (else listing) the typed title first, and the
 * facts behind that order; unchanged (and no facts) when one occupation or none names or lists it, or the best
 * reading is an occupation's own title matched exactly. Named: by employment, then listing strength. Listed: by
 * listing strength (O*NET's own evidence), then employment: "Maintenance Worker" is listed by janitors (one
 * source) and by general maintenance and repair workers (two sources and incumbents' reports).
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
  const byName = n.byKey.get(key) ?? [];
  const listed = r.candidates.filter((c) => listsExactly(c, key)).map((c) => c.code);
  const by: SharedTitle['by'] = byName.length > 0 ? 'named' : 'listed';
  const pool = byName.length > 0 ? byName : listed;
  if (pool.length === 0 || (pool.length === 1 && by === 'listed')) return { resolution: r };
  const emp = employmentOf(store, pool);
  const strength = listingStrength(store, pool, key);
  const order = (code: string) => {
    const i = r.candidates.findIndex((c) => c.code === code);
    return i < 0 ? 1e9 : i;
  };
  const among = pool.map((code) => ({
    code,
    employment: Math.round(emp.get(code) ?? 0),
    strength: strength.get(code) ?? 0,
  }));
  among.sort((x, y) =>
    by === 'named'
      ? y.employment - x.employment || y.strength - x.strength || order(x.code) - order(y.code)
      : y.strength - x.strength || y.employment - x.employment || order(x.code) - order(y.code),
  );
  const pick = among[0]!.code;
  if (pick === top.code && by === 'listed') return { resolution: r, shared: { by, among, ties: tiesOf(among, by) } };
  const have = r.candidates.find((c) => c.code === pick);
  const chosen: Candidate = have
    ? by === 'named'
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
  return { resolution: { ...r, candidates }, shared: { by, among, ties: tiesOf(among, by) } };
}
