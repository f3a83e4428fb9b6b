/**
 * Ambiguity, shown rather than hidden. A query is ambiguous when (a) the two best candidates are close and
 * come from different SOC minor groups, or (b) another SOC major group has nearly as many titles that
 * contain every query word as the top candidate's group ("Production Assistant": one clerk title in 43,
 * four media titles in 27); an exact occupation title is never ambiguous this way. In case (b) the other group's best candidate is kept in the list.
 */
import type { ResolveOptions } from './config.js';
import type { Candidate } from './types.js';

interface Ambiguity {
  ambiguous: boolean;
  /** The candidates that are the competing readings (top first). */
  readings: Candidate[];
}

const minor = (code: string) => code.slice(0, 4);
const major = (code: string) => code.slice(0, 2);

export function detectAmbiguity(
  ranked: readonly Candidate[],
  containment: ReadonlyMap<string, number>,
  opts: ResolveOptions,
): Ambiguity {
  const top = ranked[0];
  if (!top) return { ambiguous: false, readings: [] };
  const readings: Candidate[] = [top];
  const close = ranked.find((c) => minor(c.code) !== minor(top.code) && c.score >= top.score - opts.ambiguityGap);
  if (close) readings.push(close);
  const topCount = containment.get(major(top.code)) ?? 0;
  // An exact O*NET occupation title is authoritative; otherwise count who else uses the whole phrase.
  if (topCount > 0 && top.source !== 'occupation') {
    for (const [group, n] of containment) {
      if (group === major(top.code) || n < opts.containmentRatio * topCount) continue;
      const best = ranked.find((c) => major(c.code) === group);
      if (best && !readings.includes(best)) readings.push(best);
    }
  }
  return { ambiguous: readings.length > 1, readings };
}
