/**
 * What O*NET lists about a reader's title, checked against every title list of every occupation (occupation
 * titles, alternate titles, short titles, Sample of Reported Titles), never only the chosen occupation's: the
 * facts behind sentences such as "O*NET lists 'Production Assistant' as a title of Production, Planning, and
 * Expediting Clerks". Two titles are the same when they read the same after case, accents, punctuation and
 * plurals are set aside ("Registered Nurses" = "registered nurse"); a parenthesised alias counts as a reading
 * of its title ("Registered Nurse (RN)" lists "RN").
 */
import { foldText, singular, titleReadings } from '../resolve/normalize.js';
import type { StoreCache } from '../store/cache.js';
import { hasTitleKeys, titleKeyEntries, titleListsOf } from '../store/derived.js';
import type { DB } from '../store/open.js';
import type { Resolution, TitleFacts, TitleList, TitleListing } from './types.js';
import { compareText } from '../text-compare.js';

/**
 * Plurals with a sense of their own: "Securities Analyst" (stocks and bonds) is not "Security Analyst", "Customs
 * Officer" not "Custom Officer". Such a word keeps its plural in a title key, so a claim that O*NET lists a title
 * never rests on the other sense.
 */
const OWN_SENSE_PLURALS: ReadonlySet<string> = new Set([
  'securities',
  'customs',
  'arms',
  'goods',
  'futures',
  'savings',
  'earnings',
  'spirits',
  'damages',
  'humanities',
]);

const keyWord = (w: string): string => (OWN_SENSE_PLURALS.has(w) ? w : singular(w));

/** The comparison key of a title: folded words, each singular (but for a plural with a sense of its own). */
/**
 * A career-stage word marks people on their way into (or out of) an occupation, or a rank within it ("apprentice
 * plumber", "student nurse", "senior accountant"): BLS and O*NET publish no figures for them apart, and an
 * occupation's texts use such words for the people it trains or serves, never for a kind of its own work.
 */
export const CAREER_STAGE =
  /\b(apprentices?|trainees?|students?|interns?|volunteers?|junior|senior|entry[- ]level|journey(?:man|men|person|persons)|novices?|beginners?|retired)\b/i;

export const titleKey = (title: string): string => foldText(title).split(' ').filter(Boolean).map(keyWord).join(' ');

interface Entry {
  code: string;
  title: string;
  list: TitleList;
}

/** Only `get` is asked of each (maps in memory, or the store's title_keys table: see storedTitleLists). */
interface TitleLists {
  /** Title key → entries with that reading. */
  byKey: { get(key: string): Entry[] | undefined };
  /** Occupation code → its O*NET title. */
  occupation: { get(code: string): string | undefined };
  /** "code\ttitle" → the lists that title is on for that occupation. */
  lists: { get(id: string): Set<TitleList> | undefined };
}

/**
 * The title lists as derived at import (src/derive, table title_keys): each question is one indexed query,
 * so no process holds every title of every occupation in memory. Undefined for a store without them.
 */
function storedTitleLists(store: StoreCache): TitleLists | undefined {
  if (!hasTitleKeys(store)) return undefined;
  return {
    byKey: {
      get: (key) => {
        const rows = titleKeyEntries(store, key) as Entry[];
        return rows.length > 0 ? rows : undefined;
      },
    },
    occupation: {
      get: (code) =>
        store.db.prepare('SELECT title FROM occupations WHERE code = ?').pluck(true).get(code) as string | undefined,
    },
    lists: {
      get: (id) => {
        const [code, t] = id.split('\t') as [string, string];
        const lists = titleListsOf(store, code, t) as TitleList[];
        return lists.length > 0 ? new Set(lists) : undefined;
      },
    },
  };
}

/** Every title of every occupation: stored at import, or read once per connection from the title tables. */
export const titleLists = (store: StoreCache): TitleLists => store.get(readTitleLists);

const readTitleLists = (store: StoreCache): TitleLists => storedTitleLists(store) ?? buildTitleLists(store.db);

/** Every title of every occupation, from the title tables (at import, and for stores without title_keys). */
export function buildTitleLists(db: DB): TitleLists & { byKey: Map<string, Entry[]> } {
  const byKey = new Map<string, Entry[]>();
  const occupation = new Map<string, string>();
  const lists = new Map<string, Set<TitleList>>();
  const add = (code: string, title: string, list: TitleList) => {
    const id = `${code}\t${title}`;
    const set = lists.get(id) ?? new Set<TitleList>();
    set.add(list);
    lists.set(id, set);
    for (const reading of new Set([title, ...titleReadings(title)])) {
      const key = titleKey(reading);
      if (!key) continue;
      const arr = byKey.get(key) ?? [];
      if (!arr.some((e) => e.code === code && e.title === title && e.list === list)) arr.push({ code, title, list });
      byKey.set(key, arr);
    }
  };
  for (const r of db.prepare('SELECT code, title FROM occupations').all() as { code: string; title: string }[]) {
    occupation.set(r.code, r.title);
    add(r.code, r.title, 'occupation');
  }
  const alts = db.prepare('SELECT occ_code AS code, title, short_title AS short FROM alt_titles').all() as {
    code: string;
    title: string;
    short: string | null;
  }[];
  for (const r of alts) {
    add(r.code, r.title, 'alternate');
    if (r.short) add(r.code, r.short, 'short');
  }
  for (const r of db.prepare('SELECT occ_code AS code, title FROM reported_titles').all() as {
    code: string;
    title: string;
  }[])
    add(r.code, r.title, 'reported');
  return { byKey, occupation, lists };
}

