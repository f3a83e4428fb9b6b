/** The comparison engine's options: the defaults of src/defaults.ts, with any override a caller passes. */
import { COMPARE_DEFAULTS } from '../defaults.js';

export { COMPARE_DEFAULTS, FAMILY_SCORES, JOB_ZONE_SCORES, SIMILARITY_WEIGHTS } from '../defaults.js';

export type CompareOptions = { [K in keyof typeof COMPARE_DEFAULTS]: number };

export const compareOptions = (o: Partial<CompareOptions> = {}): CompareOptions => ({ ...COMPARE_DEFAULTS, ...o });
