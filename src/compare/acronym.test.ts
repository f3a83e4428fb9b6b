/** "<acronym> <worker word>" read through the titles that spell the acronym out (acronymReading). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { acronymReading, spelledOut } from './acronym.js';
import { titleKey } from './titles.js';

const OCCS: [string, string][] = [
  ['33-9093.00', 'Transportation Security Screeners'],
  ['33-1099.00', 'First-Line Supervisors of Protective Service Workers, All Other'],
  ['15-1232.00', 'Computer User Support Specialists'],
];

/** "agent" ends titles in `groups` SOC major groups (codes 11-, 13-, … made up for the count). */
function store(groups: number): StoreCache {
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE occupations (code TEXT, soc TEXT, title TEXT);
    CREATE TABLE title_keys (key TEXT, seq INTEGER, code TEXT, title TEXT, list TEXT)`);
  for (const [code, title] of OCCS)
    d.prepare('INSERT INTO occupations VALUES (?, ?, ?)').run(code, code.slice(0, 7), title);
  const titles: [string, string][] = [
    ['33-9093.00', 'Transportation Security Administration (TSA) Screener'],
    ['33-9093.00', 'Transportation Security Administration Screener (TSA Screener)'],
    ['33-1099.00', 'Transportation Security Administration (TSA) Screener Supervisor'],
    ['15-1232.00', 'IT Analyst (Information Technology Analyst)'],
    ['15-1232.00', 'IT Tech (Information Technology Technician)'],
  ];
  for (let g = 0; g < groups; g++) titles.push([`${11 + 2 * g}-0000.00`, 'Agent']);
  for (const [i, [code, title]] of titles.entries())
    d.prepare('INSERT INTO title_keys VALUES (?, ?, ?, ?, ?)').run(titleKey(title), i, code, title, 'alternate');
  return new StoreCache(d as unknown as DB);
}

test('the initials of capitalised title words spell the acronym', () => {
  assert.equal(
    spelledOut('Transportation Security Administration (TSA) Screener', 'tsa'),
    'Transportation Security Administration',
  );
  assert.equal(spelledOut('Team Support Aide', 'tsa'), 'Team Support Aide');
  assert.equal(spelledOut('Screener', 'tsa'), undefined);
});

test('a body’s acronym and a general word for a worker read as the occupation spelling it out most often', () => {
  const r = acronymReading(store(19), 'tsa agent');
  assert.equal(r?.code, '33-9093.00');
  assert.equal(r?.spelled, 'Transportation Security Administration');
  assert.equal(r?.titles.length, 2);
  assert.equal(r?.groups, 19);
});

test('no reading for a word few groups use, a field rather than a body, or an acronym no title spells out', () => {
  assert.equal(acronymReading(store(10), 'tsa agent'), undefined);
  assert.equal(acronymReading(store(19), 'it agent'), undefined);
  assert.equal(acronymReading(store(19), 'fbi agent'), undefined);
  assert.equal(acronymReading(store(19), 'tsa screener agent'), undefined);
});
