/**
 * Materialises ratings_best after all rating tables are in: per occupation, element, scale and category the
 * value of the newest release (versions compared part by part, so 29.10 > 29.9), official before derived.
 * Values from O*NET OnLine exports (sources.dataset 'onet_online', src/ingest/onet-online) step back for an
 * official table of any release: they are older, rescaled copies, used only where no official value exists.
 */
import type { IngestContext } from '../context.js';
import { compareVersions } from './release.js';

export function buildRatingsBest(ctx: IngestContext): number {
  const { db } = ctx;
  const releases = (db.prepare('SELECT DISTINCT release FROM ratings').all() as { release: string }[])
    .map((r) => r.release)
    .sort((x, y) => compareVersions(y, x));
  db.exec('CREATE TEMP TABLE release_rank (release TEXT PRIMARY KEY, rank INTEGER NOT NULL)');
  const put = db.prepare('INSERT INTO release_rank (release, rank) VALUES (?, ?)');
  for (const [i, r] of releases.entries()) put.run(r, i);
  const cols = `occ_code, domain, element_id, scale_id, category, value, n, se, lower, upper, suppress, not_relevant,
    date, domain_source, release, official, source_id, crosswalk, crosswalk_from`;
  const info = db
    .prepare(
      `INSERT INTO ratings_best (${cols})
       SELECT ${cols} FROM (
         SELECT r.*, ROW_NUMBER() OVER (
           PARTITION BY r.occ_code, r.domain, r.element_id, r.scale_id, r.category
           ORDER BY s.dataset = 'onet_online', rr.rank, r.official DESC) AS rn
         FROM ratings r JOIN release_rank rr ON rr.release = r.release JOIN sources s ON s.id = r.source_id)
       WHERE rn = 1`,
    )
    .run();
  db.exec('DROP TABLE temp.release_rank');
  ctx.count('ratings_best', info.changes);
  return info.changes;
}
