/**
 * Test helper: writes tiny ORS workbooks in the official layouts (2020 ors-complete-dataset.xlsx, 2018
 * 2018_excel_output.xlsx, the 2010→2018 SOC crosswalk) to a folder, plus an ingester that inserts a few O*NET
 * occupations, so tests can run the real import on them.
 */
import fs from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';
import { tempDir as tempFolder } from '../../testkit/temp-dir.js';

export type Cell = string | number | null;

export const HEADER_2020 = [
  'SERIES_ID',
  'SERIES_TITLE',
  'SOC 2018 CODE',
  'OCCUPATION',
  'REQUIREMENT',
  'ESTIMATE CODE',
  'ESTIMATE TEXT',
  'CATEGORY CODE',
  'CATEGORY',
  'ADDITIVE CODE',
  'ADDITIVE',
  'DATATYPE CODE',
  'DATATYPE',
  'ESTIMATE',
  'STANDARD ERROR',
  'DATA FOOTNOTE',
  'STANDARD ERROR FOOTNOTE',
  'SERIES FOOTNOTE',
];

const HEADER_2018 = [
  'SERIES ID',
  'SERIES TITLE',
  'O*NET-SOC 2010 CODE',
  'OCCUPATION',
  'REQUIREMENT',
  'CATEGORY',
  'ADDITIVE CODE',
  'ESTIMATE',
  'STANDARD ERROR',
  'DATA FOOTNOTE',
  'STANDARD ERROR FOOTNOTE',
  'SERIES FOOTNOTE',
];

/** One estimate, written into either layout. */
interface Est {
  code: string;
  occupation: string;
  est: string;
  text: string;
  category: string;
  datatype?: 'Percentage' | 'Hours' | 'Days' | 'Pounds';
  value: number | string;
  se?: number | string | null;
  dfn?: string | null;
  sefn?: string | null;
  sfn?: string | null;
  requirement?: string;
  /** Override the series id (to test duplicates and bad ids). */
  seriesId?: string;
}

const seriesId = (prefix: string, code: string, est: string) => `ORU${prefix}1${code.padStart(10, '0')}${est}`;

export function row2020(e: Est): Cell[] {
  return [
    e.seriesId ?? seriesId('E', e.code, e.est),
    `Civilian workers; ${e.text}`,
    e.code,
    e.occupation,
    e.requirement ?? 'Environmental conditions',
    e.est,
    e.text,
    '065',
    e.category,
    '000',
    'Not additive',
    '01',
    e.datatype ?? 'Percentage',
    e.value,
    e.se ?? 1,
    e.dfn ?? null,
    e.sefn ?? null,
    e.sfn === undefined ? 'P' : e.sfn,
  ];
}

/** 2018 rows: the unit is told by the series title ("% of <occupation>; …" or "<occupation>; hours of …"). */
export function row2018(e: Est): Cell[] {
  const pct = (e.datatype ?? 'Percentage') === 'Percentage' && !/^% of day/.test(e.text);
  const title = pct
    ? `Civilian workers; % of ${e.occupation.toLowerCase()}; ${e.text}`
    : `Civilian workers; ${e.occupation.toLowerCase()}; ${e.text}`;
  return [
    e.seriesId ?? seriesId('E', e.code, e.est),
    title,
    e.code,
    e.occupation,
    e.requirement ?? 'Environmental conditions',
    e.category,
    '000',
    e.value,
    e.se ?? 1,
    e.dfn ?? null,
    e.sefn ?? null,
    e.sfn ?? null,
  ];
}

const FOOTNOTES_2020: [Cell, string][] = [
  [1, 'Estimate is less than 0.5 percent.'],
  [2, 'Estimate is less than 0.05 hours.'],
  [3, 'Estimate is less than 0.05 pounds.'],
  [4, 'Estimate is less than 0.05 days.'],
  [5, 'Standard error is less than 0.05.'],
  [6, 'Standard error is less than 0.5.'],
  [7, 'This estimate is the mode for the category group.'],
  [8, 'Standing estimates include time spent standing or walking.'],
  [9, 'Sitting estimates include time spent sitting or lying down.'],
  [
    'p ',
    'These are preliminary estimates and represent the first and second sample years of a five-year sample period.',
  ],
];

