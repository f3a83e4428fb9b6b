/**
 * Every tunable of careerdiff, in one place. Modules take these as defaults and accept overrides,
 * so tests and benchmarks can vary them without editing code.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { usageError } from './errors.js';

/** The repository (or installed package) root: two levels above dist/src or src. */
export const PROJECT_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes('/dist/') ? '../..' : '..',
);

export const DEFAULTS = {
  /** Data folder when neither --data nor CAREERDIFF_DATA is given: ../shared/data beside the repository. */
  dataDir: path.resolve(PROJECT_ROOT, '../shared/data'),
  /** Store file when neither --db nor CAREERDIFF_DB is given (git-ignored). */
  dbFile: path.resolve(PROJECT_ROOT, '.careerdiff/careerdiff.sqlite'),
  /** Geography of every figure imported so far (national files only). */
  geography: 'U.S.',
  /** The website (src/site), its JSON API and the static export (src/export). */
  site: {
    /** Port of `careerdiff serve` when neither --port nor PORT is given. */
    port: 8080,
    /** Interface `careerdiff serve` listens on when neither --host nor HOST is given. */
    host: '127.0.0.1',
    /** Absolute origin used in canonical links, JSON-LD and the sitemap (--base-url, CAREERDIFF_BASE_URL). */
    baseUrl: 'http://localhost:8080',
    siteName: 'careerdiff',
    /** Rendered comparison/profile pages kept in memory (LRU), by count and by total bytes, for the whole server:
     * each of N workers keeps 1/N of both (src/site/cluster.ts workerShare). */
    pageCacheEntries: 2000,
    pageCacheBytes: 24 * 1024 * 1024,
    /** V8 options of each server worker (`careerdiff serve` with several workers), not a heap cap: a smaller heap
     * growing factor (V8's default lets the heap grow to about four times what is live between major
     * collections; a worker allocates a page's worth of short-lived strings per request). Smaller young-generation
     * semi-spaces were measured and left out: `--max-semi-space-size=8` (instead of 16) saves ~15 MB RSS a worker but
     * costs 0.3-1.0 ms of CPU per uncached page (+3-8%; an uncached page allocates ~3 MB, and more of it survives a
     * smaller scavenge), 4 costs ~1.1 ms more (in-process probe, 800 random pages, interleaved, session 5). */
    workerExecArgv: ['--heap-growing-percent=20'] as readonly string[],
    /** Environment of each server worker, unless already set: glibc malloc serves blocks of 256 kB or more by
     * mmap (a fixed threshold: glibc's own adapts upwards and keeps large freed blocks). Session 3 had 32 kB,
     * which sent every page body and store blob (~60-130 kB) through mmap/munmap: about 1.5-2 ms of system
     * CPU per uncached page for ~5 MB less RSS (bench/page-cpu.ts, 1,200 pages, BENCHMARKS.md issue 10). */
    workerEnv: { MALLOC_MMAP_THRESHOLD_: '262144' } as Readonly<Record<string, string>>,
    /** Longest accepted user text (q, a, b) and path segment (slug), in characters. */
    maxQueryLength: 120,
    maxSlugLength: 300,
    /** Catalog: closest related occupations per occupation that become catalog comparisons. */
    catalogRelatedPerOccupation: 8,
    /** Catalog: "titles people confuse" pairs kept per occupation. */
    catalogConfusionsPerOccupation: 2,
    /** Related comparisons listed for each side of a comparison page. */
    relatedLinks: 5,
    /** Results on the search page and default/maximum `limit` of the API. */
    searchResults: 10,
    apiDefaultLimit: 10,
    apiMaxLimit: 50,
    /** Alternate titles per occupation put into the static search index (besides title and reported titles). */
    searchIndexAltTitles: 6,
    /** Comparisons on the hub: these code pairs first (when they exist), then the catalog's confusable titles. */
    featured: [
      ['27-2012.00', '27-4011.00'],
      ['15-1252.00', '15-1253.00'],
      ['29-1141.00', '29-2061.00'],
      ['13-2011.00', '13-2051.00'],
      ['11-3071.00', '13-1081.00'],
      ['17-2112.00', '17-2141.00'],
    ] as readonly (readonly [string, string])[],
    featuredCount: 9,
    /** A misspelt comparison/profile URL redirects to the resolver's top reading only at or above this score. */
    slugRedirectMinScore: 0.5,
    /** How often a running server checks its store file (replaced by an import → reopened; damaged → 503), ms. */
    storeCheckMs: 2000,
    /** A server process that answered at least `idleGcMinRequests` requests and then none for `idleGcMs` runs one full
     * garbage collection (src/site/idle-gc.ts): ~24 MB less RSS per worker after a burst of uncached pages. */
    idleGcMs: 1000,
    idleGcMinRequests: 20,
    /** Rows shown per list on profile pages (tasks, technology, skills, ...). */
    profileListRows: 12,
  },
} as const;

