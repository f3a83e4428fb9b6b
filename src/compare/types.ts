/**
 * The Comparison: everything careerdiff says about two occupations, as data. This JSON is the source of
 * truth; the article writer (src/write/) and the website only format it. Numbers are raw (no formatting),
 * every figure carries the id(s) of its source, and `sources` lists each id once with its citation fields.
 *
 * Versioning: COMPARISON_SCHEMA_VERSION changes only on breaking changes (a field renamed or removed); otherwise
 * fields are only ever added.
 * Conventions: `Pair<T>` is always `{ a, b }` in the order the reader typed; `null` means "no data"
 * (and a `missing` entry says so); a figure BLS did not publish is `value: null` with a `status`.
 */
import type { Candidate, CandidateBrief } from '../resolve/types.js';
import type { OrsValue } from '../store/ors.js';
import type { Source } from '../store/sources.js';
import type { RatedFigure } from '../store/work-context.js';

/** 2: a side's match fields and alternatives use the resolver's names (score, matched, source). */
export const COMPARISON_SCHEMA_VERSION = 2;

/** A value for each side, A first as typed. */
export interface Pair<T> {
  a: T;
  b: T;
}

export type Side = 'a' | 'b';

// ───────────────────────────── provenance ─────────────────────────────

/** One imported file, cited by id from every figure that comes from it (the store's sources row). */
export type SourceRef = Source;

/** Something the data does not have, said plainly instead of guessed. */
export interface DataGap {
  section: 'summary' | 'duties' | 'requirements' | 'workEnvironment' | 'skills' | 'salary' | 'outlook' | 'similarity';
  side: Side | 'both';
  /** What is missing, e.g. "OEWS wages", "ORS work environment estimates". */
  what: string;
  /** Why, when known (e.g. "BLS publishes no OEWS estimate for this SOC code"). */
  reason?: string;
  /**
   * Where the gap is, for O*NET gaps (src/compare/gaps.ts): 'onet' = the release lists nothing for the
   * occupation; 'not_surveyed' = O*NET has not surveyed it in that release (not in its Occupation Level
   * Metadata); 'data_folder' = O*NET surveyed it, but this data folder lacks the release's file.
   */
  cause?: 'onet' | 'not_surveyed' | 'data_folder';
  /** The O*NET release the cause refers to ("30.1"). */
  release?: string;
}

// ───────────────────────────── resolution ─────────────────────────────

/** How a side's occupation was chosen. */
export type ResolutionMethod =
  | 'code' // the input was an O*NET-SOC or SOC code
  | 'reader_choice' // --a-code / --b-code (or the API equivalent)
  | 'title' // the best title match on its own
  | 'pair_context'; // ambiguous on its own; the other side's occupation decided

/**
 * How a side of a comparison was read. The match fields are the resolver's (src/resolve/types.ts `Candidate`),
 * under its names: `score` is match strength (0–1, the reading's own, capped at 1), not a calibrated
 * probability; `matched`/`source` are the title the input matched and its kind. Format 2 renamed them
 * (format 1: `confidence`, `matchedTitle`, `matchKind`) and made `alternatives` `CandidateBrief`s.
 */
