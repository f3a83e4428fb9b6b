/**
 * Requirements: O*NET education / experience / training distributions side by side, job zones with their
 * meaning, BLS Employment Projections' typical entry requirements, and ORS education, training and experience
 * rows (with a gap for a side ORS has none for). Pure.
 */
import type { Distribution, JobZone, OnetProfile } from '../store/profile.js';
import type { Projections } from '../store/wages.js';
import { type OrsData, orsGaps, orsRows } from './ors.js';
import type { DistributionView, EntryRequirements, JobZoneView, Pair, Requirements } from './types.js';

function distributionView(d: Distribution | null): DistributionView | null {
  if (!d) return null;
  let modal: DistributionView['modal'] = null;
  for (const c of d.categories) if (!modal || c.pct > modal.pct) modal = { ...c };
  return {
    elementId: d.elementId,
    name: d.name,
    scaleId: d.scaleId,
    categories: d.categories.map((c) => ({ ...c })),
    modal,
    n: d.n,
    sourceId: d.sourceId,
  };
}

function jobZoneView(z: JobZone | null): JobZoneView | null {
  if (!z) return null;
  const { zone, name, education, experience, training, svpRange, sourceId } = z;
  return { zone, name, education, experience, training, svpRange, sourceId };
}

function entryRequirements(p: Projections | null): EntryRequirements | null {
  if (!p) return null;
  return {
    education: p.entryEducation,
    workExperience: p.workExperience,
    onTheJobTraining: p.ojt,
    soc: p.soc,
    level: p.level,
    period: p.period,
    sourceId: p.source.id,
  };
}

const pair = <T, U>(p: Pair<T>, f: (x: T) => U): Pair<U> => ({ a: f(p.a), b: f(p.b) });

export function compareRequirements(
  profiles: Pair<OnetProfile>,
  projections: Pair<Projections | null>,
  ors: Pair<OrsData>,
): Requirements {
  return {
    education: pair(profiles, (p) => distributionView(p.education)),
    experience: pair(profiles, (p) => distributionView(p.experience)),
    onSiteTraining: pair(profiles, (p) => distributionView(p.onSiteTraining)),
    onTheJobTraining: pair(profiles, (p) => distributionView(p.onTheJobTraining)),
    jobZone: pair(profiles, (p) => jobZoneView(p.jobZone)),
    entry: pair(projections, entryRequirements),
    ors: orsRows(ors, 'requirements'),
    missing: orsGaps(ors, 'requirements'),
  };
}
