/**
 * Work environment, physical demands, cognitive demands and job requirements of one occupation, from the BLS
 * Occupational Requirements Survey (tables ors_*, view ors_links). Pure reads over an open store.
 *
 * Each value comes from the closest ORS code (the occupation's own SOC before a broad or minor group; major
 * groups only when asked; a 2018 estimate of the occupation itself before its SOC code's), then the newer release, then the closest crosswalk mapping; the items of one
 * distribution come from one source. The other releases' values are kept in `alternatives`. An item BLS did
 * not publish is null, never 0; a value below the publication threshold has value null and `belowThreshold`
 * ("< 0.5%").
 */
import type { StoreCache } from './cache.js';
import { DERIVED, readDerived } from './derived.js';
import type { DB } from './open.js';
import type { OrsLevel, OrsUnit } from './schema/ors.js';
import { compareText } from '../text-compare.js';

export interface OrsValue {
  /** ORS estimate code ("00815"); the same code means the same estimate in every release. */
  code: string;
  /** BLS's text of the estimate ("Percent of workers, exposed to outdoors"). */
  text: string;
  /** The published number (percent, hours, days or pounds); null only when below the publication threshold. */
  value: number | null;
  unit: OrsUnit;
  /** "< 0.5%", "< 0.05 hours", ... when BLS published "-" with a threshold footnote; else null. */
  belowThreshold: string | null;
  /** Standard error; null when BLS gives only a bound (seBelowThreshold) or none. */
  se: number | null;
  seBelowThreshold: string | null;
  /** BLS footnote 7: the most common answer of its category group. */
  mode: boolean;
  /** ORS release ("2020", "2018"). */
  release: string;
  preliminary: boolean;
  /** SOC 2018 code the value is attached to, and its level relative to the occupation. */
  soc: string;
  level: OrsLevel;
  /** The code and title as BLS published them ("472061"; "47206101" for an O*NET-SOC 2010 code). */
  publishedCode: string;
  publishedTitle: string;
  /** How the published code reached the SOC 2018 code: published | same | split | merge | split_merge. */
  mapping: string;
  mappingNote: string;
  sourceId: number;
}

export interface OrsItem extends OrsValue {
  /** The best value of each other release, newer first. */
  alternatives: OrsValue[];
}

/** null = not published for this occupation (by any release at an allowed level). */
export type Item = OrsItem | null;

export interface Exposure {
  /** % of workers exposed (any frequency). Indoors is its complement: see notExposed. */
  exposed: Item;
  notExposed: Item;
  seldom: Item;
  occasionally: Item;
  frequently: Item;
  constantly: Item;
}

export interface ExposureWithPpe extends Exposure {
  /** % of workers using personal protective equipment for it. */
  ppe: Item;
}

export interface OrsProfile {
  environment: {
    outdoors: Exposure;
    extremeCold: Exposure;
    extremeHeat: Exposure;
    humidity: Exposure;
    wetness: Exposure;
    heavyVibrations: Exposure;
    heights: ExposureWithPpe;
    hazardousContaminants: ExposureWithPpe;
    movingMechanicalParts: ExposureWithPpe;
    noise: { quiet: Item; moderate: Item; loud: Item; veryLoud: Item; ppe: Item };
  };
  physical: {
    /** Mean % of the workday (and hours) sitting; standing includes walking. */
    sittingPctOfDay: Item;
    sittingHours: Item;
    standingPctOfDay: Item;
    standingHours: Item;
    sitStandChoice: Item;
    strength: { sedentary: Item; light: Item; medium: Item; heavy: Item; veryHeavy: Item };
    maxWeightLifted: { mean: Item; median: Item; p90: Item };
    driving: { required: Item; notRequired: Item };
    keyboarding: {
      required: Item;
      notRequired: Item;
      seldom: Item;
      occasionally: Item;
      frequently: Item;
      constantly: Item;
    };
  };
  cognitive: {
    telework: { available: Item; notAvailable: Item };
    pace: { consistentFast: Item; consistentSlow: Item; varying: Item };
    pauseControl: { canPause: Item; cannotPause: Item };
    publicContact: { required: Item; notRequired: Item };
  };
  requirements: {
    credentials: { any: Item; license: Item; certification: Item; educationalCertificate: Item };
    minimumEducation: {
      none: Item;
      highSchool: Item;
      highSchoolVocational: Item;
      associates: Item;
      associatesVocational: Item;
      bachelors: Item;
      masters: Item;
      professional: Item;
      doctorate: Item;
    };
    priorWorkExperience: { required: Item; notRequired: Item; meanDays: Item; medianDays: Item };
    onTheJobTraining: { required: Item; notRequired: Item; meanDays: Item; medianDays: Item };
    /** Specific vocational preparation: % of workers at each level. */
    svp: {
      shortDemonstration: Item;
      upTo1Month: Item;
      upTo3Months: Item;
      upTo6Months: Item;
      upTo1Year: Item;
      upTo2Years: Item;
      upTo4Years: Item;
      upTo10Years: Item;
      over10Years: Item;
    };
  };
}

