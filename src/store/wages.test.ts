/** wagesFor / wageHistory / projectionsFor over a store built from small official-layout workbooks. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { epIngester } from '../ingest/bls/ep.js';
import { buildStore, epRow, fakeOnet, oewsRow, tempDataDir, writeEp, writeOews } from '../ingest/bls/fixtures.js';
import { socLinksIngester } from '../ingest/bls/links.js';
import { oewsIngester } from '../ingest/bls/oews.js';
import type { DB } from './open.js';
import { oewsPeriods, projectionsFor, wageHistory, wagesFor } from './wages.js';

describe('BLS read functions', () => {
  let db: DB;
  before(() => {
    const dir = tempDataDir();
    writeOews(dir, 2025, [
      oewsRow('11-1011', 'Chief Executives', 'detailed', {
        TOT_EMP: 204350,
        A_MEAN: 262930,
        A_PCT90: '#',
        H_PCT90: '#',
      }),
      oewsRow('13-1020', 'Buyers and Purchasing Agents', 'broad', { TOT_EMP: 491430 }),
      oewsRow('13-1020', 'Buyers and Purchasing Agents', 'detailed', { TOT_EMP: 491430 }),
      oewsRow('27-2042', 'Musicians and Singers', 'detailed', { HOURLY: 'TRUE', A_MEAN: '*', TOT_EMP: '**' }),
    ]);
    writeOews(dir, 2024, [oewsRow('11-1011', 'Chief Executives', 'detailed', { TOT_EMP: 200000, A_MEAN: 258900 })]);
    writeEp(dir, [
      epRow(
        'Chief executives',
        '11-1011',
        'Line item',
        [211.2, 200, -11.2, -5.3, 15.6],
        '>=$239,200',
        "Bachelor's degree",
      ),
      epRow('Buyers', '13-1020', 'Line item', [522.2, 552.3, 30.1, 5.8, 52.2], 75650, "Bachelor's degree"),
    ]);
    const occs: [string, string][] = [
      ['11-1011.00', 'Chief Executives'],
      ['11-1011.03', 'Chief Sustainability Officers'],
      ['13-1022.00', 'Wholesale and Retail Buyers'],
      ['27-2042.00', 'Musicians and Singers'],
    ];
    db = buildStore(dir, [fakeOnet(occs), oewsIngester, epIngester, socLinksIngester]).db;
  });
  after(() => db.close());

  it('lists the OEWS periods, newest first', () => {
    assert.deepEqual(oewsPeriods(db), [
      { period: 'May 2025', year: 2025, isCurrent: true },
      { period: 'May 2024', year: 2024, isCurrent: false },
    ]);
  });

  it('gives the current wages with flags explained by the top-code thresholds, and the source', () => {
    const w = wagesFor(db, '11-1011.03')!;
    assert.equal(w.soc, '11-1011');
    assert.equal(w.level, 'detailed');
    assert.equal(w.period, 'May 2025');
    assert.equal(w.isCurrent, true);
    assert.equal(w.employment, 204350);
    assert.equal(w.annual.mean, 262930);
    assert.equal(w.annual.p90, null);
    assert.equal(w.hourly.p90, null);
    assert.equal(w.annual.median, 58240);
    assert.deepEqual(w.flags, {
      'hourly.p90': { code: 'top_coded', meaning: 'at or above $115.00 per hour' },
      'annual.p90': { code: 'top_coded', meaning: 'at or above $239,200 per year' },
    });
    assert.deepEqual(w.topCode, { annual: 239200, hourly: 115 });
    assert.equal(w.source.file, 'bls_oews_may2025/national_M2025_dl.xlsx');
    assert.equal(w.source.release, 'May 2025');
    assert.equal(w.source.publisher, 'U.S. Bureau of Labor Statistics');
  });

  it('gives an earlier period on request, and the history newest first', () => {
    const w = wagesFor(db, '11-1011.00', 'May 2024')!;
    assert.deepEqual([w.period, w.isCurrent, w.employment, w.annual.mean], ['May 2024', false, 200000, 258900]);
    assert.deepEqual(
      wageHistory(db, '11-1011.00').map((h) => [h.period, h.employment]),
      [
        ['May 2025', 204350],
        ['May 2024', 200000],
      ],
    );
    assert.equal(wagesFor(db, '11-1011.00', 'May 2019'), null);
  });

  it('serves an occupation through the aggregate OEWS publishes, saying so', () => {
    const w = wagesFor(db, '13-1022.00')!;
    assert.deepEqual(
      [w.soc, w.level, w.oGroup, w.title, w.employment],
      ['13-1020', 'broad', 'detailed', 'Buyers and Purchasing Agents', 491430],
    );
    assert.deepEqual(
      wageHistory(db, '13-1022.00').map((h) => h.period),
      ['May 2025'],
    );
  });

  it('explains not-available figures and hourly-only occupations', () => {
    const w = wagesFor(db, '27-2042.00')!;
    assert.equal(w.hourlyOnly, true);
    assert.equal(w.annualOnly, false);
    assert.equal(w.employment, null);
    assert.deepEqual(w.flags, {
      employment: { code: 'not_available', meaning: 'estimate not available' },
      'annual.mean': { code: 'no_estimate', meaning: 'wage estimate not available' },
    });
    assert.equal(wagesFor(db, '99-9999.00'), null);
  });

  it('gives projections with the top-coded median as a flag and threshold, not a number', () => {
    const p = projectionsFor(db, '11-1011.00')!;
    assert.equal(p.period, '2024-2034');
    assert.deepEqual(
      [p.employmentBaseK, p.employmentProjK, p.changeK, p.changePct, p.openingsK],
      [211.2, 200, -11.2, -5.3, 15.6],
    );
    assert.equal(p.medianWage, null);
    assert.equal(p.medianWageTop, 239200);
    assert.deepEqual(p.flags, { medianWage: { code: 'top_coded', meaning: 'at or above $239,200 per year' } });
    assert.equal(p.entryEducation, "Bachelor's degree");
    assert.equal(p.source.file, 'bls_ep_2024_2034/occupation.xlsx');
    const b = projectionsFor(db, '13-1022.00')!;
    assert.deepEqual([b.soc, b.level, b.medianWage], ['13-1020', 'broad', 75650]);
    assert.equal(projectionsFor(db, '27-2042.00'), null);
  });
});
