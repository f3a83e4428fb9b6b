/**
 * Duties: the work activities both occupations share (weighted by how central each is on each side), and
 * each side's most important tasks and activities that the other side has no close counterpart for (not the
 * same detailed or intermediate work activity, nor a nearly identical title, nor one of its task statements, nor
 * a general work activity O*NET rates important for it or as important as for this side); near-duplicates
 * merged. Pure.
 */
import { tokens } from '../resolve/normalize.js';
import type { OnetProfile, Task, WorkActivity } from '../store/profile.js';
import type { CompareOptions } from './config.js';
import { memoText } from './memo.js';
import type { DistinctActivity, DistinctTask, Duties, Pair, SharedActivity, SharedIwa, TaskRef } from './types.js';
import { compareText } from '../text-compare.js';

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

function iwaWeights(acts: WorkActivity[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of acts) m.set(a.iwaId, (m.get(a.iwaId) ?? 0) + a.weight);
  return m;
}

/**
 * The DWAs of each task, rebuilt from the activity list: profile.ts does not keep the task → DWA links,
 * so they come in separately (see loadTaskDwas in profiles.ts).
 */
export type TaskDwas = Map<number, { dwaId: string; title: string }[]>;

/** Content words of an activity title, singular ("Examine financial records or processes." → examine, financial, record, process). */
const words = memoText((title: string): ReadonlySet<string> => new Set(tokens(title)));

/** Dice overlap of two word sets, 0–1. */
function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return (2 * n) / (x.size + y.size);
}

/** Words most activity titles share, which say nothing about which duty it is (verbs of managing, generic objects). */
const GENERIC_WORDS = new Set(
  (
    'develop implement maintain prepare perform provide use operate monitor confer discuss evaluate review ' +
    'coordinate manage direct conduct create determine collect assist explain advise record document communicate ' +
    'apply process analyze inspect assess identify obtain gather exchange follow ensure support ' +
    'information data equipment material work worker system operation product service other related people ' +
    'client patient customer staff personnel team member issue problem need procedure requirement standard ' +
    'policy practice method technique task job business organization individual group public general'
  ).split(' '),
);

/** The words that say which duty a title is, in order: content words, -ing forms stemmed, generic ones left out. */
const keyWords = memoText((title: string): readonly string[] =>
  tokens(title)
    .map((w) => (w.length > 5 && w.endsWith('ing') ? undouble(w.slice(0, -3)) : w))
    .filter((w) => !GENERIC_WORDS.has(w)),
);

/** "programm" → "program", "plann" → "plan": the stem of "programming" is the word "program". */
function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Two activities are counterparts by their key words: two shared ("Monitor clients to evaluate treatment
 * progress" / "… discuss treatment plans or progress"), the same object ("Develop medical treatment plans" /
 * "Develop and implement nursing care plans"; "Schedule instructional activities" / "Plan educational
 * activities"), or one's own verb the other's subject ("Test software performance" / "Develop testing routines").
 * One shared word elsewhere ("treatment plans" / "conditions during treatments") is not enough.
 */
/** The key word of a title's first word, its verb ("Testing" → "test"); undefined for a generic verb. */
const keyVerb = memoText((t: string): string | undefined => keyWords(t.split(/\s+/)[0] ?? '')[0]);

export function sharesKeyWords(x: string, y: string): boolean {
  return sharesKeys(keyWords(x), keyVerb(x), keyWords(y), keyVerb(y));
}

/** Whether at least two distinct words of `a` are in `b` (without building the set of them). */
function twoShared(a: readonly string[], b: readonly string[]): boolean {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!;
    if (b.includes(w) && a.indexOf(w) === i && ++n >= 2) return true;
  }
  return false;
}

/** sharesKeyWords over the two titles' key words and verbs (keyVerb). */
function sharesKeys(
  a: readonly string[],
  va: string | undefined,
  b: readonly string[],
  vb: string | undefined,
): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[a.length - 1] === b[b.length - 1] || twoShared(a, b)) return true;
  if (va !== undefined && b.includes(va)) return true;
  return vb !== undefined && a.includes(vb);
}

/**
 * An intermediate activity's title says another activity: two key words shared, or its own verb among the other's
 * key words ("Program computer systems …" / "Modify software programs …"); not the other's verb among its words
 * ("Create visual designs or displays" is no "Design software applications").
 */
export function iwaSays(iwaTitle: string, title: string): boolean {
  return iwaSaysKeys(keyWords(iwaTitle), keyVerb(iwaTitle), keyWords(title));
}

