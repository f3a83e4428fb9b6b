/** Title entries from the store (tables occupations, alt_titles, reported_titles). */
import type { DB } from '../store/open.js';
import type { TitleEntry } from './types.js';
import { alternateWeight, reportedWeight } from './weights.js';

export function loadTitles(db: DB): TitleEntry[] {
  const out: TitleEntry[] = [];
  for (const r of db.prepare('SELECT code, title FROM occupations ORDER BY code').all() as {
    code: string;
    title: string;
  }[])
    out.push({ code: r.code, title: r.title, kind: 'occupation', weight: 1 });
  for (const r of db.prepare('SELECT occ_code, title, short_title, sources FROM alt_titles ORDER BY rowid').all() as {
    occ_code: string;
    title: string;
    short_title: string | null;
    sources: string;
  }[]) {
    const weight = alternateWeight(r.sources);
    out.push({ code: r.occ_code, title: r.title, kind: 'alternate', weight });
    if (r.short_title && r.short_title !== 'n/a')
      out.push({ code: r.occ_code, title: r.short_title, kind: 'short', weight });
  }
  for (const r of db
    .prepare('SELECT occ_code, title, shown_in_my_next_move FROM reported_titles ORDER BY rowid')
    .all() as { occ_code: string; title: string; shown_in_my_next_move: number }[])
    out.push({
      code: r.occ_code,
      title: r.title,
      kind: 'reported',
      weight: reportedWeight(r.shown_in_my_next_move === 1),
    });
  return out;
}
