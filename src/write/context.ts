/**
 * What every section writer gets: the Comparison, both sides' names, the same-occupation flags, a
 * deterministic phrase picker for the pair and a few shared phrasings (occupation references, citations).
 */
import { bothListed } from '../compare/same.js';
import type { Comparison, OrsFigure, Side, SourceRef } from '../compare/types.js';
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
  /**
   * Who a BLS or ORS figure is said of: the side's names, except when two O*NET occupations share one SOC code
   * (`sharedBls`), where BLS's one figure is said of both ("computer systems engineers/architects and information
   * technology project managers"), never of one side as if it were that side's own.
   */
  blsNames(side: Side): Names;
  /** Two different O*NET occupations whose BLS figures are one SOC code's (sameBls without sameOnet). */
  sharedBls: boolean;
  /**
   * Both sides have the same ORS estimates: one occupation, or two under one SOC code whose every ORS row is the
   * same published figure. ORS 2018 publishes some O*NET specialties separately (15-1199.09 IT project managers),
   * so one SOC code alone does not make one set of ORS estimates.
   */
  sameOrs: boolean;
  /** Who an ORS figure is said of: `blsNames` when both sides share the estimates, else the side's names. */
  orsNames(side: Side): Names;
  /** "Both titles" (one occupation) or "Both occupations" (two sharing BLS figures), for table columns. */
  bothLabel: string;
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

/** Every ORS row of both sides the same published figure (value, release and published occupation). */
function sameOrsFigures(c: Comparison): boolean {
  const key = (v: OrsFigure | null) => (v ? `${v.value}|${v.release}|${v.soc}|${v.publishedTitle ?? ''}` : '');
  return [...c.workEnvironment.ors, ...c.requirements.ors].every((r) => key(r.values.a) === key(r.values.b));
}

/** One name for two occupations that share BLS figures ("x and y"; "x as well as y" when a name holds "and"). */
function bothNames(a: Names, b: Names): Names {
  const join = (x: string, y: string) => (/ and /.test(`${x} ${y}`) ? `${x} as well as ${y}` : `${x} and ${y}`);
  const short = join(a.short, b.short);
  return {
    ...a,
    one: null,
    oneWithArticle: null,
    short,
    many: join(a.many, b.many),
    heading: join(a.heading, b.heading),
    manyHeading: join(a.manyHeading, b.manyHeading),
    occupation: join(a.occupation, b.occupation),
    occupationText: join(a.occupationText, b.occupationText),
  };
}

export function makeCtx(c: Comparison): Ctx {
  const [a, b] = pairNames(c);
  const key = `${c.resolution.a.code}|${c.resolution.b.code}|${a.input.toLowerCase()}|${b.input.toLowerCase()}`;
  const same = c.sameOccupation;
  const sameOnet = Boolean(same?.identical.onet) || c.resolution.a.code === c.resolution.b.code;
  const sameBls = Boolean(same?.identical.bls) || sameOnet || c.resolution.a.soc === c.resolution.b.soc;
  const byId = new Map(c.sources.map((s) => [s.id, s]));
  const sameInput = c.sameOccupation?.kind === 'same_input' || a.many === b.many;
  const sharedBls = sameBls && !sameOnet;
  const both = sharedBls ? bothNames(a, b) : null;
  const sameOrs = sameOnet || (sharedBls && sameOrsFigures(c));
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
    blsNames: (side) => both ?? (side === 'a' ? a : b),
    sharedBls,
    sameOrs,
    orsNames: (side) => (sameOrs && both ? both : side === 'a' ? a : b),
    bothLabel: sharedBls ? 'Both occupations' : 'Both titles',
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
