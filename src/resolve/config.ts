/** The resolver's options: the defaults of src/defaults.ts, with any override a caller passes. */
import { RESOLVE_DEFAULTS } from '../defaults.js';

export { RESOLVE_DEFAULTS };

export type ResolveOptions = { [K in keyof typeof RESOLVE_DEFAULTS]: number };

export const resolveOptions = (o: Partial<ResolveOptions> = {}): ResolveOptions => ({ ...RESOLVE_DEFAULTS, ...o });
