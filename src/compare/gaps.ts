/**
 * Gaps in a side's O*NET profile, said where they are: O*NET's own (the release in the data folder lists
 * nothing for the occupation, or O*NET has not surveyed it: it is not in the release's Occupation Level
 * Metadata) or this data folder's (O*NET surveyed the occupation, but the rating file of that release is not
 * here and the older ratings here do not cover it). Never "O*NET publishes no such data" when O*NET surveyed it.
 */
import type { OnetProfile } from '../store/profile.js';
import type { StoreCache } from '../store/cache.js';
import { DERIVED, readDerived } from '../store/derived.js';
import { type DB, isMissingTable } from '../store/open.js';
import type { DataGap, Side } from './types.js';

/** What the store knows about O*NET's coverage, read once per store. */
export interface OnetCoverage {
  /** The O*NET text release imported ("30.1"), or null. */
  release: string | null;
  /** Occupations of that release's Occupation Level Metadata (surveyed), with questionnaires and data month. */
  surveyed: Map<string, { questionnaires: number | null; dataDate: string | null }>;
  /** True when the Occupation Level Metadata file was imported (else nothing can be said about surveys). */
  hasMetadata: boolean;
  /** Per rating domain ("Skills", "Knowledge"): releases in the store ("29.0"), and whether the text release's official file is in. */
  ratings: Map<string, { releases: string[]; officialOfRelease: boolean }>;
}

/** The coverage of a store, read once per connection. */
export const onetCoverage = (store: StoreCache): OnetCoverage => store.get(readCoverage);

function readCoverage(store: StoreCache): OnetCoverage {
  // Derived at import (src/derive): the scan of every rating row below happens once, not in every process.
  return readDerived<OnetCoverage>(store, DERIVED.onetCoverage) ?? buildOnetCoverage(store.db);
}

/** The coverage from the store's tables (at import, and for stores without it derived). */
export function buildOnetCoverage(db: DB): OnetCoverage {
  const release =
    (db
      .prepare("SELECT release FROM sources WHERE dataset = 'onet' AND file LIKE '%Occupation Data.txt' LIMIT 1")
      .pluck()
      .get() as string | undefined) ?? null;
  const surveyed = new Map<string, { questionnaires: number | null; dataDate: string | null }>();
  let hasMetadata = false;
  try {
    for (const r of db.prepare('SELECT occ_code, questionnaires, data_date FROM onet_metadata').all() as {
      occ_code: string;
      questionnaires: number | null;
      data_date: string | null;
    }[])
      surveyed.set(r.occ_code, { questionnaires: r.questionnaires, dataDate: r.data_date });
    hasMetadata = surveyed.size > 0;
  } catch (err) {
    if (!isMissingTable(err)) throw err;
    hasMetadata = false; // a store without the table (older schema is rebuilt; tests with partial schemas)
  }
  const ratings = new Map<string, { releases: string[]; officialOfRelease: boolean }>();
  for (const r of db.prepare('SELECT DISTINCT domain, release, official FROM ratings').all() as {
    domain: string;
    release: string;
    official: number;
  }[]) {
    const e = ratings.get(r.domain) ?? { releases: [], officialOfRelease: false };
    if (!e.releases.includes(r.release)) e.releases.push(r.release);
    if (r.official === 1 && r.release === release) e.officialOfRelease = true;
    ratings.set(r.domain, e);
  }
  return { release, surveyed, hasMetadata, ratings };
}

type GapCause = NonNullable<DataGap['cause']>;

