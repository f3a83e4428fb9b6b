/**
 * O*NET Occupation Level Metadata: which occupations O*NET's survey covered in this release, with how many
 * questionnaires were completed and the month of the data ("08/2025"). Kept as one row per occupation (table
 * onet_metadata), so the comparison can tell a gap of O*NET (an occupation not yet surveyed) from a gap of the
 * data folder (O*NET surveyed it, but the rating file of this release is not here).
 */
import { CODE, type TextRelease } from './common.js';

/** "08/2025" → "2025-08", for ordering; null when not a month. */
const monthKey = (d: string): string | null => {
  const m = /^(\d{2})\/(\d{4})$/.exec(d.trim());
  return m ? `${m[2]}-${m[1]}` : null;
};

export function importOccupationMetadata(r: TextRelease): void {
  const rel = r.optional('Occupation Level Metadata.txt', 'onet_metadata', 'Occupation level metadata');
  if (!rel) return;
  const { ctx } = r;
  const sourceId = r.source(rel);
  const per = new Map<string, { questionnaires: number | null; month: string | null; date: string | null }>();
  const table = r.read(rel, [CODE, 'Item', 'Response', 'N', 'Percent', 'Date']);
  let rows = 0;
  for (const row of table.rows) {
    rows++;
    const code = r.occ(row);
    const e = per.get(code) ?? { questionnaires: null, month: null, date: null };
    const date = row.str('Date');
    const key = monthKey(date);
    if (key === null) row.fail('Date', `not a month (MM/YYYY): "${date.slice(0, 20)}"`);
    if (key !== null && (e.month === null || key > e.month)) {
      e.month = key;
      e.date = date;
    }
    if (row.str('Item') === 'Total Completed Questionnaires') {
      const n = Number(row.str('N'));
      if (!Number.isInteger(n) || n < 0) row.fail('N', `not a count: "${row.str('N').slice(0, 20)}"`);
      e.questionnaires = n;
    }
    per.set(code, e);
  }
  const insert = ctx.db.prepare(
    'INSERT INTO onet_metadata (occ_code, questionnaires, data_date, release, source_id) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [code, e] of per) insert.run(code, e.questionnaires, e.date, r.release.version, sourceId);
  ctx.count('onet_metadata', per.size);
  r.finish(sourceId, 'onet_metadata', rows, `O*NET ${r.release.version}: survey metadata of ${per.size} occupations`);
}
