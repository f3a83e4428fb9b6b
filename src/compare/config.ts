/**
 * Tunables of the comparison engine and the similarity model, in one place (to be folded into
 * src/defaults.ts by the lead). Functions take a Partial override so tests and benchmarks can vary them.
 */
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
} as const;

export type CompareOptions = { [K in keyof typeof COMPARE_DEFAULTS]: number };

export const compareOptions = (o: Partial<CompareOptions> = {}): CompareOptions => ({ ...COMPARE_DEFAULTS, ...o });

/**
 * Weights of the similarity components (they sum to 1; a component missing for a pair is left out and the
 * rest renormalised). See src/compare/similarity.ts for what each measures.
 */
export const SIMILARITY_WEIGHTS: Readonly<Record<string, number>> = {
  dwa: 0.2,
  iwa: 0.07,
  tasks_text: 0.14,
  knowledge: 0.14,
  skills: 0.05,
  abilities: 0.03,
  interests: 0.08,
  job_zone: 0.09,
  family: 0.08,
  title: 0.09,
  technology: 0.03,
};

/**
 * Job-zone closeness by zone difference (0–4): experts rarely relate occupations two or more zones apart,
 * so the value falls faster than linearly.
 */
export const JOB_ZONE_SCORES: readonly number[] = [1, 0.7, 0.25, 0, 0];

/** Similarity of two SOC codes by the deepest SOC level they share. */
export const FAMILY_SCORES = { detailed: 1, broad: 0.8, minor: 0.6, major: 0.3, none: 0 } as const;
