/**
 * The stored title index (index-codec.ts) on a small title list: decoding what was encoded gives the index
 * buildIndex made (entries, reading keys and the typo index, though made lazily, read as the built ones), the
 * same resolutions, arrays that behave as arrays, and a clear store error for a blob of another layout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CareerdiffError } from '../errors.js';
import { decodeTitleIndex, encodeTitleIndex, entriesInMemory } from './index-codec.js';
import { Resolver } from './resolver.js';
import { buildIndex, type TitleIndex } from './title-index.js';
import type { TitleEntry } from './types.js';
import { titleEntry } from '../testkit/title-entry.js';

const E = titleEntry;

const ENTRIES: TitleEntry[] = [
  E('27-2012.00', 'Producers and Directors', 'occupation', 1),
  E('27-2012.00', 'Producer'),
  E('27-2012.00', 'Réalisateur (Film Director)', 'reported', 0.3),
  E('27-4011.00', 'Audio and Video Technicians', 'occupation', 1),
  E('27-4011.00', 'Video Production Assistant', 'alternate', 0.6),
  E('43-5061.00', 'Production, Planning, and Expediting Clerks', 'occupation', 1),
  E('43-5061.00', 'Production Assistant', 'alternate', 0.9),
  E('43-5061.00', 'Prod Asst', 'short', 0.9),
  E('29-1141.00', 'Registered Nurses', 'occupation', 1),
  E('29-1141.00', 'Registered Nurse (RN)', 'alternate', 1),
  E('29-1171.00', 'Nurse Practitioners', 'occupation', 1),
  E('15-1252.00', 'Software Developers', 'occupation', 1),
  E('15-1252.00', 'Software Engineer'),
];

const priors = new Map([
  ['29-1141.00', 0.9],
  ['15-1252.00', 0.7],
]);

const plain = (x: TitleIndex) => ({
  ...x,
  entries: x.entries.map((e) => ({ code: e.code, title: e.title, kind: e.kind, weight: e.weight })),
  readKey: [...x.readKey],
  buildMs: 0,
});

test('a decoded index equals the built one, field by field', () => {
  const built = buildIndex(ENTRIES, priors);
  const decoded = decodeTitleIndex(encodeTitleIndex(built), entriesInMemory(built.entries));
  assert.deepStrictEqual(plain(decoded), plain(built));
  assert.equal(decoded.entries[2]!.title, 'Réalisateur (Film Director)');
});

test('a decoded index resolves as the built one, typos and codes included', () => {
  const built = new Resolver(buildIndex(ENTRIES, priors));
  const decoded = new Resolver(decodeTitleIndex(encodeTitleIndex(built.index), entriesInMemory(built.index.entries)));
  const queries = [
    'producer',
    'production assistant',
    'RN',
    'registred nurse',
    'senior software engineer',
    'nurse',
    '29-1141',
    '29-1141.00',
    'prod asst',
    'film director',
    'no such title at all',
    'assistant production',
  ];
  for (const q of queries) assert.deepStrictEqual(decoded.resolve(q, 5), built.resolve(q, 5), q);
  assert.equal(decoded.resolve('registred nurse', 1).candidates[0]?.code, '29-1141.00');
});

test('its lazily made entries and reading keys behave as arrays', () => {
  const built = buildIndex(ENTRIES, priors);
  const d = decodeTitleIndex(encodeTitleIndex(built), entriesInMemory(built.entries));
  assert.equal(d.entries.length, ENTRIES.length);
  assert.ok(Array.isArray(d.entries));
  assert.equal(d.entries[99], undefined);
  assert.deepStrictEqual(
    [...d.entries].map((e) => e.title),
    ENTRIES.map((e) => e.title),
  );
  assert.deepStrictEqual(
    d.entries.filter((e) => e.kind === 'occupation').map((e) => e.code),
    ENTRIES.filter((e) => e.kind === 'occupation').map((e) => e.code),
  );
  assert.equal(JSON.stringify(d.readKey), JSON.stringify(built.readKey));
  assert.equal(d.readKey.indexOf('registered nurse'), built.readKey.indexOf('registered nurse'));
});

test('a blob not on an 8-byte boundary is read too', () => {
  const blob = encodeTitleIndex(buildIndex(ENTRIES, priors));
  const shifted = Buffer.alloc(blob.length + 3);
  blob.copy(shifted, 3);
  const d = decodeTitleIndex(shifted.subarray(3), entriesInMemory(ENTRIES));
  assert.deepStrictEqual(plain(d), plain(buildIndex(ENTRIES, priors)));
});

test('a blob of another layout or cut short is a store error that says to re-import', () => {
  const blob = encodeTitleIndex(buildIndex(ENTRIES, priors));
  for (const bad of [Buffer.from('not an index'), blob.subarray(0, blob.length - 16), Buffer.alloc(0)]) {
    assert.throws(
      () => decodeTitleIndex(bad, entriesInMemory(ENTRIES)),
      (err: unknown) => err instanceof CareerdiffError && err.kind === 'store' && /careerdiff import/.test(err.message),
    );
  }
});
