/** Unit tests: slugs, the catalog (deterministic order, neighbours, confusable titles), the page cache. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageCache } from './cache.js';
import { buildCatalog, confusablePairs, neighbors } from './catalog.js';
import { fakeEngine } from './fake-engine.js';
import { tableOfContents } from './pages/compare.js';
import { slugify, splitPair } from './slug.js';

describe('slug.ts', () => {
  it('folds titles to stable slugs and splits pairs', () => {
    assert.equal(slugify('Production, Planning, and Expediting Clerks'), 'production-planning-and-expediting-clerks');
    assert.equal(slugify('Café Owners & Managers'), 'cafe-owners-and-managers');
    assert.equal(slugify("Nurses' Aides"), 'nurses-aides');
    assert.deepEqual(splitPair('a-vs-b-vs-c'), [
      ['a', 'b-vs-c'],
      ['a-vs-b', 'c'],
    ]);
    assert.deepEqual(splitPair('no-pair'), []);
  });
});

describe('catalog.ts', () => {
  const cat = buildCatalog(fakeEngine(), { relatedPerOccupation: 2 });
  it('is deterministic and sorted by key', () => {
    const again = buildCatalog(fakeEngine(), { relatedPerOccupation: 2 });
    assert.deepEqual(
      again.pairs.map((p) => p.key),
      cat.pairs.map((p) => p.key),
    );
    const keys = cat.pairs.map((p) => p.key);
    assert.deepEqual([...keys].sort(), keys);
    for (const p of cat.pairs) assert.ok(p.a < p.b);
  });
  it('finds the neighbours of catalog and non-catalog pairs', () => {
    const mid = cat.pairs[1]!;
    const n = neighbors(cat, mid.b, mid.a);
    assert.equal(n.prev?.key, cat.pairs[0]!.key);
    assert.equal(n.next?.key, cat.pairs[2]?.key);
    const first = neighbors(cat, '00-0000.00', '00-0000.01');
    assert.equal(first.prev, null);
    assert.equal(first.next?.key, cat.pairs[0]!.key);
  });
  it('finds titles people confuse across occupations', () => {
    const engine = fakeEngine();
    const pairs = confusablePairs(engine.occupations(), engine.titles(), 2);
    const keys = pairs.map((p) => p.key);
    assert.ok(keys.includes('27-4011.00|43-5061.00'), keys.join(' '));
    const p = pairs.find((x) => x.key === '27-4011.00|43-5061.00')!;
    assert.deepEqual(p.labels, ['Video Production Assistant', 'Production Assistant']);
  });
});

describe('cache.ts', () => {
  it('evicts the least recently used page by count and bytes', () => {
    const page = (n: number) => ({ status: 200, body: Buffer.alloc(n), etag: '"x"', headers: {} });
    const c = new PageCache(2, 10_000);
    c.set('a', page(10));
    c.set('b', page(10));
    c.get('a');
    c.set('c', page(10));
    assert.ok(c.get('a'));
    assert.equal(c.get('b'), undefined);
    const small = new PageCache(100, 1000);
    small.set('x', page(600));
    small.set('y', page(600));
    assert.equal(small.size, 1);
    assert.ok(small.totalBytes <= 1000);
  });
});

describe('table of contents', () => {
  it('lists the article sections (h2 and h3 with ids), not asides, in order', () => {
    const frag =
      '<h2 id="compared-as-h">Compared as</h2><h2 id="what-is-a">What Is an X?</h2><h2 id="versus">X vs. Y</h2>' +
      '<h3 id="salary">Salary &amp; Pay</h3><h2 id="sources">Sources</h2>';
    const toc = tableOfContents(frag).value;
    assert.match(toc, /<nav class="page-toc" aria-labelledby="toc-h">/);
    assert.deepEqual(
      [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]),
      ['what-is-a', 'versus', 'salary', 'sources'],
    );
    assert.match(toc, /<li class="page-toc-3"><a href="#salary">Salary &amp; Pay<\/a>/);
    assert.equal(tableOfContents('<h2 id="a">A</h2>').value, '');
  });
});
