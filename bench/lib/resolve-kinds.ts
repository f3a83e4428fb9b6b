/**
 * The kinds of title issue 13 lists as failing, written by rule from titles still in the index (so a miss is
 * the form's fault, not an unseen word's): head word first with a comma ("Chief Cook" → "Cook, Chief") or
 * without ("Transportation Supervisor" → "Supervisor Transportation"), "Sales <product>" for a salesperson of
 * that product, two titles of one occupation joined by "/" or "or", grade and level words ("… II", "Lead …",
 * "… in Charge") on any title and on helpers' and assistants' titles (occupations of their own), two typos,
 * form noise (codes, markers, degree qualifiers) and an industry named beside the job. Plus two sets for the
 * confidence mainly: one-word titles (the head word of a random title, whose truth is that title's occupation,
 * so no answer is right more often than its share) and gibberish (nothing is right).
 * Word lists are written here, apart from the resolver's own lists.
 */
import type { TitleEntry } from '../../src/resolve/types.js';
import { type EvalQuery, halfOf, sample } from './resolve-sets.js';

const KINDS = [
  'comma-inverted',
  'head-first',
  'sales-product',
  'alternatives',
  'grade',
  'helper-assistant',
  'typos-2',
  'form-noise',
  'industry',
] as const;

const pick = <T>(xs: readonly T[], rand: () => number): T => xs[Math.floor(rand() * xs.length)]!;

const GRADE_AFTER = [' I', ' II', ' III', ' IV', ' 2', ' - Level II', ' Grade 4'];
const GRADE_BEFORE = ['Lead ', 'Senior ', 'Sr. ', 'Jr. ', 'Principal '];
const NOISE = [
  ' 41-2031',
  ' *',
  ' (2)',
  ' #118',
  ', less than master’s degree',
  ', bachelor’s degree',
  ' - Req 7731',
  ' [FT]',
  ' (PRN)',
  ' - 2nd shift',
];
const INDUSTRIES = [
  ' - Hospital',
  ' (Manufacturing)',
  ', Retail Trade',
  ' - Construction',
  ', Wholesale',
  ' (Bakery)',
  ' - Hotel',
  ', Public Administration',
  ' (Trucking)',
  ' - Restaurant',
];
const SALESPERSON = /^(.+?) (Salesperson|Sales Representative|Sales Rep|Sales Agent|Salesman|Saleswoman)$/i;

function typoWord(w: string, rand: () => number): string {
  const p = 1 + Math.floor(rand() * (w.length - 2));
  const op = Math.floor(rand() * 3);
  if (op === 0) return w.slice(0, p) + w.slice(p + 1);
  if (op === 1) return w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  return w.slice(0, p) + 'eaiou'[Math.floor(rand() * 5)] + w.slice(p + 1);
}

const bare = (title: string) =>
  title
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+/)
    .filter(Boolean);

const isHelperOrAssistant = (e: TitleEntry) =>
  e.code.startsWith('47-3') || e.code.startsWith('31-') || /\b(helper|assistant|aide)s?\b/i.test(e.title);

function rewrite(e: TitleEntry, kind: (typeof KINDS)[number], rand: () => number, sibling?: string) {
  const words = bare(e.title);
  if (words.length === 0 || e.title.includes(',') || e.title.includes('/')) return undefined;
  const text = words.join(' ');
  switch (kind) {
    case 'comma-inverted':
      return words.length >= 2 ? `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}` : undefined;
    case 'head-first':
      return words.length >= 2 ? `${words[words.length - 1]} ${words.slice(0, -1).join(' ')}` : undefined;
    case 'sales-product': {
      const m = SALESPERSON.exec(text);
      return m ? (rand() < 0.5 ? `Sales ${m[1]}` : `Sales, ${m[1]}`) : undefined;
    }
    case 'alternatives':
      return sibling ? `${text}${pick(['/', ' / ', ' or ', ' & '], rand)}${sibling}` : undefined;
    case 'grade':
    case 'helper-assistant': {
      if (kind === 'helper-assistant' && !isHelperOrAssistant(e)) return undefined;
      const r = rand();
      if (r < 0.45) return `${text}${pick(GRADE_AFTER, rand)}`;
      if (r < 0.8) return `${pick(GRADE_BEFORE, rand)}${text}`;
      return `${text} in Charge`;
    }
    case 'typos-2': {
      const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
      if (long.length < 2) return undefined;
      const [a, b] = sample(long, 2, rand);
      words[a![1]] = typoWord(a![0], rand);
      words[b![1]] = typoWord(b![0], rand);
      return words.join(' ');
    }
    case 'form-noise':
      return `${text}${pick(NOISE, rand)}`;
    case 'industry':
      return `${text}${pick(INDUSTRIES, rand)}`;
  }
}

/** Up to n queries of the issue's kinds, the kinds in turn (a kind with fewer titles gives fewer). */
export function issueKinds(index: readonly TitleEntry[], n: number, rand: () => number): EvalQuery[] {
  const pool = index.filter((e) => e.kind !== 'short');
  const byCode = new Map<string, string[]>();
  for (const e of pool)
    if (e.title.length < 40 && !e.title.includes('/')) {
      const list = byCode.get(e.code) ?? [];
      list.push(bare(e.title).join(' '));
      byCode.set(e.code, list);
    }
  const out: EvalQuery[] = [];
  const perKind = Math.ceil(n / KINDS.length);
  for (const kind of KINDS) {
    let made = 0;
    for (const e of sample(pool, pool.length, rand)) {
      if (made >= perKind) break;
      const siblings = (byCode.get(e.code) ?? []).filter((t) => t !== bare(e.title).join(' '));
      const text = rewrite(e, kind, rand, siblings.length > 0 ? pick(siblings, rand) : undefined);
      if (!text) continue;
      out.push({ query: text, truth: [e.code], own: e.code, kind, half: halfOf(e.title) });
      made++;
    }
  }
  return out;
}

/**
 * One-word titles as people write them: the head (last) word of a random indexed title ("Supervisor" of
 * "Transportation Supervisor"), whose truth is that title's occupation. A word many occupations' titles end
 * with ("Supervisor", "Grinder", "Attendant") is then right only as often as its top occupation's share.
 */
export function oneWordTitles(index: readonly TitleEntry[], n: number, rand: () => number): EvalQuery[] {
  const out: EvalQuery[] = [];
  for (const e of sample(
    index.filter((x) => x.kind !== 'short'),
    index.length,
    rand,
  )) {
    if (out.length >= n) break;
    const head = bare(e.title)
      .pop()
      ?.replace(/[^A-Za-z-]/g, '');
    if (!head || head.length < 3) continue;
    out.push({ query: head, truth: [e.code], own: e.code, kind: 'one-word', half: halfOf(head) });
  }
  return out;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Keyboard runs ("asdf", "hjkl") and random letter strings, one or two words; no answer is right. */
export function gibberish(n: number, rand: () => number): EvalQuery[] {
  const word = () => {
    const len = 3 + Math.floor(rand() * 6);
    if (rand() < 0.4) {
      const row = pick(ROWS, rand);
      const start = Math.floor(rand() * Math.max(1, row.length - len));
      return row.slice(start, start + len);
    }
    let w = '';
    for (let i = 0; i < len; i++) w += LETTERS[Math.floor(rand() * 26)];
    return w;
  };
  const out: EvalQuery[] = [];
  for (let i = 0; i < n; i++) {
    const q = rand() < 0.6 ? word() : `${word()} ${word()}`;
    out.push({ query: q, truth: [], kind: 'gibberish', half: halfOf(q) });
  }
  return out;
}
