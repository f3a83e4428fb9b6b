/** O*NET Job Zones (one per occupation) and the Job Zone Reference that describes zones 1 to 5. */
import { CODE, maybeStr, type TextRelease } from './common.js';

export function importJobZones(r: TextRelease): void {
  const rel = r.optional('Job Zones.txt', 'job_zones', 'Job zones');
  if (!rel) return;
  const { ctx } = r;
  const refRel = r.required('Job Zone Reference.txt', 'Job Zones.txt');
  const refSource = r.source(refRel);
  const zones = new Set<number>();
  const nRef = ctx.insertRows(
    r.read(refRel, ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range']),
    `INSERT INTO job_zone_ref (job_zone, name, experience, education, job_training, examples, svp_range, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    (row) => {
      const zone = row.int('Job Zone');
      zones.add(zone);
      return [
        zone,
        row.str('Name'),
        row.str('Experience'),
        row.str('Education'),
        row.str('Job Training'),
        row.str('Examples'),
        row.str('SVP Range'),
        refSource,
      ];
    },
    'job_zone_ref',
  );
  ctx.setSourceRows(refSource, nRef);

  const sourceId = r.source(rel);
  const n = ctx.insertRows(
    r.read(rel, [CODE, 'Job Zone']),
    'INSERT INTO job_zones (occ_code, job_zone, date, domain_source, source_id) VALUES (?, ?, ?, ?, ?)',
    (row) => {
      const code = r.occ(row);
      const zone = row.int('Job Zone');
      if (!zones.has(zone)) row.fail('Job Zone', `unknown job zone ${zone}: not in Job Zone Reference`);
      return [code, zone, maybeStr(row, 'Date'), maybeStr(row, 'Domain Source'), sourceId];
    },
    'job_zones',
  );
  r.finish(sourceId, 'job_zones', n, `O*NET ${r.release.version}: job zones of ${n} occupations`);
}
