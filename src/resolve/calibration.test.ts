/** The stored calibration: fitted over the current features, a probability, increasing in the match score. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ConfidenceInput, confidence, FEATURES, interpolate } from './calibration.js';
import { CALIBRATION_MODEL } from './calibration-model.js';

const base: ConfidenceInput = {
  score: 0.9,
  second: 0.5,
  source: 'alternate',
  evidence: 1,
  ambiguous: false,
  levelWords: 0,
  corrected: 0,
  words: 2,
  rivals: 0,
  readings: 1,
};

test('the stored model was fitted over the features computed today', () => {
  assert.deepEqual([...CALIBRATION_MODEL.features], [...FEATURES]);
  assert.equal(CALIBRATION_MODEL.weights.length, FEATURES.length);
  const { x, y } = CALIBRATION_MODEL.isotonic;
  assert.ok(x.length > 2 && x.length === y.length);
  for (let i = 1; i < x.length; i++) assert.ok(x[i]! >= x[i - 1]! && y[i]! >= y[i - 1]!);
});

test('confidence is a probability that grows with the score and the gap, and falls when ambiguous', () => {
  const at = (o: Partial<ConfidenceInput>) => confidence({ ...base, ...o });
  for (const s of [0.2, 0.5, 0.8, 1]) {
    const p = at({ score: s });
    assert.ok(p >= 0 && p <= 1);
  }
  assert.ok(at({ score: 1, second: 0.3 }) > at({ score: 0.4, second: 0.3 }));
  assert.ok(at({ ambiguous: true, second: 0.88, readings: 3 }) < at({}));
  assert.equal(at({ source: 'code' }), 1);
  // A one-word title hundreds of occupations' titles hold ("supervisor": 5 of 1,687 are the top's) is less certain
  // than a word nearly all of one occupation's titles hold ("phlebotomist": 10 of 11).
  const one = { words: 1, tokens: 1, whole: true };
  assert.ok(at({ ...one, spread: 1687, topContained: 5 }) < at({ ...one, spread: 11, topContained: 10 }));
  // "Sales, Paper": a partial match whose occupation holds every title with both words is likelier right than one
  // holding none of them.
  const partial = { source: 'partial' as const, score: 0.8, second: 0.7, ambiguous: true, readings: 2, comma: true };
  assert.ok(at({ ...partial, spread: 2, topContained: 2 }) > at({ ...partial, spread: 0, topContained: 0 }));
});

test('interpolate: flat outside the knots, linear between', () => {
  assert.equal(interpolate([0.2, 0.6], [0.1, 0.5], 0), 0.1);
  assert.equal(interpolate([0.2, 0.6], [0.1, 0.5], 1), 0.5);
  assert.ok(Math.abs(interpolate([0.2, 0.6], [0.1, 0.5], 0.4) - 0.3) < 1e-12);
});

test('a kind of match with weights of its own is scored by them; the stored ones cover every feature', () => {
  for (const m of Object.values(CALIBRATION_MODEL.logisticByGroup ?? {}))
    assert.equal(m.weights.length, FEATURES.length);
  const flat = { x: [0, 1], y: [0, 1] };
  const model = {
    ...CALIBRATION_MODEL,
    isotonic: flat,
    isotonicByGroup: {},
    logisticByGroup: { exact: { weights: FEATURES.map(() => 0), bias: 10 } },
  };
  // An exact title uses its own bias (sure); a partial match the shared weights.
  assert.equal(confidence(base, model), 0.99);
  assert.notEqual(confidence({ ...base, source: 'partial' }, model), 0.99);
});