export interface Resolution extends Pick<Candidate, 'code' | 'soc' | 'title' | 'score'> {
  /** The reader's own text, unchanged: use it in headings ("Associate Producer vs. ..."). */
  input: string;
  method: ResolutionMethod;
  /** The title the input matched (occupation title, alternate or reported title, or the code); null when none did. */
  matched: Candidate['matched'] | null;
  /** What kind of title matched, as the resolver says; null when none did (a code the reader chose). */
  source: Candidate['source'] | null;
  /** One sentence on why this reading was chosen. */
  reason: string;
  /** Other readings, best first (not including the chosen one). Pass one's code as --a-code/--b-code. */
  alternatives: CandidateBrief[];
  /** Words of the input corrected as typos, raw word → corrected word ("softwear" → "software"), when any. */
  corrected?: Record<string, string>;
  /**
   * Set when the other career's field decided between readings that are close on their own (method
   * 'pair_context'): how the input reads alone, so the page can say "on its own, X reads as …". Pair context
   * never overrides an exact, unambiguous match.
   */
  pairContext?: { alone: CandidateBrief; other: string };
  /**
   * Set when several occupations share the typed title and the commonest was taken (src/compare/reading.ts):
   * which occupations name it in their own O*NET title ('named') or list it word for word ('listed'), the evidence
   * for each, and what decided ('employment': the chosen one alone has the largest OEWS figure of its own;
   * 'listing': O*NET lists it there from the most sources; 'only': one occupation's own title names it; 'none':
   * no single fact decided, the order is shown without a claim).
   */
  sharedTitle?: SharedTitleFacts;
  /**
   * Set when no single O*NET title holds the typed words and one occupation's title lists hold them between them
   * (src/compare/joint.ts): its title that is the typed head word alone ("Director"), and for each other typed word
   * the occupation's titles holding it ("film": "Film Maker", "Film Producer").
   */
  joint?: JointTitles;
  /**
   * Set when "<acronym> <worker word>" was read through the occupation whose titles spell the acronym out
   * (src/compare/acronym.ts: "tsa agent" → Transportation Security Screeners).
   */
  acronym?: AcronymTitles;
  /**
   * Set when the typed title names an apprentice or trainee ("apprentice plumber"): the SOC classifies them with the
   * occupation they train for (helpers apart), so the title is read as the trade alone ("plumber").
   */
  apprentice?: { trade: string };
  /**
   * Set when a partial reading leaves typed words outside the matched title and the occupation's own O*NET text uses
   * each of them (src/compare/evidence.ts: "stage actor" → Actors, whose tasks say "stage productions").
   */
  evidence?: TextEvidence[];
  /**
   * Set when the typed title adds words to a title O*NET knows and is read as that title (src/compare/modifier.ts:
   * "divorce attorney" → "attorney"), with what O*NET's title lists say of the added words.
   */
  modifier?: ModifierTitles;
}

/** Where an occupation's O*NET text uses a typed word: its description, a task statement, a technology example or a title. */
export interface TextEvidence {
  word: string;
  kind: 'description' | 'task' | 'technology' | 'title';
  /** The text holding the word, as O*NET gives it. */
  text: string;
}

/** How O*NET's title lists bear on the words a typed title adds to a title it knows. */
export interface ModifierTitles {
  /** The typed words read as the title ("attorney"; folded, singular). */
  head: string;
  /** The added words ("divorce"). */
  words: string[];
  /**
   * 'listed': the chosen occupation lists titles holding them all (`titles`); 'titled': it is the one occupation
   * listing a title that holds them all and ends in the head (`titles`); 'sibling': it shares the SOC code of the
   * head's own reading and lists titles holding them all (`titles`), the only such occupation; 'elsewhere': O*NET titles hold them all
   * (`titles`: examples), none ending in the head; 'none': no O*NET title holds them all; 'unknown': a word of them
   * is in no O*NET title.
   */
  how: 'listed' | 'titled' | 'sibling' | 'elsewhere' | 'none' | 'unknown';
  /** Up to three titles holding the added words, shortest first (none for 'none' and 'unknown'). */
  titles: string[];
}

/** How an acronym's O*NET titles pointed to one occupation. */
export interface AcronymTitles {
  /** As typed, upper-cased ("TSA"). */
  acronym: string;
  /** The title words that spell it out ("Transportation Security Administration"). */
  spelled: string;
  /** The occupation's titles holding the acronym and spelling it out (up to three, shortest first). */
  titles: string[];
  /** The typed general word for a worker ("agent"). */
  head: string;
  /** In how many SOC major groups O*NET titles end with `head`. */
  groups: number;
}

/** How one occupation's title lists hold a typed title's words between them. */
export interface JointTitles {
  /** The occupation's title that is the typed head word alone ("Director"). */
  head: string;
  /** Each other typed word and the occupation's titles holding it (up to three, shortest first). */
  words: { word: string; titles: string[] }[];
}

/** The occupations that share a typed title and the evidence the reading was chosen by. */
export interface SharedTitleFacts {
  by: 'named' | 'listed';
  /**
   * The one published fact that decided, if one did: 'only' one occupation names it; 'listing': the most sources
   * and reports; 'words': among the firmest listings, the one whose own title holds the most typed words
   * (`titleWords`); 'employment': among those, the largest OEWS figure of its own; 'workers': the largest OEWS figure
   * of its own, read against a firmer listing elsewhere.
   */
  decidedBy: 'employment' | 'listing' | 'only' | 'words' | 'workers' | 'none';
  /**
   * When the first of `among` is an O*NET specialty whose broader occupation (the .00 of its SOC code) is the
   * reading: that occupation, and the typed field words its own title holds that the specialty's title lacks.
   */
  readAs?: { code: string; title: string; words: string[] };
  /** The chosen occupation first, then the others in the order they were weighed. */
  among: {
    code: string;
    title: string;
    /**
     * Distinct O*NET sources of the word-for-word alternate titles (Alternate Titles "Source(s)"), 0 if none,
     * counting `spellings`.
     */
    sources: number;
    /** The same title as this occupation spells it open or closed ("Cyber Security Analyst"), counted in the evidence. */
    spellings?: string[];
    /** Whether incumbents reported it (Sample of Reported Titles). */
    reported: boolean;
    /** For a listed title: how many of the typed words the occupation's own O*NET title holds, in any form. */
    titleWords?: number;
    /** OEWS employment as published for the occupation's SOC code or smallest published group. */
    oews: { soc: string; employment: number; period: string; occupations: number } | null;
  }[];
}

