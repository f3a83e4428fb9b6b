/** Unit tests of career moves, routes and line-ups on the hand-made scenario (src/moves/scenario.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOVES_DEFAULTS } from '../defaults.js';
import type { CareerdiffError } from '../errors.js';
import { educationRank, educationStep, gapScore } from './gap.js';
import { lineup } from './lineup.js';
import {
  buildMove,
  emptyMovesReason,
  movesFrom,
  movesOptions,
  movesQuery,
  payChange,
  reachGap,
  reachProblems,
} from './moves.js';
import { routes } from './routes.js';
import { SCENARIO, scenarioData } from './scenario.js';

const A = '11-0001.00';
const B = '11-0002.00';
const C = '11-0003.00';
const D = '11-0004.00';
const E = '11-0005.00';
const F = '11-0006.00';
const T1 = '11-0008.00';
const H = '11-0009.00';
const T2 = '11-0010.00';
const U = '11-0011.00';

const data = scenarioData();
const o = movesOptions();
const close = (x: number | null | undefined, y: number) =>
  assert.ok(x !== null && x !== undefined && Math.abs(x - y) < 1e-6, `${x} ≈ ${y}`);

describe('thresholds and weights (src/defaults.ts MOVES_DEFAULTS)', () => {
  it('are the documented values', () => {
    assert.equal(MOVES_DEFAULTS.minSimilarity, 0.35);
    assert.equal(MOVES_DEFAULTS.maxGap, 0.75);
    assert.equal(MOVES_DEFAULTS.maxJobZoneStep, 1);
    assert.equal(MOVES_DEFAULTS.maxEducationStep, 1);
    assert.equal(MOVES_DEFAULTS.importantAt, 3);
    assert.equal(MOVES_DEFAULTS.neighbours, 40);
    assert.equal(MOVES_DEFAULTS.maxIntermediates, 2);
  });
  it('each one decides reach on its own', () => {
    const reach = (to: string, over = {}) => reachProblems(data, A, to, data.similarity(A, to), 1, movesOptions(over));
    assert.deepEqual(reach(B), []);
    assert.equal(reach(B, { minSimilarity: 0.61 }).length, 1);
    assert.match(reach(B, { maxGap: 0.2 })[0]!, /skill gap 0\.25 is above 0\.2/);
    assert.deepEqual(reach(F, { maxJobZoneStep: 2 }), []);
    assert.deepEqual(reach(C, { maxEducationStep: 3 }), []);
  });
});

describe('the gap of a move', () => {
  it('is the mean shortfall over the destination’s important skills and knowledge', () => {
    // B rates 6 elements important (importance ≥ 3); A is 1 short on Operations Analysis, 0.5 on Communications.
    const g = gapScore(data.ratings(A)!, data.ratings(B)!, 3);
    close(g?.score, 1.5 / 6);
    assert.equal(g?.elements, 6);
    // Levels the origin already exceeds count 0: the reverse move has no shortfall.
    close(gapScore(data.ratings(B)!, data.ratings(A)!, 3)?.score, 0);
  });
  it('lists what to build, the new activities and the steps', () => {
    const m = buildMove(data, A, B, 0.6, 1, o);
    assert.deepEqual(
      m.gap.skills.map((s) => [s.name, s.from, s.to]),
      [['Operations Analysis', 2, 3]],
    );
    assert.deepEqual(
      m.gap.knowledge.map((s) => s.name),
      ['Communications and Media'],
    );
    assert.deepEqual(
      m.gap.newActivities.map((a) => a.dwaId),
      ['d3'],
    );
    assert.deepEqual(m.gap.jobZone, { from: 3, to: 3, step: 0 });
    assert.equal(m.gap.education.step, 0);
    assert.deepEqual(m.pay.change, { dollars: 10_000, percent: 20, atLeast: false, sameFigures: false });
    assert.deepEqual(m.sourceIds, [1, 2, 3]);
  });
  it('counts education on BLS’s ladder, "some college" on the high-school rung', () => {
    assert.equal(educationStep('High school diploma or equivalent', "Bachelor's degree").step, 3);
    assert.equal(educationStep('Some college, no degree', 'High school diploma or equivalent').step, 0);
    assert.equal(educationStep("Bachelor's degree", "Master's degree").step, 1);
    assert.equal(educationStep(null, "Master's degree").step, null);
    assert.equal(educationRank('Not a BLS category'), null);
  });
  it('takes pay only from published medians; a top-coded destination is "at least"', () => {
    const pay = (m: number | 'top' | null) => data.pay(SCENARIO.find((x) => x.median === m)!.code);
    assert.deepEqual(payChange(pay(50_000), pay('top')), {
      dollars: 189_200,
      percent: 378.4,
      atLeast: true,
      sameFigures: false,
    });
    assert.equal(payChange(pay('top'), pay(50_000)), null);
    assert.equal(payChange(null, pay(50_000)), null);
  });
});

describe('moves from one occupation', () => {
  it('keeps only moves within reach, smallest gap first', () => {
    const r = movesFrom(data, A, movesQuery({}), o);
    assert.deepEqual(
      r.moves.map((m) => m.code),
      [E, B],
    );
    assert.equal(r.counts.withinReach, 2);
    assert.ok(r.counts.considered >= 8, 'every occupation with data is a neighbour in this small world');
    assert.ok(!data.neighbours(A).some((n) => n.code === '11-0007.00'), 'no occupation without O*NET data');
    assert.match(r.threshold.explanation, /at least 0\.35/);
    // Similar enough, but without O*NET ratings: listed apart, never as a move.
    assert.deepEqual(
      r.unmeasured.map((u) => u.code),
      ['11-0012.00'],
    );
  });
  it('says why each other neighbour is out of reach', () => {
    const why = (to: string) => buildMove(data, A, to, data.similarity(A, to), 1, o).outOfReach.join('; ');
    assert.match(why(C), /typical entry education rises from High school diploma or equivalent to Bachelor's degree/);
    assert.match(why(D), /similarity 0\.200 is below 0\.35/);
    assert.match(why(F), /job zone rises from 3 to 5/);
    assert.match(buildMove(data, A, B, 0.6, null, o).outOfReach.join(), /not among the 40/);
  });
  it('sorts by pay gain or outlook, and filters', () => {
    assert.deepEqual(
      movesFrom(data, A, movesQuery({ sort: 'pay' }), o).moves.map((m) => m.code),
      [B, E],
    );
    assert.deepEqual(
      movesFrom(data, A, movesQuery({ sort: 'outlook' }), o).moves.map((m) => m.code),
      [E, B],
    );
    assert.deepEqual(
      movesFrom(data, A, movesQuery({ paysMore: true }), o).moves.map((m) => m.code),
      [B],
    );
    // E needs no credential (a step down), B the same high-school diploma: neither needs more schooling.
    assert.equal(movesFrom(data, A, movesQuery({ noMoreSchooling: true }), o).moves.length, 2);
    assert.equal(movesFrom(data, A, movesQuery({ limit: 1 }), o).moves.length, 1);
  });
  it('says why a list is empty', () => {
    assert.match(
      emptyMovesReason(data, movesFrom(data, '11-0012.00', movesQuery({}), o)),
      /no skill and knowledge ratings/,
    );
    assert.match(
      emptyMovesReason(data, movesFrom(data, E, movesQuery({ paysMore: true, noMoreSchooling: true }), o)),
      /passes these filters/,
    );
  });
  it('rejects a bad sort or limit, and an unknown code', () => {
    assert.throws(
      () => movesQuery({ sort: 'fame' }),
      (e: CareerdiffError) => e.kind === 'usage' && e.where.param === 'sort',
    );
    assert.throws(
      () => movesQuery({ limit: 0 }),
      (e: CareerdiffError) => e.kind === 'usage' && e.where.param === 'limit',
    );
    assert.throws(
      () => movesFrom(data, '99-0000.00', movesQuery({}), o),
      (e: CareerdiffError) => e.kind === 'not_found',
    );
  });
  it('the route search’s fast test agrees with the reasons, for every pair', () => {
    for (const x of SCENARIO)
      for (const y of SCENARIO) {
        if (x.code === y.code) continue;
        const s = data.similarity(x.code, y.code)!;
        const fast = reachGap(data, x.code, y.code, s, o) !== null;
        const slow = reachProblems(data, x.code, y.code, s, 1, o).length === 0;
        assert.equal(fast, slow, `${x.code} → ${y.code}`);
      }
  });
});

describe('routes from X to Y', () => {
  it('is the direct move when it is within reach', () => {
    const r = routes(data, A, B, o);
    assert.equal(r.status, 'direct');
    assert.deepEqual(r.routes, []);
  });
  it('goes through one occupation when needed, scored by the total gap', () => {
    const r = routes(data, A, T1, o);
    assert.equal(r.status, 'routes');
    assert.deepEqual(r.routes[0]!.codes, [A, B, T1]);
    close(r.routes[0]!.totalGap, 0.25 + 1 / 6);
    assert.ok(
      r.routes[0]!.steps.every((s) => s.outOfReach.length === 0),
      'every step is within reach',
    );
    assert.ok(r.direct.outOfReach.length > 0);
  });
  it('goes through two occupations when one is not enough', () => {
    const r = routes(data, A, T2, o);
    assert.equal(r.status, 'routes');
    assert.deepEqual(r.routes[0]!.codes, [A, B, H, T2]);
    close(r.routes[0]!.totalGap, 0.25 + 0 + 0.25);
    assert.equal(routes(data, A, T2, movesOptions({ maxIntermediates: 1 })).status, 'none');
  });
  it('says plainly when no route stays within reach', () => {
    const r = routes(data, A, U, o);
    assert.equal(r.status, 'none');
    assert.deepEqual(r.routes, []);
  });
  it('knows the same occupation', () => {
    assert.equal(routes(data, A, A, o).status, 'same');
  });
  it('answers the same from the steps it remembers, per options, as from fresh data', () => {
    const tight = movesOptions({ maxGap: 0.2 });
    const codes = SCENARIO.map((x) => x.code);
    for (const opts of [o, tight, o])
      for (const x of codes)
        for (const y of codes)
          assert.deepEqual(routes(data, x, y, opts), routes(scenarioData(), x, y, opts), `${x} → ${y}`);
    assert.equal(
      routes(data, A, T1, tight).status,
      'none',
      'a tighter gap limit is not answered from the looser steps',
    );
  });
});

describe('a line-up of three or four careers', () => {
  it('puts each side by side with every pair', () => {
    const l = lineup(data, [A, B, E], o);
    assert.deepEqual(
      l.entries.map((e) => e.pay?.median),
      [50_000, 60_000, 40_000],
    );
    assert.deepEqual(l.pairs, [
      [A, B],
      [A, E],
      [B, E],
    ]);
    assert.deepEqual(l.entries[0]!.topSkills.map((s) => s.name).slice(0, 2), [
      'Active Listening',
      'Reading Comprehension',
    ]);
  });
  it('rejects two, five, duplicates and unknown codes', () => {
    assert.throws(() => lineup(data, [A, B], o), /3 to 4 careers, got 2/);
    assert.throws(() => lineup(data, [A, B, C, D, E], o), /got 5/);
    assert.throws(() => lineup(data, [A, B, A], o), /listed twice/);
    assert.throws(
      () => lineup(data, [A, B, '99-0000.00'], o),
      (e: CareerdiffError) => e.kind === 'not_found',
    );
  });
});
