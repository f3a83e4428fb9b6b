/**
 * Integration: the BLS part of the real data folder (O*NET, OEWS, EP and the SOC links) in the test run's shared
 * real-data store (src/testkit/real-store.ts), checked against the example figures of shared/data/SOURCES.md
 * exactly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DB, openStore } from '../../store/open.js';
import { projectionsFor, wagesFor } from '../../store/wages.js';
import { needsRealData, realStore } from '../../testkit/real-store.js';
import type { ImportSummary } from '../run.js';

const skip = needsRealData();

describe('BLS import of the real data folder', { skip }, () => {
  let db: DB;
  let summary: ImportSummary;
  before(() => {
    const built = realStore();
    summary = built.summary;
    db = openStore(built.file);
  });
  after(() => db?.close());

  const count = (sql: string, ...args: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...args) as number;

  it('imports both OEWS releases with their row counts and top-code thresholds', () => {
    assert.equal(count("SELECT COUNT(*) FROM oews WHERE period = 'May 2025'"), 1401);
    assert.equal(count("SELECT COUNT(*) FROM oews WHERE period = 'May 2024'"), 1403);
    assert.equal(count("SELECT COUNT(*) FROM oews WHERE period = 'May 2025' AND o_group = 'detailed'"), 830);
    assert.equal(count("SELECT COUNT(*) FROM oews WHERE period = 'May 2024' AND o_group = 'detailed'"), 831);
    assert.deepEqual(
      db
        .prepare('SELECT period, is_current, top_code_annual, top_code_hourly FROM oews_releases ORDER BY year DESC')
        .all(),
      [
        { period: 'May 2025', is_current: 1, top_code_annual: 239200, top_code_hourly: 115 },
        { period: 'May 2024', is_current: 0, top_code_annual: 239200, top_code_hourly: 115 },
      ],
    );
    // May 2024 top-codes 72 annual 90th percentiles ("#"); none is stored as a number.
    assert.equal(
      count(`SELECT COUNT(*) FROM oews WHERE period = 'May 2024' AND flags LIKE '%"a_pct90":"top_coded"%'`),
      72,
    );
    // A flagged figure is always NULL: its meaning is in flags, never a number in the column.
    for (const r of db.prepare("SELECT * FROM oews WHERE flags != '{}'").all() as Record<string, unknown>[]) {
      for (const col of Object.keys(JSON.parse(String(r.flags)))) assert.equal(r[col], null, `${r.soc} ${col}`);
    }
  });

  it('gives the SOURCES.md figures for 27-2012 and 43-5061 exactly', () => {
    const pick = (code: string, period?: string) => {
      const w = wagesFor(db, code, period)!;
      return [w.soc, w.level, w.employment, w.annual.mean, w.annual.median];
    };
    assert.deepEqual(pick('27-2012.00'), ['27-2012', 'detailed', 143120, 113300, 90360]);
    assert.deepEqual(pick('27-2012.00', 'May 2024'), ['27-2012', 'detailed', 145270, 114280, 83480]);
    assert.deepEqual(pick('43-5061.00'), ['43-5061', 'detailed', 390160, 62150, 59650]);
    assert.deepEqual(pick('43-5061.00', 'May 2024'), ['43-5061', 'detailed', 385000, 60420, 57770]);
    assert.deepEqual(pick('27-4011.00'), ['27-4011', 'detailed', 70230, 64630, 58100]);
    assert.deepEqual(pick('27-4012.00', 'May 2024'), ['27-4012', 'detailed', 21080, 64220, 53920]);
    const p = projectionsFor(db, '27-2012.00')!;
    assert.deepEqual(
      [p.changePct, p.entryEducation, p.employmentBaseK, p.period],
      [4.9, "Bachelor's degree", 167, '2024-2034'],
    );
    const c = projectionsFor(db, '43-5061.00')!;
    assert.deepEqual(
      [c.changePct, c.entryEducation, c.employmentBaseK],
      [-1.8, 'High school diploma or equivalent', 388.8],
    );
    assert.equal(projectionsFor(db, '27-4011.00')!.entryEducation, 'Postsecondary nondegree award');
    assert.equal(projectionsFor(db, '27-4012.00')!.changePct, -2.8);
  });

  it('imports Table 1.2 with 1,113 rows and top-coded medians as flags', () => {
    assert.equal(count('SELECT COUNT(*) FROM projections'), 1113);
    assert.equal(count("SELECT COUNT(*) FROM projections WHERE occ_type = 'Line item'"), 832);
    assert.equal(count('SELECT COUNT(*) FROM projections WHERE median_wage_top = 239200 AND median_wage IS NULL'), 19);
  });

  it('links every O*NET occupation with a published figure, recording the level', () => {
    const levels = (dataset: string, period: string) =>
      Object.fromEntries(
        (
          db
            .prepare('SELECT level, COUNT(*) AS n FROM soc_links WHERE dataset = ? AND period = ? GROUP BY level')
            .all(dataset, period) as { level: string; n: number }[]
        ).map((r) => [r.level, r.n]),
      );
    assert.equal(count('SELECT COUNT(*) FROM occupations'), 1016);
    assert.deepEqual(levels('oews', 'May 2025'), { detailed: 961, aggregate: 14, broad: 20, minor: 1, major: 1 });
    assert.deepEqual(levels('oews', 'May 2024'), { detailed: 962, aggregate: 14, broad: 20, major: 1 });
    assert.deepEqual(levels('ep', '2024-2034'), { detailed: 963, aggregate: 14, broad: 20 });
    // OEWS/EP aggregates of detailed codes, inferred from the SOC structure: the smallest published group.
    const link = (code: string, dataset: string) =>
      db
        .prepare("SELECT soc || ' ' || level FROM soc_links WHERE occ_code = ? AND dataset = ?")
        .pluck()
        .all(code, dataset);
    for (const ds of ['oews', 'ep']) {
      assert.deepEqual(new Set(link('25-9042.00', ds)), new Set(['25-9045 aggregate']));
      assert.deepEqual(new Set(link('25-9049.00', ds)), new Set(['25-9045 aggregate']));
      assert.deepEqual(new Set(link('21-1014.00', ds)), new Set(['21-1018 aggregate']));
      assert.deepEqual(new Set(link('25-2055.00', ds)), new Set(['25-2052 aggregate']));
      assert.deepEqual(new Set(link('53-1043.00', ds)), new Set(['53-1047 aggregate']));
      assert.deepEqual(new Set(link('25-9044.00', ds)), new Set(['25-9044 detailed']));
    }
    assert.deepEqual(
      [wagesFor(db, '25-9042.00')?.title, wagesFor(db, '25-9042.00')?.annual.median],
      ['Teaching Assistants, Except Postsecondary', 36780],
    );
    // 13-1022 is published only inside the OEWS aggregate 13-1020; the 19 military codes (55-) have no figure.
    assert.deepEqual([wagesFor(db, '13-1022.00')?.soc, wagesFor(db, '13-1022.00')?.level], ['13-1020', 'broad']);
    assert.equal(wagesFor(db, '55-1011.00'), null);
    const wages = summary.sections.find((s) => s.name === 'wages')!;
    assert.equal(wages.status, 'partial');
    assert.match(wages.note!, /^19 of 1016 occupations without OEWS wages \(May 2025/);
  });
});