/** iwaSays over the key words and verb of the intermediate activity's title (`a`, `verb`) and the other title's key words (`b`). */
function iwaSaysKeys(a: readonly string[], verb: string | undefined, b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (twoShared(a, b)) return true;
  return verb !== undefined && b.includes(verb);
}

/** Titles this close (or one's words all inside the other's) say the same thing. */
export function nearSame(x: string, y: string, threshold = NEAR_SAME): boolean {
  return nearSameWords(words(x), words(y), threshold);
}

/** Every word of u is in v. */
function inside(u: ReadonlySet<string>, v: ReadonlySet<string>): boolean {
  for (const w of u) if (!v.has(w)) return false;
  return true;
}

/** nearSame over the two titles' word sets. */
function nearSameWords(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold = NEAR_SAME): boolean {
  if (a.size === 0 || b.size === 0) return false;
  return dice(a, b) >= threshold || inside(a, b) || inside(b, a);
}

/** Dice overlap at or above which two activity titles count as the same duty. */
const NEAR_SAME = 0.6;

/**
 * What the other side does, for deciding that a duty is only one side's: its DWAs, its intermediate work
 * activities (IWAs) and its DWA titles (for a close text match).
 */
interface Counterparts {
  dwas: Set<string>;
  iwas: Set<string>;
  titles: string[];
  /** Each title's content-word set and key words (words, keyWords), looked up once per comparison. */
  titleWords: ReadonlySet<string>[];
  titleKeys: (readonly string[])[];
  /** Each title's verb (keyVerb). */
  titleVerbs: (string | undefined)[];
  /** Everyday general work activities (RATED_COUNTERPARTS) O*NET rates important (≥ 3 of 5) for the side. */
  talks: Set<string>;
  /** General work activities the side has an importance rating for at all (missing data is not absence). */
  rated: Set<string>;
  /** "general activity|verb" of each DWA: the same kind of work done the same way ("4.A.3.b.5|maintain"). */
  gwaVerbs: Set<string>;
  /** O*NET importance (1–5) of every general work activity rated for the side. */
  importance: Map<string, number>;
  /** The side's task statements, as content-word sets (a task without a DWA link still says what the job does). */
  tasks: ReadonlySet<string>[];
}

const gwaOf = (dwaId: string) => dwaId.split('.').slice(0, 5).join('.');
/** The verb a DWA title opens with, lower case ("Maintain vehicles in good working condition" → "maintain"). */
const verbOf = (title: string) => (title.trim().split(/\s+/)[0] ?? '').toLowerCase();

/** O*NET importance (1–5) from which a rated work activity counts as part of the job. */
const IMPORTANT = 3;

/**
 * General work activities most jobs do in some form, where O*NET's importance rating of the other side is a
 * fair counterpart for a detailed activity: communicating and interacting (4.A.4.a.*), updating and using
 * relevant knowledge (4.A.2.b.3), documenting and recording information (4.A.3.b.6).
 */
const RATED_COUNTERPARTS = ['4.A.4.a.', '4.A.2.b.3', '4.A.3.b.6'];

const ratedCounterpart = (gwa: string) =>
  RATED_COUNTERPARTS.some((p) => (p.endsWith('.') ? gwa.startsWith(p) : gwa === p));

const counterparts = (p: OnetProfile): Counterparts => ({
  dwas: new Set(p.activities.map((a) => a.dwaId)),
  iwas: new Set(p.activities.map((a) => a.iwaId)),
  titles: p.activities.map((a) => a.title),
  titleWords: p.activities.map((a) => words(a.title)),
  titleKeys: p.activities.map((a) => keyWords(a.title)),
  titleVerbs: p.activities.map((a) => keyVerb(a.title)),
  talks: new Set(
    p.workActivitiesRated
      .filter((r) => ratedCounterpart(r.elementId) && (r.importance ?? 0) >= IMPORTANT)
      .map((r) => r.elementId),
  ),
  rated: new Set(p.workActivitiesRated.filter((r) => r.importance !== null).map((r) => r.elementId)),
  gwaVerbs: new Set(p.activities.map((a) => `${gwaOf(a.dwaId)}|${verbOf(a.title)}`)),
  importance: new Map(
    p.workActivitiesRated.flatMap((r) => (r.importance === null ? [] : [[r.elementId, r.importance] as const])),
  ),
  tasks: p.tasks.map((t) => words(t.text)),
});

/**
 * How far below this side's own rating of a general work activity the other side's may be and still count as
 * doing it too (O*NET importance, 1–5): "Controlling Machines and Processes" 1.6 for legal secretaries and 1.6
 * for paralegals makes "operate office equipment" no difference, though only one side has the DWA link.
 */
