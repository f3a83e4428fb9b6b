/**
 * What every section writer gets: the Comparison, both sides' names, the same-occupation flags, a
 * deterministic phrase picker for the pair and a few shared phrasings (occupation references, citations).
 */
import { bothListed } from '../compare/same.js';
import type { Comparison, Side, SourceRef } from '../compare/types.js';
import { picker, type Picker } from './hash.js';
import { type Names, sideNames } from './names.js';

export interface Ctx {
  c: Comparison;
  a: Names;
  b: Names;
  pick: Picker;
  /** Both sides have identical O*NET data (same O*NET-SOC code). */
  sameOnet: boolean;
  /** Both sides have identical BLS figures (same SOC code). */
  sameBls: boolean;
  /** The reader typed the same title twice. */
  sameInput: boolean;
  /**
   * Same O*NET code, and O*NET lists both typed titles under it: only then may the article say the official
   * data puts both titles in one occupation (else careerdiff's reading does: see src/compare/same.ts).
   */
  sameListed: boolean;
  /** "associate producers and production assistants", or "both titles" when they read the same. */
  both: string;
  names(side: Side): Names;
  source(id: number | null | undefined): SourceRef | undefined;
}

export const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');

/**
 * Both sides' names; a side's short name is its occupation's when both would read the same ("cooks" for
 * Cooks, Restaurant and Cooks, Institution and Cafeteria), so the prose never names two occupations alike.
 */
function pairNames(c: Comparison): [Names, Names] {
  const a = sideNames(c, 'a');
  const b = sideNames(c, 'b');
  const alike = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  if (a.code === b.code || (!alike(a.short, b.short) && !(a.fromCode && b.fromCode && alike(a.many, b.many))))
    return [a, b];
  const full = (n: Names): Names => ({
    ...n,
    short: n.occupationText,
    ...(n.fromCode ? { many: n.occupationText } : {}),
  });
  return [full(a), full(b)];
}

export function makeCtx(c: Comparison): Ctx {
  const [a, b] = pairNames(c);
  const key = `${c.resolution.a.code}|${c.resolution.b.code}|${a.input.toLowerCase()}|${b.input.toLowerCase()}`;
  const same = c.sameOccupation;
  const sameOnet = Boolean(same?.identical.onet) || c.resolution.a.code === c.resolution.b.code;
  const sameBls = Boolean(same?.identical.bls) || sameOnet || c.resolution.a.soc === c.resolution.b.soc;
  const byId = new Map(c.sources.map((s) => [s.id, s]));
  const sameInput = c.sameOccupation?.kind === 'same_input' || a.many === b.many;
  return {
    c,
    a,
    b,
    pick: picker(key),
    sameOnet,
    sameBls,
    sameInput,
    sameListed: sameOnet && (sameInput || !c.titles || bothListed(c.resolution, c.titles)),
    both: sameInput ? 'both titles' : `${a.many} and ${b.many}`,
    names: (side) => (side === 'a' ? a : b),
    source: (id) => (id === null || id === undefined ? undefined : byId.get(id)),
  };
}

/** "O*NET 27-2012.00" */
export const onetRef = (code: string) => `O*NET ${code}`;

/** "BLS, May 2025" style short citation for a source id, or null. */
export function shortCite(ctx: Ctx, id: number | null | undefined): string | null {
  const s = ctx.source(id);
  if (!s) return null;
  const who =
    s.dataset === 'oews'
      ? 'BLS OEWS'
      : s.dataset === 'ep'
        ? 'BLS Employment Projections'
        : s.dataset === 'ors'
          ? 'BLS ORS'
          : s.dataset.startsWith('onet')
            ? `O*NET ${s.release}`
            : s.publisher;
  const period = (s.period ?? s.release).replace(/(\d{4})-(\d{4})/, '$1–$2');
  return who.includes(period) ? who : `${who}, ${period}`;
}
