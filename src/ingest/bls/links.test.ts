/** SOC links: own code, else broad (incl. OEWS/EP aggregates), minor, major; unlinked occupations; sections. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { epIngester } from './ep.js';
import { buildStore, epRow, fakeOnet, oewsRow, tempDataDir, writeEp, writeOews } from './fixtures.js';
import { socLinksIngester } from './links.js';
import { oewsIngester } from './oews.js';
import { inferAggregates, socCandidates } from './soc.js';

const OCCS: [string, string][] = [
  ['27-2012.00', 'Producers and Directors'],
  ['27-2012.03', 'Media Programming Directors'],
  ['13-1022.00', 'Wholesale and Retail Buyers'],
  ['11-1031.00', 'Legislators'],
  ['45-3031.00', 'Fishing and Hunting Workers'],
  ['55-1011.00', 'Air Crew Officers'],
];

describe('socCandidates', () => {
  it('goes from the own code to broad, minor and major, without repeats', () => {
    assert.deepEqual(socCandidates('13-1022'), [
      { soc: '13-1022', level: 'detailed' },
      { soc: '13-1020', level: 'broad' },
      { soc: '13-1000', level: 'minor' },
      { soc: '13-0000', level: 'major' },
    ]);
    assert.deepEqual(
      socCandidates('15-1299').map((c) => c.soc),
      ['15-1299', '15-1290', '15-1200', '15-0000'],
    );
    assert.deepEqual(
      socCandidates('29-2010').map((c) => c.level),
      ['detailed', 'minor', 'major'],
    );
  });
});

describe('inferAggregates', () => {
  it('gives the unpublished O*NET codes of a broad group to the one published code O*NET does not have', () => {
    const onet = ['25-9042', '25-9043', '25-9044', '25-9049', '21-1011', '21-1014', '21-1012', '13-1021', '13-1022'];
    const published = new Set(['25-9040', '25-9044', '25-9045', '21-1010', '21-1012', '21-1018', '13-1020']);
    assert.deepEqual([...inferAggregates(onet, published)].sort(), [
      ['21-1011', '21-1018'],
      ['21-1014', '21-1018'],
      ['25-9042', '25-9045'],
      ['25-9043', '25-9045'],
      ['25-9049', '25-9045'],
    ]);
    // Two candidate aggregates in one broad group: membership is not determined, nothing is inferred.
    assert.equal(inferAggregates(['51-2022', '51-2023'], new Set(['51-2028', '51-2027'])).size, 0);
    assert.deepEqual(
      socCandidates('25-9042', '25-9045').map((c) => `${c.soc} ${c.level}`),
      ['25-9042 detailed', '25-9045 aggregate', '25-9040 broad', '25-9000 minor', '25-0000 major'],
    );
  });
});

describe('SOC links', () => {
  it('links each occupation at the most specific published level, per dataset and period', () => {
    const dir = tempDataDir();
    writeOews(dir, 2025, [
      oewsRow('27-2012', 'Producers and Directors', 'detailed'),
      oewsRow('13-1020', 'Buyers and Purchasing Agents', 'broad'),
      oewsRow('13-1020', 'Buyers and Purchasing Agents', 'detailed'),
      oewsRow('11-1000', 'Top Executives', 'minor'),
      oewsRow('45-0000', 'Farming, Fishing, and Forestry Occupations', 'major'),
    ]);
    writeOews(dir, 2024, [
      oewsRow('27-2012', 'Producers and Directors', 'detailed'),
      oewsRow('11-1031', 'Legislators', 'detailed'),
    ]);
    writeEp(dir, [
      epRow('Producers and directors', '27-2012', 'Line item', [167, 175.2, 8.3, 4.9, 12.8], 83480, 'BA'),
      epRow('Buyers', '13-1020', 'Line item', [522.2, 552.3, 30.1, 5.8, 52.2], 75650, 'BA'),
    ]);
    const { summary, db } = buildStore(dir, [fakeOnet(OCCS), oewsIngester, epIngester, socLinksIngester]);
    const links = db
      .prepare('SELECT occ_code, dataset, period, soc, level FROM soc_links ORDER BY dataset, period, occ_code')
      .all()
      .map((r) => Object.values(r as object).join(' '));
    assert.deepEqual(links, [
      '13-1022.00 ep 2024-2034 13-1020 broad',
      '27-2012.00 ep 2024-2034 27-2012 detailed',
      '27-2012.03 ep 2024-2034 27-2012 detailed',
      '11-1031.00 oews May 2024 11-1031 detailed',
      '27-2012.00 oews May 2024 27-2012 detailed',
      '27-2012.03 oews May 2024 27-2012 detailed',
      '11-1031.00 oews May 2025 11-1000 minor',
      '13-1022.00 oews May 2025 13-1020 broad',
      '27-2012.00 oews May 2025 27-2012 detailed',
      '27-2012.03 oews May 2025 27-2012 detailed',
      '45-3031.00 oews May 2025 45-0000 major',
    ]);
    assert.equal(summary.counts.soc_links, links.length);
    const sections = Object.fromEntries(summary.sections.map((s) => [s.name, [s.status, s.rows, s.note]]));
    assert.deepEqual(sections, {
      wages: [
        'partial',
        5,
        '1 of 6 occupations without OEWS wages (May 2025; linked: 2 detailed, 1 broad, 1 minor, 1 major)',
      ],
      wages_prior: [
        'partial',
        2,
        '3 of 6 occupations without OEWS wages (May 2024; linked: 3 detailed, 0 broad, 0 minor, 0 major)',
      ],
      projections: [
        'partial',
        2,
        '3 of 6 occupations without Employment Projections (2024-2034; linked: 2 detailed, 1 broad, 0 minor, 0 major)',
      ],
    });
    assert.ok(
      summary.warnings.some(
        (w) => w.message === '1 O*NET occupations have no OEWS wages (May 2025) at any SOC level (55-1011.00)',
      ),
    );
    db.close();
  });

  it('marks the sections ok when every occupation is linked', () => {
    const dir = tempDataDir();
    writeOews(dir, 2025, [oewsRow('27-2012', 'Producers and Directors', 'detailed')]);
    const { summary, db } = buildStore(dir, [fakeOnet(OCCS.slice(0, 2)), oewsIngester, epIngester, socLinksIngester]);
    assert.deepEqual(
      summary.sections.find((s) => s.name === 'wages'),
      {
        name: 'wages',
        status: 'ok',
        rows: 1,
        note: 'all 2 occupations (May 2025; linked: 2 detailed, 0 broad, 0 minor, 0 major)',
      },
    );
    assert.equal(summary.sections.find((s) => s.name === 'projections')?.status, 'missing');
    db.close();
  });
});
