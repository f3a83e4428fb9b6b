/** Unit tests: British spellings read as American ones, closed compounds split, only into known words. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommonwealthSpelling, respell, respeltIn, splitCompound, usSpellings } from './spelling.js';

const vocab = (...ws: string[]) => {
  const s = new Set(ws);
  return (w: string) => s.has(w);
};

test('usSpellings: British and Commonwealth forms give the American ones', () => {
  const has = (w: string, us: string) => assert.ok(usSpellings(w).includes(us), `${w} → ${us}: ${usSpellings(w)}`);
  has('counsellor', 'counselor');
  has('labour', 'labor');
  has('labourer', 'laborer');
  has('behavioural', 'behavioral');
  has('centre', 'center');
  has('theatre', 'theater');
  has('organisation', 'organization');
  has('organiser', 'organizer');
  has('programme', 'program');
  has('paediatric', 'pediatric');
  has('anaesthetist', 'anesthetist');
  has('orthopaedic', 'orthopedic');
  has('manoeuvre', 'maneuver');
  has('jewellery', 'jewelry');
  has('catalogue', 'catalog');
  has('licence', 'license');
  has('moulder', 'molder');
  has('analyser', 'analyzer');
  has('draughtsman', 'draftsman');
  assert.deepEqual(usSpellings('nurse'), []);
});

test('splitCompound: two known words of at least three letters, the most even split', () => {
  assert.deepEqual(splitCompound('stockbroker', vocab('stock', 'broker', 'stockb')), ['stock', 'broker']);
  assert.deepEqual(splitCompound('lineman', vocab('line', 'man', 'li', 'neman')), ['line', 'man']);
  assert.equal(splitCompound('stockbroker', vocab('stock')), undefined);
  assert.equal(splitCompound('enginer', vocab('engine', 'r')), undefined);
});

test('respell: only a word into known words; a spelling before a split', () => {
  assert.deepEqual(respell('counsellor', vocab('counselor')), ['counselor']);
  assert.equal(respell('counsellor', vocab('counsel')), undefined);
  assert.deepEqual(respell('stockbroker', vocab('stock', 'broker')), ['stock', 'broker']);
  assert.ok(respeltIn('counsellor', new Set(['counselor'])));
  assert.ok(respeltIn('stockbroker', new Set(['stock', 'broker'])));
  assert.ok(!respeltIn('pirate', new Set(['pilate', 'instructor'])));
});

test('respell: a split only into words some title writes side by side', () => {
  const known = vocab('soft', 'wear', 'stock', 'broker');
  const phrase = (a: string, b: string) => `${a} ${b}` === 'stock broker';
  assert.deepEqual(respell('stockbroker', known, phrase), ['stock', 'broker']);
  assert.equal(respell('softwear', known, phrase), undefined);
});

test('respell: only a real Commonwealth spelling, not a typo that fits a pattern', () => {
  assert.ok(isCommonwealthSpelling('counsellor'));
  assert.ok(!isCommonwealthSpelling('settre'));
  assert.equal(respell('settre', vocab('setter')), undefined);
  assert.deepEqual(respell('labourer', vocab('laborer')), ['laborer']);
});
