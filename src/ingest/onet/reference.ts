/** O*NET reference tables: Content Model Reference (element names) and Scales Reference (scale ranges). */
import type { TextRelease } from './common.js';

export function importContentModel(r: TextRelease): void {
  const rel = r.required('Content Model Reference.txt');
  const table = r.read(rel, ['Element ID', 'Element Name', 'Description']);
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    table,
    'INSERT INTO content_model (element_id, name, description, source_id) VALUES (?, ?, ?, ?)',
    (row) => [row.str('Element ID'), row.str('Element Name'), row.str('Description'), sourceId],
    'content_model',
  );
  r.finish(sourceId, 'content_model', n, `O*NET ${r.release.version} Content Model Reference: ${n} elements`);
}

export function importScales(r: TextRelease): void {
  const rel = r.required('Scales Reference.txt');
  const table = r.read(rel, ['Scale ID', 'Scale Name', 'Minimum', 'Maximum']);
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    table,
    'INSERT INTO scales (scale_id, name, minimum, maximum, source_id) VALUES (?, ?, ?, ?, ?)',
    (row) => [row.str('Scale ID'), row.str('Scale Name'), row.num('Minimum'), row.num('Maximum'), sourceId],
    'scales',
  );
  r.finish(sourceId, 'scales', n, `O*NET ${r.release.version} Scales Reference: ${n} scales`);
}
