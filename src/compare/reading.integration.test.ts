/**
 * Reading and title claims on the real data: the popular pairs read as coded (dev and check halves,
 * src/testkit/popular.ts), and every claim a comparison makes about titles (Comparison.titles and the article's
 * sentences "O*NET lists “X” as … of …", "… is also a title of …", "No O*NET title list … has …") re-derived
 * from the raw O*NET title files by this test's own reading, over the popular pairs and 200 seeded random pairs
 * typed as O*NET alternate or reported titles. Prints the measured figures.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import XLSX from 'xlsx';
import { createEngine } from '../engine/engine.js';
import { StoreCache } from '../store/cache.js';
import { type DB, openStore } from '../store/open.js';
import { popularPairs, readPairs, share } from '../testkit/popular.js';
import { needsRealData, realDataDir, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';
import { fold } from '../testkit/truth-sources.js';
import { renderMarkdown } from '../write/index.js';
import { compare } from './compare.js';
import { isGuess } from './resolve.js';
import type { Comparison, Side } from './types.js';

const skip = needsRealData();
let db: DB;
let store: StoreCache;

type List = 'occupation' | 'alternate' | 'short' | 'reported';

/** The raw title files, read here: folded title → code → the lists it is on; occupation titles both ways. */
interface Raw {
  lists: Map<string, Map<string, Set<List>>>;
  title: Map<string, string>;
  byTitle: Map<string, string[]>;
  typed: { text: string; code: string }[];
  /** Every title of every list as written, with its occupation. */
  entries: { code: string; title: string }[];
}

/** The rows of an O*NET 30.1 text file, header left out, each split at tabs. */
const rows = (f: string): string[][] =>
  fs
    .readFileSync(path.join(realDataDir(), 'onet_30_1', f), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));

function readRaw(): Raw {
  const raw: Raw = { lists: new Map(), title: new Map(), byTitle: new Map(), typed: [], entries: [] };
  const add = (t: string | undefined, code: string, list: List) => {
    if (!t || t === 'n/a') return;
    raw.entries.push({ code, title: t });
    const readings = [t, ...[...t.matchAll(/\(([^()]+)\)/g)].map((x) => x[1]!), t.replace(/\([^()]*\)/g, ' ')];
    for (const r of readings) {
      const k = fold(r);
      if (!k) continue;
      const byCode = raw.lists.get(k) ?? raw.lists.set(k, new Map()).get(k)!;
      (byCode.get(code) ?? byCode.set(code, new Set()).get(code)!).add(list);
    }
  };
  for (const [code, title] of rows('Occupation Data.txt')) {
    raw.title.set(code!, title!);
    raw.byTitle.set(title!, [...(raw.byTitle.get(title!) ?? []), code!]);
    add(title, code!, 'occupation');
  }
  for (const [code, title, short] of rows('Alternate Titles.txt')) {
    add(title, code!, 'alternate');
    add(short, code!, 'short');
    raw.typed.push({ text: title!, code: code! });
  }
  for (const [code, title] of rows('Sample of Reported Titles.txt')) {
    add(title, code!, 'reported');
    raw.typed.push({ text: title!, code: code! });
  }
  return raw;
}

/** OEWS May 2025 national employment by SOC code (detailed, broad and BLS's own aggregates), read here. */
function readOews(): Map<string, number> {
  const wb = XLSX.readFile(path.join(realDataDir(), 'bls_oews_may2025/national_M2025_dl.xlsx'), { dense: true });
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[wb.SheetNames[0]!]!, { defval: null });
  const out = new Map<string, number>();
  for (const r of rows) {
    const code = String(r.OCC_CODE ?? '');
    if (/^\d\d-\d{4}$/.test(code) && typeof r.TOT_EMP === 'number' && !out.has(code)) out.set(code, r.TOT_EMP);
  }
  return out;
}

