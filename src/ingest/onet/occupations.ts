/** O*NET Occupation Data: code, SOC code (its first 7 characters), title and description. */
import { CODE, OCC_CODE_RE, type TextRelease } from './common.js';

export function importOccupations(r: TextRelease): void {
  const rel = r.required('Occupation Data.txt');
  const table = r.read(rel, [CODE, 'Title', 'Description']);
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    table,
    'INSERT INTO occupations (code, soc, title, description, source_id) VALUES (?, ?, ?, ?, ?)',
    (row) => {
      const code = row.str(CODE);
      if (!OCC_CODE_RE.test(code)) row.fail(CODE, `not an O*NET-SOC code (XX-XXXX.XX): "${code.slice(0, 20)}"`);
      r.occupations.add(code);
      return [code, code.slice(0, 7), row.str('Title'), row.str('Description'), sourceId];
    },
    'occupations',
  );
  r.finish(sourceId, 'occupations', n, `O*NET ${r.release.version}: ${n} occupations`);
}
