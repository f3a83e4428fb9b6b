/** Integration tests over the real O*NET 30.1 titles (read from the data folder's text files). */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { needsRealData, realDataDir } from '../testkit/real-store.js';
import { resolvePair } from './pair.js';
import { Resolver } from './resolver.js';
import { titlesFromFiles } from './titles-from-files.js';

const dir = path.join(realDataDir(), 'onet_30_1');
const skip = needsRealData();
const r = skip ? undefined : new Resolver(titlesFromFiles(dir));
const res = (q: string) => r!.resolve(q, 10);

test('associate producer → 27-2012.00 Producers and Directors', { skip }, () => {
  const c = res('associate producer').candidates[0];
  assert.equal(c?.code, '27-2012.00');
  assert.deepEqual(c?.levelWords, ['associate']);
});

test('prodcer (typo) → 27-2012.*', { skip }, () => {
  assert.match(res('prodcer').candidates[0]!.code, /^27-2012\./);
});

test('production assistant shows the clerk and the media readings', { skip }, () => {
  const pa = res('production assistant');
  const codes = pa.candidates.map((c) => c.code);
  assert.ok(codes.includes('43-5061.00'));
  assert.ok(codes.includes('27-4011.00') || codes.includes('27-4012.00'));
  assert.equal(pa.ambiguous, true);
  const [paired] = resolvePair(pa, res('associate producer'));
  assert.match(paired.candidates[0]!.code, /^27-401[12]\.00$/);
});

test('an exact occupation title is never pulled away by the other side', { skip }, () => {
  const [gd] = resolvePair(res('graphic designer'), res('web designer'));
  assert.equal(gd.candidates[0]!.code, '27-1024.00');
  const [carp] = resolvePair(res('carpenter'), res('cabinetmaker'));
  assert.equal(carp.candidates[0]!.code, '47-2031.00');
});

test('codes, common titles and acronyms', { skip }, () => {
  assert.equal(res('27-2012').candidates[0]?.code, '27-2012.00');
  assert.equal(res('software engineer').candidates[0]?.code, '15-1252.00');
  assert.equal(res('RN').candidates[0]?.code, '29-1141.00');
  assert.equal(res('LPN').candidates[0]?.code, '29-2061.00');
  assert.equal(res('registered nurse').ambiguous, false);
});

test('gibberish → no candidates', { skip }, () => {
  assert.deepEqual(res('xqzvbnm qwpfk').candidates, []);
});

test('words known only through far typo readings are no match, with suggestions (issue 12)', { skip }, () => {
  for (const q of ['xqzvw plorbt', 'plorbt', 'senior xqzvw']) {
    const g = res(q);
    assert.deepEqual(g.candidates, [], q);
    assert.equal(g.confidence, 0);
    assert.ok((g.suggestions ?? []).length > 0, q);
  }
  assert.match(res('xqzvw plorbt').note!, /plorbt→port/);
  // Near typos still match.
  assert.equal(res('registered nrse').candidates[0]?.code, '29-1141.00');
  assert.equal(res('sofware engineer').candidates[0]?.code, '15-1252.00');
  assert.match(res('acountnt').candidates[0]!.code, /^13-2011/);
});

test('employer-style forms: slash alternatives, codes and form words, grades (issue 13)', { skip }, () => {
  assert.match(res('Kitchen Helpers/Dishwashers').candidates[0]!.code, /^35-(2021|9021)\./);
  assert.equal(res('Registered Nurse #4471 FT').candidates[0]?.code, '29-1141.00');
  assert.equal(res('Registered Nurse - Part Time').candidates[0]?.code, '29-1141.00');
  assert.match(res('Welder (REQ-2231)').candidates[0]!.code, /^51-4121\./);
  assert.equal(res('Construction Worker I').candidates[0]?.code, '47-2061.00');
});

test('one-word titles many occupations use get an honest low confidence; clear titles a high one', { skip }, () => {
  for (const q of ['Supervisor', 'Grinder', 'Attendant']) {
    const c = res(q).confidence ?? 1;
    assert.ok(c < 0.6, `${q}: ${c}`);
    assert.equal(res(q).ambiguous, true, q);
  }
  assert.ok((res('registered nurse').confidence ?? 0) > 0.8);
  assert.equal(res('27-2012.00').confidence, 1);
});