/** Derived data computed at import (src/derive). */
export const DERIVE_DEFAULTS = {
  /** Closest related occupations stored per occupation, with both ranks (table neighbours). */
  neighbours: 50,
  /** Threads (the importing one included) that compute the occupations' comparison data: one per core, at most. */
  maxThreads: 4,
  /** Below this many occupations (test fixtures) one thread does it: starting a thread costs more. */
  parallelMinOccupations: 200,
  /** How long the import waits for those threads before it fails. */
  threadTimeoutMs: 600_000,
} as const;

/** Title resolution (src/resolve). */
export const RESOLVE_DEFAULTS = {
  /** Candidates returned per query. */
  limit: 5,
  /** Longest query accepted, in characters. */
  maxQueryLength: 200,
  /** Candidates scoring below this are dropped (never shown as an answer). */
  minScore: 0.2,
  /** Score of a match that is the same words in another order. */
  wordOrderScore: 0.97,
  /** Multiplier when level words are matched around: "senior", "lead", "ii", ... */
  levelPenalty: 0.93,
  /** ... and for level words that are often part of a title: "assistant", "associate", "chief", "head". */
  strongLevelPenalty: 0.86,
  /** Multiplier per edit of a typo-corrected query word. */
  typoPenaltyPerEdit: 0.08,
  /** Multiplier for a query variant with an acronym spelled out ("RN" → "registered nurse"). */
  acronymPenalty: 0.98,
  /** Entry weight (0–1) moves the score between (1 - weightSpan) and 1. */
  weightSpan: 0.1,
  /** Bonus for an occupation matched well by several titles, at most this much. */
  evidenceBonus: 0.04,
  /** Top candidates from different SOC minor groups closer than this make a query ambiguous. */
  ambiguityGap: 0.12,
  /** A group whose titles contain the whole query at least this often (relative to the top group) is another reading. */
  containmentRatio: 1,
  /** Pair-aware re-ranking (src/resolve/pair.ts): how far the other side's field moves an ambiguous side, and
   * how many of the other side's readings make up that field. */
  pairWeight: 0.4,
  pairContextReadings: 3,
  pairContextFloor: 0.8,
  /** Pair context only breaks near-ties: it may lift a reading whose own score is within this of the best one's
   * (or whose matched title contains the whole query, as "Digital Production Assistant" for "production
   * assistant"); the occupation's own O*NET title matched exactly is never overridden. */
  pairNearTie: 0.02,
  /** ... and only when the other side's field is clear: one SOC major group holds at least this share of its
   * plausible readings ("operations manager": 11 or 27, no field; "associate producer": 27). */
  pairFieldShare: 0.75,
  /** Weight of how common an occupation is (log employment, 0-1) in a candidate's score: breaks near-ties. */
  priorWeight: 0.02,
  /** Suggestions offered when nothing matches. */
  suggestions: 5,
  /** Multiplier for one slash-separated alternative read alone ("Kitchen Helpers/Dishwashers"). */
  alternativePenalty: 0.97,
  /** Multiplier for the query read without form / ad words ("part time", "night shift", "degree"). */
  noisePenalty: 0.98,
  /** Multiplier for the query read without a trailing qualifier ("Food Mixer - Bakery", "Plate Maker (Manufacturing)"). */
  qualifierPenalty: 0.9,
  /** "Sales <words>" reads as a salesperson of them when its last word ends at most this share of the titles using it. */
  salesHeadShare: 0.3,
  /** ... and then a title without a sales word ("A/C Technician" for "Sales Air Conditioning Equipment") scores this much less. */
  missingSalesPenalty: 0.85,
  /** Multiplier for one item of an "and" list read alone ("Reporters and Correspondents"): the list names one
   * occupation covering every item, so an item alone is weaker evidence than one of "A/B". */
  listItemPenalty: 0.9,
  /** Alternatives ("A/B") both read as one occupation: it scores their mean plus this times the weaker one. */
  alternativesBonus: 0.1,
  /** A query whose words the vocabulary knows less than this (src/resolve/query.ts `evidence`) is no match. */
  minEvidence: 0.5,
  /** Context (batch `description` / `industry`): candidates within this of the top score may be re-ordered ... */
  contextWindow: 0.12,
  /** ... by at most this much times the context similarity (0–1), so context breaks ties and never overrides a clear title. */
  contextWeight: 0.15,
} as const;

