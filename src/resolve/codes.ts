/**
 * Codes typed as queries: an O*NET-SOC code ("27-2012.00", "27201200") names one occupation; a SOC code
 * ("27-2012", "272012") names every O*NET occupation under it, the .00 one first.
 */
import type { TitleIndex } from './title-index.js';
import type { Candidate } from './types.js';

const CODE = /^(\d{2})[-\s]?(\d{4})(?:[.\s]?(\d{2}))?$/;

interface CodeQuery {
  soc: string;
  /** Set when the full O*NET-SOC code was typed. */
  code?: string;
}

export function parseCode(query: string): CodeQuery | undefined {
  const m = CODE.exec(query.trim());
  if (!m) return undefined;
  const soc = `${m[1]}-${m[2]}`;
  return m[3] !== undefined ? { soc, code: `${soc}.${m[3]}` } : { soc };
}

/** Candidates for a code; empty when the index does not have it. */
export function codeCandidates(index: TitleIndex, q: CodeQuery, typed: string): Candidate[] {
  const codes = q.code ? (index.occIndex.has(q.code) ? [q.code] : []) : (index.bySoc.get(q.soc) ?? []);
  const hasBase = codes.some((c) => c.endsWith('.00'));
  return codes.map((code) => {
    const o = index.occupations[index.occIndex.get(code)!]!;
    const score = q.code || code.endsWith('.00') || (!hasBase && codes.length === 1) ? 1 : 0.9;
    return { code, soc: o.soc, title: o.title, score, matched: typed.trim(), source: 'code' as const };
  });
}