/** O*NET's title lists: occupation titles, alternate titles, short titles, Sample of Reported Titles. */
export type TitleList = 'occupation' | 'alternate' | 'short' | 'reported';

/** A title as one occupation lists it. */
export interface TitleListing {
  code: string;
  /** The occupation's O*NET title. */
  occupation: string;
  /** The title as O*NET spells it (e.g. "Production Assistant", "Registered Nurse (RN)"). */
  title: string;
  /** The lists of that occupation that hold it. */
  lists: TitleList[];
  /** Spelled exactly as checked (case and punctuation aside), not only the same after plurals are set aside. */
  exact?: boolean;
}

/**
 * What O*NET lists about a reader's title, checked against every title list of every occupation: the facts
 * behind the article's sentences about titles (src/compare/titles.ts). Titles are the same when they read the
 * same after case, accents, punctuation and plurals are set aside; a parenthesised alias is a reading.
 */
export interface TitleFacts {
  /** The title as checked: the reader's title with typos corrected. */
  checked: string;
  /** Every occupation listing that title, the chosen occupation's entries first. Empty: no O*NET list has it. */
  listedBy: TitleListing[];
  /** Whether the chosen occupation lists it. */
  listedByChosen: boolean;
  /** The chosen occupation's title that the input matched, with its lists (null for codes and fuzzy matches). */
  chosenMatch: TitleListing | null;
}

/** Both sides are (or share) one occupation: official figures cannot tell them apart. */
export interface SameOccupation {
  /**
   * same_input: the same text twice; same_code: both resolved to one O*NET-SOC code;
   * same_soc: different O*NET-SOC codes under one SOC code (e.g. 27-2012.03 vs 27-2012.04), so BLS
   * wages/employment/projections are identical while O*NET descriptors may differ.
   */
  kind: 'same_input' | 'same_code' | 'same_soc';
  message: string;
  identical: { onet: boolean; bls: boolean };
  /** What the data can still tell apart, per side. */
  distinctions: Pair<Distinction>;
}

export interface Distinction {
  input: string;
  /** The title each input matched (its side's `Resolution.matched`). */
  matched: string | null;
  /** Alternate titles of the occupation that share words with this input (and not the other's). */
  relatedTitles: string[];
  /** O*NET specialisations (XX-XXXX.0N) under the same SOC code whose title or alternate titles match this input. */
  specialisations: { code: string; title: string }[];
  /** Tasks of the occupation whose text mentions words of this input and not the other's. */
  tasks: TaskRef[];
}

// ───────────────────────────── summary ─────────────────────────────

export interface TaskRef {
  id: number;
  text: string;
  type: 'Core' | 'Supplemental' | null;
  /** Relevance of task (% of incumbents), when rated. */
  relevance: number | null;
  sourceId: number;
}

export interface SideSummary {
  code: string;
  soc: string;
  title: string;
  description: string;
  /** Most central tasks: core first, by relevance. */
  keyTasks: TaskRef[];
  /** A few alternate titles (most-sourced first). */
  alternateTitles: string[];
  sourceIds: number[];
}

// ───────────────────────────── duties ─────────────────────────────

/** A Detailed Work Activity both sides perform; weight = share of the side's tasks mapped to it. */
export interface SharedActivity {
  dwaId: string;
  title: string;
  iwaId: string;
  iwaTitle: string;
  weight: Pair<number>;
  tasks: Pair<number>;
}

/** An Intermediate Work Activity both sides perform (sum of their DWA weights). */
export interface SharedIwa {
  iwaId: string;
  title: string;
  weight: Pair<number>;
}

