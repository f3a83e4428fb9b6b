/**
 * Suggestions for a query that matched nothing: the vocabulary words nearest to its words (up to three
 * edits) and the occupations those words lead to.
 */
import type { ResolveOptions } from './config.js';
import { rawWords, singular } from './normalize.js';
import { rank, type Scratch } from './score.js';
import type { TitleIndex } from './title-index.js';

export function suggest(index: TitleIndex, scratch: Scratch, query: string, opts: ResolveOptions): string[] {
  const words: string[] = [];
  for (const raw of rawWords(query)) {
    const w = singular(raw);
    if (w.length < 3) continue;
    for (const c of index.typo.nearest(w, Math.min(3, Math.max(1, w.length - 2)), 3))
      if (!words.includes(c.word)) words.push(c.word);
  }
  const out = words.slice(0, opts.suggestions);
  const titles: string[] = [];
  for (const w of out.slice(0, 2)) {
    const { scored } = rank(
      index,
      scratch,
      [
        {
          tokens: [w],
          penalty: 1,
          levelWords: [],
          corrected: {},
          primary: false,
          part: undefined,
          how: undefined,
          needs: undefined,
          item: false,
        },
      ],
      opts,
    );
    for (const s of scored.slice(0, 2)) {
      const o = index.occupations[s.occ]!;
      const t = `${o.title} (${o.code})`;
      if (!titles.includes(t)) titles.push(t);
    }
  }
  return [...out, ...titles];
}
