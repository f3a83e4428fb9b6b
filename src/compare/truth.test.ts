/**
 * The truth suite: every checkable claim of a Comparison and its rendered article re-derived from the source
 * files by this suite's own reading (src/testkit/truth-sources.ts: raw O*NET text files, BLS and ORS workbooks
 * via SheetJS), over 200 seeded random pairs and the hand-coded popular pairs of test/truth/popular-pairs.json:
 * titles O*NET lists or not (any list), the BLS group behind wages and projections (the smallest published group),
 * the ORS code behind each estimate (through the SOC 2010→2018 crosswalk) and its mode flag, tool names; in the
 * prose, every "only X's" duty (Job Duties, Moving Between Them: the other side has no such DWA, IWA, task or
 * comparable O*NET activity rating) and every ORS figure with the one release its sentence states and the
 * occupation "BLS publishes it for"; every data gap's cause (O*NET has not surveyed or rated the occupation, or this
 * data folder lacks its file: Occupation Level Metadata and the 29.0 rating workbooks) and every missing tool list.
 * Prints the measured figures; the goals are 0 false title claims, 0 figures from a wrong BLS group, ≥ 98% of
 * popular-pair titles read as coded.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../defaults.js';
import { ORS_ITEMS } from '../store/ors.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realDataDir, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';
import { fold, TruthSources } from '../testkit/truth-sources.js';
import { renderMarkdown } from '../write/index.js';
import { compare } from './compare.js';
import type { Comparison, OrsRow, OrsFigure, Side } from './types.js';
import { StoreCache } from '../store/cache.js';

const skip = needsRealData();
let db: DB;
let store: StoreCache;
let src: TruthSources;

before(() => {
  if (skip) return;
  db = openStore(realStorePath());
  store = new StoreCache(db);
  src = new TruthSources(realDataDir());
});
after(() => db?.close());

interface Tally {
  checks: number;
  problems: string[];
}
const tally = (): Record<'titles' | 'bls' | 'ors' | 'mode' | 'tools' | 'duties' | 'orsProse' | 'gaps', Tally> => ({
  gaps: { checks: 0, problems: [] },
  titles: { checks: 0, problems: [] },
  bls: { checks: 0, problems: [] },
  ors: { checks: 0, problems: [] },
  mode: { checks: 0, problems: [] },
  tools: { checks: 0, problems: [] },
  duties: { checks: 0, problems: [] },
  orsProse: { checks: 0, problems: [] },
});

/** The estimate code of an ORS row key ("environment.outdoors.exposed" → "00815"). */
function estimateCode(key: string): string | null {
  let at: unknown = ORS_ITEMS;
  for (const k of key.split('.')) at = (at as Record<string, unknown> | undefined)?.[k];
  return typeof at === 'string' ? at : null;
}

const dig = (soc: string) => soc.replace('-', '');

/** Whether the 2018 O*NET-SOC 2010 code may serve this occupation through the crosswalk (own rules, see brief). */
function crosswalkAllows(
  code8: string,
  publishedTitle: string,
  occCode: string,
  occSoc: string,
  occTitle: string,
): string | null {
  const six = code8.slice(0, 6);
  const soc2010 = `${six.slice(0, 2)}-${six.slice(2)}`;
  if (six.endsWith('0000') || six.endsWith('00') || six.endsWith('0')) {
    // A group code: it must contain the occupation's SOC code.
    const prefix = six.replace(/0+$/, '');
    return dig(occSoc).startsWith(prefix) ? null : `group ${soc2010} does not contain ${occSoc}`;
  }
  const to = src.crosswalk().get(soc2010) ?? [];
  if (!to.includes(occSoc)) return `${soc2010} does not map to ${occSoc} in the crosswalk`;
  // A specialisation published under the occupation's own title is the occupation's, even when its 2010 code sat
  // under a catch-all (2018 "Tutors" 25-3099.02 is 25-3041.00 Tutors).
  if (!code8.endsWith('00') && fold(publishedTitle) === fold(occTitle)) return null;
  if (soc2010.endsWith('9') && to.length > 1 && !occSoc.endsWith('9'))
    return `catch-all ${soc2010} lent to ${occSoc}, a code carved out of it`;
  if (!code8.endsWith('00')) {
    if (fold(publishedTitle) === fold(occTitle)) return null;
    if (to.length > 1) return `split specialisation ${code8} ${publishedTitle} given to ${occCode}`;
    if (!occCode.endsWith('.00')) return `specialisation ${code8} ${publishedTitle} lent to sibling ${occCode}`;
  }
  return null;
}

