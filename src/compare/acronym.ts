/**
 * "<acronym> <worker word>" that no O*NET title holds ("tsa agent"): read as the one occupation whose titles spell
 * the acronym out beside it ("Transportation Security Administration (TSA) Screener"), in strictly more of its
 * titles than any other occupation's, when the acronym names a public body (its spelling ends in a word of
 * BODY_WORDS: the worker is its employee; "IT", "HR" name fields, not employers) and the second word is a general
 * word for a worker: the head of O*NET
 * titles in at least COMPARE_DEFAULTS.genericHeadGroups of the SOC major groups ("agent": 19, "officer": 20;
 * "trainer": 10, "pirate": 0). The expansion comes from the titles, never from a list of answers.
 */
import { COMPARE_DEFAULTS } from '../defaults.js';
import type { StoreCache } from '../store/cache.js';
import { titleKey } from './titles.js';
import type { AcronymTitles } from './types.js';

/** The occupation an acronym's titles point to, and how (Resolution.acronym). */
export interface AcronymReading extends AcronymTitles {
  code: string;
  soc: string;
  title: string;
}

/** Last words of a body's name: "Administration", "Service", "Agency" (a small list of English words, no answers). */
const BODY_WORDS: ReadonlySet<string> = new Set([
  'administration',
  'agency',
  'authority',
  'board',
  'bureau',
  'commission',
  'corps',
  'department',
  'service',
]);

/** The words of a title that spell `acronym` out by their initials ("Transportation Security Administration"). */
export function spelledOut(title: string, acronym: string): string | undefined {
  const words = title
    .replace(/[()]/g, ' ')
    .split(/[\s/-]+/)
    .filter(Boolean);
  for (let i = 0; i + acronym.length <= words.length; i++) {
    const run = words.slice(i, i + acronym.length);
    if (run.map((w) => w[0]!.toLowerCase()).join('') === acronym && run.every((w) => /^[A-Z][a-z]/.test(w)))
      return run.join(' ');
  }
  return undefined;
}

/** In how many SOC major groups O*NET titles end with `head` (a general word for a worker is in most). */
function headGroups(store: StoreCache, head: string): number {
  return store
    .statement("SELECT COUNT(DISTINCT substr(code, 1, 2)) FROM title_keys WHERE key = ? OR key LIKE '% ' || ?")
    .pluck(true)
    .get(head, head) as number;
}

export function acronymReading(store: StoreCache, typed: string): AcronymReading | undefined {
  const words = titleKey(typed).split(' ').filter(Boolean);
  if (words.length !== 2 || !/^[a-z]{2,5}$/.test(words[0]!)) return undefined;
  const [acronym, head] = words as [string, string];
  const rows = store
    .statement(
      `SELECT DISTINCT code, title FROM title_keys
       WHERE key = ? OR key LIKE ? || ' %' OR key LIKE '% ' || ? OR key LIKE '% ' || ? || ' %'`,
    )
    .all(acronym, acronym, acronym, acronym) as { code: string; title: string }[];
  const by = new Map<string, { titles: string[]; spelled: string }>();
  for (const r of rows) {
    if (!titleKey(r.title).split(' ').includes(acronym)) continue;
    const spelled = spelledOut(r.title, acronym);
    if (!spelled || !BODY_WORDS.has(spelled.split(' ').at(-1)!.toLowerCase())) continue;
    const x = by.get(r.code) ?? { titles: [], spelled };
    x.titles.push(r.title);
    by.set(r.code, x);
  }
  const ranked = [...by].sort((x, y) => y[1].titles.length - x[1].titles.length || x[0].localeCompare(y[0]));
  const [best, next] = ranked;
  if (!best || (next && next[1].titles.length === best[1].titles.length)) return undefined;
  const groups = headGroups(store, head);
  if (groups < COMPARE_DEFAULTS.genericHeadGroups) return undefined;
  const occ = store.statement('SELECT soc, title FROM occupations WHERE code = ?').get(best[0]) as
    | { soc: string; title: string }
    | undefined;
  if (!occ) return undefined;
  return {
    code: best[0],
    soc: occ.soc,
    title: occ.title,
    acronym: acronym.toUpperCase(),
    spelled: best[1].spelled,
    titles: best[1].titles.sort((x, y) => x.length - y.length || x.localeCompare(y)).slice(0, 3),
    head,
    groups,
  };
}
