/**
 * Duties: the work activities both occupations share (weighted by how central each is on each side), and
 * each side's most important tasks whose activities the other side does not have. Pure.
 */
import type { OnetProfile, Task, WorkActivity } from '../store/profile.js';
import type { CompareOptions } from './config.js';
import type { DistinctActivity, DistinctTask, Duties, Pair, SharedActivity, SharedIwa, TaskRef } from './types.js';

export const taskRef = (t: Task): TaskRef => ({
  id: t.id,
  text: t.text,
  type: t.type,
  relevance: t.relevance,
  sourceId: t.sourceId,
});

/** Weighted Jaccard of two weight maps after normalising each to sum 1: Σ min / Σ max. */
export function weightedOverlap(a: Map<string, number>, b: Map<string, number>): number {
  const sa = [...a.values()].reduce((s, v) => s + v, 0);
  const sb = [...b.values()].reduce((s, v) => s + v, 0);
  if (sa === 0 || sb === 0) return 0;
  let mn = 0;
  let mx = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = (a.get(k) ?? 0) / sa;
    const y = (b.get(k) ?? 0) / sb;
    mn += Math.min(x, y);
    mx += Math.max(x, y);
  }
  return mx === 0 ? 0 : mn / mx;
}

export function iwaWeights(acts: WorkActivity[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of acts) m.set(a.iwaId, (m.get(a.iwaId) ?? 0) + a.weight);
  return m;
}

/**
 * The DWAs of each task, rebuilt from the activity list: profile.ts does not keep the task → DWA links,
 * so they come in separately (see loadTaskDwas in profiles.ts).
 */
export type TaskDwas = Map<number, { dwaId: string; title: string }[]>;

function distinctTasks(p: OnetProfile, links: TaskDwas, other: Set<string>, limit: number): DistinctTask[] {
  const out: DistinctTask[] = [];
  for (const t of p.tasks) {
    const dwas = links.get(t.id) ?? [];
    if (dwas.length === 0 || dwas.some((d) => other.has(d.dwaId))) continue;
    out.push({ ...taskRef(t), dwas });
    if (out.length >= limit) break;
  }
  return out;
}

function distinctActivities(p: OnetProfile, other: Set<string>, limit: number): DistinctActivity[] {
  return p.activities
    .filter((a) => !other.has(a.dwaId))
    .slice(0, limit)
    .map((a) => ({ dwaId: a.dwaId, title: a.title, iwaTitle: a.iwaTitle, weight: a.weight }));
}

export function compareDuties(p: Pair<OnetProfile>, links: Pair<TaskDwas>, o: CompareOptions): Duties {
  const ma = new Map(p.a.activities.map((x) => [x.dwaId, x]));
  const mb = new Map(p.b.activities.map((x) => [x.dwaId, x]));
  const sharedActivities: SharedActivity[] = [];
  for (const [id, x] of ma) {
    const y = mb.get(id);
    if (!y) continue;
    sharedActivities.push({
      dwaId: id,
      title: x.title,
      iwaId: x.iwaId,
      iwaTitle: x.iwaTitle,
      weight: { a: x.weight, b: y.weight },
      tasks: { a: x.tasks, b: y.tasks },
    });
  }
  const rank = (w: Pair<number>) => Math.min(w.a, w.b) * 1000 + w.a + w.b;
  sharedActivities.sort((x, y) => rank(y.weight) - rank(x.weight) || x.dwaId.localeCompare(y.dwaId));

  const ia = iwaWeights(p.a.activities);
  const ib = iwaWeights(p.b.activities);
  const iwaTitle = new Map([...p.a.activities, ...p.b.activities].map((x) => [x.iwaId, x.iwaTitle]));
  const sharedIwas: SharedIwa[] = [...ia.keys()]
    .filter((k) => ib.has(k))
    .map((k) => ({ iwaId: k, title: iwaTitle.get(k) ?? k, weight: { a: ia.get(k)!, b: ib.get(k)! } }))
    .sort((x, y) => rank(y.weight) - rank(x.weight) || x.iwaId.localeCompare(y.iwaId));

  const da = new Map(p.a.activities.map((x) => [x.dwaId, x.weight]));
  const db = new Map(p.b.activities.map((x) => [x.dwaId, x.weight]));
  const setA = new Set(ma.keys());
  const setB = new Set(mb.keys());
  const sourceIds = [...new Set([...p.a.tasks, ...p.b.tasks].map((t) => t.sourceId))];
  return {
    sharedActivities: sharedActivities.slice(0, o.sharedActivities),
    sharedIwas: sharedIwas.slice(0, o.sharedActivities),
    distinctTasks: {
      a: distinctTasks(p.a, links.a, setB, o.distinctTasks),
      b: distinctTasks(p.b, links.b, setA, o.distinctTasks),
    },
    distinctActivities: {
      a: distinctActivities(p.a, setB, o.distinctTasks),
      b: distinctActivities(p.b, setA, o.distinctTasks),
    },
    overlap: {
      dwa: weightedOverlap(da, db),
      iwa: weightedOverlap(ia, ib),
      sharedDwaCount: sharedActivities.length,
      dwaCount: { a: ma.size, b: mb.size },
      taskCount: { a: p.a.tasks.length, b: p.b.tasks.length },
    },
    sourceIds,
  };
}
