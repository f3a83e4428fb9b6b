/**
 * Evaluation sets for title resolution, built from the O*NET titles with a seeded RNG:
 * (a) held-out — a random 15% of alternate and reported titles removed from the index, then resolved;
 * (b) perturbed — titles with a typo, a level word, another word order, an abbreviation or a plural flip.
 * The truth of a query is every occupation that has that exact title in O*NET.
 */
import { titleReadings, tokens, withoutExcept } from '../../src/resolve/normalize.js';
import type { TitleEntry } from '../../src/resolve/types.js';
import { rng } from '../../src/testkit/rng.js';

export { rng };

export interface EvalQuery {
  query: string;
  truth: string[];
  /** Perturbation applied ("held-out" for set a). */
  kind: string;
  /** The occupation of the very entry the query came from (strict truth: the title as that occupation's). */
  own?: string;
  /** Which half of the evaluation it belongs to: "fit" (calibration is fitted on it) or "report". */
  half?: 'fit' | 'report';
}

/** A stable half for a title (FNV-1a of its text): the fit half and the report half never share a title. */
export function halfOf(title: string): 'fit' | 'report' {
  let h = 0x811c9dc5;
  const t = key(title);
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619) >>> 0;
  return h % 2 === 0 ? 'fit' : 'report';
}

export function sample<T>(xs: readonly T[], n: number, rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const key = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

function truthMap(entries: readonly TitleEntry[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const e of entries) {
    const list = m.get(key(e.title)) ?? [];
    if (!list.includes(e.code)) list.push(e.code);
    m.set(key(e.title), list);
  }
  return m;
}

/** Splits the entries: the index without the held-out titles, and the held-out queries. */
export function heldOut(
  entries: readonly TitleEntry[],
  fraction: number,
  seed: number,
): { index: TitleEntry[]; queries: EvalQuery[] } {
  const rand = rng(seed);
  const truth = truthMap(entries);
  const index: TitleEntry[] = [];
  const queries: EvalQuery[] = [];
  let lastOut = false;
  for (const e of entries) {
    // A short title goes with its alternate title.
    const out: boolean = e.kind === 'short' ? lastOut : e.kind !== 'occupation' && rand() < fraction;
    if (e.kind !== 'short') lastOut = out;
    if (!out) index.push(e);
    else if (e.kind !== 'short')
      queries.push({
        query: e.title,
        truth: truth.get(key(e.title))!,
        own: e.code,
        kind: 'held-out',
        half: halfOf(e.title),
      });
  }
  return { index, queries };
}

const ABBREV: Record<string, string> = {
  manager: 'Mgr',
  assistant: 'Asst',
  senior: 'Sr',
  junior: 'Jr',
  engineer: 'Engr',
  technician: 'Tech',
  coordinator: 'Coord',
  director: 'Dir',
  representative: 'Rep',
  specialist: 'Spec',
  supervisor: 'Supv',
  administrator: 'Admin',
  administrative: 'Admin',
  accountant: 'Acct',
  registered: 'Reg',
};

const LEVELS = ['Senior', 'Junior', 'Lead', 'Principal', 'Trainee'];
const SUFFIX_LEVELS = ['II', 'III', 'I'];

function typo(title: string, rand: () => number): string | undefined {
  const words = title.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (long.length === 0) return undefined;
  const [w, i] = long[Math.floor(rand() * long.length)]!;
  const p = 1 + Math.floor(rand() * (w.length - 2));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]!;
  const op = Math.floor(rand() * 4);
  const t =
    op === 0
      ? w.slice(0, p) + w.slice(p + 1)
      : op === 1
        ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2)
        : op === 2
          ? w.slice(0, p) + letter + w.slice(p + 1)
          : w.slice(0, p) + letter + w.slice(p);
  words[i] = t;
  return words.join(' ');
}

function perturb(title: string, kind: string, rand: () => number): string | undefined {
  const words = title
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+/)
    .filter(Boolean);
  switch (kind) {
    case 'typo':
      return typo(words.join(' '), rand);
    case 'level':
      return rand() < 0.6
        ? `${LEVELS[Math.floor(rand() * LEVELS.length)]} ${words.join(' ')}`
        : `${words.join(' ')} ${SUFFIX_LEVELS[Math.floor(rand() * SUFFIX_LEVELS.length)]}`;
    case 'order': {
      const plain = words.map((w) => w.replace(/[,;]$/, ''));
      if (plain.length < 2) return undefined;
      return [...plain.slice(1), plain[0]!].join(' ');
    }
    case 'abbrev': {
      let changed = false;
      const out = words.map((w) => {
        const a = ABBREV[w.toLowerCase().replace(/s$/, '')];
        if (a === undefined) return w;
        changed = true;
        return a;
      });
      return changed ? out.join(' ') : undefined;
    }
    case 'plural': {
      const last = words[words.length - 1]!;
      if (!/^[A-Za-z]{3,}$/.test(last)) return undefined;
      words[words.length - 1] = last.endsWith('s')
        ? last.slice(0, -1)
        : last.endsWith('y')
          ? `${last.slice(0, -1)}ies`
          : `${last}s`;
      return words.join(' ');
    }
  }
  return undefined;
}

export const PERTURBATIONS = ['typo', 'level', 'order', 'abbrev', 'plural'] as const;

/** n perturbed queries per kind from random titles (titles a kind cannot change are skipped). */
export function perturbed(entries: readonly TitleEntry[], nPerKind: number, seed: number): EvalQuery[] {
  const rand = rng(seed);
  const truth = truthMap(entries);
  const pool = entries.filter((e) => e.kind !== 'short');
  const out: EvalQuery[] = [];
  for (const kind of PERTURBATIONS) {
    let made = 0;
    for (let tries = 0; made < nPerKind && tries < nPerKind * 50; tries++) {
      const e = pool[Math.floor(rand() * pool.length)]!;
      const q = perturb(e.title, kind, rand);
      if (!q || key(q) === key(e.title)) continue;
      out.push({ query: q, truth: truth.get(key(e.title))!, own: e.code, kind, half: halfOf(e.title) });
      made++;
    }
  }
  return out;
}

/** The words of every reading of a title, as the index reads it (aliases in parentheses apart, "Except …" cut). */
const readingKeys = (title: string): string[] => titleReadings(title).map((t) => tokens(withoutExcept(t)).join(' '));

/**
 * A test of unseen titles: whether a title is unseen in `entries`, none of its readings having the words of an
 * indexed reading ("Automobile Technician" is seen in "Automobile Technician (Auto Tech)").
 */
export function unseenIn(entries: readonly TitleEntry[]): (title: string) => boolean {
  const seen = new Set(entries.flatMap((e) => readingKeys(e.title)));
  return (title) => !readingKeys(title).some((k) => seen.has(k));
}
