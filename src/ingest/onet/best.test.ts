/**
 * ratings_best (best.ts) on many competing ratings: the same rows as the window-function query it replaced
 * (ROW_NUMBER() per key, ordered O*NET OnLine last, newer release first, official first), kept here as the
 * reference; releases compared part by part (29.10 is newer than 29.9).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SCHEMA_DDL } from '../../store/schema/index.js';
import { rng } from '../../testkit/rng.js';
import { IngestContext } from '../context.js';
import { silentProgress } from '../progress.js';
import { buildRatingsBest } from './best.js';
import { compareVersions } from './release.js';

const COLS = `occ_code, domain, element_id, scale_id, category, value, n, se, lower, upper, suppress, not_relevant,
  date, domain_source, release, official, source_id, crosswalk, crosswalk_from`;

/** The definition before the one-pass query: rank every row of a key, keep the first. */
function reference(db: Database.Database): unknown[][] {
  const releases = (db.prepare('SELECT DISTINCT release FROM ratings').pluck(true).all() as string[]).sort((x, y) =>
    compareVersions(y, x),
  );
  db.exec('CREATE TEMP TABLE ref_rank (release TEXT PRIMARY KEY, rank INTEGER NOT NULL)');
  for (const [i, r] of releases.entries()) db.prepare('INSERT INTO ref_rank VALUES (?, ?)').run(r, i);
  return db
    .prepare(
      `SELECT ${COLS} FROM (
         SELECT r.*, ROW_NUMBER() OVER (
           PARTITION BY r.occ_code, r.domain, r.element_id, r.scale_id, r.category
           ORDER BY s.dataset = 'onet_online', rr.rank, r.official DESC) AS rn
         FROM ratings r JOIN ref_rank rr ON rr.release = r.release JOIN sources s ON s.id = r.source_id)
       WHERE rn = 1 ORDER BY occ_code, domain, element_id, scale_id, category`,
    )
    .raw(true)
    .all() as unknown[][];
}

describe('ratings_best', () => {
  it('keeps, per key, the row the ranked window query keeps', () => {
    const db = new Database(':memory:');
    db.exec(SCHEMA_DDL);
    const source = db.prepare(
      `INSERT INTO sources (dataset, publisher, title, release, geography, file, sha256, bytes, license, official)
       VALUES (?, 'p', 't', ?, 'U.S.', ?, 'x', 1, 'l', ?)`,
    );
    const datasets = ['onet', 'onet_ratings', 'onet_online', 'onet_derived'];
    const releases = ['29.0', '29.9', '29.10', '30.1', '24.2', '30.0'];
    const sources = datasets.flatMap((d, i) =>
      releases.map((r) => Number(source.run(d, r, `${d}-${r}.txt`, i === 3 ? 0 : 1).lastInsertRowid)),
    );
    const put = db.prepare(
      `INSERT OR IGNORE INTO ratings (${COLS}) VALUES (${COLS.split(',')
        .map(() => '?')
        .join(', ')})`,
    );
    const r = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    for (let i = 0; i < 6000; i++) {
      const src = pick(sources);
      put.run(
        `11-10${Math.floor(r() * 4)}1.00`,
        pick(['Knowledge', 'Skills', 'Work Context']),
        pick(['2.A.1.a', '2.A.1.b', '4.C.1']),
        pick(['IM', 'LV', 'CX']),
        Math.floor(r() * 3),
        Math.round(r() * 700) / 100,
        i,
        null,
        null,
        null,
        null,
        r() < 0.1 ? 1 : null,
        '07/2024',
        'Analyst',
        pick(releases),
        r() < 0.3 ? 0 : 1,
        src,
        r() < 0.2 ? 'carried' : null,
        null,
      );
    }
    const expected = reference(db);
    assert.ok(expected.length > 100, `${expected.length} keys`);
    assert.ok((db.prepare('SELECT COUNT(*) FROM ratings').pluck(true).get() as number) > expected.length * 2);
    const ctx = new IngestContext(db, '/nowhere', [], silentProgress);
    assert.equal(buildRatingsBest(ctx), expected.length);
    const got = db
      .prepare(`SELECT ${COLS} FROM ratings_best ORDER BY occ_code, domain, element_id, scale_id, category`)
      .raw(true)
      .all();
    assert.deepStrictEqual(got, expected);
    db.close();
  });
});
