/**
 * The employer forms of issue 13 on a small title list: alternatives scored together, a trailing qualifier
 * read away, "Sales <product>" as its salesperson, grades dropped while "assistant"/"helper" stay, short
 * words corrected only with their first letter, and rank's pruning of common words changing no answer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resolver } from './resolver.js';
import type { TitleEntry } from './types.js';
import { titleEntry } from '../testkit/title-entry.js';

const E = titleEntry;

const ENTRIES: TitleEntry[] = [
  E('43-5011.00', 'Cargo and Freight Agents', 'occupation', 1),
  E('43-5011.00', 'Freight Agent'),
  E('43-5071.00', 'Shipping, Receiving, and Inventory Clerks', 'occupation', 1),
  E('43-5071.00', 'Freight Clerk', 'alternate', 0.6),
  E('43-5071.00', 'Materials Processor'),
  E('43-5011.00', 'Freight Clerk', 'alternate', 0.9),
  E('51-3092.00', 'Food Batchmakers', 'occupation', 1),
  E('51-3092.00', 'Food Mixer'),
  E('11-3051.00', 'Industrial Production Managers', 'occupation', 1),
  E('11-3051.00', 'Food Mixer Bakery Manager', 'alternate', 0.5),
  E('41-2022.00', 'Parts Salespersons', 'occupation', 1),
  E('41-2022.00', 'Parts Salesperson'),
  E('41-1011.00', 'First-Line Supervisors of Retail Sales Workers', 'occupation', 1),
  E('41-1011.00', 'Parts Sales Manager'),
  E('13-2011.00', 'Accountants and Auditors', 'occupation', 1),
  E('13-2011.00', 'Accountant'),
  E('43-3031.00', 'Bookkeeping, Accounting, and Auditing Clerks', 'occupation', 1),
  E('43-3031.00', 'Accountant Assistant'),
  E('35-1011.00', 'Chefs and Head Cooks', 'occupation', 1),
  E('35-1011.00', 'Head Cook'),
  E('35-2014.00', 'Cooks, Restaurant', 'occupation', 1),
  E('35-2014.00', 'Cook'),
  E('19-4042.00', 'Environmental Science and Protection Technicians', 'occupation', 1),
  E('19-4042.00', 'Treatment, Storage, and Disposal Facility Technician (TSDF Technician)'),
  E('11-9032.00', 'Education Administrators, Kindergarten through Secondary', 'occupation', 1),
  E('11-9032.00', 'Principal'),
  E('41-2031.00', 'Retail Salespersons', 'occupation', 1),
  E('41-2031.00', 'Sales Associate'),
];

const r = new Resolver(ENTRIES);
const top = (q: string) => r.resolve(q).candidates[0];

test('alternatives that both read as one occupation beat one alternative read alone', () => {
  // "Freight Clerk" alone is likelier a cargo agent (weight 0.9), but only shipping clerks are both.
  assert.equal(top('Freight Clerk')?.code, '43-5011.00');
  assert.equal(top('Freight Clerk / Materials Processor')?.code, '43-5071.00');
  assert.equal(top('Freight Clerk or Materials Processor')?.code, '43-5071.00');
});

test('a trailing qualifier names the industry, not the job', () => {
  assert.equal(top('Food Mixer - Bakery')?.code, '51-3092.00');
  assert.equal(top('Food Mixer (Bakery)')?.code, '51-3092.00');
});

test('"Sales <product>" is a salesperson of the product; "Sales Manager" stays a manager', () => {
  assert.equal(top('Sales, Parts')?.code, '41-2022.00');
  assert.equal(top('Sales Parts')?.code, '41-2022.00');
  assert.equal(top('Parts Sales Manager')?.code, '41-1011.00');
});

test('grades are dropped while an assistant stays an assistant', () => {
  const c = top('Accountant Assistant 2');
  assert.equal(c?.code, '43-3031.00');
  assert.deepEqual(c?.levelWords, ['2']);
  assert.equal(top('Accountant II')?.code, '13-2011.00');
});

test('"Cook, Chief" is a head cook', () => {
  assert.equal(top('Cook, Chief')?.code, '35-1011.00');
  assert.equal(top('Cook')?.code, '35-2014.00');
});

test('a short word is corrected only to a word with its first letter: "asdf" is not "tsdf"', () => {
  assert.deepEqual(r.resolve('asdf').candidates, []);
  assert.equal(top('tsdf technician')?.code, '19-4042.00');
});

test('a title of level words only is its last word at a rank, unless that word is itself a rank of another job', () => {
  const c = top('Assistant Principal');
  assert.equal(c?.code, '11-9032.00');
  assert.deepEqual(c?.levelWords, ['assistant']);
  // "Associate" and "Chief" name no job alone: no rank-stripped reading of "Senior Associate".
  assert.equal(top('Senior Associate')?.levelWords, undefined);
});
