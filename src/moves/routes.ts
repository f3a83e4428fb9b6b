/**
 * Routes from X to Y: when the direct move is out of reach, the best paths through one or two intermediate
 * occupations in which every step is a move within reach (the same test as the moves page: a neighbour of its
 * origin, similar enough, a small enough skill gap, at most one job zone up), scored by the sum of the steps'
 * skill gaps (fewer steps, then the most similar weakest step, break ties). The graph is each occupation's
 * top-K neighbours; X's edges are walked forward and Y's reverse edges meet them, so a search touches
 * about K² cheap gap scores and never anything per catalog. Pure over MovesData.
 */
import { notFound } from '../errors.js';
import { buildMove, movesOptions, reachGap, threshold } from './moves.js';
import type { MovesData, MovesOptions, Route, RoutesResult } from './types.js';
import { compareText } from '../text-compare.js';

interface Edge {
  to: string;
  gap: number;
  similarity: number;
}

/**
 * The steps within reach out of each occupation (`out`, in neighbour order) and into it (`into`), by code: pure
 * functions of the data and the options, so each is worked out once per MovesData and options and kept (at most
 * two small lists per occupation of the catalog). A comparison page searches routes both ways for a random pair;
 * without this every search re-scored some hundred gaps of the same few occupations.
 */
interface Reach {
  out(u: string): Map<string, Edge>;
  into(v: string): Map<string, Edge>;
}

const reachMemo = new WeakMap<MovesData, Map<string, Reach>>();

function reachOf(data: MovesData, o: MovesOptions): Reach {
  const key = [o.neighbours, o.minSimilarity, o.maxGap, o.maxJobZoneStep, o.maxEducationStep, o.importantAt].join();
  let byOptions = reachMemo.get(data);
  if (!byOptions) {
    byOptions = new Map();
    reachMemo.set(data, byOptions);
  }
  let r = byOptions.get(key);
  if (r) return r;
  const outs = new Map<string, Map<string, Edge>>();
  const intos = new Map<string, Map<string, Edge>>();
  r = {
    out(u) {
      let m = outs.get(u);
      if (m) return m;
      m = new Map();
      for (const n of data.neighbours(u).slice(0, o.neighbours)) {
        const g = reachGap(data, u, n.code, n.score, o);
        if (g !== null && !m.has(n.code)) m.set(n.code, { to: n.code, gap: g, similarity: n.score });
      }
      outs.set(u, m);
      return m;
    },
    into(v) {
      let m = intos.get(v);
      if (m) return m;
      m = new Map();
      // Occupations that list v among their neighbours and can step to it.
      for (const n of data.neighbourOf(v)) {
        const g = reachGap(data, n.code, v, n.score, o);
        if (g !== null) m.set(n.code, { to: v, gap: g, similarity: n.score });
      }
      intos.set(v, m);
      return m;
    },
  };
  byOptions.set(key, r);
  return r;
}

interface Candidate {
  codes: string[];
  total: number;
  minSimilarity: number;
}

export function routes(data: MovesData, from: string, to: string, o: MovesOptions = movesOptions()): RoutesResult {
  const a = data.occupation(from);
  const b = data.occupation(to);
  if (!a) throw notFound(`no occupation with code ${from}`);
  if (!b) throw notFound(`no occupation with code ${to}`);
  const rankOf = (u: string, v: string): number | null => {
    const i = data
      .neighbours(u)
      .slice(0, o.neighbours)
      .findIndex((n) => n.code === v);
    return i < 0 ? null : i + 1;
  };
  const direct = buildMove(data, from, to, from === to ? 1 : data.similarity(from, to), rankOf(from, to), o);
  const base = {
    from: { code: from, title: a.title },
    to: { code: to, title: b.title },
    threshold: threshold(o),
    direct,
    maxIntermediates: o.maxIntermediates,
  };
  if (from === to) return { ...base, status: 'same', routes: [], sourceIds: direct.sourceIds };
  if (direct.outOfReach.length === 0) return { ...base, status: 'direct', routes: [], sourceIds: direct.sourceIds };

  // Last steps: occupations that list the target among their neighbours and can step to it (not the origin).
  const reach = reachOf(data, o);
  const into = reach.into(to);
  const found: Candidate[] = [];
  if (into.size > (into.has(from) ? 1 : 0) && o.maxIntermediates >= 1) {
    for (const e1 of reach.out(from).values()) {
      if (e1.to === to || e1.to === from) continue;
      const last = into.get(e1.to);
      if (last)
        found.push({
          codes: [from, e1.to, to],
          total: e1.gap + last.gap,
          minSimilarity: Math.min(e1.similarity, last.similarity),
        });
      if (o.maxIntermediates < 2) continue;
      for (const e2 of reach.out(e1.to).values()) {
        if (e2.to === from || e2.to === to || e2.to === e1.to) continue;
        const end = into.get(e2.to);
        if (!end) continue;
        found.push({
          codes: [from, e1.to, e2.to, to],
          total: e1.gap + e2.gap + end.gap,
          minSimilarity: Math.min(e1.similarity, e2.similarity, end.similarity),
        });
      }
    }
  }
  found.sort(
    (x, y) =>
      x.total - y.total ||
      x.codes.length - y.codes.length ||
      y.minSimilarity - x.minSimilarity ||
      compareText(x.codes.join(), y.codes.join()),
  );
  const chosen = found.slice(0, o.routes).map((c): Route => {
    const steps = c.codes
      .slice(1)
      .map((v, i) => buildMove(data, c.codes[i]!, v, data.similarity(c.codes[i]!, v), rankOf(c.codes[i]!, v), o));
    return { codes: c.codes, steps, totalGap: c.total, minSimilarity: c.minSimilarity };
  });
  const ids = new Set<number>(direct.sourceIds);
  for (const r of chosen) for (const s of r.steps) for (const id of s.sourceIds) ids.add(id);
  return {
    ...base,
    status: chosen.length ? 'routes' : 'none',
    routes: chosen,
    sourceIds: [...ids].sort((x, y) => x - y),
  };
}