/** The comparison engine (src/compare). */
export const COMPARE_DEFAULTS = {
  /** Key tasks shown per side in the summary. */
  keyTasks: 6,
  /** Alternate titles shown per side in the summary. */
  alternateTitles: 6,
  /** Shared activities / IWAs listed. */
  sharedActivities: 12,
  /** Distinct tasks and activities listed per side. */
  distinctTasks: 8,
  /** Elements listed in shared / higher-in lists. */
  elementList: 8,
  /** Importance (1–5) at or above which an element counts as important to a side. */
  importanceThreshold: 3,
  /** Level (0–7) standing in for importance when an element has no importance rating. */
  levelThreshold: 3.5,
  /** Smallest level difference reported as a gap. */
  minLevelGap: 0.5,
  /** Technologies listed per side. */
  technologies: 15,
  /** Tools listed per side. */
  tools: 12,
  /** Alternative readings kept per side. */
  alternatives: 5,
  /** Occupations kept loaded per open store (LRU). Small on purpose: a decoded occupation is ~100 kB of heap
   * (all 1,016: ~98 MB in every server worker), and random pairs hit an LRU of k about k/1,016 of the time: 24
   * against 96 measured ~12 MB less RSS per worker at the same CPU per page (bench/page-cpu.ts, session 4). */
  occupationCacheEntries: 24,
  /** Texts whose word sets are kept per process by the duty matching (src/compare/memo.ts); O*NET has about
   * 2,100 DWA titles, so this holds all of them and the task texts of the last pages. 20,000 (every task text,
   * ~13 MB of word sets in each server worker) measured the same CPU per page as 5,000 (bench/page-cpu.ts-style
   * probe, 1,000 random pages, session 5), with 11 MB less heap. */
  textMemoEntries: 5_000,
  /** An alternative reading is offered only when its match is at least this share of the chosen one's. */
  alternativeFloor: 0.75,
  /** A partial or typo-corrected reading (not an O*NET title as typed) below this calibrated confidence (the
   * resolver's probability that its best reading is right, src/resolve/calibration.ts) is a guess: no article, a
   * "did you mean" (CLI exit 4, a page on the site), unless the reader picks an occupation by code. Set so that
   * corrected typos of real titles ("prodcer", "softwear enginer") still read, and one-word near-misses ("scam"
   * read as "seam") and phrases matched by one word ("dragon trainer", "banana") do not. */
  minConfidence: 0.45,
  /** A partial or corrected reading that rests on correcting a word of this many letters or fewer is a guess. */
  shortestCorrectedWord: 4,
  /**
   * "<acronym> <word>" (src/compare/acronym.ts): the word is a general word for a worker when O*NET titles end with
   * it in at least this many of the 23 SOC major groups ("agent" 19, "officer" 20, "director" 16; "trainer" 10).
   */
  genericHeadGroups: 15,
  /**
   * Weighing the occupations that share a typed title (src/compare/reading.ts): each piece of O*NET evidence that
   * the title belongs to an occupation it lists (one more source listing it word for word, incumbents reporting
   * it, a typed word in its own O*NET title) counts as much as this factor of workers (OEWS employment). At 10, one
   * more source outweighs a job a few times as common, not one fifteen times as common ("IT manager": Computer and
   * Information Systems Managers, 667,000 workers, over IT Project Managers, listed from one source more).
   */
  sharedTitleEvidenceFactor: 10,
} as const;

