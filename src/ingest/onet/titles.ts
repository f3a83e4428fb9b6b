/** O*NET job titles: Alternate Titles (with short titles and title sources) and Sample of Reported Titles. */
import { CODE, flag, type TextRelease } from './common.js';

export function importAlternateTitles(r: TextRelease): void {
  const rel = r.required('Alternate Titles.txt');
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    r.read(rel, [CODE, 'Alternate Title', 'Short Title', 'Source(s)']),
    'INSERT INTO alt_titles (occ_code, title, short_title, sources, source_id) VALUES (?, ?, ?, ?, ?)',
    (row) => [r.occ(row), row.str('Alternate Title'), row.optStr('Short Title'), row.str('Source(s)'), sourceId],
    'alt_titles',
  );
  r.finish(sourceId, 'alt_titles', n, `O*NET ${r.release.version} Alternate Titles: ${n} titles`);
}

export function importReportedTitles(r: TextRelease): void {
  const rel = r.optional('Sample of Reported Titles.txt', 'reported_titles', 'Reported job titles');
  if (!rel) return;
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    r.read(rel, [CODE, 'Reported Job Title', 'Shown in My Next Move']),
    'INSERT INTO reported_titles (occ_code, title, shown_in_my_next_move, source_id) VALUES (?, ?, ?, ?)',
    (row) => [r.occ(row), row.str('Reported Job Title'), flag(row, 'Shown in My Next Move'), sourceId],
    'reported_titles',
  );
  r.finish(sourceId, 'reported_titles', n, `O*NET ${r.release.version} Sample of Reported Titles: ${n} titles`);
}
