/**
 * Tests of whole articles from the hand-made Comparison fixtures in test/fixtures/write/: headings in the
 * seed's order, no template debris, same-occupation and missing-wage wording, every number traceable to the
 * JSON, determinism, and escaped, semantic HTML.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Comparison } from '../compare/types.js';
import { PROJECT_ROOT } from '../defaults.js';
import { articleDescription, articleTitle, renderHtmlFragment, renderHtmlPage, renderMarkdown } from './index.js';
import { toolText } from './sections/skills.js';

const DIR = path.join(PROJECT_ROOT, 'test/fixtures/write');
const load = (name: string): Comparison => JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8'));
const FIXTURES = ['seed-pair', 'same-code', 'same-input', 'hourly-only', 'code-inputs', 'missing-wages', 'ors-pair'];

const headings = (md: string) =>
  md
    .split('\n')
    .filter((l) => /^#{1,3} /.test(l))
    .map((l) => l.replace(/\\/g, ''));

test('the seed pair has the seed structure, in order', () => {
  const md = renderMarkdown(load('seed-pair'));
  assert.deepEqual(headings(md), [
    '# Associate Producer vs. Production Assistant: What Are the Differences?',
    '## Key Differences',
    '## What Is an Associate Producer?',
    '## What Is a Production Assistant?',
    '## Associate Producer vs. Production Assistant',
    '### Job Duties',
    '### Job Requirements',
    '### Work Environment',
    '### Skills',
    '### Salary',
    '### Outlook',
    '### How Similar Are They?',
    '### Moving Between Them',
    '## Key Figures',
    '## Questions Readers Ask',
    '### Which pays more, an associate producer or a production assistant?',
    '### Which needs more education?',
    '### Can a production assistant move into work as an associate producer?',
    '### Which has the better job outlook?',
    '## Sources',
  ]);
  assert.match(md, /^_Learn /m);
  assert.match(md, /Associate producers are compared here as Producers and Directors \(O\\\*NET 27-2012\.00\)/);
  assert.match(
    md,
    /No O\\\*NET title list \(occupation, alternate, short or reported titles\) has “associate producer”; the closest title is “Producer”, listed for Producers and Directors/,
  );
});

test('no template debris in any article', () => {
  for (const name of FIXTURES) {
    const md = renderMarkdown(load(name));
    for (const bad of [
      /undefined/,
      /NaN/,
      /\bnull\b/,
      /\[object/,
      /[^\n|] {2,}\S/,
      / [,.;:]/,
      /\band\s*[.,]/,
      /\(\s*\)/,
      /“\s*”/,
      /\.\./,
      /,,/,
    ]) {
      assert.doesNotMatch(md, bad, `${name}: ${bad}`);
    }
    // Every heading is followed by some text before the next heading of the same or a higher level.
    const lines = md.split('\n').filter((l) => l.trim() !== '');
    lines.forEach((l, i) => {
      const m = l.match(/^(#{2,3}) /);
      if (!m) return;
      const next = lines[i + 1] ?? '';
      const nm = next.match(/^(#{1,3}) /);
      assert.ok(!nm || nm[1]!.length > m[1]!.length, `${name}: empty section "${l}"`);
    });
    // Sentences start with a capital letter (or a quote / a brand such as iOS).
    for (const para of md.split('\n\n')) {
      if (/^[#|*_<-]/.test(para)) continue;
      assert.match(para, /^[A-Z“"$0-9O]/, `${name}: paragraph starts badly: ${para.slice(0, 60)}`);
    }
  }
});

test('one occupation twice: said plainly, no differences printed', () => {
  const md = renderMarkdown(load('same-code'));
  assert.match(md, /lead to the same occupation in the official data: Producers and Directors/);
  assert.doesNotMatch(md, /% more|earn about|twice as much|faster-growing|higher level of/);
  assert.match(md, /\| Figure \| Both titles \| Source \|/);
  assert.match(md, /Both titles share one set of BLS wage figures/);
  const same = renderMarkdown(load('same-input'));
  assert.match(same, /You entered “nurse” twice/);
  assert.equal(headings(same).filter((h) => h.startsWith('## What Is')).length, 1);
  assert.doesNotMatch(same, /nurses and nurses|nurses from those of nurses/);
});

test('missing and top-coded wages are worded, not invented', () => {
  const c = load('missing-wages');
  const md = renderMarkdown(c);
  assert.match(md, /BLS publishes no wage estimate for plumbers/);
  assert.match(md, /no BLS estimate for plumbers\./);
  assert.match(md, /\$239,200 or more/);
  assert.match(md, /BLS publishes no employment projection for plumbers\./);
  assert.doesNotMatch(md, /% more at the median/);
  assert.doesNotMatch(articleDescription(c), /Median annual wage/);
});

test('hourly-only wages are given per hour, once', () => {
  const md = renderMarkdown(load('hourly-only'));
  assert.match(md, /\$29\.05 an hour/);
  assert.doesNotMatch(md, /hourly wage was \$[\d.]+ an hour/);
  assert.equal((md.match(/BLS publishes only hourly wages/g) ?? []).length, 1);
});

/** Every number inside a JSON value (numbers, and digits inside strings such as codes and periods). */
function jsonNumbers(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (typeof v === 'string')
    for (const m of v.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, '')));
  else if (Array.isArray(v)) {
    out.push(v.length);
    for (const x of v) jsonNumbers(x, out);
  } else if (v && typeof v === 'object') for (const x of Object.values(v)) jsonNumbers(x, out);
  return out;
}

