/**
 * Tests of the answer-first parts of the article: the key-differences summary under the title (wages within
 * the first 250 words), the questions readers ask (and their FAQ data), claims about titles made only from the
 * all-occupation title facts, the reader's title spelled right, and one occupation under two titles.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Comparison } from '../compare/types.js';
import { PROJECT_ROOT } from '../defaults.js';
import { articleOf, renderHtmlFragment, renderMarkdown } from './index.js';
import { articleLength, repeatedSentences, wordsBefore } from './measure.js';
import { namesFor, occupationPhrase } from './names.js';
import { occupationList } from './sections/whatis.js';

const DIR = path.join(PROJECT_ROOT, 'test/fixtures/write');
const load = (name: string): Comparison => JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8'));

test('key differences come right under the title, with both medians and the gap in the first 250 words', () => {
  const c = load('seed-pair');
  const a = articleOf(c);
  assert.ok(a.keyDifferences, 'no key differences');
  const md = renderMarkdown(c);
  const lines = md.split('\n').filter((l) => l.trim());
  assert.equal(lines[2], '## Key Differences');
  const kd = md.slice(md.indexOf('## Key Differences'), md.indexOf('## What Is'));
  assert.match(kd, /\*\*Associate Producer \(compared as Producers and Directors\):\*\* produce or direct stage/);
  assert.match(
    kd,
    /Median annual wage \(BLS, May 2025\):\*\* \$90,360 for producers and directors and \$59,570 for broadcast technicians, a gap/,
  );
  assert.match(kd, /a gap of \$30,790 \(about 52% more\) in favor of producers and directors/);
  assert.match(kd, /a bachelor's degree for producers and directors; an associate's degree for broadcast technicians/);
  assert.match(kd, /grow 4\.9% for producers and directors and to decline 2\.8% for broadcast technicians/);
  const w = wordsBefore(md, '$59,570');
  assert.ok(w !== null && w < 250, `wage answer after ${w} words`);
  assert.match(renderHtmlFragment(c), /<\/header>\n<section class="cd-section cd-key-differences"/);
});

test('questions readers ask are answered from the data, and none is asked that the data cannot answer', () => {
  const c = load('seed-pair');
  const { faq } = articleOf(c);
  const q = faq.map((f) => f.question);
  assert.deepEqual(q, [
    'Which pays more, an associate producer or a production assistant?',
    'Which needs more education?',
    'Can a production assistant move into work as an associate producer?',
    'Which has the better job outlook?',
  ]);
  // The reader's titles stand for broader occupations: the answer says so.
  assert.match(
    faq[0]!.answer,
    /^Going by the occupations compared, associate producers do, by \$30,790 \(about 52% more\) at the median/,
  );
  assert.match(
    faq[1]!.answer,
    /^Going by the occupations compared, associate producers usually do: BLS gives a bachelor's degree/,
  );
  assert.match(faq[2]!.answer, /Job zone goes up from 3 to 4|job zone goes up from 3 to 4/);
  assert.match(faq[3]!.answer, /associate producers, by this measure: BLS projects employment/);
  // Without wages there is no pay question; without projections no outlook question.
  const bare = load('seed-pair');
  bare.salary.wages.b = null;
  bare.outlook.projections.b = null;
  const q2 = articleOf(bare).faq.map((f) => f.question);
  assert.ok(!q2.some((x) => /pays more|outlook/.test(x)), q2.join(' | '));
});

test('one occupation under two titles: its own headline, no differences asked or invented', () => {
  const c = load('same-code');
  const a = articleOf(c);
  assert.match(a.title, /: One Occupation, Two Titles$/);
  const md = renderMarkdown(c);
  assert.doesNotMatch(md, /What Are the Differences/);
  assert.doesNotMatch(md, /in favor of|usually do:|Which has the better/);
  assert.ok(a.faq[0]!.question.startsWith('Are '), a.faq[0]!.question);
  assert.match(a.faq[0]!.answer, /^In the official data, yes/);
  // One occupation: a gap is said of it, never "for either occupation".
  assert.doesNotMatch(md, /either occupation/);
  assert.match(md, /environmental conditions\) for [a-z]/);
  const once = load('same-input');
  assert.match(articleOf(once).title, /: One Occupation in the Official Data$/);
});

test('title claims: "not listed" only when no list of any occupation has the title', () => {
  const c = load('seed-pair');
  const md = renderMarkdown(c);
  // Listed for another occupation: said, with why this reading was chosen.
  assert.match(
    md,
    /O\\\*NET lists “Production Assistant” as a title of Production, Planning, and Expediting Clerks\. Next to an associate producer, the reading as Broadcast Technicians fits better: O\\\*NET lists “Digital Production Assistant” for Broadcast Technicians\./,
  );
  assert.doesNotMatch(md, /does not list “production assistant”/i);
  // Listed nowhere: said so, with the closest title.
  assert.match(md, /No O\\\*NET title list .* has “associate producer”/);
  // Without the facts (an older Comparison), no claim about O*NET's lists at all.
  const old = load('seed-pair');
  delete old.titles;
  const md2 = renderMarkdown(old);
  assert.doesNotMatch(md2, /No O\\\*NET title list|does not list|O\\\*NET lists “/);
  // Listed by the chosen occupation itself, and by another one.
  const own = load('seed-pair');
  own.titles!.b = {
    checked: 'production assistant',
    listedByChosen: true,
    listedBy: [
      {
        code: own.resolution.b.code,
        occupation: own.resolution.b.title,
        title: 'Production Assistant',
        lists: ['alternate', 'reported'],
        exact: true,
      },
      {
        code: '43-5061.00',
        occupation: 'Production, Planning, and Expediting Clerks',
        title: 'Production Assistant',
        lists: ['alternate'],
        exact: true,
      },
    ],
    chosenMatch: null,
  };
  const md3 = renderMarkdown(own);
  assert.match(
    md3,
    /O\\\*NET lists “Production Assistant” as an alternate title and a reported job title of this occupation\. “Production Assistant” is also a title of Production, Planning, and Expediting Clerks\./,
  );
});

test('the reader title is spelled right in headings and prose; what was typed stays in the note', () => {
  const c = load('seed-pair');
  c.input.a = 'asociate prodcer';
  c.resolution.a.input = 'asociate prodcer';
  c.resolution.a.corrected = { asociate: 'associate', prodcer: 'producer' };
  const a = articleOf(c);
  assert.equal(a.title, 'Associate Producer vs. Production Assistant: What Are the Differences?');
  const md = renderMarkdown(c);
  assert.equal((md.match(/asociate|prodcer/g) ?? []).length, 2, 'typed text only in the note');
  assert.match(md, /You typed “asociate prodcer”, read here as “associate producer”\./);
  // The matched title's spelling when it has the same words; plural typed words stay plural in running text.
  const n = namesFor(
    { ...c.resolution.a, matched: 'Software Engineer', corrected: { softwear: 'software', enginers: 'engineer' } },
    'softwear enginers',
  );
  assert.equal(n.heading, 'Software Engineer');
  assert.equal(n.many, 'software engineers');
  assert.equal(n.typed, 'softwear enginers');
});

test('readable length: details collapsed, no sentence repeated, equal sides said once, long titles shortened', () => {
  for (const name of ['seed-pair', 'ors-pair', 'missing-wages', 'same-code']) {
    const c = load(name);
    const len = articleLength(articleOf(c));
    assert.ok(len.prose <= 1500, `${name}: ${len.prose} words`);
    assert.ok(len.withDetails > len.prose, `${name}: nothing collapsible`);
    assert.deepEqual(repeatedSentences(renderMarkdown(c)), [], name);
  }
  assert.match(
    renderHtmlFragment(load('seed-pair')),
    /<details class="cd-details">\n<summary>Typical tasks of producers and directors, according to O\*NET<\/summary>/,
  );
  // The same BLS entry requirements on both sides: one sentence.
  const c = load('seed-pair');
  c.requirements.entry.b = { ...c.requirements.entry.a!, soc: c.resolution.b.soc };
  const md = renderMarkdown(c);
  assert.match(md, /For both, BLS gives a bachelor's degree as the typical entry-level education/);
  assert.equal((md.match(/typical entry-level education for broadcast technicians/g) ?? []).length, 0);
  // A long official title: in full at first, then the reader's title (or the title's first plural part).
  const w = namesFor(
    { ...c.resolution.a, title: 'Welders, Cutters, Solderers, and Brazers', code: '51-4121.00' },
    'welder',
  );
  assert.equal(w.occupationText, 'welders, cutters, solderers, and brazers');
  assert.equal(w.short, 'welders');
  // A career-stage title names part of the occupation's workforce, whose figures BLS and O*NET do not publish apart:
  // the occupation's figures are never said of it (lead's fact check: "BLS counted 465,840 jobs for apprentice
  // plumbers", all plumbers, pipefitters, and steamfitters).
  const stage = (typed: string, title: string) => namesFor({ ...c.resolution.a, title, code: '47-2152.00' }, typed);
  assert.equal(
    stage('apprentice plumber', 'Plumbers, Pipefitters, and Steamfitters').short,
    'plumbers, pipefitters, and steamfitters',
  );
  assert.equal(stage('student nurse', 'Registered Nurses').short, 'registered nurses');
  assert.equal(stage('senior welder', 'Welders, Cutters, Solderers, and Brazers').short, 'welders');
  assert.equal(stage('Entry-Level Welders', 'Welders, Cutters, Solderers, and Brazers').short, 'welders');
  assert.equal(stage('apprentice plumber', 'Plumbers, Pipefitters, and Steamfitters').heading, 'Apprentice Plumber');
  assert.equal(stage('pipe welder', 'Welders, Cutters, Solderers, and Brazers').short, 'pipe welders');
  // A title read through added words no O*NET list holds (refusals engineer: "$53,750 for oilfield welders" was
  // every welder's median).
  const oilfield = namesFor(
    {
      ...c.resolution.a,
      title: 'Welders, Cutters, Solderers, and Brazers',
      code: '51-4121.00',
      modifier: { head: 'welder', words: ['oilfield'], how: 'elsewhere', titles: [] },
    },
    'oilfield welder',
  );
  assert.equal(oilfield.short, 'welders');
  assert.equal(oilfield.heading, 'Oilfield Welder');
  const code = namesFor(
    { ...c.resolution.a, title: 'Welders, Cutters, Solderers, and Brazers', code: '51-4121.00', method: 'code' },
    '51-4121.00',
  );
  assert.equal(code.short, 'welders');
  // A typed code's running text is the short name too (fact check: 19-4043.00 repeated "geological technicians
  // (except hydrologic technicians)" 18 times).
  assert.equal(code.many, 'welders');
  assert.equal(
    namesFor(
      { ...c.resolution.a, title: 'Geological Technicians, Except Hydrologic Technicians', method: 'code' },
      '19-4043.00',
    ).many,
    'geological technicians',
  );
  // Never a cut inside one noun phrase, nor a catch-all without its "other" (fact check: animal caretakers vs
  // 45-1011.00 said "first-line supervisors of farming").
  const byCode = (title: string) =>
    namesFor({ ...c.resolution.a, title, code: '45-1011.00', method: 'code' }, '45-1011.00').short;
  const shortOf: [string, string][] = [
    [
      'First-Line Supervisors of Farming, Fishing, and Forestry Workers',
      'first-line supervisors of farming, fishing, and forestry workers',
    ],
    [
      'First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand',
      'first-line supervisors of helpers, laborers, and material movers (hand)',
    ],
    ['Managers, All Other', 'other managers'],
    ['Cooks, Restaurant', 'restaurant cooks'],
    ['Directors, Religious Activities and Education', 'religious activities and education directors'],
    [
      'Securities, Commodities, and Financial Services Sales Agents',
      'securities, commodities, and financial services sales agents',
    ],
    ['Claims Adjusters, Examiners, and Investigators', 'claims adjusters'],
    [
      'Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education',
      'teaching assistants',
    ],
    ['Camera Operators, Television, Video, and Film', 'camera operators'],
    ['Hosts and Hostesses, Restaurant, Lounge, and Coffee Shop', 'hosts and hostesses'],
    ['Social Sciences Teachers, Postsecondary, All Other', 'other postsecondary social sciences teachers'],
    ['Mobile Heavy Equipment Mechanics, Except Engines', 'mobile heavy equipment mechanics'],
    [
      'Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel',
      'sales representatives of services',
    ],
  ];
  for (const [title, short] of shortOf) assert.equal(byCode(title), short, title);
  const phraseOf: [string, string][] = [
    [
      'Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel',
      'sales representatives of services (except advertising, insurance, financial services, and travel)',
    ],
    [
      'Transportation Vehicle, Equipment and Systems Inspectors, Except Aviation',
      'transportation vehicle, equipment and systems inspectors (except aviation)',
    ],
    [
      'Engineering Technologists and Technicians, Except Drafters, All Other',
      'other engineering technologists and technicians (except drafters)',
    ],
  ];
  for (const [title, phrase] of phraseOf) assert.equal(occupationPhrase(title), phrase, title);
  assert.equal(namesFor(c.resolution.a, 'associate producer').short, 'producers and directors');
  // A trailing "Except …" qualifies the whole list title (fact check: teacher assistant vs teacher printed
  // "preschool, elementary, middle, and secondary school, except special education teaching assistants").
  assert.equal(
    occupationPhrase(
      'Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education',
    ),
    'preschool, elementary, middle, and secondary school teaching assistants (except special education)',
  );
  // After the first mention, the survey figures, interests and key differences use the short name too: a long
  // official title is not repeated in every ORS sentence.
  const ors = load('ors-pair');
  ors.resolution.a.title = 'Construction Laborers, Except Special Education';
  const long = renderMarkdown(ors);
  assert.equal((long.match(/construction laborers \(except special education\)/g) ?? []).length, 0);
  assert.match(long, /for construction laborers/);
  // Two sides whose short names would read alike keep their occupation names.
  const twins = load('ors-pair');
  twins.resolution.a.title = 'Cooks, Restaurant';
  twins.resolution.b.title = 'Cooks, Institution and Cafeteria';
  twins.input = { a: 'cook', b: 'cooks' };
  const both = renderMarkdown(twins);
  assert.ok((both.match(/ restaurant cooks/g) ?? []).length > 5, 'restaurant cooks named through the article');
  assert.ok((both.match(/ institution and cafeteria cooks/g) ?? []).length > 5, 'institution cooks named throughout');
});

test('another reading that is the other side is not called "not compared here"', () => {
  const c = load('seed-pair');
  c.resolution.a.alternatives = [
    {
      code: c.resolution.b.code,
      soc: c.resolution.b.soc,
      title: c.resolution.b.title,
      score: 0.5,
      matched: 'Producer',
      source: 'alternate',
    },
  ];
  const md = renderMarkdown(c);
  assert.doesNotMatch(md, /“Associate producer” can also be read as Broadcast Technicians/);
});

test('occupation titles in a list keep their bounds, though titles hold "and" and commas', () => {
  // Fact check (data scientist vs financial analyst): "also a title of Financial Quantitative Analysts and
  // Statisticians" read as one occupation; 13-2099.01 and 15-2041.00 each list "Financial Analyst".
  assert.equal(
    occupationList('of', ['Financial Quantitative Analysts', 'Statisticians']),
    'of Financial Quantitative Analysts and of Statisticians',
  );
  assert.equal(occupationList('of', ['Producers and Directors']), 'of Producers and Directors');
  assert.equal(
    occupationList('of', ['Chefs and Head Cooks', 'Cooks, Fast Food', 'Cooks, Institution and Cafeteria'], 7),
    'of Chefs and Head Cooks; Cooks, Fast Food; Cooks, Institution and Cafeteria; and other occupations',
  );
  assert.equal(
    occupationList('', ['A (as “x”)', 'B (as “y”)', 'C (as “z”)']),
    'A (as “x”); B (as “y”); and C (as “z”)',
  );
});
