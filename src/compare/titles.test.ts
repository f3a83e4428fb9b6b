/** Title facts are checked against every title list of every occupation, never only the chosen one's. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { DB } from '../store/open.js';
import { correctedTitle, titleFacts, titleKey, titleLists } from './titles.js';
import { StoreCache } from '../store/cache.js';
import type { Resolution } from './types.js';

function db(): DB {
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE occupations (code TEXT, title TEXT);
    CREATE TABLE alt_titles (occ_code TEXT, title TEXT, short_title TEXT);
    CREATE TABLE reported_titles (occ_code TEXT, title TEXT);
    INSERT INTO occupations VALUES ('43-5061.00','Production, Planning, and Expediting Clerks'),
      ('27-4012.00','Broadcast Technicians'),('29-1141.00','Registered Nurses'),('27-1024.00','Graphic Designers'),
      ('15-1255.00','Web and Digital Interface Designers');
    INSERT INTO alt_titles VALUES ('43-5061.00','Production Assistant',NULL),('27-4012.00','News Production Assistant',NULL),
      ('29-1141.00','Registered Nurse (RN)','RN'),('15-1255.00','Graphics Designer',NULL);
    INSERT INTO reported_titles VALUES ('43-5061.00','Production Assistant'),('27-1024.00','Graphic Designer');`);
  return d as unknown as DB;
}

const res = (code: string, title: string, matched: string | null): Resolution => ({
  input: '',
  code,
  soc: code.slice(0, 7),
  title,
  score: 1,
  method: 'pair_context',
  matched,
  source: 'alternate',
  reason: '',
  alternatives: [],
});

test('a title listed only by another occupation is reported as such, with the chosen match', () => {
  const t = titleLists(new StoreCache(db()));
  const f = titleFacts(
    t,
    res('27-4012.00', 'Broadcast Technicians', 'News Production Assistant'),
    'production assistants',
  );
  assert.equal(f.listedByChosen, false);
  assert.deepEqual(
    f.listedBy.map((l) => [l.code, l.title, l.lists.join('+'), l.exact]),
    [['43-5061.00', 'Production Assistant', 'alternate+reported', false]],
  );
  assert.deepEqual(f.chosenMatch?.lists, ['alternate']);
});

test('occupation titles, aliases, short titles and plurals all count; nothing listed is empty', () => {
  const t = titleLists(new StoreCache(db()));
  const rn = titleFacts(t, res('29-1141.00', 'Registered Nurses', 'Registered Nurse (RN)'), 'RN');
  assert.equal(rn.listedByChosen, true);
  assert.deepEqual(
    rn.listedBy.map((l) => [l.title, l.lists.join('+')]),
    [
      ['Registered Nurse (RN)', 'alternate'],
      ['RN', 'short'],
    ],
  );
  const gd = titleFacts(t, res('27-1024.00', 'Graphic Designers', 'Graphic Designers'), 'graphics designer');
  // "graphics" and "graphic" read the same once plurals are set aside; the chosen occupation's entries come
  // first, and the exact spelling is marked.
  assert.deepEqual(
    gd.listedBy.map((l) => [l.code, l.title, Boolean(l.exact)]),
    [
      ['27-1024.00', 'Graphic Designers', false],
      ['27-1024.00', 'Graphic Designer', false],
      ['15-1255.00', 'Graphics Designer', true],
    ],
  );
  assert.equal(gd.listedByChosen, true);
  assert.deepEqual(titleFacts(t, res('27-4012.00', 'Broadcast Technicians', null), 'associate producer').listedBy, []);
  assert.equal(titleKey('Registered Nurses'), titleKey('registered nurse'));
});

test('a plural with a sense of its own is not its singular: "Securities Analyst" does not list "security analyst"', () => {
  assert.notEqual(titleKey('Securities Analyst'), titleKey('security analyst'));
  assert.notEqual(titleKey('Customs Officer'), titleKey('custom officer'));
  assert.equal(titleKey('Securities Analysts'), titleKey('securities analyst'));
  assert.equal(titleKey('Security Analysts'), titleKey('security analyst'));
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE occupations (code TEXT, title TEXT);
    CREATE TABLE alt_titles (occ_code TEXT, title TEXT, short_title TEXT);
    CREATE TABLE reported_titles (occ_code TEXT, title TEXT);
    INSERT INTO occupations VALUES ('13-2051.00','Financial and Investment Analysts'),
      ('15-1212.00','Information Security Analysts');
    INSERT INTO alt_titles VALUES ('13-2051.00','Securities Analyst',NULL),('15-1212.00','Security Analyst',NULL);`);
  const t = titleLists(new StoreCache(d as unknown as DB));
  assert.deepEqual(
    (t.byKey.get(titleKey('security analyst')) ?? []).map((e) => e.code),
    ['15-1212.00'],
  );
});

test('the corrected title takes the matched spelling, or the corrected words', () => {
  assert.equal(
    correctedTitle('softwear enginer', {
      corrected: { softwear: 'software', enginer: 'engineer' },
      matched: 'Software Engineer',
    }),
    'Software Engineer',
  );
  assert.equal(
    correctedTitle('sofware developers', { corrected: { sofware: 'software' }, matched: 'Software Engineer' }),
    'software developers',
  );
  assert.equal(correctedTitle(' nurse ', { matched: 'Nurse' }), 'nurse');
});

test('an acronym read through the titles spelling it out is written as they write it', () => {
  const acronym = {
    acronym: 'TSA',
    spelled: 'Transportation Security Administration',
    titles: [],
    head: 'agent',
    groups: 19,
  };
  assert.equal(correctedTitle('tsa agent', { matched: null, acronym }), 'TSA agent');
  assert.equal(correctedTitle('tsa agent', { matched: null }), 'tsa agent');
});
