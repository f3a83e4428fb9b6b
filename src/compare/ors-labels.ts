/**
 * One reader-friendly label per ORS profile item (src/store/ors.ts ORS_ITEMS): group, requirement and
 * category, the same whichever release published the value (ORS 2018 and 2020 word them differently).
 * `part` says which section of the Comparison the item belongs to. Keys are the item's path in OrsProfile.
 */

export interface OrsLabel {
  /** Stable item id: the path in OrsProfile ("environment.outdoors.exposed"). */
  key: string;
  part: 'workEnvironment' | 'requirements';
  group: string;
  requirement: string;
  category: string;
}

interface Block {
  path: string;
  part: OrsLabel['part'];
  group: string;
  requirement: string;
  items: Record<string, string>;
}

const ENV = 'Environmental conditions';
const PHYS = 'Physical demands';
const COG = 'Cognitive and mental requirements';
const EDU = 'Education, training, and experience';

/** An exposure block: exposed / not exposed / by frequency (and PPE when BLS publishes it). */
function exposure(path: string, requirement: string, yes: string, no: string, ppe?: string): Block {
  const items: Record<string, string> = {
    exposed: yes,
    notExposed: no,
    seldom: `${yes}, seldom`,
    occasionally: `${yes}, occasionally`,
    frequently: `${yes}, frequently`,
    constantly: `${yes}, constantly`,
  };
  if (ppe) items.ppe = ppe;
  return { path, part: 'workEnvironment', group: ENV, requirement, items };
}

