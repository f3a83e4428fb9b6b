/** A partial reading kept by the matched occupation's own O*NET text (textEvidence), on a hand-made store. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Candidate, Resolution } from '../resolve/types.js';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { textEvidence } from './evidence.js';

function store(): StoreCache {
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE occupations (code TEXT, soc TEXT, title TEXT, description TEXT);
    CREATE TABLE tasks (occ_code TEXT, task_id INTEGER, task TEXT);
    CREATE TABLE technology_skills (occ_code TEXT, example TEXT);
    CREATE TABLE title_keys (key TEXT, seq INTEGER, code TEXT, title TEXT, list TEXT)`);
  d.prepare('INSERT INTO occupations VALUES (?, ?, ?, ?)').run(
    '27-2011.00',
    '27-2011',
    'Actors',
    'Play parts in stage, television, radio, video, or film productions.',
  );
  d.prepare('INSERT INTO occupations VALUES (?, ?, ?, ?)').run(
    '15-1252.00',
    '15-1252',
    'Software Developers',
    'Research, design, and develop computer software.',
  );
  d.prepare('INSERT INTO tasks VALUES (?, ?, ?)').run('27-2011.00', 1, 'Perform humorous and serious interpretations.');
  d.prepare('INSERT INTO tasks VALUES (?, ?, ?)').run('27-2011.00', 2, 'Teach acting to students or trainees.');
  d.prepare('INSERT INTO technology_skills VALUES (?, ?)').run('15-1252.00', 'Python');
  d.prepare('INSERT INTO technology_skills VALUES (?, ?)').run('15-1252.00', 'Oracle Java');
  d.prepare('INSERT INTO title_keys VALUES (?, ?, ?, ?, ?)').run(
    'developer',
    0,
    '15-1252.00',
    'Developer',
    'alternate',
  );
  return new StoreCache(d as unknown as DB);
}

const reading = (query: string, top: Partial<Candidate>): Resolution => ({
  query,
  ambiguous: true,
  candidates: [
    { code: '27-2011.00', soc: '27-2011', title: 'Actors', score: 0.6, matched: 'Actors', source: 'partial', ...top },
  ],
});

test('each typed word the matched title lacks is in the occupation description, tasks, technology or titles', () => {
  const s = store();
  assert.deepEqual(textEvidence(s, reading('stage actor', {}), ['stage']), [
    { word: 'stage', kind: 'description', text: 'Play parts in stage, television, radio, video, or film productions.' },
  ]);
  const dev = { code: '15-1252.00', soc: '15-1252', title: 'Software Developers', matched: 'Developer' };
  assert.deepEqual(textEvidence(s, reading('python developer', dev), ['python']), [
    { word: 'python', kind: 'technology', text: 'Python' },
  ]);
  assert.equal(textEvidence(s, reading('java python developer', dev), ['java', 'python'])?.length, 2);
});

test('no evidence: a word the texts lack, a corrected word, a head the matched title does not end with, one word', () => {
  const s = store();
  assert.equal(textEvidence(s, reading('dragon actor', {}), ['dragon']), undefined);
  assert.equal(textEvidence(s, reading('stage actor', { corrected: { stge: 'stage' } }), ['stage']), undefined);
  assert.equal(textEvidence(s, reading('stage director', {}), ['stage']), undefined);
  assert.equal(textEvidence(s, reading('actor', {}), []), undefined);
  // A career-stage word is never kept by text: the occupation's texts use it for the people it trains or serves (lead's
  // fact check: "student nurse" was read as Registered Nurses by "instruction of auxiliary personnel or students").
  assert.equal(textEvidence(s, reading('student actor', {}), ['student']), undefined);
  assert.equal(textEvidence(s, reading('trainee actor', {}), ['trainee']), undefined);
});