export interface OrsLink {
  release: string;
  soc: string;
  level: OrsLevel;
  publishedCode: string;
  publishedTitle: string;
  mapping: string;
  mappingRank: number;
  mappingNote: string;
  /** The 2018 release's O*NET-SOC 2010 code is this occupation's own code and title. */
  exact: boolean;
}

export interface WorkEnvironment {
  occCode: string;
  /** The ORS codes that serve this occupation, best first (empty: ORS has nothing for it). */
  links: OrsLink[];
  /** Null when no item is published for the occupation at an allowed level. */
  profile: OrsProfile | null;
  /** All civilian workers ("vs. all workers"); null only when the store has no ORS data. */
  baseline: OrsProfile | null;
}

interface WorkEnvironmentOptions {
  /** Also use the major group's values when the occupation's own code has none (default false). */
  allowMajorGroup?: boolean;
}

const exposure = (exposed: string, notExposed: string, freq: [string, string, string, string]) => ({
  exposed,
  notExposed,
  seldom: freq[0],
  occasionally: freq[1],
  frequently: freq[2],
  constantly: freq[3],
});

/** The ORS estimate code of every profile item, in the shape of OrsProfile. */
export const ORS_ITEMS = {
  environment: {
    outdoors: exposure('00815', '00612', ['00613', '00614', '00615', '00616']),
    extremeCold: exposure('00767', '00423', ['00424', '00425', '00426', '00427']),
    extremeHeat: exposure('00768', '00437', ['00438', '00439', '00440', '00441']),
    humidity: exposure('00797', '00465', ['00466', '00467', '00468', '00469']),
    wetness: exposure('00845', '00451', ['00452', '00453', '00454', '00455']),
    heavyVibrations: exposure('00791', '00479', ['00480', '00481', '00482', '00483']),
    heights: { ...exposure('00792', '00520', ['00521', '00522', '00523', '00524']), ppe: '00794' },
    hazardousContaminants: { ...exposure('00786', '00772', ['00773', '00774', '00775', '00776']), ppe: '00788' },
    movingMechanicalParts: { ...exposure('00822', '00534', ['00535', '00536', '00537', '00538']), ppe: '00824' },
    noise: { quiet: '00571', moderate: '00572', loud: '00573', veryLoud: '00574', ppe: '00806' },
  },
  physical: {
    sittingPctOfDay: '00997',
    sittingHours: '00132',
    standingPctOfDay: '01003',
    standingHours: '00125',
    sitStandChoice: '00139',
    strength: { sedentary: '00661', light: '00662', medium: '00663', heavy: '00664', veryHeavy: '00665' },
    maxWeightLifted: { mean: '00233', median: '00236', p90: '00238' },
    driving: { required: '01097', notRequired: '00311' },
    keyboarding: {
      required: '00801',
      notRequired: '00176',
      seldom: '00177',
      occasionally: '00178',
      frequently: '00179',
      constantly: '00180',
    },
  },
  cognitive: {
    telework: { available: '01205', notAvailable: '01206' },
    pace: { consistentFast: '01171', consistentSlow: '01172', varying: '01173' },
    pauseControl: { canPause: '01176', cannotPause: '01177' },
    publicContact: { required: '01197', notRequired: '01198' },
  },
  requirements: {
    credentials: { any: '00098', license: '01087', certification: '01084', educationalCertificate: '01090' },
    minimumEducation: {
      none: '00075',
      highSchool: '00076',
      highSchoolVocational: '00803',
      associates: '00077',
      associatesVocational: '00804',
      bachelors: '01029',
      masters: '00079',
      professional: '00080',
      doctorate: '00081',
    },
    priorWorkExperience: { required: '00107', notRequired: '00114', meanDays: '00108', medianDays: '00111' },
    onTheJobTraining: { required: '00122', notRequired: '00123', meanDays: '00116', medianDays: '00119' },
    svp: {
      shortDemonstration: '00064',
      upTo1Month: '00065',
      upTo3Months: '00066',
      upTo6Months: '00067',
      upTo1Year: '00068',
      upTo2Years: '00069',
      upTo4Years: '00070',
      upTo10Years: '00071',
      over10Years: '00072',
    },
  },
} as const;

type Spec = string | { readonly [k: string]: Spec };

const codesOf = (spec: Spec): string[] => (typeof spec === 'string' ? [spec] : Object.values(spec).flatMap(codesOf));
const ALL_CODES = [...new Set(codesOf(ORS_ITEMS))];