/** As published in 2018: no code 3 (the data uses it anyway), 8–11 are sample-group notes. */
const FOOTNOTES_2018: [Cell, string][] = [
  [1, 'Estimate is less than 0.5 percent.'],
  [2, 'Estimate is less than 0.05 hours.'],
  [4, 'Estimate is less than 0.05 days.'],
  [5, 'Standard error is less than 0.05.'],
  [6, 'Standard error is less than 0.5.'],
  [7, 'This estimate is the mode for the category group.'],
  [8, 'This estimate is calculated from one sample group.'],
  [9, 'This estimate is calculated from two sample groups.'],
  [10, 'This estimate is calculated from three sample groups.'],
  [11, 'This estimate is derived from a modeled estimation method.'],
];

function save(file: string, sheets: [string, Cell[][]][]): string {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  XLSX.writeFile(wb, file);
  return file;
}

interface WriteOptions {
  header?: string[];
  file?: string;
  dataSheet?: string;
}

export function write2020(dir: string, rows: Cell[][], opts: WriteOptions = {}): string {
  return save(path.join(dir, opts.file ?? 'ors-complete-dataset.xlsx'), [
    ['File information', [['2020 Occupational Requirements Survey Estimates\r\n\r\nRelease date: 12/22/2020']]],
    ['Footnote codes', [['Footnote code', 'Footnote text'], ...FOOTNOTES_2020]],
    [opts.dataSheet ?? 'ORS 2020 dataset', [opts.header ?? HEADER_2020, ...rows]],
  ]);
}

export function write2018(dir: string, rows: Cell[][], opts: WriteOptions = {}): string {
  return save(path.join(dir, opts.file ?? '2018_excel_output.xlsx'), [
    [
      'File Information',
      [
        ['2018 Occupational Requirements Survey Estimates\r\n\r\nEstimates released February 21, 2019'],
        ['Field', 'Field Description'],
        ['Series ID', 'Unique 20 character code identifying the specific estimate series.'],
        [],
        ['Footnote', 'Footnote Description'],
        ...FOOTNOTES_2018,
        ['Notes:', null],
      ],
    ],
    [opts.dataSheet ?? 'ORS_2018', [opts.header ?? HEADER_2018, ...rows]],
  ]);
}

export function writeCrosswalk(dir: string, pairs: [string, string][]): string {
  return save(path.join(dir, 'soc_2010_to_2018_crosswalk.xlsx'), [
    [
      'Sorted by 2010',
      [
        ['U.S. Bureau of Labor Statistics'],
        ['On behalf of the Office of Management and Budget (OMB) and the SOCPC'],
        [],
        ['November 2017'],
        [],
        [],
        [],
        [],
        ['2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title'],
        ...pairs.map(([a, b]): Cell[] => [a, `Title ${a}`, b, `Title ${b}`]),
      ],
    ],
  ]);
}

/** A new temporary folder, removed when the process exits (src/testkit/temp-dir.ts). */
export const tempDir = (prefix = 'careerdiff-ors-'): string => tempFolder(prefix);

/** The O*NET occupations of the standard scenario. */
export const SCENARIO_OCCUPATIONS: [string, string][] = [
  ['47-2061.00', 'Construction Laborers'],
  ['47-2071.00', 'Paving, Surfacing, and Tamping Equipment Operators'],
  ['15-1252.00', 'Software Developers'],
  ['15-1253.00', 'Software Quality Assurance Analysts and Testers'],
  ['13-2011.00', 'Accountants and Auditors'],
  ['13-2011.02', 'Auditors'],
  ['13-1022.00', 'Wholesale and Retail Buyers, Except Farm Products'],
];

const pct = (
  code: string,
  occupation: string,
  est: string,
  text: string,
  category: string,
  value: number | string,
) => ({
  code,
  occupation,
  est,
  text,
  category,
  value,
});