function checkOrsValue(t: ReturnType<typeof tally>, where: string, key: string, v: OrsFigure, occCode: string): void {
  const code = estimateCode(key);
  if (!code || v.level === 'all') return;
  const occ = src.occupations().get(occCode)!;
  t.ors.checks++;
  let raw = undefined as ReturnType<TruthSources['ors']> extends Map<string, infer R> ? R | undefined : never;
  if (v.release === '2020') {
    raw = src.ors().get(`2020|${dig(v.soc)}|${code}`);
    const groups = [occ.soc, `${occ.soc.slice(0, 6)}0`, `${occ.soc.slice(0, 5)}00`, `${occ.soc.slice(0, 2)}-0000`];
    if (!groups.includes(v.soc)) t.ors.problems.push(`${where} ${key}: ORS 2020 ${v.soc} is no group of ${occ.soc}`);
  } else {
    const codes = src.ors2018Codes(v.publishedTitle).filter((c) => src.ors().has(`2018|${c}|${code}`));
    const allowed = codes.filter((c) => crosswalkAllows(c, v.publishedTitle, occCode, occ.soc, occ.title) === null);
    if (allowed.length === 0) {
      const why = codes.map((c) => crosswalkAllows(c, v.publishedTitle, occCode, occ.soc, occ.title)).join('; ');
      t.ors.problems.push(
        `${where} ${key}: ORS 2018 "${v.publishedTitle}" cannot serve ${occCode}: ${why || 'no such row'}`,
      );
      return;
    }
    raw =
      allowed.map((c) => src.ors().get(`2018|${c}|${code}`)!).find((r) => r.value === v.value) ??
      src.ors().get(`2018|${allowed[0]}|${code}`);
  }
  if (!raw) {
    t.ors.problems.push(`${where} ${key}: no ORS ${v.release} row ${v.soc} ${code}`);
    return;
  }
  if (v.value !== null && (raw.value === null || Math.abs(raw.value - v.value) > 0.051))
    t.ors.problems.push(`${where} ${key}: ${v.value} but the file has ${raw.value}`);
  t.mode.checks++;
  if (raw.mode !== v.mode) t.mode.problems.push(`${where} ${key}: mode ${v.mode} but footnote 7 is ${raw.mode}`);
}

/** Sentences of a Markdown text (tables, headings and tags left out). */
function sentences(md: string): string[] {
  return md
    .split(/\n\s*\n/)
    .filter((p) => !/^\s*(\||#|<|\*\*)/.test(p))
    .flatMap((p) => p.replace(/\n/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z“\d])/));
}

/** Words that carry no meaning of a duty, for this suite's own word match. */
const STOP = new Set('a an and as at by for from in into of on or such the to with'.split(' '));
const contentWords = (t: string) =>
  fold(t)
    .split(' ')
    .filter((w) => w && !STOP.has(w));

/** A DWA title as the text says it: "Operate office equipment." → "operate office equipment". */
const asSaid = (title: string) => title.replace(/\.\s*$/, '').replace(/^[A-Z](?=[a-z])/, (x) => x.toLowerCase());

/** Sentences claiming one side does a duty the other does not (Job Duties, Moving Between Them). */
const ONLY_CLAIM =
  /^(In O\*NET's activity lists, only |Only |What sets |The new job would (also )?mean learning to )|^(By O\*NET's activity lists, )?[^,]+, unlike [^,]+, /;

/**
 * "Only X's" duty claims of the text, re-derived from the raw O*NET files: the other side has neither the DWA
 * nor one of the same IWA, no task statement saying it, and no O*NET rating of its general activity that is
 * important (50 of 100) or within 12.5 points (0.5 on the 1–5 scale) of this side's.
 */