/** The displayed forms a raw JSON number may legitimately take. */
function displayForms(x: number): number[] {
  const r = (n: number, d: number) => Number(n.toFixed(d));
  return [
    x,
    r(x, 0),
    r(x, 1),
    r(x, 2),
    r(x * 100, 0),
    r(x * 100, 1),
    r(x, 1) * 1000,
    Math.round(x * 10) * 100,
    r(-x, 1),
    // ORS days said in years or months ("1,825 days (about 5 years)").
    Math.round(x / 365),
    Math.round(x / 30.4),
  ];
}

test('every number in the Markdown comes from the JSON', () => {
  for (const name of FIXTURES) {
    const c = load(name);
    const raw = jsonNumbers(c);
    const allowed = new Set<number>([0, 1, 5, 7, 10, 90, 4.0]); // scale ends (0–7, 1 to 5, 0 to 1), percentile names, CC BY 4.0
    for (const x of raw) for (const f of displayForms(x)) allowed.add(f);
    const positives = [...new Set(raw.filter((x) => x > 0))];
    const md = renderMarkdown(c);
    for (const m of md.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
      const n = Number(m[0].replace(/,/g, ''));
      if (allowed.has(n)) continue;
      // A derived relative difference ("about 51% more", "about 2.1 times as much") between two JSON numbers.
      const derived = positives.some((a) =>
        positives.some((b) => a !== b && (Math.round(((a - b) / b) * 100) === n || Number((a / b).toFixed(1)) === n)),
      );
      assert.ok(
        derived,
        `${name}: ${m[0]} is not in the JSON (context: …${md.slice(Math.max(0, m.index! - 60), m.index! + 20)}…)`,
      );
    }
  }
});

test('rendering is deterministic and does not mutate its input', () => {
  for (const name of FIXTURES) {
    const c = load(name);
    const before = JSON.stringify(c);
    const one = renderMarkdown(c);
    assert.equal(renderMarkdown(structuredClone(c)), one);
    assert.equal(renderHtmlFragment(c), renderHtmlFragment(c));
    assert.equal(JSON.stringify(c), before);
  }
});

test('wording varies between pairs but not within a pair', () => {
  const seen = new Set(FIXTURES.map((n) => renderMarkdown(load(n)).split('\n')[2]));
  assert.ok(seen.size >= 2, 'the dek never varies');
});