/** A side's task whose DWAs the other side does not have. */
export interface DistinctTask extends TaskRef {
  dwas: { dwaId: string; title: string }[];
}

/** A side's most central DWAs the other lacks. */
export interface DistinctActivity {
  dwaId: string;
  title: string;
  iwaTitle: string;
  weight: number;
}

export interface Duties {
  /** Shared DWAs, most central to both first (by min weight, then sum). */
  sharedActivities: SharedActivity[];
  sharedIwas: SharedIwa[];
  distinctTasks: Pair<DistinctTask[]>;
  distinctActivities: Pair<DistinctActivity[]>;
  overlap: {
    /** Weighted overlap of DWAs, 0–1 (sum over shared of min weight, normalised). */
    dwa: number;
    /** Same at IWA level. */
    iwa: number;
    sharedDwaCount: number;
    dwaCount: Pair<number>;
    taskCount: Pair<number>;
  };
  sourceIds: number[];
  /** O*NET work activities rated on both sides (importance 0–100), largest difference first. */
  activityImportance?: ActivityImportanceRow[];
}

// ───────────────────────────── requirements ─────────────────────────────

export interface DistributionView {
  elementId: string;
  name: string;
  scaleId: string; // RL education, RW experience, PT on-site training, OJ on-the-job training
  categories: { category: number; label: string; pct: number }[];
  /** The category with the largest share. */
  modal: { category: number; label: string; pct: number } | null;
  /** Respondents, when published. */
  n: number | null;
  sourceId: number;
}

export interface JobZoneView {
  zone: number;
  name: string;
  education: string;
  experience: string;
  training: string;
  svpRange: string;
  sourceId: number;
}

/**
 * Which published BLS row serves an occupation: its own SOC code ('detailed'), an OEWS/EP aggregate of
 * detailed codes that contains it ('aggregate', e.g. 25-9045 "Teaching Assistants, Except Postsecondary"),
 * or its broad, minor or major SOC group. Always the smallest published group containing the occupation.
 */
export type BlsGroupLevel = 'detailed' | 'aggregate' | 'broad' | 'minor' | 'major';

/** BLS Employment Projections' education and training categories for the SOC code. */
export interface EntryRequirements {
  education: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
  soc: string;
  /** detailed: the occupation's own SOC code; otherwise a broader group (say so). */
  level: BlsGroupLevel;
  period: string;
  sourceId: number;
}

/** One BLS Occupational Requirements Survey estimate. */
/**
 * One ORS estimate as a comparison carries it: the store's OrsValue (src/store/ors.ts) without BLS's estimate
 * code and text, the standard error's bound, the published code and the crosswalk mapping.
 */
export type OrsFigure = Pick<
  OrsValue,
  | 'value'
  | 'unit'
  | 'belowThreshold'
  | 'release'
  | 'preliminary'
  | 'soc'
  | 'level'
  | 'sourceId'
  | 'se'
  | 'mode'
  | 'publishedTitle'
>;

/**
 * One ORS item with each side's estimate. Labels are the same for every release (ORS 2018 and 2020 word them
 * differently); each side's distribution (strength, SVP, minimum education ...) comes from one release.
 */
export interface OrsRow {
  /** Stable item id: its path in the ORS profile, e.g. "environment.outdoors.exposed", "requirements.svp.upTo1Month". */
  key: string;
  group: string; // "Education, training, and experience", "Physical demands", "Environmental conditions", ...
  requirement: string; // "Outdoors", "Strength", "Minimum education"
  category: string; // "Exposed to outdoor conditions", "Heavy work", "Bachelor's degree"
  values: Pair<OrsFigure | null>;
  /** The same item for all civilian workers, when published. */
  baseline: OrsFigure | null;
}

export interface Requirements {
  education: Pair<DistributionView | null>;
  experience: Pair<DistributionView | null>;
  onSiteTraining: Pair<DistributionView | null>;
  onTheJobTraining: Pair<DistributionView | null>;
  jobZone: Pair<JobZoneView | null>;
  /** Typical entry education / work experience / on-the-job training from BLS EP. */
  entry: Pair<EntryRequirements | null>;
  /** ORS credentials, minimum education, SVP, prior work experience rows, when present. */
  ors: OrsRow[];
  /** What is not in the data for this pair (e.g. ORS education estimates for one side). */
  missing: DataGap[];
}

// ───────────────────────────── work environment ─────────────────────────────

export interface ScoredRow {
  elementId: string;
  name: string;
  value: Pair<number | null>;
  scaleId: string;
  sourceIds: Pair<number | null>;
}