/** 2020 estimates of the standard scenario (line n of the sheet = index + 2). */
export const SCENARIO_2020: Est[] = [
  pct('000000', 'All Workers', '00815', 'Percent of workers, exposed to outdoors', 'Outdoors', 33.8),
  {
    ...pct('000000', 'All Workers', '00997', 'Percent of day where sitting is required, mean', 'Sitting', 42.7),
    sfn: '9,P',
  },
  pct('000000', 'All Workers', '01205', 'Percent of workers, with telework available', 'Telework', 9),
  pct(
    '470000',
    'Construction and Extraction Occupations',
    '00815',
    'Percent of workers, exposed to outdoors',
    'Outdoors',
    88.1,
  ),
  {
    ...pct('472061', 'Construction Laborers', '00815', 'Percent of workers, exposed to outdoors', 'Outdoors', 100),
    se: '-',
    sefn: '6',
  },
  {
    ...pct(
      '472061',
      'Construction Laborers',
      '00616',
      'Percent of workers, exposed to outdoors, constantly',
      'Outdoors',
      79,
    ),
    dfn: '7',
  },
  pct('472061', 'Construction Laborers', '00792', 'Percent of workers, exposed to heights', 'Heights', 62.3),
  {
    ...pct('472061', 'Construction Laborers', '00132', 'Hours of sitting, mean', 'Sitting', '-'),
    datatype: 'Hours',
    se: '-',
    dfn: '2',
    sefn: '5',
    sfn: '9,P',
  },
  pct('472061', 'Construction Laborers', '01206', 'Percent of workers, with telework not available', 'Telework', 100),
  pct(
    '472061',
    'Construction Laborers',
    '00663',
    'Percent of workers, strength required is medium work',
    'Strength',
    48.6,
  ),
  pct(
    '472061',
    'Construction Laborers',
    '00664',
    'Percent of workers, strength required is heavy work',
    'Strength',
    46.4,
  ),
  pct('151252', 'Software Developers', '00997', 'Percent of day where sitting is required, mean', 'Sitting', 92.4),
  pct(
    '151252',
    'Software Developers',
    '01205',
    'Percent of workers, with telework available',
    'Telework',
    73.900000000000006,
  ),
  pct('151252', 'Software Developers', '00612', 'Percent of workers, not exposed to outdoors', 'Outdoors', 99.1),
  pct('131020', 'Buyers and Purchasing Agents', '00815', 'Percent of workers, exposed to outdoors', 'Outdoors', 10.5),
];

export const SCENARIO_2018: Est[] = [
  pct('00000000', 'All Workers', '00815', 'exposed to outdoors', 'Outdoors', 30.1),
  { ...pct('47206100', 'Construction Laborers', '00815', 'exposed to outdoors', 'Outdoors', 95.8), dfn: '8', se: 2 },
  pct('47206100', 'Construction Laborers', '00661', 'strength is sedentary', 'Strength', 1.2),
  {
    ...pct(
      '47206100',
      'Construction Laborers',
      '00236',
      'pounds maximum weight lifted/carried (50th percentile - median)',
      'Maximum weight lifted/carried',
      '-',
    ),
    datatype: 'Pounds',
    dfn: '3,8',
  },
  pct('15113200', 'Software Developers, Applications', '00661', 'strength is sedentary', 'Strength', 95.3),
  pct('15113300', 'Software Developers, Systems Software', '00661', 'strength is sedentary', 'Strength', 97),
  pct('13201101', 'Accountants', '00815', 'exposed to outdoors', 'Outdoors', 2),
  pct('13201102', 'Auditors', '00815', 'exposed to outdoors', 'Outdoors', 5),
];

export const SCENARIO_CROSSWALK: [string, string][] = [
  ['13-2011', '13-2011'],
  ['15-1132', '15-1252'],
  ['15-1132', '15-1253'],
  ['15-1133', '15-1252'],
  ['47-2061', '47-2061'],
  ['47-2071', '47-2071'],
];

/** Writes the standard scenario (both releases and the crosswalk) into dir/ors/ and returns dir. */
export function writeScenario(dir: string = tempDir()): string {
  const sub = path.join(dir, 'ors');
  write2020(sub, SCENARIO_2020.map(row2020));
  write2018(sub, SCENARIO_2018.map(row2018));
  writeCrosswalk(sub, SCENARIO_CROSSWALK);
  return dir;
}

export { fakeOccupations } from '../../testkit/fake-occupations.js';
