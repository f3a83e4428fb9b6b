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

interface Edge {
  to: string;
  gap: number;
  similarity: number;
}

function edgesOut(data: MovesData, u: string, o: MovesOptions): Edge[] {
  const out: Edge[] = [];
  for (const n of data.neighbours(u).slice(0, o.neighbours)) {
    const g = reachGap(data, u, n.code, n.score, o);
    if (g !== null) out.push({ to: n.code, gap: g, similarity: n.score });
  }
  return out;
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

  // Last steps: occupations that list the target among their neighbours and can step to it.
  const into = new Map<string, Edge>();
  for (const n of data.neighbourOf(to)) {
    if (n.code === from) continue;
    const g = reachGap(data, n.code, to, n.score, o);
    if (g !== null) into.set(n.code, { to, gap: g, similarity: n.score });
  }
  const found: Candidate[] = [];
  if (into.size > 0 && o.maxIntermediates >= 1) {
    for (const e1 of edgesOut(data, from, o)) {
      if (e1.to === to) continue;
      const last = into.get(e1.to);
      if (last)
        found.push({
          codes: [from, e1.to, to],
          total: e1.gap + last.gap,
          minSimilarity: Math.min(e1.similarity, last.similarity),
        });
      if (o.maxIntermediates < 2) continue;
      for (const n2 of data.neighbours(e1.to).slice(0, o.neighbours)) {
        if (n2.code === from || n2.code === to || n2.code === e1.to) continue;
        const end = into.get(n2.code);
        if (!end) continue;
        const g2 = reachGap(data, e1.to, n2.code, n2.score, o);
        if (g2 === null) continue;
        found.push({
          codes: [from, e1.to, n2.code, to],
          total: e1.gap + g2 + end.gap,
          minSimilarity: Math.min(e1.similarity, n2.score, end.similarity),
        });
      }
    }
  }
  found.sort(
    (x, y) =>
      x.total - y.total ||
      x.codes.length - y.codes.length ||
      y.minSimilarity - x.minSimilarity ||
      x.codes.join().localeCompare(y.codes.join()),
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