export interface WorkEnvironment {
  /** ORS physical demands / environmental conditions / cognitive and mental requirements side by side. */
  ors: OrsRow[];
  onet: {
    /** Tools and equipment (commodity titles), shared and distinct. */
    tools: { shared: string[]; distinct: Pair<string[]> };
    workStyles: ScoredRow[];
    workValues: ScoredRow[];
    /** RIASEC interests (OI, 1–7). */
    interests: ScoredRow[];
    /** O*NET's interest high-points per side (scale IH; a 0 high-point is none), in order. */
    interestHighPoints?: Pair<string[]>;
    /** Physical, psychomotor and sensory abilities rated by O*NET (level 0–7), when present. */
    physicalAbilities: ElementRow[];
    /**
     * O*NET Work Context items on O*NET OnLine's 0–100 scale (people-facing, physical, communication), in a
     * fixed order; a side is null when O*NET has no value for it (e.g. no O*NET-SOC 2010 predecessor).
     */
    context: ContextRow[];
  };
  /** What is not in the data for this pair (e.g. ORS for one side; O*NET Work Context is not imported). */
  missing: DataGap[];
}

/** One O*NET rating on the 0–100 scale, with its release and how it reached today's code (src/store/work-context.ts). */
export type ContextFigure = RatedFigure;

export interface ContextRow {
  elementId: string;
  /** O*NET's element name. */
  name: string;
  /** In a reader's words ("dealing with customers or the public"). */
  label: string;
  group: 'people' | 'physical' | 'communication';
  values: Pair<ContextFigure | null>;
}

/** One O*NET work activity's importance (0–100) on both sides, for Job Duties. */
export interface ActivityImportanceRow {
  elementId: string;
  name: string;
  importance: Pair<ContextFigure | null>;
  /** importance.a − importance.b when both exist. */
  diff: number | null;
}

// ───────────────────────────── skills ─────────────────────────────

/** One rated element (skill, knowledge area, ability) on both sides. */
export interface ElementRow {
  elementId: string;
  name: string;
  /** Importance 1–5. */
  importance: Pair<number | null>;
  /** Level 0–7. */
  level: Pair<number | null>;
  /** level.b − level.a when both exist. */
  levelDiff: number | null;
  sourceIds: Pair<number | null>;
}

export interface ElementComparison {
  /** Important to both (importance ≥ threshold on both sides), by mean importance. */
  shared: ElementRow[];
  /** Largest gaps where B's level exceeds A's, biggest first. */
  higherInB: ElementRow[];
  /** Largest gaps where A's level exceeds B's, biggest first. */
  higherInA: ElementRow[];
  /** Every element rated on either side, in content-model order. */
  all: ElementRow[];
  /** Importance threshold used for `shared`. */
  importanceThreshold: number;
}

export interface TechRef {
  example: string;
  commodityTitle: string;
  hot: boolean;
  inDemand: boolean;
}

export interface SkillsSection {
  skills: ElementComparison;
  knowledge: ElementComparison;
  abilities: ElementComparison;
  technology: {
    /** Technologies (by example name) listed for both. */
    shared: TechRef[];
    /** Commodity categories listed for both (coarser than examples). */
    sharedCategories: string[];
    distinct: Pair<TechRef[]>;
  };
  workStyles: ScoredRow[];
  sourceIds: number[];
}

// ───────────────────────────── salary & outlook ─────────────────────────────

/** A published figure or the reason there is none. Top-coded and missing values are never numbers. */
export interface Figure {
  value: number | null;
  /**
   * ok; top_coded (BLS "#": at or above the published ceiling); no_estimate ("*"); not_available ("**" /
   * "-"); below_half_percent; suppressed; missing (no row at all for the figure).
   */
  status: 'ok' | 'top_coded' | 'no_estimate' | 'not_available' | 'below_half_percent' | 'suppressed' | 'missing';
  /** What a non-ok status means, in words (e.g. "at or above $239,200 per year"); null when ok. */
  meaning: string | null;
}

export interface WageSet {
  mean: Figure;
  p10: Figure;
  p25: Figure;
  median: Figure;
  p75: Figure;
  p90: Figure;
}