const RATED_MARGIN = 0.5;

/**
 * One of the other side's task statements says the duty: every content word of the activity before its purpose
 * clause in the task ("Inspect facilities or equipment" of "… to ensure specifications are met" in "Inspect
 * facilities and equipment of clients"), or one of its key words (fact check: electricians "ensure compliance with
 * codes", so "determine operational compliance with regulations or standards" is not HVAC technicians' only; HVAC
 * technicians "Estimate, order … materials", so "estimate construction project costs" is not electricians' only).
 */
function inTasks(title: string, tasks: readonly ReadonlySet<string>[]): boolean {
  const { all, forms } = taskProbe(title);
  if (all.size === 0) return false;
  for (const t of tasks) {
    if (inside(all, t)) return true;
    for (const f of forms) if (t.has(f)) return true;
  }
  return false;
}

/**
 * What inTasks looks for in a task, per activity title: the content words before its purpose clause, and each
 * key word's forms (the word, its -ing form, and for a final e the -ing form without it).
 */
const taskProbe = memoText((title: string): { all: ReadonlySet<string>; forms: readonly string[] } => {
  const forms: string[] = [];
  for (const k of new Set(keyWords(title))) {
    forms.push(k, `${k}ing`);
    if (k.endsWith('e')) forms.push(`${k.slice(0, -1)}ing`);
  }
  return { all: words(title.split(/\s+to\s+/)[0] ?? title), forms };
});

/**
 * The other side has a close counterpart: the same DWA, the same IWA, a DWA of the same general activity with the
 * same verb, a DWA title that says nearly the same, or —
 * for everyday activities ("Exchange information with colleagues", "Maintain professional knowledge") — an O*NET
 * rating that the same general activity is important there too.
 */
function hasCounterpart(
  a: { dwaId: string; iwaId: string; title: string; iwaTitle?: string },
  o: Counterparts,
  own: Counterparts,
): boolean {
  const gwa = gwaOf(a.dwaId);
  const theirs = o.importance.get(gwa);
  const mine = own.importance.get(gwa);
  return (
    o.dwas.has(a.dwaId) ||
    o.iwas.has(a.iwaId) ||
    o.talks.has(gwa) ||
    // O*NET rates the general activity important for the other side, or about as important as for this side:
    // "Inspecting Equipment, Structures, or Material" 2.7 for restaurant cooks against 2.4 for chefs.
    (theirs !== undefined && (theirs >= IMPORTANT || (mine !== undefined && theirs >= mine - RATED_MARGIN))) ||
    inTasks(a.title, o.tasks) ||
    // The same general activity with the same verb: "Maintain work equipment or machinery" against "Maintain
    // vehicles in good working condition" (both Repairing and Maintaining Mechanical Equipment).
    o.gwaVerbs.has(`${gwa}|${verbOf(a.title)}`) ||
    saysOneOf(a.title, o) ||
    // The activity's intermediate activity says the other side's duty: "Write computer programming code" is
    // "Program computer systems or production equipment", which software developers do as "Modify software programs".
    (a.iwaTitle !== undefined && iwaSaysOneOf(a.iwaTitle, o))
  );
}

/** One of the other side's DWA titles says nearly the same as `title` or shares its key words. */
function saysOneOf(title: string, o: Counterparts): boolean {
  const w = words(title);
  const k = keyWords(title);
  const v = keyVerb(title);
  for (let i = 0; i < o.titles.length; i++)
    if (nearSameWords(w, o.titleWords[i]!) || sharesKeys(k, v, o.titleKeys[i]!, o.titleVerbs[i])) return true;
  return false;
}

/** The intermediate activity's title says one of the other side's DWA titles (iwaSays). */
function iwaSaysOneOf(iwaTitle: string, o: Counterparts): boolean {
  const k = keyWords(iwaTitle);
  const v = keyVerb(iwaTitle);
  for (const b of o.titleKeys) if (iwaSaysKeys(k, v, b)) return true;
  return false;
}

/**
 * A duty may be called only one side's when the other side's data exists and shows no counterpart: the other
 * side has detailed work activities, and, for an everyday activity judged by rating (RATED_COUNTERPARTS), an
 * importance rating of that activity. Without them the data is missing, which is not the same as absent.
 */
function onlyThisSide(
  a: { dwaId: string; iwaId: string; title: string; iwaTitle?: string },
  o: Counterparts,
  own: Counterparts,
): boolean {
  if (o.dwas.size === 0) return false;
  const gwa = a.dwaId.split('.').slice(0, 5).join('.');
  if (ratedCounterpart(gwa) && !o.rated.has(gwa)) return false;
  return !hasCounterpart(a, o, own);
}