/**
 * Weights of the similarity components (they sum to 1; a component missing for a pair is left out and the
 * rest renormalised). See src/compare/similarity.ts for what each measures.
 */
export const SIMILARITY_WEIGHTS: Readonly<Record<string, number>> = {
  dwa: 0.185,
  iwa: 0.065,
  tasks_text: 0.13,
  knowledge: 0.13,
  skills: 0.046,
  abilities: 0.028,
  interests: 0.074,
  /** O*NET Work Activities importance profile (issue 9); measured in BENCHMARKS.md ("Work activities"). */
  activities: 0.074,
  job_zone: 0.083,
  family: 0.074,
  title: 0.083,
  technology: 0.028,
};

/**
 * Job-zone closeness by zone difference (0–4): experts rarely relate occupations two or more zones apart,
 * so the value falls faster than linearly.
 */
export const JOB_ZONE_SCORES: readonly number[] = [1, 0.7, 0.25, 0, 0];

/** Similarity of two SOC codes by the deepest SOC level they share. */
export const FAMILY_SCORES = { detailed: 1, broad: 0.8, minor: 0.6, major: 0.3, none: 0 } as const;

/** A path option that was given but empty ('' would silently mean the current folder): a usage error. */
function nonEmpty(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw usageError(`${name} is empty; give a path`);
  return value;
}

/**
 * Career moves, routes and line-ups (src/moves; DESIGN.md "Career moves"). A move X → Y is "within reach" when
 * Y is among X's `neighbours` most similar occupations, the similarity score is at least `minSimilarity`, the
 * skill gap is at most `maxGap` and the job zone rises by at most `maxJobZoneStep`.
 */
export const MOVES_DEFAULTS = {
  /** Most similar occupations considered as moves from each occupation (the edges of the route graph). */
  neighbours: 40,
  /** Similarity score (0–1, src/compare/similarity.ts) a move needs. */
  minSimilarity: 0.35,
  /** Skill gap a move may have: mean level shortfall (O*NET 0–7 level scale) over the skills and knowledge
   * areas the destination rates important. */
  maxGap: 0.75,
  /** Job zones a move may climb (O*NET job zones 1–5). */
  maxJobZoneStep: 1,
  /** Steps a move may climb on BLS's ladder of typical entry education (src/moves/gap.ts EDUCATION_LADDER:
   * no credential, high school, postsecondary nondegree award, associate's, bachelor's, master's, doctoral). */
  maxEducationStep: 1,
  /** Importance (O*NET 1–5) at or above which a destination's skill or knowledge area counts in the gap. */
  importantAt: 3,
  /** Smallest level shortfall listed as a skill or knowledge area to build. */
  minShortfall: 0.5,
  /** Skills, knowledge areas and new work activities listed per move. */
  listSkills: 3,
  listKnowledge: 3,
  listActivities: 3,
  /** Moves listed by default, and at most. */
  limit: 25,
  maxLimit: 40,
  /** Routes: at most this many occupations in between, and how many routes are shown. */
  maxIntermediates: 2,
  routes: 3,
  /** Line-up (/compare/a-vs-b-vs-c): occupations side by side, and top skills listed for each. */
  lineupMin: 3,
  lineupMax: 4,
  lineupSkills: 5,
} as const;

/** Data folder: --data, then CAREERDIFF_DATA, then the default. */
export function resolveDataDir(flag?: string): string {
  return path.resolve(
    nonEmpty(flag, '--data') ?? nonEmpty(process.env.CAREERDIFF_DATA, 'CAREERDIFF_DATA') ?? DEFAULTS.dataDir,
  );
}

/** Store file: --db, then CAREERDIFF_DB, then the default. */
export function resolveDbFile(flag?: string): string {
  return path.resolve(
    nonEmpty(flag, '--db') ?? nonEmpty(process.env.CAREERDIFF_DB, 'CAREERDIFF_DB') ?? DEFAULTS.dbFile,
  );
}
