/**
 * A title adding words to one O*NET knows, read from the title lists (modifierReading) over the small title lists of
 * test/fixtures/modifier/titles.tsv: each outcome ('listed', 'titled', 'sibling', 'elsewhere', 'none', 'unknown',
 * no reading)
 * and the head split.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../defaults.js';
import { StoreCache } from '../store/cache.js';
import type { DB } from '../store/open.js';
import { endsWithHead, type HeadReading, modifierReading } from './modifier.js';
import { titleKey } from './titles.js';

const ROWS = fs
  .readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/modifier/titles.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string]);

function store(extra: [string, string, string][] = []): StoreCache {
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE occupations (code TEXT, soc TEXT, title TEXT);
    CREATE TABLE title_keys (key TEXT, seq INTEGER, code TEXT, title TEXT, list TEXT)`);
  for (const [i, [code, kind, title]] of [...ROWS, ...extra].entries()) {
    if (kind === 'occupation') d.prepare('INSERT INTO occupations VALUES (?, ?, ?)').run(code, code.slice(0, 7), title);
    // As at import: the title, and its alias and the title without it as readings of their own.
    const readings = new Set([title, ...[...title.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!)]);
    readings.add(title.replace(/\([^()]*\)/g, ' '));
    for (const r of readings)
      d.prepare('INSERT INTO title_keys VALUES (?, ?, ?, ?, ?)').run(titleKey(r), i, code, title, kind);
  }
  return new StoreCache(d as unknown as DB);
}

/** How each head reads alone in these tests (the comparison's reading: code, confident, firm). */
const HEADS: Record<string, HeadReading> = {
  welder: { code: '51-4121.00', confident: true, firm: true },
  attorney: { code: '23-1011.00', confident: true, firm: true },
  secretary: { code: '43-6014.00', confident: false, firm: true },
  bouncer: { code: '33-9032.00', confident: true, firm: true },
  aide: { code: '31-1122.00', confident: false, firm: false },
  trainer: { code: '39-2011.00', confident: false, firm: false },
  'truck driver': { code: '53-3032.00', confident: false, firm: false },
  driver: { code: '53-3032.00', confident: false, firm: false },
  dispatcher: { code: '43-5032.00', confident: true, firm: true },
  marketer: { code: '13-1161.00', confident: true, firm: true },
};
const alone = (head: string) => HEADS[head];

test('a word whose O*NET titles are other jobs, none ending in the head, reads as the head (elsewhere)', () => {
  assert.deepEqual(modifierReading(store(), 'oilfield welder', alone), {
    code: '51-4121.00',
    head: 'welder',
    words: ['oilfield'],
    how: 'elsewhere',
    titles: ['Oilfield Plant Operator'],
  });
  assert.equal(modifierReading(store(), 'divorce attorney', alone)?.how, 'elsewhere');
  // A head with no close rival reads so though its calibrated confidence is low ("secretary").
  const church = modifierReading(store(), 'church secretary', alone);
  assert.equal(church?.code, '43-6014.00');
  assert.deepEqual(church?.titles, ['Church Worker']);
});

test("the head's own occupation listing the words is the reading (listed)", () => {
  const r = modifierReading(store(), 'home aide', alone);
  assert.equal(r?.code, '31-1122.00');
  assert.equal(r?.how, 'listed');
  assert.deepEqual(r?.titles, ['Home Care Attendant']);
});

test('the one occupation with a title holding the words and ending in the head is the reading (titled)', () => {
  const law = modifierReading(store(), 'law secretary', alone);
  assert.equal(law?.code, '43-6012.00');
  assert.equal(law?.how, 'titled');
  assert.deepEqual(law?.titles, ['Law Office Secretary (Legal Office Secretary)']);
  // Even for a head that reads weakly alone: "Special Education Aide" is a teaching assistant's title.
  assert.equal(modifierReading(store(), 'special aide', alone)?.code, '25-9043.00');
  // Two occupations with such titles: no reading.
  const two = store([['31-1122.00', 'alternate', 'Law Office Aide Secretary']]);
  assert.equal(modifierReading(two, 'law secretary', alone), undefined);
});

test('words in no title together read as the head (none); a word in no title at all only for a confident head', () => {
  assert.equal(modifierReading(store(), 'church divorce welder', alone)?.how, 'none');
  assert.deepEqual(modifierReading(store(), 'nightclub bouncer', alone), {
    code: '33-9032.00',
    head: 'bouncer',
    words: ['nightclub'],
    how: 'unknown',
    titles: [],
  });
  assert.equal(modifierReading(store(), 'dragon trainer', alone), undefined);
  assert.equal(modifierReading(store(), 'fedex driver', alone), undefined);
});

test('a head that reads weakly alone gets no reading unless the lists decide', () => {
  // "aide" reads as Personal Care Aides only weakly, and "kindergarten" is in a teaching assistant's title.
  assert.equal(modifierReading(store(), 'kindergarten aide', alone), undefined);
  // The longest head is tried first ("truck driver", not "driver"), and it reads weakly.
  assert.equal(modifierReading(store(), 'fire truck driver', alone), undefined);
  // A firm head that is not confident gives way when another occupation lists the head and the word apart.
  const near = store([['21-2099.00', 'alternate', 'Parish Secretary']]);
  assert.equal(modifierReading(near, 'church secretary', alone), undefined);
  assert.equal(modifierReading(near, 'church welder', alone)?.how, 'elsewhere');
});

test('another O*NET occupation of the same SOC code with titles holding the words is the reading (sibling)', () => {
  assert.deepEqual(modifierReading(store(), 'search engine marketer', alone), {
    code: '13-1161.01',
    head: 'marketer',
    words: ['search', 'engine'],
    how: 'sibling',
    titles: ['Search Engine Marketing Analyst'],
  });
});

test("no reading when the head's occupation title leaves out the job the words name", () => {
  // "sheriff" is in titles of Police and Sheriff's Patrol Officers; Dispatchers are "Except Police, …".
  assert.equal(modifierReading(store(), 'sheriff dispatcher', alone), undefined);
  assert.equal(modifierReading(store(), 'church dispatcher', alone)?.how, 'elsewhere');
});

test('no reading for one word, a head that reads as nothing, or joining words alone', () => {
  assert.equal(modifierReading(store(), 'welder', alone), undefined);
  assert.equal(modifierReading(store(), 'oilfield pumper', alone), undefined);
  assert.equal(modifierReading(store(), 'of welder', alone), undefined);
});

test('a title ends in the head by its words before any alias or comma', () => {
  assert.equal(endsWithHead('Welders, Cutters, Solderers, and Brazers', 'welder'), true);
  assert.equal(endsWithHead('Truck Driver (Driver)', 'truck driver'), true);
  assert.equal(endsWithHead('Driver Helper', 'driver'), false);
  assert.equal(endsWithHead('Law Office Secretary (Legal Office Secretary)', 'secretary'), true);
});