interface Candidate {
  estimate_code: string;
  estimate_text: string;
  value: number | null;
  unit: OrsUnit;
  below_threshold: string | null;
  se: number | null;
  se_below_threshold: string | null;
  mode: number;
  release: string;
  preliminary: number;
  soc: string;
  level: OrsLevel;
  level_rank: number;
  exact: number;
  published_code: string;
  published_title: string;
  mapping: string;
  mapping_rank: number;
  mapping_note: string;
  targets: number;
  source_id: number;
}

/**
 * Candidate order: closest level, the occupation's own estimate (a 2018 O*NET code of the same title) before
 * its SOC code's, newer release, closest mapping, fewest targets, code.
 */
function compare(a: Candidate, b: Candidate): number {
  return (
    a.level_rank - b.level_rank ||
    b.exact - a.exact ||
    Number(b.release) - Number(a.release) ||
    a.mapping_rank - b.mapping_rank ||
    a.targets - b.targets ||
    compareText(a.published_code, b.published_code)
  );
}

/**
 * The same texts (estimate wording, published titles, mapping notes) come back for every occupation; callers
 * keep profiles of all occupations in memory, so each distinct text is kept once.
 */
const texts = new Map<string, string>();
function once(s: string): string {
  const known = texts.get(s);
  if (known !== undefined) return known;
  texts.set(s, s);
  return s;
}

const toValue = (c: Candidate): OrsValue => ({
  code: c.estimate_code,
  text: once(c.estimate_text),
  value: c.value,
  unit: c.unit,
  belowThreshold: c.below_threshold,
  se: c.se,
  seBelowThreshold: c.se_below_threshold,
  mode: c.mode === 1,
  release: c.release,
  preliminary: c.preliminary === 1,
  soc: c.soc,
  level: c.level,
  publishedCode: c.published_code,
  publishedTitle: once(c.published_title),
  mapping: c.mapping,
  mappingNote: once(c.mapping_note),
  sourceId: c.source_id,
});

/** Candidates by estimate code, best first. */
function byCode(cands: Candidate[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of cands) out.set(c.estimate_code, [...(out.get(c.estimate_code) ?? []), c]);
  for (const list of out.values()) list.sort(compare);
  return out;
}

const sourceKey = (c: Candidate) => `${c.release}|${c.soc}|${c.published_code}`;

/** The item of one code from the chosen source, with the best value of each other release as alternatives. */
function itemFrom(list: Candidate[], key: string): OrsItem | null {
  const chosen = list.find((c) => sourceKey(c) === key);
  if (!chosen) return null;
  const seen = new Set([chosen.release]);
  const alternatives: OrsValue[] = [];
  for (const c of list) {
    if (seen.has(c.release)) continue;
    seen.add(c.release);
    alternatives.push(toValue(c));
  }
  return { ...toValue(chosen), alternatives };
}

/**
 * Builds the profile. The items of one group (an object of codes only: a distribution such as strength or SVP,
 * or one exposure) all come from one source, the best that has any of them, so a distribution never mixes
 * releases; an item that source did not publish is null. Other single items each take their own best source.
 */
function build(spec: Spec, cands: Map<string, Candidate[]>): unknown {
  if (typeof spec === 'string') {
    const list = cands.get(spec) ?? [];
    return list[0] ? itemFrom(list, sourceKey(list[0])) : null;
  }
  const entries = Object.entries(spec);
  if (entries.every(([, v]) => typeof v === 'string')) {
    const all = entries.flatMap(([, code]) => cands.get(code as string) ?? []).sort(compare);
    const key = all[0] ? sourceKey(all[0]) : '';
    return Object.fromEntries(entries.map(([k, code]) => [k, itemFrom(cands.get(code as string) ?? [], key)]));
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, build(v, cands)]));
}

const profileOf = (cands: Candidate[]): OrsProfile | null =>
  cands.length === 0 ? null : (build(ORS_ITEMS, byCode(cands)) as OrsProfile);

/**
 * A candidate from a row read as an array (raw rows are cheaper to read than objects; the import reads every
 * occupation's): the columns of ESTIMATE_COLUMNS, then level, level_rank, exact, published_title, mapping,
 * mapping_rank, mapping_note, targets.
 */
