/**
 * Derives the title lists once at import, with the comparison's own code (src/compare/titles.ts
 * buildTitleLists): every reading of every title of every occupation under its comparison key, so a
 * comparison asks the store which occupations list a reader's title instead of holding all titles in memory.
 */
import { buildTitleLists } from '../compare/titles.js';
import type { DB } from '../store/open.js';

export function deriveTitleKeys(db: DB): number {
  const lists = buildTitleLists(db);
  const insert = db.prepare('INSERT INTO title_keys (key, seq, code, title, list) VALUES (?, ?, ?, ?, ?)');
  let n = 0;
  for (const [key, entries] of lists.byKey)
    entries.forEach((e, seq) => {
      insert.run(key, seq, e.code, e.title, e.list);
      n++;
    });
  return n;
}
