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
  db.exec(
    "CREATE TEMP TABLE source_online (id INTEGER PRIMARY KEY, online INTEGER NOT NULL); INSERT INTO source_online SELECT id, dataset = 'onet_online' FROM sources",
  );
  const cols = `occ_code, domain, element_id, scale_id, category, value, n, se, lower, upper, suppress, not_relevant,
    date, domain_source, release, official, source_id, crosswalk, crosswalk_from`;
  // One pass over the ratings in primary-key order, a group per key: the row with the smallest rank key
  // (O*NET OnLine values last, then newer release first, then official first) is the group's, and SQLite takes a
  // bare column from the row where MIN() is found. Within a key (release, official) is unique, so the key
  // is too. Same rows as ROW_NUMBER() OVER (PARTITION BY key ORDER BY online, release rank, official DESC) = 1,
  // without sorting every row (src/ingest/onet/best.test.ts).
  const info = db
    .prepare(
      `INSERT INTO ratings_best (${cols})
       SELECT ${cols} FROM (
         SELECT r.*, MIN(
           ((SELECT online FROM source_online so WHERE so.id = r.source_id) * 1000000
             + (SELECT rank FROM release_rank rr WHERE rr.release = r.release)) * 2 + (r.official = 0)) AS rank_key
         FROM ratings r GROUP BY r.occ_code, r.domain, r.element_id, r.scale_id, r.category)`,
    )
    .run();
  db.exec('DROP TABLE temp.release_rank; DROP TABLE temp.source_online');
  ctx.count('ratings_best', info.changes);
  return info.changes;
}
