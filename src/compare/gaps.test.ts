/** Gaps said where they are: O*NET's own, an occupation not surveyed in the release here, or the data folder's. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { compare } from './compare.js';
import { explainGaps, type OnetCoverage, onetCoverage, ratingGap } from './gaps.js';
import { StoreCache } from '../store/cache.js';

const cov: OnetCoverage = {
  release: '30.1',
  hasMetadata: true,
  surveyed: new Map([['15-1252.00', { questionnaires: 72, dataDate: '08/2025' }]]),
  ratings: new Map([
    ['Knowledge', { releases: ['29.0'], officialOfRelease: false }],
    ['Work Styles', { releases: ['30.1'], officialOfRelease: true }],
  ]),
};

describe('ratingGap', () => {
  it('an occupation O*NET has rated (official ratings of other areas here) is no "not surveyed" gap', () => {
    // Fact check: 19-4043.00 has O*NET 29.0 skills and knowledge but no 30.1 metadata row; its missing abilities
    // were said to be in "a newer release than the data here".
    const g = ratingGap(cov, '19-4043.00', 'Abilities', 'abilities ratings', ['29.0']);
    assert.equal(g.cause, 'data_folder');
    assert.match(g.reason, /O\*NET has rated this occupation \(its official O\*NET 29\.0 ratings of other areas/);
    assert.doesNotMatch(g.reason, /newer release/);
    assert.equal(ratingGap(cov, '19-4043.00', 'Abilities', 'abilities ratings').cause, 'not_surveyed');
  });
  it('a surveyed occupation without ratings here is the data folder’s gap, never "O*NET publishes no such data"', () => {
    const g = ratingGap(cov, '15-1252.00', 'Knowledge', 'knowledge ratings');
    assert.equal(g.cause, 'data_folder');
    assert.match(
      g.reason,
      /O\*NET surveyed this occupation \(O\*NET 30\.1 Occupation Level Metadata: 72 questionnaires, data of 08\/2025\)/,
    );
    assert.match(g.reason, /this data folder lacks O\*NET 30\.1's Knowledge file/);
    assert.doesNotMatch(g.reason, /publishes no/);
  });
  it('an occupation not in the metadata is not surveyed in that release', () => {
    const g = ratingGap(cov, '15-2051.00', 'Knowledge', 'knowledge ratings');
    assert.equal(g.cause, 'not_surveyed');
    assert.match(g.reason, /newer release than the data here/);
  });
  it('with the release’s official file in the store, an empty list is O*NET’s own', () => {
    assert.equal(ratingGap(cov, '15-2051.00', 'Work Styles', 'work styles').cause, 'onet');
  });
  it('explainGaps fills only O*NET gaps that have no reason', () => {
    const out = explainGaps(
      [
        { section: 'workEnvironment', side: 'a', what: 'O*NET abilities ratings' },
        { section: 'salary', side: 'b', what: 'OEWS wages', reason: 'kept' },
      ],
      { a: '15-1252.00', b: '11-1011.00' },
      cov,
    );
    assert.equal(out[0]!.cause, 'data_folder');
    assert.equal(out[1]!.reason, 'kept');
  });
});

const skip = needsRealData();
describe('gaps on the real store', { skip, timeout: 120_000 }, () => {
  let db: DB;
  let store: StoreCache;
  before(() => {
    db = openStore(realStorePath());
    store = new StoreCache(db);
  });
  after(() => db?.close());

  it('reads the Occupation Level Metadata of O*NET 30.1', () => {
    const c = onetCoverage(store);
    assert.equal(c.release, '30.1');
    assert.equal(c.surveyed.size, 878);
    assert.deepEqual(c.surveyed.get('15-1252.00'), { questionnaires: 72, dataDate: '08/2025' });
    assert.equal(c.surveyed.has('15-2051.00'), false);
  });

  it('software developers’ knowledge gap is the data folder’s; data scientists were not surveyed in 30.1', () => {
    const c = compare(store, 'data scientist', 'software developer');
    const gap = (side: 'a' | 'b', what: string) => c.missing.find((g) => g.side === side && g.what === what);
    assert.equal(gap('b', 'O*NET knowledge ratings')?.cause, 'data_folder');
    assert.equal(gap('a', 'O*NET skills ratings')?.cause, 'not_surveyed');
    for (const g of c.missing) {
      assert.ok(g.reason, `${g.what} has a reason`);
      if (g.cause === 'data_folder' || g.cause === 'not_surveyed') assert.doesNotMatch(g.reason!, /publishes no/);
    }
    assert.ok(!c.missing.some((g) => /O\*NET publishes no such data/.test(g.reason ?? '')));
  });
});