export interface WageFigures {
  /** The SOC code the figures are published for, its BLS title and group level. */
  soc: string;
  blsTitle: string;
  level: BlsGroupLevel;
  /** true when the figures are for a broader group than the occupation: a SOC group, or the SOC code an O*NET specialisation (not .00) shares with other O*NET occupations. */
  broader: boolean;
  period: string; // "May 2025"
  employment: Figure;
  annual: WageSet;
  hourly: WageSet;
  /** BLS publishes only annual (e.g. teachers) or only hourly (e.g. actors) wages for some occupations. */
  annualOnly: boolean;
  hourlyOnly: boolean;
  sourceId: number;
}

export interface MoneyDiff {
  /** b − a, dollars. */
  dollars: number;
  /** (b − a) / a × 100. */
  percent: number;
}

export interface Salary {
  wages: Pair<WageFigures | null>;
  /** Differences, only where both sides have a published number (never from top-coded figures). */
  difference: {
    annualMedian: MoneyDiff | null;
    annualMean: MoneyDiff | null;
    hourlyMedian: MoneyDiff | null;
    hourlyMean: MoneyDiff | null;
  };
  /** Older periods also in the store (e.g. May 2024), newest first, for the same SOC codes. */
  earlier: Pair<WageFigures[]>;
  sameFigures: boolean;
  missing: DataGap[];
}

export interface Projection {
  soc: string;
  blsTitle: string;
  level: BlsGroupLevel;
  broader: boolean;
  period: string; // "2024-2034"
  baseYear: number | null;
  projectedYear: number | null;
  /** Published in thousands, as BLS publishes them. */
  employmentBaseThousands: number | null;
  employmentProjectedThousands: number | null;
  changeThousands: number | null;
  changePercent: number | null;
  /** Average annual openings, thousands. */
  openingsThousands: number | null;
  /** Median annual wage in the base year, or its status. */
  medianWage: Figure;
  sourceId: number;
}

export interface Outlook {
  projections: Pair<Projection | null>;
  /** changePercent.b − changePercent.a (percentage points), when both exist. */
  changePercentDiff: number | null;
  missing: DataGap[];
}

// ───────────────────────────── similarity & gap ─────────────────────────────

export interface SimilarityComponent {
  name:
    | 'dwa'
    | 'iwa'
    | 'tasks_text'
    | 'skills'
    | 'knowledge'
    | 'abilities'
    | 'interests'
    | 'job_zone'
    | 'family'
    | 'title'
    | string;
  /** 0–1. */
  value: number;
  /** Weight in the overall score (weights of available components sum to 1). */
  weight: number;
  description: string;
}

export interface Similarity {
  /** 0–1: weighted sum of components. */
  score: number;
  components: SimilarityComponent[];
  /** Rank of B among A's most related occupations (1 = most related), and the reverse, when computed. */
  rank: Pair<number | null>;
  method: string;
}

export interface ElementGap {
  elementId: string;
  name: string;
  from: number;
  to: number;
  /** to − from (> 0). */
  gap: number;
  /** Importance on the destination side. */
  importance: number | null;
}

export interface Step {
  from: number | null;
  to: number | null;
  /** to − from; > 0 is a step up. */
  step: number | null;
  fromLabel: string | null;
  toLabel: string | null;
}

/** What someone in `from` must add to move to `to`. */
export interface Gap {
  from: Side;
  to: Side;
  skills: ElementGap[];
  knowledge: ElementGap[];
  abilities: ElementGap[];
  /** Job zone step (1–5). */
  jobZone: Step;
  /** Modal O*NET required-education category step (RL 1–12). */
  education: Step;
  /** Technologies the destination lists that the origin does not (hot first). */
  technologies: TechRef[];
  /** The destination's central work activities the origin lacks. */
  activities: DistinctActivity[];
}

// ───────────────────────────── the whole ─────────────────────────────

export interface Comparison {
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  /** The two inputs as typed. */
  input: Pair<string>;
  resolution: Pair<Resolution>;
  /** What O*NET lists about each reader's title, across all occupations (absent in older Comparisons). */
  titles?: Pair<TitleFacts>;
  /** Set when both sides are (or share) one occupation; the sections then still hold both sides. */
  sameOccupation: SameOccupation | null;
  summary: Pair<SideSummary>;
  duties: Duties;
  requirements: Requirements;
  workEnvironment: WorkEnvironment;
  skills: SkillsSection;
  salary: Salary;
  outlook: Outlook;
  similarity: Similarity;
  gap: { aToB: Gap; bToA: Gap };
  /** Every gap in the data for this pair, gathered from all sections. */
  missing: DataGap[];
  /** Every source cited by an id anywhere above, once. */
  sources: SourceRef[];
}
