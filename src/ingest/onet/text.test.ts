/** The O*NET text release importer on the mini fixture release (test/fixtures/onet/data/text_30_1). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onetIngester } from './index.js';
import { TEXT, importInto, makeDataDir } from './testkit.js';

describe('O*NET text release', () => {
  const { summary, db } = importInto(makeDataDir({ without: ['excel_29_0', 'derived'] }), [onetIngester]);
  const one = (sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as Record<string, unknown>;
  const count = (table: string) => one(`SELECT COUNT(*) AS n FROM ${table}`).n as number;

  it('imports every table with the fixture row counts', () => {
    const expected: Record<string, number> = {
      occupations: 4,
      content_model: 10,
      scales: 11,
      tasks: 5,
      iwas: 2,
      dwas: 2,
      task_dwas: 3,
      emerging_tasks: 2,
      alt_titles: 5,
      reported_titles: 3,
      job_zone_ref: 5,
      job_zones: 3,
      ete_categories: 5,
      ete: 6,
      technology_skills: 3,
      tools_used: 2,
    };
    for (const [table, n] of Object.entries(expected)) {
      assert.equal(count(table), n, table);
      assert.equal(summary.counts[table], n, `count of ${table}`);
    }
    assert.equal(summary.counts.ratings, 4 + 2 + 3);
  });

  it('stores occupations with their SOC code, and the release on every source', () => {
    assert.deepEqual(one("SELECT soc, title FROM occupations WHERE code = '27-2012.00'"), {
      soc: '27-2012',
      title: 'Producers and Directors',
    });
    const src = one(
      'SELECT release, period, official, rows, dataset FROM sources WHERE file = ?',
      `${TEXT}/Occupation Data.txt`,
    );
    assert.deepEqual(src, { release: '30.1', period: 'December 2025', official: 1, rows: 4, dataset: 'onet' });
  });

  it('maps columns by header name, so the 29.x layout with a Title column works', () => {
    const t = one(
      "SELECT task, task_type, incumbents_responding FROM tasks WHERE occ_code = '11-1011.00' AND task_id = 8824",
    );
    assert.deepEqual(t, {
      task: 'Confer with board members to discuss issues.',
      task_type: 'Supplemental',
      incumbents_responding: 95,
    });
    assert.equal(one('SELECT task_type FROM tasks WHERE task_id = 101').task_type, null);
  });

  it('links tasks to DWAs and IWAs', () => {
    const r = one(
      `SELECT d.title AS dwa, i.title AS iwa FROM task_dwas t JOIN dwas d USING (dwa_id) JOIN iwas i ON i.iwa_id = d.iwa_id
       WHERE t.occ_code = '27-2012.00' AND t.task_id = 100`,
    );
    assert.deepEqual(r, { dwa: 'Review art or design materials.', iwa: 'Study details of artistic productions.' });
  });

  it('keeps alternate titles with short titles and sources', () => {
    assert.equal(one("SELECT occ_code FROM alt_titles WHERE title = 'Production Assistant'").occ_code, '43-5061.00');
    assert.deepEqual(one("SELECT short_title, sources FROM alt_titles WHERE title = 'Chief Executive Officer'"), {
      short_title: 'CEO',
      sources: '02,04',
    });
    assert.equal(one("SELECT short_title FROM alt_titles WHERE title = 'Agency Owner'").short_title, null);
    assert.equal(
      one("SELECT shown_in_my_next_move AS s FROM reported_titles WHERE title = 'Production Assistant'").s,
      0,
    );
  });

  it('keeps the whole ETE distribution, with category 0 for a scale without categories', () => {
    const rl = db
      .prepare("SELECT category, value FROM ete WHERE occ_code = '11-1011.00' AND scale_id = 'RL' ORDER BY category")
      .all();
    assert.deepEqual(rl, [
      { category: 1, value: 0 },
      { category: 2, value: 4.46 },
      { category: 3, value: 95.54 },
    ]);
    assert.deepEqual(one("SELECT category, value, lower FROM ete WHERE scale_id = 'IM'"), {
      category: 0,
      value: 3.01,
      lower: 2.4454,
    });
    assert.equal(one("SELECT suppress FROM ete WHERE scale_id = 'RW' AND category = 2").suppress, 1);
  });

  it('stores job zones, technology flags and emerging tasks', () => {
    assert.equal(
      one("SELECT name FROM job_zones JOIN job_zone_ref USING (job_zone) WHERE occ_code = '27-2012.00'").name,
      'Job Zone Four: Considerable Preparation Needed',
    );
    assert.deepEqual(one("SELECT hot, in_demand FROM technology_skills WHERE example = 'Adobe Acrobat'"), {
      hot: 1,
      in_demand: 0,
    });
    assert.deepEqual(one("SELECT category, original_task_id FROM emerging_tasks WHERE task LIKE 'Direct film%'"), {
      category: 'Revision',
      original_task_id: 100,
    });
  });

  it('puts work styles, work values and interests into ratings with release 30.1', () => {
    const rows = db
      .prepare(
        'SELECT domain, COUNT(*) AS n, MIN(release) AS release, MIN(official) AS official FROM ratings GROUP BY domain ORDER BY domain',
      )
      .all();
    assert.deepEqual(rows, [
      { domain: 'Interests', n: 3, release: '30.1', official: 1 },
      { domain: 'Work Styles', n: 4, release: '30.1', official: 1 },
      { domain: 'Work Values', n: 2, release: '30.1', official: 1 },
    ]);
    assert.equal(one("SELECT value FROM ratings WHERE occ_code = '27-2012.00' AND scale_id = 'WI'").value, 2.9);
  });

  it('records an ok section per table', () => {
    const sections = new Map(summary.sections.map((s) => [s.name, s]));
    for (const name of [
      'occupations',
      'tasks',
      'dwas',
      'alt_titles',
      'ete',
      'technology_skills',
      'work_styles',
      'interests',
    ]) {
      assert.equal(sections.get(name)?.status, 'ok', name);
    }
    assert.equal(sections.get('tasks')?.rows, 5);
    assert.deepEqual(summary.warnings, []);
  });
});

describe('O*NET text release: optional files', () => {
  it('warns and records a missing section when Emerging Tasks and Tools Used are absent', () => {
    const dir = makeDataDir({
      without: ['excel_29_0', 'derived'],
      changes: { [`${TEXT}/Emerging Tasks.txt`]: null, [`${TEXT}/Tools Used.txt`]: null },
    });
    const { summary, db } = importInto(dir, [onetIngester]);
    const s = summary.sections.find((x) => x.name === 'emerging_tasks');
    assert.deepEqual(s, {
      name: 'emerging_tasks',
      status: 'missing',
      rows: 0,
      note: 'Emerging tasks: no file in the data folder',
    });
    assert.equal(summary.sections.find((x) => x.name === 'tools_used')?.status, 'missing');
    assert.equal(summary.warnings.length, 2);
    assert.match(summary.warnings[0]!.message, /no "Emerging Tasks.txt" in text_30_1\//);
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM tasks').get() as { n: number }).n, 5);
  });

  it('imports the newest of two text releases and names the other in a warning', () => {
    const older = (f: string) => `older/${f}`;
    const dir = makeDataDir({
      without: ['excel_29_0', 'derived'],
      changes: {
        [older('Read Me.txt')]: 'O*NET 29.2 Database\r\nFebruary 2025 Release\r\n',
        [older('Occupation Data.txt')]: 'O*NET-SOC Code\tTitle\tDescription\r\n11-1011.00\tOld Title\tOld.\r\n',
      },
    });
    const { summary, db } = importInto(dir, [onetIngester]);
    assert.equal(
      (db.prepare("SELECT title FROM occupations WHERE code = '11-1011.00'").get() as { title: string }).title,
      'Chief Executives',
    );
    assert.equal(summary.warnings.length, 1);
    assert.match(summary.warnings[0]!.message, /text release 29\.2 in older not imported: the newer release 30\.1/);
  });
});
