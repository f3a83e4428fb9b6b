/**
 * Title entries straight from the O*NET text release (Occupation Data, Alternate Titles, Sample of
 * Reported Titles), independent of the store: used by the benchmark and the tests.
 */
import path from 'node:path';
import { readDelimited } from '../ingest/readers/delimited.js';
import { alternateWeight, reportedWeight } from './weights.js';
import type { TitleEntry } from './types.js';

const opts = (required: string[]) => ({ delimiter: '\t' as const, quoted: false, required });

export function titlesFromFiles(onetDir: string): TitleEntry[] {
  const out: TitleEntry[] = [];
  const occ = readDelimited(path.join(onetDir, 'Occupation Data.txt'), opts(['O*NET-SOC Code', 'Title']));
  for (const r of occ.rows)
    out.push({ code: r.str('O*NET-SOC Code'), title: r.str('Title'), kind: 'occupation', weight: 1 });
  const alt = readDelimited(
    path.join(onetDir, 'Alternate Titles.txt'),
    opts(['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)']),
  );
  for (const r of alt.rows) {
    const code = r.str('O*NET-SOC Code');
    const weight = alternateWeight(r.optStr('Source(s)'));
    out.push({ code, title: r.str('Alternate Title'), kind: 'alternate', weight });
    const short = r.optStr('Short Title');
    if (short) out.push({ code, title: short, kind: 'short', weight });
  }
  const rep = readDelimited(
    path.join(onetDir, 'Sample of Reported Titles.txt'),
    opts(['O*NET-SOC Code', 'Reported Job Title', 'Shown in My Next Move']),
  );
  for (const r of rep.rows)
    out.push({
      code: r.str('O*NET-SOC Code'),
      title: r.str('Reported Job Title'),
      kind: 'reported',
      weight: reportedWeight(r.yn('Shown in My Next Move') === 1),
    });
  return out;
}