/** Alternate Titles rows: code → folded title → its O*NET sources (all of them, for a title twice). */
function readSources(): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  const rows = fs
    .readFileSync(path.join(realDataDir(), 'onet_30_1', 'Alternate Titles.txt'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));
  for (const [code, title, , sources] of rows) {
    const m = out.get(code!) ?? out.set(code!, new Map()).get(code!)!;
    const n = (sources ?? '').split(',').filter(Boolean);
    for (const r of [
      title!,
      ...[...title!.matchAll(/\(([^()]+)\)/g)].map((x) => x[1]!),
      title!.replace(/\([^()]*\)/g, ' '),
    ]) {
      const k = fold(r);
      if (k) m.set(k, new Set([...(m.get(k) ?? []), ...n]));
    }
  }
  return out;
}

/**
 * The facts behind "it is read here as …" (Resolution.sharedTitle) against the raw files: every occupation weighed
 * names or lists the title, its sources and reports are O*NET's, its OEWS figure is BLS's, and what is said to have
 * decided did: the most sources (with reports), or the largest employment figure of its own.
 */
function checkShared(
  raw: Raw,
  oews: Map<string, number>,
  sources: Map<string, Map<string, Set<string>>>,
  t: Tally,
  c: Comparison,
  md: string,
): void {
  for (const s of ['a', 'b'] as Side[]) {
    const r = c.resolution[s];
    const f = r.sharedTitle;
    const checked = c.titles?.[s]?.checked;
    if (!f || !checked) continue;
    const label = `"${r.input}" (${r.code})`;
    const key = fold(checked);
    const words = titleWords(checked);
    for (const x of f.among) {
      t.checks++;
      if (f.by === 'listed' && !raw.lists.get(key)?.has(x.code))
        t.problems.push(`${label}: ${x.code} does not list "${checked}"`);
      if (f.by === 'named' && !words.every((w) => titleWords(raw.title.get(x.code) ?? '').includes(w)))
        t.problems.push(`${label}: the title of ${x.code} does not hold "${checked}"`);
      // Another spelling counted: the same letters as the title checked, spaces aside, and listed by this occupation.
      const keys = [key, ...(x.spellings ?? []).map(fold)];
      for (const sp of x.spellings ?? []) {
        t.checks++;
        if (fold(sp).replace(/ /g, '') !== key.replace(/ /g, '') || !raw.lists.get(fold(sp))?.has(x.code))
          t.problems.push(`${label}: ${x.code} spelling "${sp}"`);
      }
      t.checks++;
      const srcs = new Set(keys.flatMap((k) => [...(sources.get(x.code)?.get(k) ?? [])]));
      if (x.sources !== srcs.size) t.problems.push(`${label}: ${x.code} sources ${x.sources}`);
      t.checks++;
      if (x.reported !== keys.some((k) => Boolean(raw.lists.get(k)?.get(x.code)?.has('reported'))))
        t.problems.push(`${label}: ${x.code} reported ${x.reported}`);
      if (x.oews) {
        t.checks++;
        if (oews.get(x.oews.soc) !== x.oews.employment)
          t.problems.push(`${label}: OEWS ${x.oews.soc} ${x.oews.employment}, the file has ${oews.get(x.oews.soc)}`);
      }
    }
    const [first, ...rest] = f.among;
    const strength = (x: typeof first) => x!.sources + (x!.reported ? 1 : 0);
    // "it is read here as X, the one with the most workers in BLS's figures (N": N is X's OEWS figure.
    const saidWorkers = () => {
      const said = [
        ...md.matchAll(/it is read here as ([^.]+?), the one with the most workers in BLS's figures \((\d[\d,]*\d)/g),
      ];
      for (const m of said.filter((x) => x[1] === r.title))
        if (Number(m[2]!.replace(/,/g, '')) !== first!.oews?.employment)
          t.problems.push(`${label}: the text says ${m[2]} workers`);
    };
    if (f.decidedBy === 'listing') {
      t.checks++;
      if (!rest.every((x) => strength(x) < strength(first))) t.problems.push(`${label}: not listed most firmly`);
    }
    if (f.readAs) {
      // Read as the broader occupation of the specialty listing it: same SOC code, its .00, and its own title holds
      // the field words said (the specialty's does not).
      t.checks++;
      const sp = first!.code;
      if (
        f.readAs.code !== `${sp.slice(0, 7)}.00` ||
        sp === f.readAs.code ||
        raw.title.get(f.readAs.code) !== f.readAs.title ||
        !f.readAs.words.every((w) => heldWords(w, f.readAs!.title) === 1 && heldWords(w, raw.title.get(sp) ?? '') === 0)
      )
        t.problems.push(`${label}: read as ${f.readAs.code} for ${sp}?`);
      for (const m of md.matchAll(/, which list it, are a specialty within ([^;]+); it is read here as that/g)) {
        t.checks++;
        if (m[1] !== f.readAs.title) t.problems.push(`${label}: "${m[0]}"`);
      }
    }
    if (f.by === 'listed')
      for (const x of f.among) {
        t.checks++;
        if (x.titleWords !== heldWords(checked, raw.title.get(x.code) ?? ''))
          t.problems.push(`${label}: the title of ${x.code} holds ${x.titleWords} typed words?`);
      }
    if (f.decidedBy === 'words') {
      t.checks++;
      const peers = rest.filter((x) => strength(x) >= strength(first));
      if (!peers.every((x) => strength(x) === strength(first) && (x.titleWords ?? 0) < (first!.titleWords ?? 0)))
        t.problems.push(`${label}: not the firmest listing whose title holds the most typed words`);
    }
    if (f.decidedBy === 'workers') {
      t.checks++;
      if (
        first!.oews?.occupations !== 1 ||
        !rest.every((x) => !x.oews || x.oews.employment < first!.oews!.employment) ||
        !rest.some((x) => strength(x) > strength(first))
      )
        t.problems.push(`${label}: not the most workers against a firmer listing`);
      saidWorkers();
    }
    if (f.decidedBy === 'employment') {
      t.checks++;
      const pool = f.by === 'listed' ? rest.filter((x) => strength(x) === strength(first)) : rest;
      if (first!.oews?.occupations !== 1 || !pool.every((x) => !x.oews || x.oews.employment < first!.oews!.employment))
        t.problems.push(`${label}: not the largest employment figure of its own`);
      saidWorkers();
    }
  }
}

/** A word without its plural ending ("secretaries" → "secretary", "waitresses" → "waitress"). */
const stem = (w: string): string =>
  w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : /(ss|sh|ch|x)es$/.test(w)
      ? w.slice(0, -2)
      : w.endsWith('ss')
        ? w
        : w.replace(/s$/, '');

/**
 * How many typed words an occupation's own title holds (the jobs after ", Except" aside): the same word without its
 * plural ending, or two forms sharing their first five letters and all but two of the shorter one's.
 */
function heldWords(typed: string, title: string): number {
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/'/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const have = words(title.replace(/,?\s+except\b.*$/i, ''));
  const prefix = (x: string, y: string) => {
    let p = 0;
    while (p < x.length && x[p] === y[p]) p++;
    return p >= 5 && p >= Math.min(x.length, y.length) - 2;
  };
  // The same word, or two forms of it, as written or without plural endings.
  const alike = (x: string, y: string) => stem(x) === stem(y) || prefix(x, y) || prefix(stem(x), stem(y));
  const typedWords = words(typed.replace(/\([^)]*\)/g, ' '));
  return [...new Set(typedWords.map(stem))].filter((w) =>
    have.some((h) => typedWords.some((x) => stem(x) === w && alike(x, h))),
  ).length;
}

