/**
 * The rating files of the text release itself: Work Styles, Work Values and Interests (RIASEC). They go
 * into the `ratings` table with their release, under the domains "Work Styles", "Work Values", "Interests".
 */
import { CODE, INSERT_RATING, type TextRelease, ratingColumns, ratingValues } from './common.js';

const PROFILE_FILES = [
  { file: 'Work Styles.txt', domain: 'Work Styles', section: 'work_styles' },
  { file: 'Work Values.txt', domain: 'Work Values', section: 'work_values' },
  { file: 'Interests.txt', domain: 'Interests', section: 'interests' },
] as const;

export function importProfiles(r: TextRelease): void {
  for (const p of PROFILE_FILES) {
    const rel = r.optional(p.file, p.section, p.domain);
    if (!rel) continue;
    const table = r.read(rel, [CODE, 'Element ID', 'Scale ID', 'Data Value']);
    const sourceId = r.source(rel);
    const cols = ratingColumns(table);
    const { version } = r.release;
    const n = r.ctx.insertRows(
      table,
      INSERT_RATING,
      (row) => {
        const code = r.occ(row);
        const [category, ...rest] = ratingValues(row, cols);
        return [code, p.domain, row.str('Element ID'), row.str('Scale ID'), category, ...rest, version, 1, sourceId];
      },
      'ratings',
    );
    r.finish(sourceId, p.section, n, `${p.domain}: O*NET ${version} (official), ${n} ratings`);
  }
}
