/**
 * Employer-style rewrites of held-out O*NET titles (titles removed from the index), the kinds of form that
 * fail in issue 13: comma-inverted ("Cook, Chief"), two titles of one occupation joined by a slash, grade
 * and level words ("… II", "Lead …", "… in Charge"), trailing requisition codes, form qualifiers ("- Part
 * Time", "less than master's degree"), two typos in one title, and all capitals with an abbreviation.
 * Each query gets one rewrite; the truth is the held-out title's. Word lists here are deliberately not the
 * resolver's own lists.
 */
import type { TitleEntry } from '../../src/resolve/types.js';
import { type EvalQuery, sample } from './resolve-sets.js';

const REWRITES = ['inverted', 'slash', 'grade', 'code', 'qualifier', 'typos', 'caps'] as const;

const pick = <T>(xs: readonly T[], rand: () => number): T => xs[Math.floor(rand() * xs.length)]!;

function typoWord(w: string, rand: () => number): string {
  const p = 1 + Math.floor(rand() * (w.length - 2));
  const op = Math.floor(rand() * 3);
  if (op === 0) return w.slice(0, p) + w.slice(p + 1);
  if (op === 1) return w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  return w.slice(0, p) + 'aeiou'[Math.floor(rand() * 5)] + w.slice(p + 1);
}

const GRADES = ['I', 'II', 'III', 'Level 2', 'Grade 3', '(Entry Level)'];
const LEADS = ['Lead', 'Senior', 'Head'];
const CODES = ['- 10432', '(REQ-2231)', '#4471', '- FT', '(0923-B)', '- Job 55'];
const QUALIFIERS = [
  '- Part Time',
  '(Night Shift)',
  ', less than master’s degree',
  '- Remote',
  '- Temporary',
  '(Bilingual)',
  ', except supervisors',
];
const ABBREV: Record<string, string> = {
  manager: 'MGR',
  assistant: 'ASST',
  technician: 'TECH',
  supervisor: 'SUPV',
  specialist: 'SPEC',
  operator: 'OPR',
  department: 'DEPT',
  maintenance: 'MAINT',
  representative: 'REP',
  coordinator: 'COORD',
};

function rewrite(title: string, kind: (typeof REWRITES)[number], rand: () => number, sibling?: string) {
  const words = title
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  switch (kind) {
    case 'inverted': {
      if (words.length < 2 || title.includes(',')) return undefined;
      return `${words.slice(1).join(' ')}, ${words[0]}`;
    }
    case 'slash':
      return sibling ? `${words.join(' ')}/${sibling}` : undefined;
    case 'grade': {
      const r = rand();
      if (r < 0.5) return `${words.join(' ')} ${pick(GRADES, rand)}`;
      if (r < 0.8) return `${pick(LEADS, rand)} ${words.join(' ')}`;
      return `${words.join(' ')} in Charge`;
    }
    case 'code':
      return `${words.join(' ')} ${pick(CODES, rand)}`;
    case 'qualifier':
      return `${words.join(' ')}${pick(QUALIFIERS, rand).replace(/^(?=[^,])/, ' ')}`;
    case 'typos': {
      const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
      if (long.length < 2) return undefined;
      const [a, b] = sample(long, 2, rand);
      words[a![1]] = typoWord(a![0], rand);
      words[b![1]] = typoWord(b![0], rand);
      return words.join(' ');
    }
    case 'caps': {
      let changed = false;
      const out = words.map((w) => {
        const a = ABBREV[w.toLowerCase().replace(/s$/, '')];
        if (a === undefined) return w.toUpperCase();
        changed = true;
        return a;
      });
      return changed ? out.join(' ') : undefined;
    }
  }
}

/** Up to n employer-style rewrites of held-out queries; `index` gives a sibling title for slash lists. */
export function employerStyle(
  held: readonly EvalQuery[],
  index: readonly TitleEntry[],
  n: number,
  rand: () => number,
): EvalQuery[] {
  const byCode = new Map<string, string[]>();
  for (const e of index)
    if (e.kind !== 'short' && e.title.length < 40) {
      const list = byCode.get(e.code) ?? [];
      list.push(e.title);
      byCode.set(e.code, list);
    }
  const out: EvalQuery[] = [];
  for (const q of sample(held, held.length, rand)) {
    if (out.length >= n) break;
    const kind = REWRITES[out.length % REWRITES.length]!;
    const siblings = byCode.get(q.truth[0]!) ?? [];
    const sibling = siblings.length > 0 ? pick(siblings, rand) : undefined;
    const text = rewrite(q.query, kind, rand, sibling);
    if (text && text !== q.query) out.push({ ...q, query: text, kind });
  }
  return out;
}
