/**
 * An evaluation set of real official titles unseen in O*NET 30.1 (issue 13): the O*NET-SOC 2010 occupation
 * titles of the official 2010 → 2019 crosswalk whose words are no title in O*NET 30.1 (occupation, alternate,
 * short or reported title), each coded by the crosswalk itself ("Appraisers, Real Estate" → 13-2023.00,
 * "Software Developers, Applications" → 15-1252.00 or 15-1253.00: any code the crosswalk names is right).
 * Titles written by O*NET's analysts, not by this project's rules: the nearest thing here to the issue's
 * held-out "official titles unseen in O*NET". It is split into halves by title like the other sets
 * (bench/lib/resolve-sets.ts `halfOf`): the calibration is fitted on the fit half (cross-fitting: official titles
 * are right more often than the features of an employer's title say) and reported on the other, never fitted on.
 * And a set of the same style to fit on: O*NET 30.1 occupation titles ("Claims Adjusters, Examiners, and
 * Investigators") taken out of the index for a seeded half of the occupations, kept where their words are no
 * other indexed title.
 */
import path from 'node:path';
import { readDelimited } from '../../src/ingest/readers/delimited.js';
import type { TitleEntry } from '../../src/resolve/types.js';
import { type EvalQuery, halfOf, unseenIn } from './resolve-sets.js';

/** The crosswalk file of the data folder (semicolon-separated, as re-saved; see SOURCES.md). */
const CROSSWALK_FILE = 'onet_soc_2010_to_2019_crosswalk/2010_to_2019_Crosswalk.csv';

/** O*NET-SOC 2010 titles unseen in `entries` (normalised words), with every 2019 code the crosswalk maps them to. */
export function officialUnseen(entries: readonly TitleEntry[], dataDir: string): EvalQuery[] {
  const table = readDelimited(path.join(dataDir, CROSSWALK_FILE), {
    delimiter: ';',
    quoted: false,
    required: ['soc2010_code', 'soc2010_title', 'soc2019_code'],
  });
  const byTitle = new Map<string, string[]>();
  for (const r of table.rows) {
    const title = r.str('soc2010_title').trim();
    const to = byTitle.get(title) ?? [];
    const code = r.str('soc2019_code').trim();
    if (!to.includes(code)) to.push(code);
    byTitle.set(title, to);
  }
  const isUnseen = unseenIn(entries);
  const out: EvalQuery[] = [];
  for (const [title, truth] of byTitle)
    if (isUnseen(title)) out.push({ query: title, truth, kind: 'official-2010', half: halfOf(title) });
  return out;
}

/** A seeded half of the occupations lose their occupation title from `index`; those titles unseen elsewhere are the queries. */
export function heldOutOccupationTitles(
  index: readonly TitleEntry[],
  rand: () => number,
): { index: TitleEntry[]; queries: EvalQuery[] } {
  const out = new Set<string>();
  for (const e of index) if (e.kind === 'occupation' && rand() < 0.5) out.add(e.code);
  const kept = index.filter((e) => !(e.kind === 'occupation' && out.has(e.code)));
  const isUnseen = unseenIn(kept);
  const queries: EvalQuery[] = [];
  for (const e of index)
    if (e.kind === 'occupation' && out.has(e.code) && isUnseen(e.title))
      queries.push({ query: e.title, truth: [e.code], own: e.code, kind: 'occupation-title', half: halfOf(e.title) });
  return { index: kept, queries };
}