function checkDutyClaims(t: ReturnType<typeof tally>, label: string, codes: Record<Side, string>, text: string): void {
  const ref = src.dwaRef();
  const claims = sentences(text).filter((x) => ONLY_CLAIM.test(x));
  for (const sentence of claims) {
    const found: { side: Side; id: string; phrase: string }[] = [];
    for (const s of ['a', 'b'] as Side[])
      for (const id of src.dwas().get(codes[s]) ?? []) {
        const phrase = asSaid(ref.get(id)!.title);
        if (sentence.includes(phrase)) found.push({ side: s, id, phrase });
      }
    // The longest matches only ("cook foods" inside "cook foods in large quantities" is the same claim).
    const claimed = found.filter((f) => !found.some((g) => g.phrase !== f.phrase && g.phrase.includes(f.phrase)));
    for (const { side, id, phrase } of claimed) {
      const o: Side = side === 'a' ? 'b' : 'a';
      const mine = ref.get(id)!;
      const theirs = src.dwas().get(codes[o]) ?? new Set<string>();
      t.duties.checks++;
      const why: string[] = [];
      if (theirs.size === 0) why.push('the other side has no DWAs in the data');
      if (theirs.has(id)) why.push('the other side has the same DWA');
      else if ([...theirs].some((d) => ref.get(d)?.iwa === mine.iwa))
        why.push('the other side has a DWA of the same IWA');
      const imp = src.workActivityImportance();
      const ot = imp.get(codes[o])?.get(mine.gwa);
      const mt = imp.get(codes[side])?.get(mine.gwa);
      if (ot !== undefined && (ot >= 50 || (mt !== undefined && ot >= mt - 12.5)))
        why.push(`O*NET rates ${mine.gwa} ${ot} for the other side (${mt ?? 'unrated'} for this one)`);
      const head = contentWords(phrase.split(/\s+to\s+/)[0]!);
      const task = (src.tasks().get(codes[o]) ?? []).find((x) => {
        const ws = new Set(contentWords(x));
        return head.length > 0 && head.every((w) => ws.has(w));
      });
      if (task) why.push(`the other side's task says it: "${task}"`);
      if (why.length > 0)
        t.duties.problems.push(`${label}: "${phrase}" said to be only ${codes[side]}'s, but ${why.join('; ')}`);
    }
  }
}

/** Raw ORS values by "release|published code": the numbers BLS published for that code in that release. */
function orsValues(): Map<string, Set<number>> {
  return memo('orsValues', () => {
    const m = new Map<string, Set<number>>();
    for (const [k, v] of src.ors()) {
      if (v.value === null) continue;
      const key = k.split('|').slice(0, 2).join('|');
      (m.get(key) ?? m.set(key, new Set()).get(key)!).add(Math.round(v.value * 100) / 100);
    }
    return m;
  });
}

const memoStore = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!memoStore.has(key)) memoStore.set(key, make());
  return memoStore.get(key) as T;
}

/** The published codes (and their titles) whose ORS estimates may serve an occupation in a release, by own rules. */
function orsCodesFor(occCode: string, release: string): { code: string; title: string }[] {
  return memo(`orsCodes|${occCode}|${release}`, () => {
    const occ = src.occupations().get(occCode)!;
    const out: { code: string; title: string }[] = [];
    const seen = new Set<string>();
    for (const [k, v] of src.ors()) {
      const [rel, code] = k.split('|') as [string, string];
      if (rel !== release || seen.has(code)) continue;
      seen.add(code);
      if (release === '2020') {
        const groups = [occ.soc, `${occ.soc.slice(0, 6)}0`, `${occ.soc.slice(0, 5)}00`, `${occ.soc.slice(0, 2)}-0000`];
        if (groups.map(dig).includes(code)) out.push({ code, title: v.title });
      } else if (crosswalkAllows(code, v.title, occCode, occ.soc, occ.title) === null)
        out.push({ code, title: v.title });
    }
    return out;
  });
}

/** A title's words, "All Other" as "other" ("Computer Occupations, All Other" = "other computer occupations"). */
const wordSet = (t: string) => new Set(contentWords(t).filter((w) => w !== 'all'));
const sameWords = (x: string, y: string) => {
  const a = wordSet(x);
  const b = wordSet(y);
  return a.size === b.size && [...a].every((w) => b.has(w));
};

/**
 * ORS figures in the prose, re-derived from the raw workbooks: each sentence of Job Requirements and Work
 * Environment that says ORS figures states one release (its own "ORS 2018", else the section's "(ORS, 2020 …)"
 * lead), and every figure it says is one BLS published in that release for a code that may serve one of the two
 * occupations (the crosswalk rules); a "BLS publishes it for Z" names such a code's own title.
 */
