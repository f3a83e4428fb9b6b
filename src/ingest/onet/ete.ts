/**
 * O*NET Education, Training, and Experience: the whole distribution over the categories of each scale
 * (RL education, RW experience, PT on-site training, OJ on-the-job training), plus the category labels.
 * Rows of scales without categories (e.g. IM of professional certification, Category "n/a") get category 0.
 */
import { CODE, maybeStr, type TextRelease } from './common.js';

export function importEte(r: TextRelease): void {
  const rel = r.optional('Education, Training, and Experience.txt', 'ete', 'Education, training and experience');
  if (!rel) return;
  const { ctx } = r;
  const catRel = r.required(
    'Education, Training, and Experience Categories.txt',
    'Education, Training, and Experience.txt',
  );
  const catSource = r.source(catRel);
  const categories = new Set<string>();
  const nCat = ctx.insertRows(
    r.read(catRel, ['Element ID', 'Element Name', 'Scale ID', 'Category', 'Category Description']),
    `INSERT INTO ete_categories (element_id, element_name, scale_id, category, description, source_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
    (row) => {
      const key = [row.str('Element ID'), row.str('Scale ID'), row.int('Category')] as const;
      categories.add(key.join('\t'));
      return [key[0], row.str('Element Name'), key[1], key[2], row.str('Category Description'), catSource];
    },
    'ete_categories',
  );
  ctx.setSourceRows(catSource, nCat);

  const sourceId = r.source(rel);
  const table = r.read(rel, [CODE, 'Element ID', 'Scale ID', 'Category', 'Data Value']);
  const has = (c: string) => table.hasColumn(c);
  const [hasN, hasSe, hasLo, hasHi, hasSup] = [
    'N',
    'Standard Error',
    'Lower CI Bound',
    'Upper CI Bound',
    'Recommend Suppress',
  ].map(has);
  const n = ctx.insertRows(
    table,
    `INSERT INTO ete (occ_code, element_id, scale_id, category, value, n, se, lower, upper, suppress, date, domain_source, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    (row) => {
      const code = r.occ(row);
      const element = row.str('Element ID');
      const scale = row.str('Scale ID');
      // Category is n/a for the scales without categories (IM of professional certification): stored as 0.
      const category = row.optInt('Category');
      if (category !== null && !categories.has(`${element}\t${scale}\t${category}`)) {
        row.fail('Category', `unknown category ${category} of ${element} ${scale}: not in the ETE Categories file`);
      }
      return [
        code,
        element,
        scale,
        category ?? 0,
        row.num('Data Value'),
        hasN ? row.optInt('N') : null,
        hasSe ? row.optNum('Standard Error') : null,
        hasLo ? row.optNum('Lower CI Bound') : null,
        hasHi ? row.optNum('Upper CI Bound') : null,
        hasSup ? row.yn('Recommend Suppress') : null,
        maybeStr(row, 'Date'),
        maybeStr(row, 'Domain Source'),
        sourceId,
      ];
    },
    'ete',
  );
  r.finish(sourceId, 'ete', n, `O*NET ${r.release.version} Education, Training, and Experience: ${n} category values`);
}