function candidate(r: unknown[]): Candidate {
  return {
    estimate_code: r[0] as string,
    estimate_text: r[1] as string,
    value: r[2] as number | null,
    unit: r[3] as OrsUnit,
    below_threshold: r[4] as string | null,
    se: r[5] as number | null,
    se_below_threshold: r[6] as string | null,
    mode: r[7] as number,
    release: r[8] as string,
    preliminary: r[9] as number,
    soc: r[10] as string,
    published_code: r[11] as string,
    source_id: r[12] as number,
    level: r[13] as OrsLevel,
    level_rank: r[14] as number,
    exact: r[15] as number,
    published_title: r[16] as string,
    mapping: r[17] as string,
    mapping_rank: r[18] as number,
    mapping_note: r[19] as string,
    targets: r[20] as number,
  };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

const ESTIMATE_COLUMNS = `e.estimate_code, e.estimate_text, e.value, e.unit, e.below_threshold, e.se,
  e.se_below_threshold,
  e.mode, e.release, e.preliminary, e.soc, e.published_code, e.source_id`;

/** The ORS codes that can serve an occupation, best first (view ors_links). */
export function orsLinksFor(db: DB, occCode: string, opts: WorkEnvironmentOptions = {}): OrsLink[] {
  const rows = db
    .prepare(
      `SELECT release, soc, level, published_code, published_title, mapping, mapping_rank, mapping_note, exact
       FROM ors_links WHERE occ_code = ? ${opts.allowMajorGroup ? '' : "AND level <> 'major'"}
       ORDER BY level_rank, exact DESC, CAST(release AS INTEGER) DESC, mapping_rank, targets, published_code`,
    )
    .all(occCode) as {
    release: string;
    soc: string;
    level: OrsLevel;
    published_code: string;
    published_title: string;
    mapping: string;
    mapping_rank: number;
    mapping_note: string;
    exact: number;
  }[];
  return rows.map((r) => ({
    release: r.release,
    soc: r.soc,
    level: r.level,
    publishedCode: r.published_code,
    publishedTitle: r.published_title,
    mapping: r.mapping,
    mappingRank: r.mapping_rank,
    mappingNote: r.mapping_note,
    exact: r.exact === 1,
  }));
}

/** The all-workers profile ("vs. all workers"), or null when the store has no ORS data; read once per store. */
export const orsBaseline = (store: StoreCache): OrsProfile | null => store.get(readBaseline);

/** As stored at import (src/derive/index.ts: one row instead of a join and the profile's build, issue 10). */
function readBaseline(store: StoreCache): OrsProfile | null {
  const stored = readDerived<OrsProfile | null>(store, DERIVED.orsBaseline);
  return stored !== undefined ? stored : orsBaselineFromTables(store.db);
}

/** The all-workers profile built from the ORS tables (at import, and for stores without it derived). */
export function orsBaselineFromTables(db: DB): OrsProfile | null {
  const cands = db
    .prepare(
      `SELECT ${ESTIMATE_COLUMNS}, c.level, 0 AS level_rank, 0 AS exact, c.published_title, c.mapping,
         c.mapping_rank, c.mapping_note, c.targets
       FROM ors_occupations c
       JOIN ors_estimates e ON e.release = c.release AND e.soc = c.soc AND e.published_code = c.published_code
       WHERE c.level = 'all' AND e.estimate_code IN (${placeholders(ALL_CODES.length)})`,
    )
    .raw(true)
    .all(...ALL_CODES) as unknown[][];
  return profileOf(cands.map(candidate));
}

/** The ORS profile of one O*NET occupation (code XX-XXXX.YY) and the all-workers baseline. */
export function workEnvironmentFor(
  store: StoreCache,
  occCode: string,
  opts: WorkEnvironmentOptions = {},
): WorkEnvironment {
  const db = store.db;
  const cands = db
    .prepare(
      `SELECT ${ESTIMATE_COLUMNS}, l.level, l.level_rank, l.exact, l.published_title, l.mapping, l.mapping_rank,
         l.mapping_note, l.targets
       FROM ors_links l
       JOIN ors_estimates e ON e.release = l.release AND e.soc = l.soc AND e.published_code = l.published_code
       WHERE l.occ_code = ? ${opts.allowMajorGroup ? '' : "AND l.level <> 'major'"}
         AND e.estimate_code IN (${placeholders(ALL_CODES.length)})`,
    )
    .raw(true)
    .all(occCode, ...ALL_CODES) as unknown[][];
  return {
    occCode,
    links: orsLinksFor(db, occCode, opts),
    profile: profileOf(cands.map(candidate)),
    baseline: orsBaseline(store),
  };
}

/** How many O*NET occupations the ORS links reach, by their best level (for reports and tests). */
export function orsCoverage(db: DB): Record<OrsLevel | 'none', number> {
  const out: Record<OrsLevel | 'none', number> = { all: 0, detailed: 0, broad: 0, minor: 0, major: 0, none: 0 };
  const rows = db
    .prepare(
      `SELECT o.code, (SELECT l.level FROM ors_links l WHERE l.occ_code = o.code ORDER BY l.level_rank LIMIT 1) AS level
       FROM occupations o`,
    )
    .all() as { code: string; level: OrsLevel | null }[];
  for (const r of rows) out[r.level ?? 'none']++;
  return out;
}