/** The words of a title, lower case, each without its plural ending. */
const titleWords = (t: string): string[] =>
  t
    .toLowerCase()
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stem);

const LIST_WORDS: Record<string, List> = {
  'the occupation title': 'occupation',
  'an alternate title': 'alternate',
  'a short title': 'short',
  'a reported job title': 'reported',
};

/** The occupations named in a phrase ("Cooks, Short Order, Cooks, Fast Food and other occupations"), longest first. */
function occupationsIn(raw: Raw, phrase: string): { named: { code: string; as?: string }[]; rest: string } {
  let rest = phrase.replace(/\s*\((\d{2}-\d{4}\.\d{2})\)/g, '');
  const named: { code: string; as?: string }[] = [];
  for (const t of [...raw.byTitle.keys()].sort((x, y) => y.length - x.length)) {
    for (let at = rest.indexOf(t); at >= 0; at = rest.indexOf(t)) {
      const spelled = /^ \(as “([^”]+)”\)/.exec(rest.slice(at + t.length));
      for (const code of raw.byTitle.get(t)!) named.push(spelled ? { code, as: spelled[1]! } : { code });
      rest = `${rest.slice(0, at)} ${rest.slice(at + t.length + (spelled?.[0].length ?? 0))}`;
    }
  }
  return { named, rest: rest.replace(/\b(and other occupations|as well as|and|or|of)\b|[,;\s]+/g, ' ').trim() };
}