function checkOrsProse(t: ReturnType<typeof tally>, label: string, codes: Record<Side, string>, md: string): void {
  for (const heading of ['### Job Requirements', '### Work Environment']) {
    const start = md.indexOf(heading);
    if (start < 0) continue;
    const end = md.indexOf('\n### ', start + 4);
    const section = md.slice(start, end < 0 ? undefined : end);
    // "One set of estimates" for two occupations (or a "Both …" column) only when the raw workbooks give both the
    // same ORS codes in each release: ORS 2018 publishes some O*NET specialties of one SOC code separately.
    if (
      codes.a !== codes.b &&
      (/publishes one set of estimates for/.test(section) || /\| Measure \| Both (titles|occupations) \|/.test(section))
    ) {
      t.orsProse.checks++;
      const key = (code: string, rel: string) =>
        orsCodesFor(code, rel)
          .map((x) => x.code)
          .sort()
          .join(',');
      const apart = ['2018', '2020'].filter((rel) => key(codes.a, rel) !== key(codes.b, rel));
      if (apart.length > 0)
        t.orsProse.problems.push(
          `${label}: one set of ORS estimates said for both, but ORS ${apart.join(' and ')} publishes them apart (${apart.map((rel) => `${key(codes.a, rel)} / ${key(codes.b, rel)}`).join('; ')})`,
        );
    }
    let lead: string | null = null;
    for (const sentence of sentences(section)) {
      const leadHere = /Occupational Requirements Survey \(ORS, (20\d\d)/.exec(sentence);
      if (leadHere) lead = leadHere[1]!;
      if (/O\*NET/.test(sentence)) continue;
      const figures = [...sentence.matchAll(/(?<!less than )(\d[\d,]*(?:\.\d+)?)(%| days?| pounds?)/g)].map((m) =>
        Number(m[1]!.replace(/,/g, '')),
      );
      const published = [
        ...sentence.matchAll(
          /BLS publishes (?:it|(?:some of )?these estimates) for ([^;)]+?)(?:, not for (?:the|either) occupation itself)?[;).]/g,
        ),
      ].map((m) => m[1]!);
      if (figures.length === 0 && published.length === 0) continue;
      const years = new Set([...sentence.matchAll(/ORS (20\d\d)/g)].map((m) => m[1]!));
      if (years.size > 1) {
        t.orsProse.checks++;
        t.orsProse.problems.push(`${label}: one sentence states two ORS releases: ${sentence}`);
        continue;
      }
      const release = [...years][0] ?? lead;
      if (release === null) continue; // no ORS figure: the section has not named the survey yet
      const served = (['a', 'b'] as Side[]).flatMap((s) => orsCodesFor(codes[s], release));
      const values = new Set(served.flatMap((x) => [...(orsValues().get(`${release}|${x.code}`) ?? [])]));
      for (const f of figures) {
        t.orsProse.checks++;
        // Days over 60 are said as whole days ("128 days" for 127.5): a whole number said matches to within 0.5.
        const near = Number.isInteger(f) ? [...values].some((v) => Math.abs(v - f) <= 0.5) : values.has(f);
        if (!near)
          t.orsProse.problems.push(`${label}: ${f} is no ORS ${release} figure for either occupation: ${sentence}`);
      }
      for (const z of published) {
        t.orsProse.checks++;
        const all = (['a', 'b'] as Side[]).flatMap((s) => [
          ...orsCodesFor(codes[s], '2018'),
          ...orsCodesFor(codes[s], '2020'),
        ]);
        const broader = /^the broader group (\d\d-\d{4})/.exec(z);
        // One name, or a list of them ("A, as well as B"; "A, B and C"): each must be a serving occupation's title.
        const named = (p: string) => all.some((x) => sameWords(x.title, p));
        const listed = (p: string): boolean => {
          if (named(p)) return true;
          const parts = p.split(/,(?: as well as| and)? /);
          if (parts.length > 1) return parts.every(listed);
          return [...p.matchAll(/ and /g)].some((m) => named(p.slice(0, m.index)) && named(p.slice(m.index! + 5)));
        };
        const ok = broader ? all.some((x) => x.code === dig(broader[1]!)) : listed(z);
        if (!ok)
          t.orsProse.problems.push(`${label}: "BLS publishes it for ${z}" names no ORS occupation serving either side`);
      }
    }
  }
}

