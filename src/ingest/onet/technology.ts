/** O*NET Technology Skills (with Hot Technology and In Demand flags) and Tools Used, by UNSPSC commodity. */
import { CODE, flag, type TextRelease } from './common.js';

export function importTechnologySkills(r: TextRelease): void {
  const rel = r.optional('Technology Skills.txt', 'technology_skills', 'Technology skills');
  if (!rel) return;
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    r.read(rel, [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand']),
    `INSERT INTO technology_skills (occ_code, example, commodity_code, commodity_title, hot, in_demand, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    (row) => [
      r.occ(row),
      row.str('Example'),
      row.int('Commodity Code'),
      row.str('Commodity Title'),
      flag(row, 'Hot Technology'),
      flag(row, 'In Demand'),
      sourceId,
    ],
    'technology_skills',
  );
  r.finish(sourceId, 'technology_skills', n, `O*NET ${r.release.version} Technology Skills: ${n} examples`);
}

export function importToolsUsed(r: TextRelease): void {
  const rel = r.optional('Tools Used.txt', 'tools_used', 'Tools used');
  if (!rel) return;
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    r.read(rel, [CODE, 'Example', 'Commodity Code', 'Commodity Title']),
    'INSERT INTO tools_used (occ_code, example, commodity_code, commodity_title, source_id) VALUES (?, ?, ?, ?, ?)',
    (row) => [r.occ(row), row.str('Example'), row.int('Commodity Code'), row.str('Commodity Title'), sourceId],
    'tools_used',
  );
  r.finish(sourceId, 'tools_used', n, `O*NET ${r.release.version} Tools Used: ${n} examples`);
}