interface Tally {
  checks: number;
  problems: string[];
}

let texts: Map<string, Set<string>> | undefined;
/** O*NET's texts per "code|kind": the description, task statements and technology examples, read from the raw files. */
function rawTexts(): Map<string, Set<string>> {
  if (texts) return texts;
  const out = new Map<string, Set<string>>();
  const add = (code: string | undefined, kind: string, text: string | undefined) => {
    if (!code || !text) return;
    const k = `${code}|${kind}`;
    (out.get(k) ?? out.set(k, new Set()).get(k)!).add(text);
  };
  for (const [code, , description] of rows('Occupation Data.txt')) add(code, 'description', description);
  for (const [code, , task] of rows('Task Statements.txt')) add(code, 'task', task);
  for (const [code, example] of rows('Technology Skills.txt')) add(code, 'technology', example);
  texts = out;
  return out;
}

/**
 * What a modified title's reading says of its added words (Resolution.modifier, src/compare/modifier.ts), re-derived
 * from the raw title files: the titles quoted are listed and hold the words (under the chosen occupation for
 * 'listed', 'titled' and 'sibling'; 'sibling': another occupation of its SOC code has a title ending in the head);
 * 'titled': no other occupation lists a title holding them that ends in the head;
 * 'elsewhere': no O*NET title holding them ends in the head; 'none': no title holds them; 'unknown': one is in no
 * title. The page says it.
 */
function checkModifier(raw: Raw, t: Tally, label: string, r: Comparison['resolution']['a'], md: string): void {
  const m = r.modifier!;
  const words = m.words.map(fold);
  const head = fold(m.head);
  const holds = (title: string) => {
    const have = fold(title).split(' ');
    return words.every((w) => have.includes(w));
  };
  const endsInHead = (title: string) => {
    const k = fold(title.split('(')[0]!.split(',')[0]!);
    return k === head || k.endsWith(` ${head}`);
  };
  const listedBy = (title: string, code?: string) =>
    raw.entries.some((e) => e.title === title && (code === undefined || e.code === code));
  const problem = (p: string) => t.problems.push(`${label}: modifier ${m.how}: ${p}`);
  for (const title of m.titles) {
    t.checks++;
    const under = m.how === 'listed' || m.how === 'titled' || m.how === 'sibling' ? r.code : undefined;
    if (!listedBy(title, under) || !holds(title))
      problem(`"${title}" is no title${under ? ` of ${under}` : ''} holding ${words}`);
    if (m.how === 'titled' && !endsInHead(title)) problem(`"${title}" does not end in "${head}"`);
  }
  t.checks++;
  const withHead = raw.entries.filter((e) => holds(e.title) && endsInHead(e.title));
  if (m.how === 'titled' && withHead.some((e) => e.code !== r.code))
    problem(`${withHead.find((e) => e.code !== r.code)!.code} also lists a title with ${words} ending in "${head}"`);
  if (m.how === 'elsewhere' && (withHead.length > 0 || m.titles.length === 0))
    problem(`"${withHead[0]?.title ?? '(no example)'}" holds ${words} and ends in "${head}"`);
  if (m.how === 'none' && raw.entries.some((e) => holds(e.title))) problem(`a title holds ${words}`);
  if (m.how === 'unknown' && !words.some((w) => !raw.entries.some((e) => fold(e.title).split(' ').includes(w))))
    problem(`every one of ${words} is in some title`);
  t.checks++;
  if (
    m.how === 'sibling' &&
    !raw.entries.some((e) => e.code !== r.code && e.code.startsWith(r.soc) && endsInHead(e.title))
  )
    problem(`no other occupation of SOC ${r.soc} lists a title ending in "${head}"`);
  if (!md.includes(`It is read here as “${m.head}”`) && !md.includes('is the one occupation listing a title with'))
    problem('the page does not say how the title was read');
}

