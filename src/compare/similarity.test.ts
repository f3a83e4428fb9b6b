/** Unit tests of the similarity model on hand-made raw occupation data. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blend, buildFeatures, componentValues, familyScore, SimilarityModel } from './similarity.js';
import { raw } from './testkit.js';

const ratings = (vals: number[]) =>
  new Map(vals.map((v, i) => [`2.C.${i + 1}`, { domain: 'Knowledge', im: null, lv: v }] as const));

/** Work-activity importance (0–100) by element id. */
const acts = (vals: number[]) => new Map(vals.map((v, i) => [`4.A.4.b.${i + 1}`, v] as const));

function model(): SimilarityModel {
  const occs = [
    raw('11-1011.00', {
      title: 'Chief Executives',
      tasks: [{ id: 1, text: 'Direct company budgets and strategy', type: 'Core' }],
      dwas: new Map([['d1', 1]]),
      iwas: new Map([['i1', 1]]),
      ratings: ratings([6, 5, 1, 2]),
      workActivities: acts([90, 80, 10, 5]),
      jobZone: 5,
    }),
    raw('11-1021.00', {
      title: 'General and Operations Managers',
      tasks: [{ id: 2, text: 'Direct operations budgets and staff', type: 'Core' }],
      dwas: new Map([
        ['d1', 0.5],
        ['d2', 0.5],
      ]),
      iwas: new Map([['i1', 1]]),
      ratings: ratings([5, 5, 1, 3]),
      workActivities: acts([85, 60, 20, 10]),
      jobZone: 4,
    }),
    raw('47-2061.00', {
      title: 'Construction Laborers',
      tasks: [{ id: 3, text: 'Dig trenches and carry materials', type: 'Core' }],
      dwas: new Map([['d9', 1]]),
      iwas: new Map([['i9', 1]]),
      ratings: ratings([1, 2, 6, 5]),
      workActivities: acts([10, 15, 90, 85]),
      jobZone: 2,
    }),
    raw('11-9199.00', { title: 'Managers, All Other' }),
  ];
  return new SimilarityModel(buildFeatures(new Map(occs.map((x) => [x.code, x]))));
}

describe('similarity model', () => {
  it('scores related occupations above unrelated ones, in 0–1', () => {
    const m = model();
    const near = m.score('11-1011.00', '11-1021.00');
    const far = m.score('11-1011.00', '47-2061.00');
    assert.ok(near > far, `${near} > ${far}`);
    for (const s of [near, far]) assert.ok(s >= 0 && s <= 1);
  });

  it('the all-pairs matrix equals pair by pair and is symmetric', () => {
    const m = model();
    const pairs = m.features.map((f) => m.features.map((g) => (f === g ? 1 : blend(componentValues(f, g)))));
    const mat = m.matrix();
    const n = m.size;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        assert.ok(Math.abs(mat[i * n + j]! - pairs[i]![j]!) < 1e-6);
        assert.equal(mat[i * n + j], mat[j * n + i]);
      }
  });

  it('related lists exclude the occupation itself and occupations without O*NET content', () => {
    const m = model();
    const r = m.related('11-1011.00', 10);
    assert.deepEqual(
      r.map((x) => x.code),
      ['11-1021.00', '47-2061.00'],
    );
    assert.equal(m.rank('11-1011.00', '11-1021.00'), 1);
    assert.equal(m.rank('11-1011.00', '11-9199.00'), null);
  });

  it('components carry weights summing to 1 over what both sides have', () => {
    const m = model();
    const c = m.components('11-1011.00', '11-1021.00');
    assert.ok(Math.abs(c.reduce((s, x) => s + x.weight, 0) - 1) < 1e-9);
    assert.ok(c.some((x) => x.name === 'dwa') && !c.some((x) => x.name === 'interests'));
  });

  it('scores the SOC family by the deepest shared level', () => {
    assert.equal(familyScore('27-2012', '27-2012'), 1);
    assert.equal(familyScore('27-2012', '27-2011'), 0.8);
    assert.equal(familyScore('27-2012', '27-2041'), 0.6);
    assert.equal(familyScore('27-2012', '27-4011'), 0.3);
    assert.equal(familyScore('27-2012', '43-5061'), 0);
  });
  it('scores work-activity importance profiles: managers alike, laborers apart; absent without ratings', () => {
    const m = model();
    const act = (a: string, b: string) => m.components(a, b).find((c) => c.name === 'activities')?.value;
    assert.ok((act('11-1011.00', '11-1021.00') ?? 0) > 0.8);
    assert.equal(act('11-1011.00', '47-2061.00'), 0);
    assert.equal(act('11-1011.00', '11-9199.00'), undefined);
  });
});
