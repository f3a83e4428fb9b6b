/** Unit tests of the resolver on a small in-memory title list. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CareerdiffError } from '../errors.js';
import { resolvePair } from './pair.js';
import { Resolver } from './resolver.js';
import type { TitleEntry } from './types.js';
import { titleEntry } from '../testkit/title-entry.js';

const E = titleEntry;

const ENTRIES: TitleEntry[] = [
  E('27-2012.00', 'Producers and Directors', 'occupation', 1),
  E('27-2012.00', 'Producer'),
  E('27-2012.00', 'Film Director'),
  E('27-4011.00', 'Audio and Video Technicians', 'occupation', 1),
  E('27-4011.00', 'Video Production Assistant', 'alternate', 0.6),
  E('27-4012.00', 'Broadcast Technicians', 'occupation', 1),
  E('27-4012.00', 'News Production Assistant', 'alternate', 0.6),
  E('27-4012.00', 'Digital Production Assistant', 'alternate', 0.6),
  E('43-5061.00', 'Production, Planning, and Expediting Clerks', 'occupation', 1),
  E('43-5061.00', 'Production Assistant', 'alternate', 0.9),
  E('31-9092.00', 'Medical Assistants', 'occupation', 1),
  E('29-1141.00', 'Registered Nurses', 'occupation', 1),
  E('29-1141.00', 'Registered Nurse (RN)', 'alternate', 1),
  E('11-9111.00', 'Medical and Health Services Managers', 'occupation', 1),
  E('11-9111.00', 'Clinic Manager'),
  E('15-1252.00', 'Software Developers', 'occupation', 1),
  E('15-1252.00', 'Software Engineer'),
  E('41-2031.00', 'Retail Salespersons', 'occupation', 1),
  E('41-2031.00', 'Sales Associate'),
];

const r = new Resolver(ENTRIES);
const top = (q: string) => r.resolve(q).candidates[0];

test('exact titles, and case / punctuation / plural / word-order variants', () => {
  assert.equal(top('Producers and Directors')?.source, 'occupation');
  assert.equal(top('Producers and Directors')?.score, 1);
  assert.equal(top('software engineer')?.code, '15-1252.00');
  assert.equal(top('SOFTWARE ENGINEERS')?.code, '15-1252.00');
  const reordered = top('nurses, registered');
  assert.equal(reordered?.code, '29-1141.00');
  assert.ok(reordered && reordered.score < 1 && reordered.score > 0.9);
});

test('abbreviations and acronyms', () => {
  assert.equal(top('clinic mgr')?.code, '11-9111.00');
  assert.equal(top('software engr')?.code, '15-1252.00');
  assert.equal(top('RN')?.code, '29-1141.00');
});

test('typos are corrected and labelled fuzzy with a lower score', () => {
  const c = top('prodcer');
  assert.equal(c?.code, '27-2012.00');
  assert.equal(c?.source, 'fuzzy');
  assert.deepEqual(c?.corrected, { prodcer: 'producer' });
  assert.ok(c && c.score < 0.95);
});

test('level words are matched around and reported; titles that contain them win', () => {
  const senior = top('Senior Software Engineer');
  assert.equal(senior?.code, '15-1252.00');
  assert.deepEqual(senior?.levelWords, ['senior']);
  const assoc = top('Associate Producer');
  assert.equal(assoc?.code, '27-2012.00');
  assert.deepEqual(assoc?.levelWords, ['associate']);
  assert.equal(top('medical assistant')?.code, '31-9092.00');
  assert.equal(top('medical assistant')?.levelWords, undefined);
  assert.equal(top('sales associate')?.code, '41-2031.00');
  assert.equal(top('software engineer II')?.code, '15-1252.00');
});

test('codes typed directly', () => {
  assert.equal(top('27-2012.00')?.source, 'code');
  assert.equal(top('272012')?.code, '27-2012.00');
  const none = r.resolve('99-9999.00');
  assert.equal(none.candidates.length, 0);
});

test('ambiguity is shown: production assistant has a clerk and a media reading', () => {
  const res = r.resolve('production assistant');
  assert.equal(res.ambiguous, true);
  assert.equal(res.candidates[0]?.code, '43-5061.00');
  const codes = res.candidates.map((c) => c.code);
  assert.ok(codes.includes('27-4011.00') || codes.includes('27-4012.00'));
  assert.equal(r.resolve('software engineer').ambiguous, false);
});

test('pair re-ranking picks the reading that fits the other side and keeps the rest', () => {
  const [pa, ap] = resolvePair(r.resolve('production assistant'), r.resolve('associate producer'));
  assert.match(pa.candidates[0]!.code, /^27-401[12]\.00$/);
  assert.ok(pa.candidates.some((c) => c.code === '43-5061.00'));
  assert.equal(ap.candidates[0]?.code, '27-2012.00');
  const [alone] = resolvePair(r.resolve('production assistant'), r.resolve('production planning clerk'));
  assert.equal(alone.candidates[0]?.code, '43-5061.00');
});

test('no match: empty candidates with suggestions; weak matches are partial and low', () => {
  const res = r.resolve('xqzvbnm');
  assert.deepEqual(res.candidates, []);
  assert.ok(res.note?.includes('no O*NET title'));
  const near = r.resolve('producr xqzv');
  assert.ok(near.candidates.every((c) => c.source !== 'alternate' || c.score < 0.9));
  const far = r.resolve('qrodxcxr');
  assert.deepEqual(far.candidates, []);
  assert.ok(far.suggestions?.includes('producer'));
});

test("official titles: the occupations a title excludes are no evidence for it ('Except …')", () => {
  const x = new Resolver([
    E('43-5031.00', 'Public Safety Telecommunicators', 'occupation', 1),
    E('43-5031.00', 'Police Dispatcher'),
    E('43-5032.00', 'Dispatchers, Except Police, Fire, and Ambulance', 'occupation', 1),
    E('43-5032.00', 'Truck Dispatcher'),
    E('53-2031.00', 'Flight Attendants', 'occupation', 1),
    E('53-6061.00', 'Passenger Attendants', 'occupation', 1),
    E('53-6061.00', 'Transportation Attendant'),
  ]);
  assert.equal(x.resolve('Police, Fire, and Ambulance Dispatchers').candidates[0]?.code, '43-5031.00');
  assert.equal(x.resolve('Transportation Attendants, Except Flight Attendants').candidates[0]?.code, '53-6061.00');
  // The occupation's own title still reads as itself, exclusions and all.
  assert.equal(x.resolve('Dispatchers, Except Police, Fire, and Ambulance').candidates[0]?.code, '43-5032.00');
});

test("'Sales <product>' is a salesperson of it, not a job that handles the product", () => {
  const x = new Resolver([
    E('49-9021.00', 'Heating, Air Conditioning, and Refrigeration Mechanics and Installers', 'occupation', 1),
    E('49-9021.00', 'A/C Tech (Air Conditioning Technician)'),
    E(
      '41-4011.00',
      'Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products',
      'occupation',
      1,
    ),
    E('41-4011.00', 'HVAC Commercial Salesperson (Heating, Ventilation, and Air Conditioning Commercial Salesperson)'),
    E('11-2022.00', 'Sales Managers', 'occupation', 1),
  ]);
  assert.equal(x.resolve('Air Conditioning Equipment').candidates[0]?.code, '49-9021.00');
  assert.equal(x.resolve('Sales Air Conditioning Equipment').candidates[0]?.code, '41-4011.00');
  assert.equal(x.resolve('Sales Manager').candidates[0]?.code, '11-2022.00');
  // The technician's title has no sales word: it scores less than it would if the query were read as the product.
  const tech = (r: Resolver) =>
    r.resolve('Sales Air Conditioning Equipment', 5).candidates.find((c) => c.code === '49-9021.00')?.score ?? 0;
  const lenient = new Resolver(x.index, { missingSalesPenalty: 1 });
  assert.ok(tech(x) > 0 && tech(x) <= 0.86 * tech(lenient));
});

test('empty and overlong input are usage errors', () => {
  assert.throws(
    () => r.resolve('   '),
    (e: unknown) => e instanceof CareerdiffError && e.kind === 'usage',
  );
  assert.throws(
    () => r.resolve('x'.repeat(500)),
    (e: unknown) => e instanceof CareerdiffError && e.kind === 'usage',
  );
});