/** Checks one comparison and its article; adds to the tally. */
function check(t: ReturnType<typeof tally>, c: Comparison, md: string): void {
  const label = `${c.resolution.a.code} vs ${c.resolution.b.code}`;
  const titles = src.titles();
  for (const s of ['a', 'b'] as Side[]) {
    const r = c.resolution[s];
    const occ = src.occupations().get(r.code);
    assert.ok(occ, `${label}: ${r.code} is an O*NET occupation`);
    // BLS: the smallest published group, and its figure.
    const w = c.salary.wages[s];
    const want = src.smallestGroup(occ.soc, new Set(src.oews().keys()));
    t.bls.checks++;
    if ((w?.soc ?? null) !== want)
      t.bls.problems.push(`${label} ${s}: OEWS from ${w?.soc} but the smallest published group is ${want}`);
    else if (
      w &&
      typeof src.oews().get(w.soc)!.median === 'number' &&
      w.annual.median.value !== src.oews().get(w.soc)!.median
    )
      t.bls.problems.push(
        `${label} ${s}: median ${w.annual.median.value} but OEWS has ${src.oews().get(w.soc)!.median}`,
      );
    const p = c.outlook.projections[s];
    const wantEp = src.smallestGroup(occ.soc, src.ep());
    t.bls.checks++;
    if ((p?.soc ?? null) !== wantEp)
      t.bls.problems.push(`${label} ${s}: EP from ${p?.soc} but the smallest published group is ${wantEp}`);
    // Title facts of the JSON.
    const f = c.titles?.[s];
    if (f) {
      for (const l of f.listedBy) {
        t.titles.checks++;
        if (!titles.get(fold(l.title))?.has(l.code))
          t.titles.problems.push(`${label} ${s}: ${l.code} does not list "${l.title}"`);
      }
      if (f.listedBy.length === 0) {
        t.titles.checks++;
        if (titles.has(fold(f.checked)))
          t.titles.problems.push(
            `${label} ${s}: "${f.checked}" is listed by ${[...titles.get(fold(f.checked))!].join(', ')}`,
          );
      }
    }
    // ORS provenance and mode flag.
    const rows: OrsRow[] = [...c.workEnvironment.ors, ...c.requirements.ors];
    for (const row of rows) {
      const v = row.values[s];
      if (v) checkOrsValue(t, `${label} ${s}`, row.key, v, r.code);
    }
    // Tools by O*NET's example names.
    const tools = c.workEnvironment.onet.tools;
    for (const name of [...tools.shared, ...tools.distinct[s]]) {
      t.tools.checks++;
      if (!src.tools().get(r.code)?.has(fold(name)))
        t.tools.problems.push(`${label} ${s}: "${name}" is no tool O*NET lists for ${r.code}`);
    }
    // "Only X's" tools: the other side lists no tool of the same UNSPSC class (Tools Used, commodity codes).
    const otherCode = c.resolution[s === 'a' ? 'b' : 'a'].code;
    const otherClasses = new Set(src.toolClasses().get(otherCode)?.values() ?? []);
    for (const name of tools.distinct[s]) {
      t.tools.checks++;
      const cls = src.toolClasses().get(r.code)?.get(fold(name));
      if (cls && otherClasses.has(cls))
        t.tools.problems.push(
          `${label} ${s}: "${name}" said only ${r.code}'s, but ${otherCode} lists a tool of UNSPSC class ${cls}`,
        );
    }
  }
  // Data gaps said where they are: "not surveyed" only when O*NET has no survey row and no official rating of the
  // occupation here; "the data folder's" only when it has one of them; a missing tool list only when Tools Used
  // has no row for the code.
  for (const g of c.missing) {
    if (g.side === 'both') continue;
    const code = c.resolution[g.side].code;
    const known = src.surveyed().has(code) || src.rated29().has(code);
    const where = `${label} ${g.side}: ${g.what}`;
    if (g.cause === 'not_surveyed' || g.cause === 'data_folder') {
      t.gaps.checks++;
      if (g.cause === 'not_surveyed' && known)
        t.gaps.problems.push(`${where} said not surveyed, but O*NET surveyed or rated ${code}`);
      if (g.cause === 'data_folder' && !known)
        t.gaps.problems.push(`${where} said the data folder's, but O*NET has no survey or rating of ${code} here`);
    }
    if (g.what === 'O*NET tools used') {
      t.gaps.checks++;
      if (src.tools().has(code)) t.gaps.problems.push(`${where} said missing, but Tools Used lists tools for ${code}`);
    }
  }
  // Title claims in the text.
  const text = md.replace(/\\([*_])/g, '$1');
  const codes = { a: c.resolution.a.code, b: c.resolution.b.code };
  // An O*NET specialisation (not .00) shares its SOC code with other O*NET occupations: BLS's figure for that code
  // is a broader group's, and the text must say so wherever the wage is first given.
  for (const s of ['a', 'b'] as Side[]) {
    const w = c.salary.wages[s];
    if (!w || codes[s].endsWith('.00') || c.sameOccupation) continue;
    t.bls.checks++;
    if (!text.includes(`(BLS group ${w.soc})`) && !text.includes(`broader group ${w.soc}`))
      t.bls.problems.push(`${label} ${s}: ${codes[s]} is given ${w.soc}'s figures without saying they are the group's`);
  }
  if (codes.a !== codes.b) checkDutyClaims(t, label, codes, text);
  checkOrsProse(t, label, codes, text);
  // "Most common" only for an ORS category BLS flags as the mode (footnote 7): the share said must be a flagged one.
  const ors = [...c.workEnvironment.ors, ...c.requirements.ors].flatMap((r) => [r.values.a, r.values.b]);
  for (const m of text.matchAll(/most common (?!answer)[^.;()]*?\(([\d.]+)%/g)) {
    const pct = Number(m[1]);
    const same = ors.filter((v) => v && v.value !== null && Math.abs(v.value - pct) < 0.051);
    if (same.length === 0) continue; // not an ORS share
    t.mode.checks++;
    if (!same.some((v) => v!.mode))
      t.mode.problems.push(`${label}: text calls ${pct}% "most common", BLS flags no such mode`);
  }
  for (const m of text.matchAll(/O\*NET lists “([^”]+)”/g)) {
    t.titles.checks++;
    if (!titles.has(fold(m[1]!))) t.titles.problems.push(`${label}: text says O*NET lists "${m[1]}"; no list has it`);
  }
  for (const re of [/No O\*NET title list \([^)]*\) has “([^”]+)”/g, /O\*NET does not list “([^”]+)”/g])
    for (const m of text.matchAll(re)) {
      t.titles.checks++;
      if (titles.has(fold(m[1]!))) t.titles.problems.push(`${label}: text says O*NET does not list "${m[1]}"; it does`);
    }
}

