/**
 * The data of an occupation's profile page, read from the occupation report, and its work-environment rows: a fixed subset of the ORS profile of the
 * occupation report (src/store/report.ts), labelled from the one ORS label table (src/compare/ors-labels.ts),
 * with the all-workers figure beside each.
 */
import { ORS_LABELS, type OrsLabel } from '../../compare/ors-labels.js';
import { internalError } from '../../errors.js';
import type { Item, OrsProfile, WorkEnvironment } from '../../store/ors.js';
import type { OnetProfile } from '../../store/profile.js';
import type { OewsWages, Projections } from '../../store/wages.js';

/** What the profile page shows of the occupation report: the current OEWS period's wages and the ORS rows. */
export interface ProfileData {
  onet: OnetProfile;
  wages: OewsWages | null;
  projections: Projections | null;
  workEnvironment: WorkEnvRow[];
}

/** One BLS ORS work-environment estimate of an occupation, as the profile page shows it. */
export interface WorkEnvRow {
  group: string;
  requirement: string;
  category: string;
  value: number | null;
  unit: string | null;
  belowThreshold: string | null;
  release: string;
  preliminary: boolean;
  soc: string;
  level: string;
  sourceId: number;
  /** The same estimate for all civilian workers, when published. */
  allWorkers: number | null;
}

const UNITS: Record<string, string> = {
  percent_of_workers: '%',
  percent_of_day: '% of the day',
  hours: 'hours',
  days: 'days',
  pounds: 'pounds',
};

/** The subset of the ORS profile shown on a profile page, by item key; labels come from ORS_LABELS. */
const PROFILE_ORS_KEYS = [
  'environment.outdoors.exposed',
  'environment.noise.loud',
  'environment.noise.quiet',
  'environment.extremeHeat.exposed',
  'environment.extremeCold.exposed',
  'environment.heights.exposed',
  'environment.hazardousContaminants.exposed',
  'environment.movingMechanicalParts.exposed',
  'physical.sittingPctOfDay',
  'physical.standingPctOfDay',
  'physical.strength.sedentary',
  'physical.strength.light',
  'physical.strength.medium',
  'physical.strength.heavy',
  'physical.driving.required',
  'physical.keyboarding.required',
  'cognitive.telework.available',
  'cognitive.publicContact.required',
  'cognitive.pace.consistentFast',
  'requirements.credentials.license',
  'requirements.credentials.certification',
  'requirements.priorWorkExperience.required',
  'requirements.onTheJobTraining.required',
];
const LABEL_BY_KEY = new Map(ORS_LABELS.map((l) => [l.key, l]));
const PROFILE_ORS_ROWS: [OrsLabel, (p: OrsProfile) => Item][] = PROFILE_ORS_KEYS.map((key) => {
  const label = LABEL_BY_KEY.get(key);
  if (!label) throw internalError(`no ORS label for ${key}`);
  const path = key.split('.');
  const get = (p: OrsProfile) => path.reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], p) as Item;
  return [label, get];
});

/** The profile page's rows of an occupation's ORS work environment (none when BLS publishes none for it). */
export function workEnvRows(env: WorkEnvironment): WorkEnvRow[] {
  const p = env.profile;
  if (!p) return [];
  const out: WorkEnvRow[] = [];
  for (const [label, get] of PROFILE_ORS_ROWS) {
    const i = get(p);
    if (!i) continue;
    const base = env.baseline ? get(env.baseline) : null;
    out.push({
      group: label.group,
      requirement: label.requirement,
      category: label.category,
      value: i.value,
      unit: UNITS[i.unit] ?? i.unit,
      belowThreshold: i.belowThreshold,
      release: i.release,
      preliminary: i.preliminary,
      soc: i.soc,
      level: i.level,
      sourceId: i.sourceId,
      allWorkers: base?.value ?? null,
    });
  }
  return out;
}
