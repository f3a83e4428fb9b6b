/**
 * Official (SOC / O*NET-SOC) title forms on a small title list: a list joined by "and" names one occupation
 * covering every item (an item alone is no answer), a list item that is no job's head word takes the job of a
 * later item, a serial list ending in a head word is split and an inverted one is not, and "<Job> of <whom>" is
 * read as "<whom> <job>" ("First-Line Supervisors of Logging Workers" → "Logging Supervisor").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESOLVE_DEFAULTS } from './config.js';
import { commaHead, pluralHead } from './official-style.js';
import { parseQuery } from './query.js';
import { Resolver } from './resolver.js';
import type { TitleEntry } from './types.js';
import { titleEntry } from '../testkit/title-entry.js';

const E = titleEntry;

const ENTRIES: TitleEntry[] = [
  E('53-7065.00', 'Stockers', 'occupation', 1),
  E('53-7065.00', 'Stock Clerk', 'alternate', 0.5),
  E('53-7065.00', 'Order Filler', 'alternate', 0.5),
  E('43-4151.00', 'Order Clerks', 'occupation', 1),
  E('43-4151.00', 'Order Filler', 'alternate', 1),
  E('53-6051.00', 'Transportation Inspectors', 'occupation', 1),
  E('53-6051.00', 'Freight Inspector'),
  E('53-6051.00', 'Cargo Inspector'),
  E('43-5011.00', 'Cargo and Freight Agents', 'occupation', 1),
  E('43-5011.00', 'Freight Agent'),
  E('45-1011.00', 'First-Line Supervisors of Farming, Fishing, and Forestry Workers', 'occupation', 1),
  E('45-1011.00', 'Logging Supervisor'),
  E('45-1011.00', 'Farm Supervisor'),
  E('33-1091.00', 'First-Line Supervisors of Security Workers', 'occupation', 1),
  E('33-1091.00', 'Security Supervisor'),
  E('27-4031.00', 'Camera Operators, Television, Video, and Film', 'occupation', 1),
  E('27-4031.00', 'Television Camera Operator'),
  E('27-4031.00', 'Film Camera Operator'),
  E('27-2012.00', 'Film Director'),
  E('43-3021.00', 'Billing and Posting Clerks', 'occupation', 1),
  E('43-3021.00', 'Billing Clerk'),
  E('43-3021.00', 'Rate Clerk'),
];

const r = new Resolver(ENTRIES);
const top = (q: string) => r.resolve(q).candidates[0];
const variants = (q: string) => parseQuery(r.index, q, RESOLVE_DEFAULTS).variants;
const items = (q: string) =>
  variants(q)
    .filter((v) => v.item)
    .map((v) => v.tokens.join(' '));

test('a list joined by "and" is the occupation covering every item, not the likeliest reading of one item', () => {
  // Alone, "Order Filler" is likelier the order clerks' (weight 1 against 0.5).
  assert.equal(top('Order Filler')?.code, '43-4151.00');
  assert.equal(top('Stock Clerks and Order Fillers')?.code, '53-7065.00');
});

test('a list item that is no job takes the job of the next item: "Freight and Cargo Inspectors"', () => {
  // "freight" ends none of the titles using it; "inspector" ends all of them.
  assert.deepEqual(items('Freight and Cargo Inspectors'), ['freight inspector', 'cargo inspector']);
  assert.equal(top('Freight and Cargo Inspectors')?.code, '53-6051.00');
});

test('a serial list is split when it ends in a job, not when it is an inverted title', () => {
  assert.deepEqual(items('Billing, Cost, and Rate Clerks'), ['billing clerk', 'cost clerk', 'rate clerk']);
  assert.equal(top('Billing, Cost, and Rate Clerks')?.code, '43-3021.00');
  // "film" ends one of the three titles using it: no job's head word, so the list is the inverted title's tail.
  assert.deepEqual(items('Camera Operators, Television, Video, and Film'), []);
});

test('"<Job> of <whom>" reads as "<whom> <job>": first-line supervisors', () => {
  assert.equal(top('First-Line Supervisors of Logging Workers')?.code, '45-1011.00');
  assert.equal(top('First-Line Supervisors of Logging Workers')?.matched, 'Logging Supervisor');
  assert.ok(variants('First-Line Supervisors of Logging Workers').some((v) => v.how === 'of'));
  // The occupation's own title still reads as itself.
  assert.equal(top('First-Line Supervisors of Security Workers')?.source, 'occupation');
});

test('a NAICS sector after a comma is read away like a trailing qualifier: "Billing Clerk, Wholesale Trade"', () => {
  const v = variants('Billing Clerk, Wholesale Trade');
  assert.ok(v.some((x) => x.how === 'qualifier' && x.tokens.join(' ') === 'billing clerk'));
  assert.equal(top('Billing Clerk, Wholesale Trade')?.matched, 'Billing Clerk');
  // Not when the words after the comma are no sector's ("Camera Operators, Television, …": an inverted title).
  assert.ok(!variants('Stock Clerk, Order').some((x) => x.how === 'qualifier'));
});

test('the style features of the confidence: a plural head, and the words before a comma being the matched title', () => {
  assert.equal(pluralHead('Stock Clerks and Order Fillers'), true);
  assert.equal(pluralHead('Appraisers, Real Estate'), true);
  assert.equal(pluralHead('Billing Clerk - Hospitals'), false);
  assert.equal(pluralHead('Boss'), false);
  const { features } = r.explain('Billing Clerk, Wholesale Trade');
  assert.equal(features?.commaHead, true);
  assert.equal(features?.plural, false);
  assert.equal(r.explain('Clerk, Billing').features?.commaHead, false);
  assert.equal(commaHead(r.index, 'Billing Clerk', 0), false);
});
