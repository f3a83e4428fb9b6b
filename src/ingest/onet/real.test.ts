/**
 * Integration: the O*NET part of the test run's shared real-data store (src/testkit/real-store.ts): the
 * published row counts and a few known values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../../store/open.js';
import { needsRealData, realStore } from '../../testkit/real-store.js';

describe('O*NET import of the real data folder', { skip: needsRealData() }, () => {
  it('imports the published row counts and known values', (t) => {
    const { summary, file } = realStore();
    const db = openStore(file);
    t.after(() => db.close());
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const counts: [string, number][] = [
      ['SELECT COUNT(*) AS n FROM occupations', 1016],
      ['SELECT COUNT(*) AS n FROM tasks', 18796],
      ['SELECT COUNT(*) AS n FROM alt_titles', 56505],
      ['SELECT COUNT(*) AS n FROM reported_titles', 7955],
      ['SELECT COUNT(*) AS n FROM task_dwas', 23850],
      ['SELECT COUNT(*) AS n FROM technology_skills', 32773],
      ['SELECT COUNT(*) AS n FROM tools_used', 41662],
      ['SELECT COUNT(*) AS n FROM ete', 37125],
      ["SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Work Styles'", 37422],
      ["SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Knowledge' AND release = '29.0' AND official = 1", 58014],
      ["SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Skills' AND release = '29.0' AND official = 1", 61530],
      ["SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Skills' AND release = '30.1' AND official = 0", 30730],
      ["SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Abilities' AND release = '30.1' AND official = 0", 45656],
      ["SELECT COUNT(*) AS n FROM task_ratings WHERE scale_id = 'RT' AND official = 0", 17606],
    ];
    for (const [sql, want] of counts) assert.equal(n(sql), want, sql);

    const title = db.prepare("SELECT title FROM occupations WHERE code = '27-2012.00'").pluck().get();
    assert.equal(title, 'Producers and Directors');
    const pa = db.prepare("SELECT occ_code, sources FROM alt_titles WHERE title = 'Production Assistant'").all();
    assert.deepEqual(pa, [{ occ_code: '43-5061.00', sources: '02,04,06,08' }]);
    const release = db
      .prepare("SELECT release, period FROM sources WHERE file = 'onet_30_1/Occupation Data.txt'")
      .get();
    assert.deepEqual(release, { release: '30.1', period: 'December 2025' });

    const status = Object.fromEntries(summary.sections.map((s) => [s.name, s.status]));
    assert.equal(status.occupations, 'ok');
    assert.equal(status.knowledge, 'partial');
    // The O*NET 30.1 release has no Work Context / Work Activities tables (the OnLine exports fill them in).
    for (const t of ['Work Context', 'Work Activities'])
      assert.ok(
        summary.warnings.some((w) => w.message.startsWith(`${t}: no rating table`)),
        t,
      );
  });
});
