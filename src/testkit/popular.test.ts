/**
 * The popular-pair lists as popularPairs reads them (no store, no data folder): every file parses, every side is a
 * title with an O*NET-SOC code, only the first two lists are split into dev and check (every later list is its own
 * half), and the held-out lists share no pair with any other list, held2 not even a title with the tuned-on dev2,
 * nor either held list with the tuned-on dev3 (a held pair or title also on a tuning list would be tuned on).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { popularPairs } from './popular.js';

const norm = (t: string) => t.trim().toLowerCase();
const key = (a: string, b: string) => [norm(a), norm(b)].sort().join(' vs ');

describe('popular pairs', () => {
  const pairs = popularPairs();
  const of = (list: string) => pairs.filter((p) => p.list === list);

  it('reads every list, each side a title and an O*NET-SOC code', () => {
    for (const [list, least] of [
      ['popular', 50],
      ['more', 150],
      ['held', 150],
      ['dev2', 200],
      ['dev3', 100],
    ] as const)
      assert.ok(of(list).length >= least, `${list}: ${of(list).length} pairs`);
    assert.equal(of('held2').length, 150);
    for (const p of pairs)
      for (const [title, code] of [p.a, p.b]) {
        assert.ok(title.trim().length > 0, `${p.list}: empty title`);
        assert.match(code, /^\d\d-\d{4}\.\d\d$/, `${p.list}: "${title}"`);
      }
  });

  it('splits only the first two lists into dev and check; every later list is its own half', () => {
    for (const p of pairs) {
      if (p.list === 'popular' || p.list === 'more') assert.ok(p.half === 'dev' || p.half === 'check', p.half);
      else assert.equal(p.half, p.list);
    }
    const halves = new Set(
      of('popular')
        .concat(of('more'))
        .map((p) => p.half),
    );
    assert.deepEqual([...halves].sort(), ['check', 'dev']);
  });

  it('no pair of a held-out list is on another list, nor twice on its own', () => {
    const seen = new Map<string, string>();
    for (const p of pairs) {
      const k = key(p.a[0], p.b[0]);
      const before = seen.get(k);
      const held = (l: string | undefined) => l === 'held' || l === 'held2';
      if (held(p.list) || held(before)) assert.equal(before, undefined, `"${k}" on ${before} and ${p.list}`);
      seen.set(k, p.list);
    }
  });

  it('no title of held2 is on the tuned-on dev2 list, and no title of a held list on the tuned-on dev3 list', () => {
    const titles = (list: string) => new Set(of(list).flatMap((p) => [norm(p.a[0]), norm(p.b[0])]));
    for (const [held, tuned] of [
      ['held2', 'dev2'],
      ['held', 'dev3'],
      ['held2', 'dev3'],
    ] as const) {
      const on = titles(tuned);
      const shared = of(held)
        .flatMap((p) => [p.a[0], p.b[0]])
        .filter((t) => on.has(norm(t)));
      assert.deepEqual(shared, [], `${held} titles on ${tuned}`);
    }
  });
});
