/** Unit tests: normalisation, plurals, abbreviations, title readings, edit distance, codes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCode } from './codes.js';
import { singular, titleReadings, tokens, withoutExcept } from './normalize.js';
import { editDistance, TypoIndex } from './typo.js';

test('tokens: case, punctuation, stop words, plurals and abbreviations meet', () => {
  assert.deepEqual(tokens('Producers and Directors'), ['producer', 'director']);
  assert.deepEqual(tokens('Sr. Software Engr'), ['senior', 'software', 'engineer']);
  assert.deepEqual(tokens('Admin Asst'), tokens('Administrative Assistant'));
  assert.deepEqual(tokens('Café Manager'), ['cafe', 'manager']);
  assert.deepEqual(tokens('Heating & Cooling'), ['heating', 'cooling']);
  assert.deepEqual(tokens('constructor'), ['constructor']);
});

test('singular: light plural stemming', () => {
  assert.equal(singular('secretaries'), 'secretary');
  assert.equal(singular('boxes'), 'box');
  assert.equal(singular('analysis'), 'analysis');
  assert.equal(singular('bus'), 'bus');
  assert.equal(singular('nurses'), 'nurse');
});

test('titleReadings: parenthesised aliases become their own readings', () => {
  assert.deepEqual(titleReadings('Registered Nurse (RN)'), ['Registered Nurse', 'RN']);
  assert.deepEqual(titleReadings('CEO (Chief Executive Officer)'), ['CEO', 'Chief Executive Officer']);
  assert.deepEqual(titleReadings('Welder'), ['Welder']);
});

test('withoutExcept: what a title excludes is cut, the rest kept', () => {
  assert.equal(withoutExcept('Dispatchers, Except Police, Fire, and Ambulance'), 'Dispatchers');
  assert.equal(withoutExcept('Transportation Attendants, except Flight Attendants'), 'Transportation Attendants');
  assert.equal(withoutExcept('Exception Analyst'), 'Exception Analyst');
  assert.equal(withoutExcept('Except'), 'Except');
});

test('editDistance: optimal string alignment with a cut-off', () => {
  assert.equal(editDistance('prodcer', 'producer', 2), 1);
  assert.equal(editDistance('porducer', 'producer', 2), 1);
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('abc', 'xyzxyz', 1), 2);
});

test('TypoIndex: nearest word, commoner on ties, nothing for short or far words', () => {
  const ix = new TypoIndex(
    new Map([
      ['producer', 10],
      ['product', 3],
      ['manager', 50],
      ['nurse', 5],
    ]),
  );
  assert.deepEqual(ix.correct('prodcer'), { word: 'producer', distance: 1 });
  assert.deepEqual(ix.correct('mangaer'), { word: 'manager', distance: 1 });
  assert.deepEqual(ix.correct('mnaagr'), { word: 'manager', distance: 2 });
  assert.equal(ix.correct('nrs'), undefined);
  assert.equal(ix.correct('xqzvbnm'), undefined);
  assert.equal(ix.correct('manager'), undefined);
});

test('TypoIndex: a word of ten letters or more may be three edits off, with its first letter kept', () => {
  const ix = new TypoIndex(
    new Map([
      ['maintenance', 40],
      ['analysis', 20],
    ]),
  );
  assert.deepEqual(ix.correct('maintanice'), { word: 'maintenance', distance: 3 });
  assert.equal(ix.correct('xaintanice'), undefined);
  // Nine letters: two edits at most.
  assert.equal(ix.correct('anylsisss'), undefined);
});

test('parseCode: O*NET-SOC and SOC codes in their usual spellings', () => {
  assert.deepEqual(parseCode('27-2012.00'), { soc: '27-2012', code: '27-2012.00' });
  assert.deepEqual(parseCode('27-2012'), { soc: '27-2012' });
  assert.deepEqual(parseCode(' 272012 '), { soc: '27-2012' });
  assert.deepEqual(parseCode('27201203'), { soc: '27-2012', code: '27-2012.03' });
  assert.equal(parseCode('27-20'), undefined);
  assert.equal(parseCode('nurse 2'), undefined);
});