const BLOCKS: Block[] = [
  exposure('environment.outdoors', 'Outdoors', 'Exposed to outdoor conditions', 'Not exposed to outdoor conditions'),
  exposure('environment.extremeCold', 'Extreme cold', 'Exposed to extreme cold', 'Not exposed to extreme cold'),
  exposure('environment.extremeHeat', 'Extreme heat', 'Exposed to extreme heat', 'Not exposed to extreme heat'),
  exposure('environment.humidity', 'Humidity', 'Exposed to humidity', 'Not exposed to humidity'),
  exposure('environment.wetness', 'Wetness', 'Exposed to wetness', 'Not exposed to wetness'),
  exposure(
    'environment.heavyVibrations',
    'Heavy vibrations',
    'Exposed to heavy vibrations',
    'Not exposed to heavy vibrations',
  ),
  exposure(
    'environment.heights',
    'Heights',
    'Exposed to heights',
    'Not exposed to heights',
    'Uses personal protective equipment for heights',
  ),
  exposure(
    'environment.hazardousContaminants',
    'Hazardous contaminants',
    'Exposed to hazardous contaminants',
    'Not exposed to hazardous contaminants',
    'Uses personal protective equipment for hazardous contaminants',
  ),
  exposure(
    'environment.movingMechanicalParts',
    'Moving mechanical parts',
    'Works near moving mechanical parts',
    'Does not work near moving mechanical parts',
    'Uses personal protective equipment near moving mechanical parts',
  ),
  {
    path: 'environment.noise',
    part: 'workEnvironment',
    group: ENV,
    requirement: 'Noise level',
    items: {
      quiet: 'Quiet',
      moderate: 'Moderate noise',
      loud: 'Loud noise',
      veryLoud: 'Very loud noise',
      ppe: 'Uses personal protective equipment for noise',
    },
  },
  {
    path: 'physical',
    part: 'workEnvironment',
    group: PHYS,
    requirement: 'Sitting and standing',
    items: {
      sittingPctOfDay: 'Share of the workday spent sitting (mean)',
      sittingHours: 'Hours a day spent sitting (mean)',
      standingPctOfDay: 'Share of the workday spent standing or walking (mean)',
      standingHours: 'Hours a day spent standing or walking (mean)',
      sitStandChoice: 'Can choose to sit or stand',
    },
  },
  {
    path: 'physical.strength',
    part: 'workEnvironment',
    group: PHYS,
    requirement: 'Strength',
    items: {
      sedentary: 'Sedentary work',
      light: 'Light work',
      medium: 'Medium work',
      heavy: 'Heavy work',
      veryHeavy: 'Very heavy work',
    },
  },
  {
    path: 'physical.maxWeightLifted',
    part: 'workEnvironment',
    group: PHYS,
    requirement: 'Maximum weight lifted or carried',
    items: { mean: 'Mean (pounds)', median: 'Median (pounds)', p90: '90th percentile (pounds)' },
  },
  {
    path: 'physical.driving',
    part: 'workEnvironment',
    group: PHYS,
    requirement: 'Driving',
    items: { required: 'Driving required', notRequired: 'Driving not required' },
  },
  {
    path: 'physical.keyboarding',
    part: 'workEnvironment',
    group: PHYS,
    requirement: 'Keyboarding',
    items: {
      required: 'Keyboarding required',
      notRequired: 'Keyboarding not required',
      seldom: 'Keyboarding required, seldom',
      occasionally: 'Keyboarding required, occasionally',
      frequently: 'Keyboarding required, frequently',
      constantly: 'Keyboarding required, constantly',
    },
  },
  {
    path: 'cognitive.telework',
    part: 'workEnvironment',
    group: COG,
    requirement: 'Telework',
    items: { available: 'Telework available', notAvailable: 'Telework not available' },
  },
  {
    path: 'cognitive.pace',
    part: 'workEnvironment',
    group: COG,
    requirement: 'Work pace',
    items: {
      consistentFast: 'Consistently fast pace',
      consistentSlow: 'Consistently slow pace',
      varying: 'Varying pace',
    },
  },
  {
    path: 'cognitive.pauseControl',
    part: 'workEnvironment',
    group: COG,
    requirement: 'Pausing work',
    items: { canPause: 'Can pause work', cannotPause: 'Cannot pause work' },
  },
  {
    path: 'cognitive.publicContact',
    part: 'workEnvironment',
    group: COG,
    requirement: 'Contact with the general public',
    items: { required: 'Must deal with the general public', notRequired: 'Need not deal with the general public' },
  },
  {
    path: 'requirements.credentials',
    part: 'requirements',
    group: EDU,
    requirement: 'Credentials',
    items: {
      any: 'License, certification or educational certificate required',
      license: 'License required',
      certification: 'Certification required',
      educationalCertificate: 'Educational certificate required',
    },
  },
  {
    path: 'requirements.minimumEducation',
    part: 'requirements',
    group: EDU,
    requirement: 'Minimum education',
    items: {
      none: 'No minimum education',
      highSchool: 'High school diploma',
      highSchoolVocational: 'High school vocational degree',
      associates: "Associate's degree",
      associatesVocational: "Associate's vocational degree",
      bachelors: "Bachelor's degree",
      masters: "Master's degree",
      professional: 'Professional degree',
      doctorate: 'Doctorate',
    },
  },
  {
    path: 'requirements.priorWorkExperience',
    part: 'requirements',
    group: EDU,
    requirement: 'Prior work experience',
    items: {
      required: 'Prior work experience required',
      notRequired: 'Prior work experience not required',
      meanDays: 'Days of prior work experience (mean)',
      medianDays: 'Days of prior work experience (median)',
    },
  },
  {
    path: 'requirements.onTheJobTraining',
    part: 'requirements',
    group: EDU,
    requirement: 'On-the-job training',
    items: {
      required: 'On-the-job training required',
      notRequired: 'On-the-job training not required',
      meanDays: 'Days of on-the-job training (mean)',
      medianDays: 'Days of on-the-job training (median)',
    },
  },
  {
    path: 'requirements.svp',
    part: 'requirements',
    group: EDU,
    requirement: 'Specific vocational preparation (SVP)',
    items: {
      shortDemonstration: 'Short demonstration only',
      upTo1Month: 'Beyond a short demonstration, up to 1 month',
      upTo3Months: 'Over 1 month, up to 3 months',
      upTo6Months: 'Over 3 months, up to 6 months',
      upTo1Year: 'Over 6 months, up to 1 year',
      upTo2Years: 'Over 1 year, up to 2 years',
      upTo4Years: 'Over 2 years, up to 4 years',
      upTo10Years: 'Over 4 years, up to 10 years',
      over10Years: 'Over 10 years',
    },
  },
];

/** Every item's label, in reading order. */
export const ORS_LABELS: OrsLabel[] = BLOCKS.flatMap((b) =>
  Object.entries(b.items).map(([k, category]) => ({
    key: `${b.path}.${k}`,
    part: b.part,
    group: b.group,
    requirement: b.requirement,
    category,
  })),
);
