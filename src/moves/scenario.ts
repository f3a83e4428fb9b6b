/**
 * A small hand-made world of occupations for the moves tests and the site's fake engine: an origin (A), moves
 * that are within reach (B, E), out of reach for each reason (C education, D similarity, F job zone), and
 * targets reached only through one (T1 via B) or two (T2 via B, H) intermediate occupations, and a similar
 * occupation without ratings (its gap cannot be measured).
 */
import { act, type MemoryOcc, memoryMovesData } from './testkit.js';
import type { MovesData } from './types.js';

const base: Record<string, [number, number]> = {
  '2.A.1.a': [4, 4],
  '2.A.1.b': [4, 4],
  '2.B.1.a': [3, 3],
  '2.B.3.a': [2, 2],
  '2.C.1.a': [3, 3],
  '2.C.3.a': [2, 2],
  '2.C.9.b': [2, 2],
};
const withR = (over: Record<string, [number, number]>) => ({ ...base, ...over });

export const SCENARIO: MemoryOcc[] = [
  {
    code: '11-0001.00',
    title: 'Origin Workers',
    jobZone: 3,
    education: 'High school diploma or equivalent',
    median: 50_000,
    changePercent: 2,
    openings: 10,
    ratings: base,
    activities: [act('d1', 0.6), act('d2', 0.4)],
  },
  {
    code: '11-0002.00',
    title: 'Better Paid Neighbours',
    jobZone: 3,
    education: 'High school diploma or equivalent',
    median: 60_000,
    changePercent: 5,
    openings: 3,
    // Operations Analysis: important (3.5) and one level higher; Communications and Media: 0.5 higher.
    ratings: withR({ '2.B.3.a': [3.5, 3], '2.C.9.b': [3, 2.5] }),
    activities: [act('d3', 0.5), act('d1', 0.5)],
  },
  {
    code: '11-0003.00',
    title: 'Degree Neighbours',
    jobZone: 4,
    education: "Bachelor's degree",
    median: 90_000,
    ratings: base,
  },
  { code: '11-0004.00', title: 'Distant Workers', jobZone: 3, median: 55_000, ratings: base },
  {
    code: '11-0005.00',
    title: 'Growing Neighbours',
    jobZone: 3,
    education: 'No formal educational credential',
    median: 40_000,
    changePercent: 10,
    openings: 1,
    ratings: base,
    activities: [act('d1', 1)],
  },
  {
    code: '11-0006.00',
    title: 'Expert Neighbours',
    jobZone: 5,
    education: 'High school diploma or equivalent',
    median: 'top',
    ratings: base,
  },
  { code: '11-0007.00', title: 'Occupations Without Data', hasData: false },
  {
    code: '11-0008.00',
    title: 'One Step Targets',
    jobZone: 3,
    median: 70_000,
    ratings: withR({ '2.B.3.a': [3.5, 3.5], '2.C.9.b': [3, 3] }),
  },
  { code: '11-0009.00', title: 'Hub Workers', jobZone: 3, median: 65_000, ratings: withR({ '2.B.3.a': [3.5, 3] }) },
  {
    code: '11-0010.00',
    title: 'Two Step Targets',
    jobZone: 3,
    median: 80_000,
    ratings: withR({ '2.B.3.a': [3.5, 3.5], '2.C.9.b': [3.5, 3] }),
  },
  { code: '11-0011.00', title: 'Unreachable Targets', jobZone: 3, median: 30_000, ratings: base },
  { code: '11-0012.00', title: 'Unrated Neighbours', jobZone: 3, median: 52_000, ratings: null },
];

const SCENARIO_SIMILARITY: Record<string, number> = {
  '11-0001.00|11-0002.00': 0.6,
  '11-0001.00|11-0003.00': 0.5,
  '11-0001.00|11-0004.00': 0.2,
  '11-0001.00|11-0005.00': 0.45,
  '11-0001.00|11-0006.00': 0.5,
  '11-0001.00|11-0008.00': 0.1,
  '11-0001.00|11-0010.00': 0.05,
  '11-0001.00|11-0012.00': 0.5,
  '11-0002.00|11-0008.00': 0.55,
  '11-0002.00|11-0009.00': 0.5,
  '11-0009.00|11-0010.00': 0.5,
};

export const scenarioData = (k?: number): MovesData => memoryMovesData(SCENARIO, SCENARIO_SIMILARITY, k);
