/** A title no single O*NET title holds, read through one occupation's title lists together (jointReading). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { jointReading } from './joint.js';
import { titleKey } from './titles.js';

const TITLES: [string, string][] = [
  ['27-2012.00', 'Director'],
  ['27-2012.00', 'Film Maker'],
  ['27-2012.00', 'Film Producer'],
  ['27-2012.00', 'TV Director (Television Director)'],
  ['27-2041.00', 'Music Director'],
  ['27-2041.00', 'Film Composer'],
  ['51-9151.00', 'Film Technician'],
  ['39-9011.00', "Child's Nurse"],
  ['39-9011.00', 'After School Counselor'],
  ['29-1141.00', 'Nurse'],
  ['29-1141.00', 'Staff Nurse'],
  ['39-9031.00', 'Trainer'],
  ['39-9031.00', 'Pilates Instructor'],
  ['11-9032.00', 'Director'],
  ['11-9032.00', 'Athletic Director'],
];

function store(titles = TITLES): StoreCache {
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE occupations (code TEXT, soc TEXT, title TEXT);
    CREATE TABLE title_keys (key TEXT, seq INTEGER, code TEXT, title TEXT, list TEXT)`);
  for (const [code, title] of [
    ['27-2012.00', 'Producers and Directors'],
    ['27-2041.00', 'Music Directors and Composers'],
    ['51-9151.00', 'Photographic Process Workers and Processing Machine Operators'],
    ['39-9011.00', 'Childcare Workers'],
    ['29-1141.00', 'Registered Nurses'],
    ['39-9031.00', 'Exercise Trainers and Group Fitness Instructors'],
    ['11-9032.00', 'Education Administrators, Kindergarten through Secondary'],
  ])
    d.prepare('INSERT INTO occupations VALUES (?, ?, ?)').run(code, code!.slice(0, 7), title);
  for (const [i, [code, title]] of titles.entries())
    d.prepare('INSERT INTO title_keys VALUES (?, ?, ?, ?, ?)').run(titleKey(title), i, code, title, 'alternate');
  return new StoreCache(d as unknown as DB);
}

test('the occupation listing the head word alone and the other words in its other titles is the reading', () => {
  const j = jointReading(store(), 'film director');
  assert.equal(j?.code, '27-2012.00');
  assert.equal(j?.head, 'Director');
  assert.deepEqual(j?.words, [{ word: 'film', titles: ['Film Maker', 'Film Producer'] }]);
});

test('no reading for a word no title of the occupation holds, for one word, or for a phrase', () => {
  assert.equal(jointReading(store(), 'dragon trainer'), undefined);
  assert.equal(jointReading(store(), 'space pirate'), undefined);
  assert.equal(jointReading(store(), 'director'), undefined);
  assert.equal(jointReading(store(), 'director of film'), undefined);
  // "Child's Nurse" is a longer title: the head word alone must be listed ("school nurse" is not a childcare worker).
  assert.equal(jointReading(store(), 'school nurse'), undefined);
});

test('two occupations holding the words as often: no reading', () => {
  const tied = store([...TITLES, ['11-9032.00', 'Film Studies Coordinator'], ['11-9032.00', 'Film Club Advisor']]);
  assert.equal(jointReading(tied, 'film director'), undefined);
});