function checkTitles(raw: Raw, t: Tally, c: Comparison, md: string): void {
  const label = `"${c.resolution.a.input}" (${c.resolution.a.code}) vs "${c.resolution.b.input}" (${c.resolution.b.code})`;
  const listed = (title: string, code: string, list?: List) => {
    const on = raw.lists.get(fold(title))?.get(code);
    return Boolean(on && (!list || on.has(list)));
  };
  for (const s of ['a', 'b'] as Side[]) {
    const f = c.titles?.[s];
    const r = c.resolution[s];
    if (!f) continue;
    for (const l of f.listedBy)
      for (const list of l.lists) {
        t.checks++;
        if (!listed(l.title, l.code, list)) t.problems.push(`${label} ${s}: ${l.code} has no ${list} "${l.title}"`);
      }
    t.checks++;
    const rawCodes = [...(raw.lists.get(fold(f.checked))?.keys() ?? [])];
    if (f.listedByChosen !== rawCodes.includes(r.code))
      t.problems.push(`${label} ${s}: listedByChosen ${f.listedByChosen} for "${f.checked}" under ${r.code}`);
    // A reading kept by the occupation's own text (src/compare/evidence.ts): each text is O*NET's, of that kind, for
    // the chosen occupation, and holds the typed word, which the matched title lacks.
    for (const e of r.evidence ?? []) {
      t.checks++;
      const texts = rawTexts().get(`${r.code}|${e.kind}`) ?? new Set<string>();
      const words = (x: string) =>
        x
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter(Boolean)
          .map(stem);
      const w = stem(e.word.toLowerCase());
      const ok =
        (e.kind === 'title' ? listed(e.text, r.code) : texts.has(e.text)) &&
        words(e.text).includes(w) &&
        !words(r.matched ?? '').includes(w) &&
        words(f.checked).includes(w);
      if (!ok) t.problems.push(`${label} ${s}: ${r.code}'s ${e.kind} "${e.text}" for "${e.word}"?`);
    }
    // A joint reading (src/compare/joint.ts): the head word alone and each word's titles are on the chosen
    // occupation's raw lists, and no raw title of any occupation holds every typed word.
    if (r.joint) {
      const words = fold(f.checked).split(' ');
      t.checks++;
      if (fold(r.joint.head) !== words.at(-1) || !listed(r.joint.head, r.code))
        t.problems.push(`${label} ${s}: ${r.code} does not list the head "${r.joint.head}"`);
      for (const w of r.joint.words)
        for (const title of w.titles) {
          t.checks++;
          if (!listed(title, r.code) || !fold(title).split(' ').includes(w.word))
            t.problems.push(`${label} ${s}: ${r.code} has no title "${title}" holding "${w.word}"`);
        }
      t.checks++;
      const whole = [...raw.lists.keys()].find((k) => words.every((w) => k.split(' ').includes(w)));
      if (whole) t.problems.push(`${label} ${s}: "${whole}" holds every word of "${f.checked}"`);
    }
    // An acronym reading (src/compare/acronym.ts): each title is the chosen occupation's and spells it out.
    if (r.acronym) {
      for (const title of r.acronym.titles) {
        t.checks++;
        const initials = r.acronym.spelled
          .split(' ')
          .map((w) => w[0])
          .join('');
        if (!listed(title, r.code) || !title.includes(r.acronym.spelled) || initials !== r.acronym.acronym)
          t.problems.push(`${label} ${s}: ${r.code}'s "${title}" does not spell ${r.acronym.acronym} out`);
      }
    }
    if (r.modifier) checkModifier(raw, t, `${label} ${s}`, r, md);
    t.checks++;
    const missing = rawCodes.filter((code) => !f.listedBy.some((l) => l.code === code));
    if (missing.length > 0) t.problems.push(`${label} ${s}: "${f.checked}" is also listed by ${missing.join(', ')}`);
  }
  const text = md.replace(/\\([*_])/g, '$1');
  // "O*NET lists “X” as an alternate title and a reported job title of this occupation." (the section's side)
  for (const m of text.matchAll(/O\*NET lists “([^”]+)” as ((?:the|an|a) [^.]*?) of this occupation\./g)) {
    const kinds = m[2]!.split(/, | and /).map((w) => LIST_WORDS[w.trim()]);
    t.checks++;
    const ok = [c.resolution.a, c.resolution.b].some((r) => kinds.every((k) => k && listed(m[1]!, r.code, k)));
    if (!ok) t.problems.push(`${label}: "${m[0]}" not in the title files`);
  }
  const named = (sentence: string, title: string, phrase: string) => {
    const { named: occs, rest } = occupationsIn(raw, phrase);
    t.checks++;
    if (occs.length === 0 || rest !== '') t.problems.push(`${label}: cannot read the occupations of "${sentence}"`);
    for (const o of occs) {
      t.checks++;
      const as = o.as ?? title;
      if (!as || !listed(as, o.code)) t.problems.push(`${label}: "${sentence}": ${o.code} does not list "${as}"`);
    }
  };
  for (const m of text.matchAll(/O\*NET lists “([^”]+)” as a title of ([^.]+?)\.(?:\s|$)/g)) named(m[0], m[1]!, m[2]!);
  for (const m of text.matchAll(/“([^”]+)” is also a title of ([^.]+?)\.(?:\s|$)/g)) named(m[0], m[1]!, m[2]!);
  for (const m of text.matchAll(/The exact spelling “([^”]+)” is [^.]*? of ([^.]+?)\.(?:\s|$)/g))
    named(m[0], m[1]!, m[2]!);
  for (const m of text.matchAll(/O\*NET lists “([^”]+)” for ([^.:;]+?)[.;]/g)) named(m[0], m[1]!, m[2]!);
  for (const m of text.matchAll(/O\*NET lists this title under (.+?)\.(?:\s|$)/g)) named(m[0], '', m[1]!);
  for (const m of text.matchAll(/Other occupations list it too: (.+?)\.(?:\s|$)/g)) named(m[0], '', m[1]!);
  for (const m of text.matchAll(/No O\*NET title list \([^)]*\) has “([^”]+)”/g)) {
    t.checks++;
    if (raw.lists.has(fold(m[1]!))) t.problems.push(`${label}: "${m[0]}" but the files list it`);
  }
}