test('HTML fragment is semantic and escapes every string', () => {
  const c = load('seed-pair');
  c.input.a = 'associate <script>alert("x")</script> & producer';
  const html = renderHtmlFragment(c);
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /&lt;script&gt;/);
  assert.match(html, /&amp; Producer/);
  assert.match(html, /^<article class="cd-article">/);
  assert.match(html, /<h1>[^<]+<\/h1>/);
  assert.match(html, /<table class="cd-table cd-key-figures">\n<caption>/);
  assert.match(html, /<th scope="col">Figure<\/th>/);
  assert.match(html, /<th scope="row">Median annual wage, May 2025<\/th>/);
  assert.doesNotMatch(html, /style=|<style|onclick|javascript:/i);
  const h2 = [...html.matchAll(/<h([1-3])[^>]*>/g)].map((m) => Number(m[1]));
  assert.equal(h2[0], 1);
  for (let i = 1; i < h2.length; i++) assert.ok(h2[i]! - h2[i - 1]! <= 1, 'heading levels skip');
  const page = renderHtmlPage(load('seed-pair'));
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /<style>[\s\S]+<\/style>/);
  assert.match(page, /<meta name="description" content="[^"]+">/);
  assert.match(page, /<title>Associate Producer vs\. Production Assistant: What Are the Differences\?<\/title>/);
});

test('title and description for meta tags', () => {
  const c = load('seed-pair');
  assert.equal(articleTitle(c), 'Associate Producer vs. Production Assistant: What Are the Differences?');
  const d = articleDescription(c);
  assert.match(d, /^Associate Producer vs\. Production Assistant: /);
  assert.match(d, /\$90,360 vs\. \$59,570/);
  assert.equal(
    articleTitle(load('code-inputs')),
    'Producers and Directors vs. Production, Planning, and Expediting Clerks: What Are the Differences?',
  );
});

test('attribution text and reference periods are in the footer', () => {
  const md = renderMarkdown(load('seed-pair'));
  const footer = md.slice(md.indexOf('## Sources'));
  assert.match(
    footer,
    /This product includes information from the O\\\*NET 30\.1 Database by the U\.S\. Department of Labor/,
  );
  assert.match(
    footer,
    /Wages: U\.S\. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 \(and May 2024\)/,
  );
  assert.match(footer, /Projections: BLS Employment Projections 2024–2034/);
  // The seed pair uses the ORS for producers' education only: the credit names the survey, not "Work environment".
  assert.match(
    footer,
    /Occupational requirements: U\.S\. Bureau of Labor Statistics, Occupational Requirements Survey\./,
  );
  assert.doesNotMatch(footer, /Work environment: /);
  const table = md.slice(md.indexOf('## Key Figures'), md.indexOf('## Sources'));
  assert.match(table, /BLS OEWS, May 2025/);
  assert.match(table, /O\\\*NET 30\.1, December 2025/);
});

test('"the move asks for nothing new" only when the ratings could have shown a gap', () => {
  const c = load('seed-pair');
  Object.assign(c.gap.aToB, { skills: [], knowledge: [], abilities: [], activities: [], technologies: [] });
  const nothing = /on paper the move asks for nothing new/;
  assert.match(renderMarkdown(c), nothing);
  // Production assistants without skill ratings: missing data, not "nothing new".
  for (const r of c.skills.skills.all) r.level.b = null;
  const md = renderMarkdown(c);
  assert.doesNotMatch(md, nothing);
  assert.match(md, /The data here lacks some of the ratings .* so what the move asks for cannot be measured\./);
});

test('tools read as a phrase: trailing acronym in parentheses, a countable singular head made plural', () => {
  // Fact check (software engineer vs web developer): "software engineers use graphics processing unit GPU".
  assert.equal(toolText('Graphics processing unit GPU'), 'graphics processing units (GPU)');
  assert.equal(toolText('Integrated receiver decoders IRD'), 'integrated receiver decoders (IRD)');
  assert.equal(toolText('Personal protective equipment'), 'personal protective equipment');
  assert.equal(toolText('Universal serial bus USB flash drives'), 'universal serial bus USB flash drives');
});
