/**
 * The stored title index (index-codec.ts) on a small title list: decoding what was encoded gives the index
 * buildIndex made (entries, reading keys and the typo index, though made lazily, read as the built ones), the
 * same resolutions, arrays that behave as arrays, and a clear store error for a blob of another layout. Read in
 * parts (a head, one row per token, the whole blob on demand), it resolves as the built index while reading only
 * the rows of the tokens a query asks for, and equals it field by field once read whole.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CareerdiffError } from '../errors.js';
import {
  decodeTitleIndex,
  decodeTitleIndexParts,
  encodeTitleIndex,
  encodeTitleIndexHead,
  encodeTokenPostings,
  entriesInMemory,
  type IndexParts,
} from './index-codec.js';
import { headShares } from './query.js';
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

const QUERIES: string[] = [];

const plain = (x: TitleIndex) => ({
  ...x,
  entries: x.entries.map((e) => ({ code: e.code, title: e.title, kind: e.kind, weight: e.weight })),
  readKey: [...x.readKey],
  tokenIds: new Map(x.tokenIds),
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
  QUERIES.push(...queries);
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

/** The index's parts in memory, counting the token rows and whole blobs read. */
function partsOf(built: TitleIndex) {
  const rows = [...built.idf.keys()].map((t) => encodeTokenPostings(built, t));
  const whole = encodeTitleIndex(built);
  const read = { tokens: [] as number[], whole: 0 };
  const parts: IndexParts = {
    token: (id) => {
      read.tokens.push(id);
      // Each row on an odd byte offset: the decoder copies what is not aligned.
      const odd = Buffer.alloc(rows[id]!.length + 1);
      rows[id]!.copy(odd, 1);
      return odd.subarray(1);
    },
    whole: () => {
      read.whole++;
      return whole;
    },
  };
  return { parts, read, head: encodeTitleIndexHead(built) };
}

test('read in parts, it resolves as the built index, reading only the rows of the tokens asked for', () => {
  const built = buildIndex(ENTRIES, priors);
  const builtResolver = new Resolver(built);
  for (const q of QUERIES) {
    const { parts, read, head } = partsOf(built);
    const r = new Resolver(decodeTitleIndexParts(head, entriesInMemory(built.entries), parts));
    assert.deepStrictEqual(r.resolve(q, 5), builtResolver.resolve(q, 5), q);
    assert.equal(read.whole, 0, q);
    assert.ok(read.tokens.length < built.idf.length / 2, `${q}: ${read.tokens.length} token rows`);
    assert.equal(new Set(read.tokens).size, read.tokens.length, `${q}: a token row read twice`);
  }
  // One resolver for every query: rows accumulate, answers stay the same.
  const { parts, head } = partsOf(built);
  const r = new Resolver(decodeTitleIndexParts(head, entriesInMemory(built.entries), parts));
  for (const q of [...QUERIES, ...QUERIES]) assert.deepStrictEqual(r.resolve(q, 5), builtResolver.resolve(q, 5), q);
  const registered = r.index.tokenIds.get('registered');
  assert.equal(registered, built.tokenIds.get('registered'));
  assert.equal(r.index.tokenIds.get('zzz'), undefined);
  assert.equal(r.index.tokenIds.has('nurse'), true);
  assert.equal(r.index.tokenIds.size, built.tokenIds.size);
  assert.deepStrictEqual([...r.index.tokenIds], [...built.tokenIds]);
});

test('read in parts, it reads the whole blob once when every reading is needed or many tokens were asked for', () => {
  const built = buildIndex(ENTRIES, priors);
  const a = partsOf(built);
  const d = decodeTitleIndexParts(a.head, entriesInMemory(built.entries), a.parts);
  assert.deepStrictEqual(headShares(d), headShares(built));
  assert.equal(a.read.whole, 1);
  const { readAll, ...rest } = plain(d);
  assert.equal(typeof readAll, 'function');
  assert.deepStrictEqual(rest, plain(built));
  d.readAll?.();
  assert.equal(a.read.whole, 1);
  const b = partsOf(built);
  const few = decodeTitleIndexParts(b.head, entriesInMemory(built.entries), b.parts, 1);
  const r = new Resolver(few);
  assert.deepStrictEqual(
    r.resolve('senior software engineer', 5),
    new Resolver(built).resolve('senior software engineer', 5),
  );
  assert.equal(b.read.tokens.length, 1);
  assert.equal(b.read.whole, 1);
  // Reading keys asked for as a whole array are made from every reading.
  const c = partsOf(built);
  const keys = decodeTitleIndexParts(c.head, entriesInMemory(built.entries), c.parts);
  assert.deepStrictEqual([...keys.readKey], built.readKey);
});

test('read in parts, a damaged or missing token row is a store error that says to re-import', () => {
  const built = buildIndex(ENTRIES, priors);
  const { head } = partsOf(built);
  const nurse = built.tokenIds.get('nurse')!;
  const good = encodeTokenPostings(built, nurse);
  for (const row of [undefined, good.subarray(0, good.length - 4), Buffer.concat([good, Buffer.alloc(4, 0xff)])]) {
    const d = decodeTitleIndexParts(head, entriesInMemory(built.entries), {
      token: () => row,
      whole: () => undefined,
    });
    assert.throws(
      () => new Resolver(d).resolve('registered nurse', 5),
      (err: unknown) => err instanceof CareerdiffError && err.kind === 'store' && /careerdiff import/.test(err.message),
    );
  }
});