before(() => {
  if (skip) return;
  db = openStore(realStorePath());
  store = new StoreCache(db);
});
after(() => db?.close());

describe('reading on the real data', { skip, timeout: 600_000 }, () => {
  it('popular pairs: every hand-coded side is an O*NET 30.1 occupation', () => {
    const { title } = readRaw();
    for (const p of popularPairs())
      for (const [typed, code] of [p.a, p.b]) assert.ok(title.has(code), `${p.list}: "${typed}" coded ${code}`);
  });

  it('popular pairs: titles read as hand-coded, dev and check halves, dev2 and the held-out lists', () => {
    const pairs = popularPairs();
    assert.ok(pairs.length >= 800, `${pairs.length} popular pairs`);
    for (const half of ['dev', 'dev2', 'dev3', 'check', 'held', 'held2'] as const) {
      const s = readPairs(
        store,
        pairs.filter((p) => p.half === half),
      );
      console.log(`reading ${half} (${s.total / 2} pairs): ${share(s)}`);
      if (half === 'dev') for (const m of s.misses) console.log(`  miss: ${m}`);
      // Measured when this test was written: dev 96.8%, check 95.7%; the held list 95.4% when added (session 4:
      // dev 99.2%, check 97.0%, held 96.0%). A drop under 95% is a regression. dev2 was 84.1% when added (session 5,
      // before any rule was tuned on it): a drop under 84% is a regression there. held2 (coded blind in session 5,
      // never tuned on) was 68.3% (205/300) when added: a drop under 65% is a regression there.
      // dev3 (modified and informal titles, session 5) was 48.1% when added, 70% with src/compare/modifier.ts.
      const floor = half === 'dev2' ? 0.84 : half === 'held2' ? 0.65 : half === 'dev3' ? 0.68 : 0.95;
      assert.ok(s.right / s.total >= floor, `${half}: ${share(s)}`);
    }
  });

  it('title claims: none false over the popular pairs and 200 random pairs typed as O*NET titles', () => {
    const raw = readRaw();
    const oews = readOews();
    const sources = readSources();
    const t: Tally = { checks: 0, problems: [] };
    let shared = 0;
    let articles = 0;
    let guesses = 0;
    const run = (a: string, b: string) => {
      let c: Comparison;
      try {
        c = compare(store, a, b);
      } catch (e) {
        if ((e as { kind?: string }).kind === 'not_found') {
          guesses++;
          return;
        }
        throw e;
      }
      articles++;
      const md = renderMarkdown(c);
      checkTitles(raw, t, c, md);
      checkShared(raw, oews, sources, t, c, md);
      if (c.resolution.a.sharedTitle || c.resolution.b.sharedTitle) shared++;
    };
    // The checks catch false claims: each planted sentence is one problem.
    const planted: Tally = { checks: 0, problems: [] };
    const c = compare(store, 'line cook', 'chef');
    checkTitles(
      raw,
      planted,
      c,
      [
        'O*NET lists “Line Cook” as a title of Registered Nurses.',
        'Other occupations list it too: Cooks, Fast Food (as “Sous Chef”).',
        'No O*NET title list (occupation, alternate, short or reported titles) has “Line Cook”.',
        'O*NET lists “Welder” as a reported job title of this occupation.',
      ].join('\n'),
    );
    assert.equal(planted.problems.length, 4, planted.problems.join('\n'));
    // ... and false evidence for a reading: a changed OEWS figure, a source count, a reading said decided by sources.
    const sg = structuredClone(compare(store, 'surgeon', 'anesthesiologist'));
    const wrong: Tally = { checks: 0, problems: [] };
    const facts = sg.resolution.a.sharedTitle!;
    assert.equal(facts.decidedBy, 'employment');
    facts.among[0]!.oews!.employment += 1;
    facts.among[1]!.sources += 1;
    facts.decidedBy = 'listing'; // Surgeons, All Other has no "Surgeon" row at all
    checkShared(raw, oews, sources, wrong, sg, renderMarkdown(sg));
    assert.equal(wrong.problems.length, 3, wrong.problems.join('\n'));
    // ... and false claims about a modified title's added words (src/compare/modifier.ts).
    const ow = compare(store, 'oilfield welder', 'pipefitter');
    assert.equal(ow.resolution.a.modifier?.how, 'elsewhere');
    for (const change of [
      (m: NonNullable<Comparison['resolution']['a']['modifier']>) => Object.assign(m, { how: 'none' }),
      (m: NonNullable<Comparison['resolution']['a']['modifier']>) => Object.assign(m, { titles: ['Welder'] }),
      (m: NonNullable<Comparison['resolution']['a']['modifier']>) => Object.assign(m, { head: 'operator' }),
    ]) {
      const x = structuredClone(ow);
      const bad: Tally = { checks: 0, problems: [] };
      change(x.resolution.a.modifier!);
      checkModifier(raw, bad, 'planted', x.resolution.a, renderMarkdown(x));
      assert.ok(bad.problems.length > 0, JSON.stringify(x.resolution.a.modifier));
    }
    for (const p of popularPairs()) run(p.a[0], p.b[0]);
    const rand = rng(20);
    const typed = raw.typed.filter((x) => !/[()]/.test(x.text));
    for (let i = 0; i < 200; i++) {
      const a = typed[Math.floor(rand() * typed.length)]!;
      const b = typed[Math.floor(rand() * typed.length)]!;
      run(a.text.toLowerCase(), b.text);
    }
    console.log(
      `title claims: ${t.problems.length} false of ${t.checks} checked over ${articles} articles, ${shared} with a title several occupations share (${guesses} pairs answered with "did you mean")`,
    );
    for (const p of t.problems.slice(0, 20)) console.log(`  ${p}`);
    assert.ok(t.checks > 1000);
    assert.deepEqual(t.problems, []);
  });

  it('a correction that swaps one common word for another is a guess; a misspelling fixed into a title is not', () => {
    const engine = createEngine(db);
    for (const q of ['pirate', 'space pirate', 'dragon trainer', 'asdf', 'qwerty', 'unicorn whisperer'])
      assert.equal(isGuess(engine.resolve(q, 5)), true, q);
    for (const q of [
      'store manger',
      'sales manger',
      'labour relations specialist',
      'prodcer',
      'softwear enginer',
      'counsellor',
      'child counsellor',
      'stockbroker',
      'paediatric nurse',
      'line man',
    ])
      assert.equal(isGuess(engine.resolve(q, 5)), false, q);
    // An apprentice reads as the trade an occupation's own title names, and the page says why; "management
    // trainee" (no occupation's title names "management") stays as O*NET lists it.
    // A partial reading kept by the occupation's own text; without such text it stays a guess.
    const ev = compare(store, 'stage actor', 'theater director');
    assert.equal(ev.resolution.a.code, '27-2011.00');
    assert.ok(ev.resolution.a.evidence?.some((e) => e.word === 'stage'));
    assert.match(renderMarkdown(ev), /The title matched leaves out “stage”/);
    for (const q of ['biology lab technician', 'hoa manager']) assert.equal(isGuess(engine.resolve(q, 5)), true, q);
    assert.throws(() => compare(store, 'hoa manager', 'plumber'));
    const ap = compare(store, 'apprentice plumber', "plumber's helper");
    assert.equal(ap.resolution.a.code, '47-2152.00');
    assert.equal(ap.resolution.b.code, '47-3015.00');
    assert.deepEqual(ap.resolution.a.apprentice, { trade: 'plumber' });
    assert.match(renderMarkdown(ap), /classifies apprentices and trainees with the occupation they train for/);
    assert.equal(compare(store, 'management trainee', 'plumber').resolution.a.apprentice, undefined);
    // A reader who picks an occupation for a guess gets no corrected spelling of the guess in headings.
    const picked = compare(store, 'dragon trainer', 'registered nurse', { aCode: '39-2011.00' });
    assert.equal(picked.resolution.a.corrected, undefined);
    assert.doesNotMatch(renderMarkdown(picked), /Wagon Trainer/i);
  });
});
