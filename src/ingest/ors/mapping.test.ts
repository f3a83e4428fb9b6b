/** ORS 2018 codes through the SOC 2010→2018 crosswalk: splits, catch-alls never lent, specialisations placed. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachOnetSoc2010, type Crosswalk } from './mapping.js';

const cw = (pairs: [string, string][]): Crosswalk => {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    forward.set(a, [...(forward.get(a) ?? []), b]);
    backward.set(b, [...(backward.get(b) ?? []), a]);
  }
  return { forward, backward, sourceId: 1 };
};

const CW = cw([
  ['15-1199', '13-1082'],
  ['15-1199', '15-1255'],
  ['15-1199', '15-1299'],
  ['15-1134', '15-1254'],
  ['15-1134', '15-1255'],
  ['27-2012', '27-2012'],
  ['19-3031', '19-3033'],
  ['19-3031', '19-3034'],
]);
const OCCS = new Map([
  [
    '15-1299',
    [
      { code: '15-1299.00', title: 'Computer Occupations, All Other' },
      { code: '15-1299.09', title: 'Information Technology Project Managers' },
    ],
  ],
  ['15-1255', [{ code: '15-1255.00', title: 'Web and Digital Interface Designers' }]],
  [
    '27-2012',
    [
      { code: '27-2012.00', title: 'Producers and Directors' },
      { code: '27-2012.03', title: 'Media Programming Directors' },
    ],
  ],
  ['19-3034', [{ code: '19-3034.00', title: 'School Psychologists' }]],
]);
const where = (code: string, title: string) =>
  attachOnetSoc2010(code, CW, title, OCCS)?.map((a) => `${a.soc}${a.occCode ? ` ${a.occCode}` : ''}`);

describe('attachOnetSoc2010', () => {
  it('never lends a split catch-all to the codes carved out of it', () => {
    assert.deepEqual(where('15119900', 'Computer Occupations, All Other'), ['15-1299']);
  });
  it('places a specialisation on the O*NET occupation of its title, else nowhere when its code split', () => {
    assert.deepEqual(where('15119909', 'Information Technology Project Managers'), ['15-1299 15-1299.09']);
    assert.deepEqual(where('15119902', 'Computer Systems Engineers/Architects'), []);
    assert.deepEqual(where('19303101', 'School Psychologists'), ['19-3034 19-3034.00']);
    const a = attachOnetSoc2010('15119909', CW, 'Information Technology Project Managers', OCCS)![0]!;
    assert.equal(a.rank, 1); // split, but the occupation itself (no +2 of a specialisation on its SOC code)
    assert.match(a.note, /attached to 15-1299 only/);
  });
  it('gives an unsplit specialisation without a same-title occupation to its SOC code’s .00 occupation only', () => {
    const [a] = attachOnetSoc2010('27201201', CW, 'Producers', OCCS)!;
    assert.deepEqual([a!.soc, a!.occCode, a!.rank], ['27-2012', '27-2012.00', 2]);
  });
  it('attaches a split specific code to each successor, and returns null for an unknown code', () => {
    assert.deepEqual(where('15113400', 'Web Developers'), ['15-1254', '15-1255']);
    assert.equal(attachOnetSoc2010('99999900', CW), null);
  });
});