/** Why an occupation has no ratings of a domain: O*NET's gap or the data folder's. */
export function ratingGap(
  cov: OnetCoverage,
  code: string,
  domain: string,
  what: string,
  ratedIn: readonly string[] = [],
): { reason: string; cause: GapCause; release?: string } {
  const rel = cov.release ?? 'the release here';
  const release = cov.release ? { release: cov.release } : {};
  const d = cov.ratings.get(domain);
  if (d?.officialOfRelease)
    return { reason: `O*NET ${rel} publishes no ${what} for this occupation`, cause: 'onet', ...release };
  const here = d?.releases.length
    ? `the ${domain} ratings in this data folder (O*NET ${[...d.releases].sort().join(', ')}) do not cover it`
    : `this data folder has no ${domain} ratings at all`;
  if (!cov.hasMetadata)
    return {
      reason: `this data folder lacks O*NET ${rel}'s ${domain} file, and ${here}`,
      cause: 'data_folder',
      ...release,
    };
  const s = cov.surveyed.get(code);
  if (s) {
    const facts = [
      s.questionnaires !== null ? `${s.questionnaires} questionnaires` : null,
      s.dataDate ? `data of ${s.dataDate}` : null,
    ].filter(Boolean);
    return {
      reason: `O*NET surveyed this occupation (O*NET ${rel} Occupation Level Metadata${facts.length ? `: ${facts.join(', ')}` : ''}), but this data folder lacks O*NET ${rel}'s ${domain} file, and ${here}`,
      cause: 'data_folder',
      ...release,
    };
  }
  // Not in the Occupation Level Metadata, yet O*NET has rated it: its official ratings of other areas are here
  // (19-4043.00, 13-2011.00 and 14 more have O*NET 29.0 skills and knowledge but no 30.1 metadata row; 30.1 rates
  // 894 occupations, 29.0's 879 and 15 new ones). The gap is this folder's, not O*NET's.
  if (ratedIn.length > 0)
    return {
      reason: `O*NET has rated this occupation (its official O*NET ${[...ratedIn].sort().join(', ')} ratings of other areas are in this data folder), but ${here}`,
      cause: 'data_folder',
      ...release,
    };
  return {
    reason: `O*NET ${rel}, the newest release in this data folder, has no survey data for this occupation (it is not in that release's Occupation Level Metadata), and ${here}; O*NET's ratings for it, if published, are in a newer release than the data here`,
    cause: 'not_surveyed',
    ...release,
  };
}

/** A file of the text release is in the folder: an empty list is O*NET's own. */
function listedGap(cov: OnetCoverage, what: string): { reason: string; cause: GapCause; release?: string } {
  return {
    reason: `O*NET ${cov.release ?? 'the release here'} lists no ${what.replace(/^O\*NET /, '')} for this occupation`,
    cause: 'onet',
    ...(cov.release ? { release: cov.release } : {}),
  };
}

/** The O*NET releases of the official skill and knowledge ratings a profile has (its occupation was rated then). */
export function officialReleases(p: OnetProfile): string[] {
  return [...new Set([...p.skills, ...p.knowledge].filter((r) => r.official).map((r) => r.release))];
}

/** Gaps in the O*NET profile of a side (an occupation without tasks, ratings or ETE data), each with its cause. */
export function profileGaps(p: OnetProfile, side: Side, cov: OnetCoverage): DataGap[] {
  const out: DataGap[] = [];
  const bare = (what: string) => what.replace(/^O\*NET /, '');
  const listed = (section: DataGap['section'], what: string) =>
    out.push({ section, side, what, ...listedGap(cov, what) });
  const rated = (section: DataGap['section'], what: string, domain: string) =>
    out.push({ section, side, what, ...ratingGap(cov, p.occupation.code, domain, bare(what), officialReleases(p)) });
  if (p.tasks.length === 0) listed('duties', 'O*NET tasks');
  if (p.activities.length === 0) listed('duties', 'O*NET detailed work activities');
  if (!p.education) listed('requirements', 'O*NET education distribution');
  if (!p.jobZone) listed('requirements', 'O*NET job zone');
  if (p.skills.length === 0) rated('skills', 'O*NET skills ratings', 'Skills');
  if (p.knowledge.length === 0) rated('skills', 'O*NET knowledge ratings', 'Knowledge');
  if (p.technology.length === 0) listed('skills', 'O*NET technology skills');
  return out;
}

/** Rating domains of gaps other sections report by name only ("O*NET abilities ratings" → Abilities). */
const RATED: Record<string, string> = {
  'O*NET abilities ratings': 'Abilities',
  'O*NET skills ratings': 'Skills',
  'O*NET knowledge ratings': 'Knowledge',
};
const LISTED = new Set(['O*NET tools used', 'O*NET technology skills', 'O*NET tasks']);

/** Gives every O*NET gap without a reason its cause (O*NET's or this data folder's); others are unchanged. */
export function explainGaps(
  gaps: DataGap[],
  codes: { a: string; b: string },
  cov: OnetCoverage,
  ratedIn: { a: readonly string[]; b: readonly string[] } = { a: [], b: [] },
): DataGap[] {
  return gaps.map((g) => {
    if (g.reason || g.side === 'both') return g;
    const domain = RATED[g.what];
    if (domain)
      return { ...g, ...ratingGap(cov, codes[g.side], domain, g.what.replace(/^O\*NET /, ''), ratedIn[g.side]) };
    if (LISTED.has(g.what)) return { ...g, ...listedGap(cov, g.what) };
    return g;
  });
}
