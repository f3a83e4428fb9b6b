/** Unit tests of the comparison engine's pure parts, on hand-made profiles. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OewsWages } from '../store/wages.js';
import { collectSourceIds } from './compare.js';
import { compareOptions } from './config.js';
import { compareDuties, weightedOverlap } from './duties.js';
import { compareElements, compareElementIds } from './elements.js';
import { directionalGap } from './gap.js';
import { compareSalary, figure, moneyDiff } from './salary.js';
import { ownWords, sameOccupation } from './same.js';
import { compareSkills } from './skills.js';
import { activity, profile, rated, task } from './testkit.js';
import type { Resolution } from './types.js';

const o = compareOptions();

describe('duties', () => {
  it('weighted overlap is 1 for the same weights and 0 for disjoint ones', () => {
    assert.equal(
      weightedOverlap(
        new Map([
          ['x', 2],
          ['y', 1],
        ]),
        new Map([
          ['x', 4],
          ['y', 2],
        ]),
      ),
      1,
    );
    assert.equal(weightedOverlap(new Map([['x', 1]]), new Map([['y', 1]])), 0);
  });

  it('shares DWAs by centrality; a task with a counterpart (same IWA) on the other side is not distinct', () => {
    const a = profile('11-1111.00', {
      tasks: [task(1, 'Plan budgets'), task(2, 'Hire crews'), task(3, 'Unmapped task')],
      activities: [activity('d1', 'i1', 0.6), activity('d2', 'i2', 0.4)],
    });
    const b = profile('22-2222.00', {
      tasks: [task(10, 'Plan schedules'), task(11, 'Carry gear')],
      activities: [activity('d1', 'i1', 0.3), activity('d3', 'i2', 0.7)],
    });
    const links = {
      a: new Map([
        [1, [{ dwaId: 'd1', title: 'DWA d1' }]],
        [2, [{ dwaId: 'd2', title: 'DWA d2' }]],
      ]),
      b: new Map([
        [10, [{ dwaId: 'd1', title: 'DWA d1' }]],
        [11, [{ dwaId: 'd3', title: 'DWA d3' }]],
      ]),
    };
    const d = compareDuties({ a, b }, links, o);
    assert.deepEqual(
      d.sharedActivities.map((s) => [s.dwaId, s.weight.a, s.weight.b]),
      [['d1', 0.6, 0.3]],
    );
    // d2 and d3 differ but sit in the same intermediate work activity (i2): each is the other's counterpart.
    assert.deepEqual(d.distinctTasks.a, []);
    assert.deepEqual(d.distinctTasks.b, []);
    assert.deepEqual(d.sharedIwas.map((i) => i.iwaId).sort(), ['i1', 'i2']);
    assert.ok(d.overlap.iwa > d.overlap.dwa);
  });
});

describe('skills and the directional gap', () => {
  const a = profile('11-1111.00', {
    skills: [rated('2.A.1.a', 'Reading', 4, 4), rated('2.B.1.a', 'Social', 3.5, 3), rated('2.B.3.a', 'Repair', 1.5, 1)],
    knowledge: [rated('2.C.1.a', 'Administration', 4, 5)],
    jobZone: {
      zone: 2,
      name: 'Some Preparation',
      experience: '',
      education: '',
      training: '',
      examples: '',
      svpRange: '',
      sourceId: 1,
    },
    technology: [{ example: 'Excel', commodityTitle: 'Spreadsheet', hot: true, inDemand: false }],
  });
  const b = profile('22-2222.00', {
    skills: [
      rated('2.A.1.a', 'Reading', 3.5, 3),
      rated('2.B.1.a', 'Social', 4.5, 5.5),
      rated('2.B.3.a', 'Repair', 4, 4.5),
    ],
    knowledge: [rated('2.C.1.a', 'Administration', 3, 3)],
    jobZone: {
      zone: 4,
      name: 'Considerable Preparation',
      experience: '',
      education: '',
      training: '',
      examples: '',
      svpRange: '',
      sourceId: 1,
    },
    technology: [
      { example: 'Excel', commodityTitle: 'Spreadsheet', hot: false, inDemand: true },
      { example: 'Python', commodityTitle: 'Object', hot: true, inDemand: true },
    ],
  });
  const s = compareSkills({ a, b }, o);

  it('finds what matters to both and the gaps each way', () => {
    assert.deepEqual(s.skills.shared.map((r) => r.name).sort(), ['Reading', 'Social']);
    assert.deepEqual(
      s.skills.higherInB.map((r) => r.name),
      ['Repair', 'Social'],
    );
    assert.deepEqual(
      s.skills.higherInA.map((r) => r.name),
      ['Reading'],
    );
    assert.equal(s.skills.all.find((r) => r.name === 'Repair')!.levelDiff, 3.5);
    assert.deepEqual(
      s.technology.shared.map((t) => [t.example, t.hot, t.inDemand]),
      [['Excel', true, true]],
    );
    assert.deepEqual(
      s.technology.distinct.b.map((t) => t.example),
      ['Python'],
    );
    assert.deepEqual(s.technology.distinct.a, []);
  });

  it('the gap A→B differs from B→A', () => {
    const duties = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
    const ab = directionalGap('a', { a, b }, s, duties, o);
    const ba = directionalGap('b', { a, b }, s, duties, o);
    assert.deepEqual(
      ab.skills.map((g) => g.name),
      ['Repair', 'Social'],
    );
    assert.ok(ab.skills.every((g) => g.gap > 0 && g.to > g.from));
    assert.deepEqual(
      ba.skills.map((g) => g.name),
      ['Reading'],
    );
    assert.deepEqual(ab.knowledge, []);
    assert.deepEqual(
      ba.knowledge.map((g) => g.name),
      ['Administration'],
    );
    assert.equal(ab.jobZone.step, 2);
    assert.equal(ba.jobZone.step, -2);
    assert.deepEqual(
      ab.technologies.map((t) => t.example),
      ['Python'],
    );
    assert.deepEqual(ba.technologies, []);
  });

  it('orders element ids numerically', () => {
    assert.ok(compareElementIds('2.A.1.2', '2.A.1.10') < 0);
    assert.ok(compareElementIds('2.B.10.a', '2.B.2.a') > 0);
  });

  it('importance stands in by level when unrated', () => {
    const c = compareElements([rated('1.A.1.a', 'Oral', null, 4)], [rated('1.A.1.a', 'Oral', null, 4)], o);
    assert.equal(c.shared.length, 1);
  });
});

describe('salary', () => {
  const wages = (soc: string, median: number | null, flags: OewsWages['flags'] = {}): OewsWages => ({
    occCode: `${soc}.00`,
    soc,
    title: 'T',
    level: 'detailed',
    oGroup: 'detailed',
    period: 'May 2025',
    year: 2025,
    isCurrent: true,
    employment: 1000,
    employmentPrse: 1,
    jobsPer1000: null,
    locationQuotient: null,
    pctTotal: null,
    pctReporting: null,
    meanPrse: null,
    annual: { mean: 60000, p10: 30000, p25: 40000, median, p75: 70000, p90: null },
    hourly: { mean: 28.85, p10: null, p25: null, median: median === null ? null : median / 2080, p75: null, p90: null },
    annualOnly: false,
    hourlyOnly: false,
    flags: { 'annual.p90': { code: 'top_coded', meaning: 'at or above $239,200 per year' }, ...flags },
    topCode: { annual: 239200, hourly: 115 },
    source: {
      id: 7,
      dataset: 'oews',
      publisher: 'BLS',
      title: 'OEWS',
      release: 'May 2025',
      period: 'May 2025',
      geography: 'U.S.',
      file: 'x',
    },
  });

  it('top-coded and missing figures are statuses, never numbers', () => {
    assert.deepEqual(figure(null, { code: 'top_coded', meaning: 'at or above $239,200 per year' }), {
      value: null,
      status: 'top_coded',
      meaning: 'at or above $239,200 per year',
    });
    assert.equal(figure(null, undefined).status, 'missing');
    assert.equal(
      moneyDiff({ value: 1, status: 'ok', meaning: null }, { value: null, status: 'top_coded', meaning: 'x' }),
      null,
    );
  });

  it('differences in dollars and percent, and a side without wages said plainly', () => {
    const s = compareSalary({
      a: { wages: [wages('11-1111', 50000)], projections: null },
      b: { wages: [wages('22-2222', 75000)], projections: null },
    });
    assert.deepEqual(s.difference.annualMedian, { dollars: 25000, percent: 50 });
    assert.equal(s.wages.a!.annual.p90.status, 'top_coded');
    assert.equal(s.wages.a!.annual.p90.value, null);
    const none = compareSalary({
      a: { wages: [], projections: null },
      b: { wages: [wages('22-2222', 75000)], projections: null },
    });
    assert.equal(none.wages.a, null);
    assert.equal(none.difference.annualMedian, null);
    assert.ok(none.missing.some((m) => m.side === 'a' && m.section === 'salary'));
  });
});

describe('same occupation', () => {
  const res = (input: string, code: string, matched: string): Resolution => ({
    input,
    code,
    soc: code.slice(0, 7),
    title: 'Producers and Directors',
    score: 1,
    method: 'title',
    matched,
    source: 'alternate',
    reason: '',
    alternatives: [],
  });
  const p = profile('27-2012.00', {
    alternateTitles: ['Film Producer', 'Television Producer (TV Producer)', 'Stage Manager'],
    tasks: [
      task(1, 'Direct film crews on location'),
      task(2, 'Schedule television broadcasts'),
      task(3, 'Hire actors'),
    ],
  });
  const sib = profile('27-2012.03', { alternateTitles: ['Television Programming Director'] });
  const ctx = { profile: p, siblings: [p, sib] };

  it('flags the same code and finds what tells the inputs apart', () => {
    const s = sameOccupation(
      {
        a: res('Film Producer', '27-2012.00', 'Film Producer'),
        b: res('Television Producer', '27-2012.00', 'Television Producer'),
      },
      { a: ctx, b: ctx },
    );
    assert.equal(s?.kind, 'same_code');
    assert.deepEqual(s?.identical, { onet: true, bls: true });
    assert.deepEqual(s?.distinctions.a.relatedTitles, ['Film Producer']);
    assert.deepEqual(
      s?.distinctions.a.tasks.map((t) => t.id),
      [1],
    );
    assert.deepEqual(
      s?.distinctions.b.tasks.map((t) => t.id),
      [2],
    );
    // 27-2012.00 lists "Television Producer" itself: a specialty sharing one word ("television") is not closer.
    assert.deepEqual(s?.distinctions.b.specialisations, []);
    const closer = sameOccupation(
      {
        a: res('Film Producer', '27-2012.00', 'Film Producer'),
        b: res('Television Programming Director', '27-2012.00', 'Producer'),
      },
      { a: ctx, b: ctx },
    );
    assert.deepEqual(
      closer?.distinctions.b.specialisations.map((x) => x.code),
      ['27-2012.03'],
    );
  });

  it('flags the same input twice and different SOC codes not at all', () => {
    assert.equal(
      sameOccupation(
        { a: res('Producer', '27-2012.00', 'Producer'), b: res('producer ', '27-2012.00', 'Producer') },
        { a: ctx, b: ctx },
      )?.kind,
      'same_input',
    );
    assert.equal(
      sameOccupation({ a: res('A', '27-2012.00', 'A'), b: res('B', '27-2012.03', 'B') }, { a: ctx, b: ctx })?.kind,
      'same_soc',
    );
    assert.equal(
      sameOccupation({ a: res('A', '27-2012.00', 'A'), b: res('B', '27-4011.00', 'B') }, { a: ctx, b: ctx }),
      null,
    );
    assert.deepEqual(ownWords('Film Producer', 'TV Producer'), ['film']);
  });
});

describe('provenance', () => {
  it('collects every source id, in numbers, arrays and pairs', () => {
    const ids = collectSourceIds({
      x: { sourceId: 3 },
      y: [{ sourceIds: [4, 5] }],
      z: { sourceIds: { a: 6, b: null } },
    });
    assert.deepEqual([...ids].sort(), [3, 4, 5, 6]);
  });
});