function report(name: string, t: ReturnType<typeof tally>, extra = ''): void {
  const line = Object.entries(t)
    .map(([k, v]) => `${k} ${v.problems.length}/${v.checks}`)
    .join(', ');
  console.log(`truth ${name}: problems/checks: ${line}${extra}`);
  for (const [k, v] of Object.entries(t)) for (const p of v.problems.slice(0, 5)) console.log(`  ${k}: ${p}`);
}

const assertClean = (t: ReturnType<typeof tally>) => {
  for (const [k, v] of Object.entries(t)) {
    assert.ok(v.checks > 0, `${k}: something was checked`);
    assert.deepEqual(v.problems, [], `${k}: ${v.problems.length} false claims`);
  }
};

describe('truth suite', { skip, timeout: 300_000 }, () => {
  it('its checks catch false claims (a wrong group, a title said missing, a flipped mode, a foreign tool)', () => {
    const c = compare(store, '25-9042.00', '35-1011.00');
    const bad = structuredClone(c);
    bad.salary.wages.a!.soc = '25-9040';
    const row = bad.workEnvironment.ors.find((r) => r.values.a && r.values.a.level !== 'all')!;
    row.values.a!.mode = !row.values.a!.mode;
    bad.workEnvironment.onet.tools.distinct.b = ['Tower cranes'];
    const t = tally();
    check(
      t,
      bad,
      `${renderMarkdown(c)}\nNo O*NET title list (occupation, alternate, short or reported titles) has “Graphic Designer”.`,
    );
    assert.equal(t.bls.problems.length, 1, t.bls.problems.join('; '));
    assert.equal(t.mode.problems.length, 1);
    // "Most common" said of a share BLS does not flag as the mode.
    const plain = c.workEnvironment.ors
      .flatMap((r) => [r.values.a, r.values.b])
      .find((v) => v && !v.mode && v.value !== null && v.value > 1)!;
    const said = tally();
    check(said, c, `${renderMarkdown(c)}\nThe most common work pace for them is made up (${plain.value}%).`);
    assert.equal(said.mode.problems.length, 1, said.mode.problems.join('; '));
    assert.equal(t.tools.problems.length, 1);
    assert.equal(t.titles.problems.length, 1);
    // The ORS provenance rule: a 2010 catch-all's specialisation is not web designers' estimate.
    assert.match(
      crosswalkAllows(
        '15119909',
        'Information Technology Project Managers',
        '15-1255.00',
        '15-1255',
        'Web and Digital Interface Designers',
      ) ?? '',
      /catch-all 15-1199 lent to 15-1255/,
    );
    assert.equal(
      crosswalkAllows(
        '15119909',
        'Information Technology Project Managers',
        '15-1299.09',
        '15-1299',
        'Information Technology Project Managers',
      ),
      null,
    );
    // An "only X's" duty the other side rates as high (Controlling Machines and Processes: 16 and 15 of 100).
    const ls = compare(store, '43-6012.00', '23-2011.00');
    const lsMd = renderMarkdown(ls);
    const duty = tally();
    check(duty, ls, `${lsMd}\n\nOnly legal secretaries operate office equipment.\n`);
    assert.equal(duty.duties.problems.length, 1, duty.duties.problems.join('; '));
    assert.match(duty.duties.problems[0]!, /operate office equipment.*O\*NET rates 4\.A\.3\.a\.3/);
    // ORS prose: a figure BLS never published in the release said, and two releases in one sentence.
    const planted = lsMd.replace(
      '### Work Environment\n',
      '### Work Environment\n\nIn the ORS 2018 estimates, 12.34% of paralegals work at night. Telework is available to 33.3% of paralegals and legal assistants (ORS 2020), against 5% of legal secretaries (ORS 2018).\n',
    );
    const orsSaid = tally();
    check(orsSaid, ls, planted);
    assert.equal(orsSaid.orsProse.problems.length, 2, orsSaid.orsProse.problems.join('; '));
    // One set of ORS estimates said for two specialties of one SOC code that ORS 2018 publishes apart (15-1199.02 and
    // 15-1199.09): the article printed only the first side's figures, as both's, until session 5.
    const sb = compare(store, '15-1299.08', '15-1299.09');
    const sbMd = renderMarkdown(sb);
    const sbClean = tally();
    check(sbClean, sb, sbMd);
    assert.deepEqual(sbClean.orsProse.problems, []);
    const oneSet = tally();
    check(
      oneSet,
      sb,
      sbMd.replace(
        '### Work Environment\n',
        "### Work Environment\n\nBLS's Occupational Requirements Survey (ORS, 2018) publishes one set of estimates for both occupations.\n",
      ),
    );
    assert.equal(oneSet.orsProse.problems.length, 1, oneSet.orsProse.problems.join('; '));
    assert.match(oneSet.orsProse.problems[0]!, /publishes them apart/);
    // A tool said only registered nurses' although nurse practitioners list one of its UNSPSC class (422722,
    // ventilators: bag-valve masks against IPPB machines).
    const rn = compare(store, '29-1141.00', '29-1171.00');
    const rnBad = structuredClone(rn);
    rnBad.workEnvironment.onet.tools.distinct.a = ['Bag-valve masks'];
    const cls = tally();
    check(cls, rnBad, renderMarkdown(rn));
    assert.equal(cls.tools.problems.length, 1, cls.tools.problems.join('; '));
    assert.match(cls.tools.problems[0]!, /UNSPSC class 422722/);
    const rnClean = tally();
    check(rnClean, rn, renderMarkdown(rn));
    assert.deepEqual(rnClean.tools.problems, []);
    // A specialisation's SOC-code figures given as its own (the group flag taken out of the text).
    const it = compare(store, '19-4051.00', '15-1299.09');
    const unflagged = renderMarkdown(it).replaceAll(' (BLS group 15-1299)', '').replaceAll('broader group 15-1299', '');
    const spec = tally();
    check(spec, it, unflagged);
    assert.equal(spec.bls.problems.length, 1, spec.bls.problems.join('; '));
    // A gap said to be O*NET's (not surveyed) for an occupation O*NET rated (19-4043.00: 29.0 skills here).
    const geo = compare(store, '19-4043.00', '11-3031.01');
    const gapBad = structuredClone(geo);
    gapBad.missing.push({ section: 'skills', side: 'a', what: 'O*NET skills ratings', cause: 'not_surveyed' });
    gapBad.missing.push({ section: 'workEnvironment', side: 'a', what: 'O*NET tools used' });
    const gaps = tally();
    check(gaps, gapBad, renderMarkdown(geo));
    assert.equal(gaps.gaps.problems.length, 2, gaps.gaps.problems.join('; '));
    const cleanLs = tally();
    check(cleanLs, ls, lsMd);
    assert.deepEqual([...cleanLs.duties.problems, ...cleanLs.orsProse.problems], []);
    assert.ok(cleanLs.orsProse.checks > 10, 'the ORS sentences of the article were checked');
    const clean = tally();
    check(clean, c, renderMarkdown(c));
    assert.deepEqual(
      Object.values(clean).flatMap((x) => x.problems),
      [],
    );
  });

  it('200 seeded random pairs: every claim re-derived from the source files', () => {
    const codes = [...src.occupations().keys()].sort();
    // TRUTH_PAIRS / TRUTH_SEED widen the run by hand (e.g. 500 pairs of seed 21); the suite's default is 200 of seed 8.
    const n = Number(process.env.TRUTH_PAIRS ?? 200);
    const seed = Number(process.env.TRUTH_SEED ?? 8);
    const rand = rng(seed);
    const t = tally();
    for (let i = 0; i < n; i++) {
      const a = codes[Math.floor(rand() * codes.length)]!;
      let b = codes[Math.floor(rand() * codes.length)]!;
      if (b === a) b = codes[(codes.indexOf(a) + 1) % codes.length]!;
      const c = compare(store, a, b);
      check(t, c, renderMarkdown(c));
    }
    report(`random pairs (${n}, seed ${seed})`, t);
    assertClean(t);
  });

  it('popular pairs: titles read as an expert codes them, and every claim true', () => {
    const { pairs } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/truth/popular-pairs.json'), 'utf8')) as {
      pairs: [[string, string], [string, string]][];
    };
    assert.ok(pairs.length >= 50);
    const t = tally();
    let right = 0;
    const misses: string[] = [];
    for (const [[ta, ca], [tb, cb]] of pairs) {
      const c = compare(store, ta, tb);
      for (const [typed, want, got] of [
        [ta, ca, c.resolution.a.code],
        [tb, cb, c.resolution.b.code],
      ] as const) {
        if (got === want) right++;
        else misses.push(`"${typed}" (next to "${typed === ta ? tb : ta}"): ${got}, coded ${want}`);
      }
      check(t, c, renderMarkdown(c));
    }
    const share = right / (pairs.length * 2);
    report(
      `popular pairs (${pairs.length})`,
      t,
      `; titles read as coded ${right}/${pairs.length * 2} = ${(share * 100).toFixed(1)}%`,
    );
    for (const m of misses) console.log(`  miss: ${m}`);
    assertClean(t);
    // Goal 98%; measured 97.4% (3 misses, listed above) when this suite was written: a drop below is a regression.
    assert.ok(share >= 0.97, `${(share * 100).toFixed(1)}% of popular-pair titles read as coded`);
  });

  it('more popular pairs (test/truth/popular-pairs-more.json, as typed): every claim true', () => {
    // The reading of these titles is the `reading` evaluation's (src/testkit/popular.ts); here only what is said.
    const file = path.join(PROJECT_ROOT, 'test/truth/popular-pairs-more.json');
    if (!fs.existsSync(file)) return;
    const { pairs } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pairs: [[string, string], [string, string]][] };
    const t = tally();
    const unread: string[] = [];
    for (const [[ta], [tb]] of pairs) {
      let c: Comparison;
      try {
        c = compare(store, ta, tb);
      } catch (err) {
        // A title the resolver will not guess at gets "did you mean", not an article: nothing is said to check.
        unread.push(`${ta} / ${tb}: ${(err as Error).message.slice(0, 80)}`);
        continue;
      }
      check(t, c, renderMarkdown(c));
    }
    report(`more popular pairs (${pairs.length}, ${unread.length} answered with "did you mean")`, t);
    for (const u of unread) console.log(`  did you mean: ${u}`);
    assertClean(t);
  });
});