const ORDER: TitleList[] = ['occupation', 'alternate', 'short', 'reported'];

/** Every occupation listing a title with this reading, one entry per occupation and listed spelling. */
export function listingsOf(t: TitleLists, title: string): TitleListing[] {
  const entries = t.byKey.get(titleKey(title)) ?? [];
  const by = new Map<string, TitleListing>();
  for (const e of entries) {
    const id = `${e.code}\t${e.title}`;
    const cur = by.get(id) ?? {
      code: e.code,
      occupation: t.occupation.get(e.code) ?? e.code,
      title: e.title,
      lists: [],
    };
    if (!cur.lists.includes(e.list)) cur.lists.push(e.list);
    by.set(id, cur);
  }
  const out = [...by.values()];
  const folded = foldText(title);
  for (const l of out) {
    l.lists.sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y));
    l.exact = [l.title, ...titleReadings(l.title)].some((r) => foldText(r) === folded);
  }
  // The exact spelling first, then the occupation's own title, then by how many lists hold it, then by code.
  return out.sort(
    (x, y) =>
      Number(y.exact) - Number(x.exact) ||
      Number(y.lists.includes('occupation')) - Number(x.lists.includes('occupation')) ||
      y.lists.length - x.lists.length ||
      compareText(x.code, y.code) ||
      compareText(x.title, y.title),
  );
}

/**
 * The facts about one side's title: which occupations list it (the chosen one first), and which of the chosen
 * occupation's titles the input matched and on which lists.
 */
export function titleFacts(t: TitleLists, r: Resolution, checked: string): TitleFacts {
  const listed = listingsOf(t, checked);
  const chosen = listed.filter((l) => l.code === r.code);
  const others = listed.filter((l) => l.code !== r.code);
  let chosenMatch: TitleListing | null = null;
  if (r.matched && r.source !== 'code') {
    const lists = t.lists.get(`${r.code}\t${r.matched}`);
    if (lists)
      chosenMatch = {
        code: r.code,
        occupation: t.occupation.get(r.code) ?? r.title,
        title: r.matched,
        lists: [...lists].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y)),
      };
  }
  return {
    checked,
    listedBy: [...chosen, ...others],
    listedByChosen: chosen.length > 0,
    chosenMatch,
  };
}

/**
 * The reader's title with typos corrected (what headings show): the matched title's spelling when it has the
 * same words as the corrected input, else the input with each corrected word replaced. Unchanged without
 * corrections.
 */
export function correctedTitle(input: string, r: Pick<Resolution, 'corrected' | 'matched' | 'acronym'>): string {
  const spaced = input.trim().replace(/\s+/g, ' ');
  // An acronym read through the titles that spell it out is written as they write it ("tsa agent" → "TSA agent").
  const a = r.acronym?.acronym;
  const trimmed = a ? spaced.replace(new RegExp(`\\b${a}\\b`, 'i'), a) : spaced;
  const fixes = r.corrected ?? {};
  if (Object.keys(fixes).length === 0) return trimmed;
  const words = trimmed.split(' ');
  const replaced = words
    .map((w) => {
      const f = foldText(w);
      const fix = fixes[f];
      if (!fix) return w;
      const plural = singular(f) !== f && !fix.endsWith('s');
      return plural ? (/[^aeiou]y$/.test(fix) ? `${fix.slice(0, -1)}ies` : `${fix}s`) : fix;
    })
    .join(' ');
  const m = r.matched;
  if (m) {
    for (const reading of titleReadings(m)) {
      if (titleKey(reading) === titleKey(replaced)) return reading;
    }
  }
  return replaced;
}

/** The same words, the last one allowed to differ only by a plural ("graphic designer" = "Graphic Designers"). */
function sameAsTyped(listed: string, typed: string): boolean {
  const t = foldText(typed).split(' ').filter(Boolean);
  return [listed, ...titleReadings(listed)].some((reading) => {
    const l = foldText(reading).split(' ').filter(Boolean);
    if (l.length !== t.length || l.length === 0) return false;
    const last = l.length - 1;
    return l.slice(0, last).every((w, i) => w === t[i]) && singular(l[last]!) === singular(t[last]!);
  });
}

/**
 * Whether O*NET lists the title as typed (a plural of its last word aside) under the occupation `code`: what
 * "the official data puts this title in that occupation" means. "graphics designer" is not a title of Graphic
 * Designers, even though its words read the same once every plural is set aside.
 */
export function listedAsTyped(f: TitleFacts | null | undefined, code: string): boolean {
  return Boolean(f?.listedBy.some((l) => l.code === code && sameAsTyped(l.title, f.checked)));
}

/** Where O*NET lists the title as typed: "O*NET lists “Graphics Designer” as a title of Web and … (15-1255.00)". */
export function whereListed(f: TitleFacts): string {
  const asTyped = f.listedBy.filter((l) => sameAsTyped(l.title, f.checked));
  if (asTyped.length === 0) return `no O*NET title list has “${f.checked}” as typed`;
  const occs = [...new Map(asTyped.map((l) => [l.code, `${l.occupation} (${l.code})`])).values()];
  const names = occs.length <= 2 ? occs.join(' and ') : `${occs.slice(0, 2).join(', ')} and other occupations`;
  return `O*NET lists “${asTyped[0]!.title}” as a title of ${names}`;
}