function distinctTasks(
  p: OnetProfile,
  links: TaskDwas,
  other: Counterparts,
  own: Counterparts,
  iwaOf: Map<string, { iwaId: string; iwaTitle: string }>,
  limit: number,
): DistinctTask[] {
  const out: DistinctTask[] = [];
  for (const t of p.tasks) {
    const dwas = links.get(t.id) ?? [];
    if (dwas.length === 0) continue;
    const of = (d: { dwaId: string }) => iwaOf.get(d.dwaId);
    if (!dwas.every((d) => onlyThisSide({ ...d, iwaId: of(d)?.iwaId ?? '', iwaTitle: of(d)?.iwaTitle }, other, own)))
      continue;
    if (out.some((x) => nearSame(x.text, t.text))) continue;
    out.push({ ...taskRef(t), dwas });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The DWAs linked to at least one of the side's Core (or untyped) tasks. A DWA reached only through Supplemental
 * tasks, which O*NET rates less relevant or important to the occupation, does not say what sets the job apart
 * (fact check: truck drivers "operate green energy production equipment", from a supplemental task on idle-reduction
 * power units).
 */
function coreDwas(p: OnetProfile, links: TaskDwas): Set<string> | null {
  if (links.size === 0) return null; // no task links given: nothing to tell core from supplemental by
  const out = new Set<string>();
  for (const t of p.tasks) if (t.type !== 'Supplemental') for (const d of links.get(t.id) ?? []) out.add(d.dwaId);
  return out;
}

/**
 * A side's central DWAs (from its core tasks) with no close counterpart on the other side, near-duplicates merged
 * (the first kept).
 */
function distinctActivities(
  p: OnetProfile,
  core: ReadonlySet<string> | null,
  other: Counterparts,
  own: Counterparts,
  limit: number,
): DistinctActivity[] {
  const out: DistinctActivity[] = [];
  for (const a of p.activities) {
    if ((core && !core.has(a.dwaId)) || !onlyThisSide(a, other, own)) continue;
    if (out.some((x) => nearSame(x.title, a.title))) continue;
    out.push({ dwaId: a.dwaId, title: a.title, iwaTitle: a.iwaTitle, weight: a.weight });
    if (out.length >= limit) break;
  }
  return out;
}

/** Drops activities that say nearly the same as an earlier one ("examine financial records" after "… or processes"). */
export function mergeNearDuplicates<T extends { title: string }>(xs: T[]): T[] {
  const out: T[] = [];
  for (const x of xs) if (!out.some((y) => nearSame(y.title, x.title))) out.push(x);
  return out;
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
  sharedActivities.sort((x, y) => rank(y.weight) - rank(x.weight) || compareText(x.dwaId, y.dwaId));

  const ia = iwaWeights(p.a.activities);
  const ib = iwaWeights(p.b.activities);
  const iwaTitle = new Map([...p.a.activities, ...p.b.activities].map((x) => [x.iwaId, x.iwaTitle]));
  const sharedIwas: SharedIwa[] = [...ia.keys()]
    .filter((k) => ib.has(k))
    .map((k) => ({ iwaId: k, title: iwaTitle.get(k) ?? k, weight: { a: ia.get(k)!, b: ib.get(k)! } }))
    .sort((x, y) => rank(y.weight) - rank(x.weight) || compareText(x.iwaId, y.iwaId));

  const da = new Map(p.a.activities.map((x) => [x.dwaId, x.weight]));
  const db = new Map(p.b.activities.map((x) => [x.dwaId, x.weight]));
  const sourceIds = [...new Set([...p.a.tasks, ...p.b.tasks].map((t) => t.sourceId))];
  const ca = counterparts(p.a);
  const cb = counterparts(p.b);
  const iwaOf = new Map([...p.a.activities, ...p.b.activities].map((x) => [x.dwaId, x]));
  return {
    sharedActivities: mergeNearDuplicates(sharedActivities).slice(0, o.sharedActivities),
    sharedIwas: sharedIwas.slice(0, o.sharedActivities),
    distinctTasks: {
      a: distinctTasks(p.a, links.a, cb, ca, iwaOf, o.distinctTasks),
      b: distinctTasks(p.b, links.b, ca, cb, iwaOf, o.distinctTasks),
    },
    distinctActivities: {
      a: distinctActivities(p.a, coreDwas(p.a, links.a), cb, ca, o.distinctTasks),
      b: distinctActivities(p.b, coreDwas(p.b, links.b), ca, cb, o.distinctTasks),
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
