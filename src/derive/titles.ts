/**
 * Derives the title lists once at import, with the comparison's own code (src/compare/titles.ts
 * buildTitleLists): every reading of every title of every occupation under its comparison key, so a
 * comparison asks the store which occupations list a reader's title instead of holding all titles in memory;
 * and the corpus counts of tools and technology (src/compare/tools.ts buildRarity) likewise.
 */
import { buildRarity } from '../compare/tools.js';
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

/** Corpus counts (how many occupations list each tool commodity and technology example), by src/compare/tools.ts. */
export function deriveCorpusCounts(db: DB): number {
  const r = buildRarity(db);
  const insert = db.prepare('INSERT INTO corpus_counts (kind, key, n) VALUES (?, ?, ?)');
  let n = 0;
  for (const [kind, m] of [
    ['tool_commodity', r.toolCommodity],
    ['tech_example', r.techExample],
  ] as const)
    for (const [key, count] of m) {
      insert.run(kind, key, count);
      n++;
    }
  return n;
}
