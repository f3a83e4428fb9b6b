/**
 * A small in-memory Engine for tests (no store): six occupations, a few titles people use, a naive resolver,
 * and comparisons/articles shaped like the real ones in every field the site reads. One occupation's title
 * carries markup so tests can prove it is escaped everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Comparison, COMPARISON_SCHEMA_VERSION } from '../compare/types.js';
import { PROJECT_ROOT } from '../defaults.js';
import { memoryMovesData } from '../moves/testkit.js';
import type { MovesData } from '../moves/types.js';
import { notFound } from '../errors.js';
import { escapeHtml } from '../escape.js';
import type { Candidate, Resolution } from '../resolve/types.js';
import type { OnetProfile } from '../store/profile.js';
import { REPORT_SCHEMA_VERSION } from '../store/report.js';
import type { Source } from '../store/sources.js';
import type { Engine, OccRow, TitleRow } from '../engine/types.js';

export const EVIL_TITLE = 'Evil </script><script>alert(1)</script> "Quote" Makers';

const FAKE_OCCUPATIONS: OccRow[] = [
  { code: '27-2012.00', soc: '27-2012', title: 'Producers and Directors', jobZone: 4 },
  { code: '27-4011.00', soc: '27-4011', title: 'Audio and Video Technicians', jobZone: 3 },
  { code: '27-4012.00', soc: '27-4012', title: 'Broadcast Technicians', jobZone: 3 },
  { code: '43-5061.00', soc: '43-5061', title: 'Production, Planning, and Expediting Clerks', jobZone: 2 },
  { code: '15-1252.00', soc: '15-1252', title: 'Software Developers', jobZone: 4 },
  { code: '99-9999.00', soc: '99-9999', title: EVIL_TITLE, jobZone: 1 },
];

const TITLES: TitleRow[] = [
  { code: '27-2012.00', title: 'Producer', kind: 'alternate', weight: 0.9 },
  { code: '27-2012.00', title: 'Associate Producer', kind: 'alternate', weight: 0.8 },
  { code: '43-5061.00', title: 'Production Assistant', kind: 'alternate', weight: 0.9 },
  { code: '27-4011.00', title: 'Video Production Assistant', kind: 'alternate', weight: 0.8 },
  { code: '27-4012.00', title: 'Video Production Assistant', kind: 'reported', weight: 0.8 },
  { code: '15-1252.00', title: 'Programmer', kind: 'reported', weight: 0.8 },
];

const SOURCES: Source[] = [
  {
    id: 1,
    dataset: 'onet',
    publisher: 'USDOL/ETA',
    title: 'O*NET 30.1 Database',
    release: '30.1',
    period: 'December 2025',
    geography: 'U.S.',
    file: 'onet_30_1/Occupation Data.txt',
    official: true,
    license: 'CC BY 4.0',
  },
  {
    id: 2,
    dataset: 'oews',
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Employment and Wage Statistics',
    release: 'May 2025',
    period: 'May 2025',
    geography: 'U.S.',
    file: 'bls_oews_may2025/national_M2025_dl.xlsx',
    official: true,
    license: 'Public domain',
  },
];

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function fakeResolve(q: string, limit: number): Resolution {
  const qw = words(q);
  const scored = new Map<string, Candidate>();
  const entries = [
    ...FAKE_OCCUPATIONS.map((o) => ({ code: o.code, title: o.title, kind: 'occupation' as const })),
    ...TITLES,
  ];
  for (const e of entries) {
    const tw = words(e.title);
    const hit = qw.filter((w) => tw.some((t) => t.startsWith(w))).length;
    if (hit === 0 || qw.length === 0) continue;
    const score = (hit / Math.max(qw.length, tw.length)) * (e.kind === 'occupation' ? 1 : 0.97);
    const occ = FAKE_OCCUPATIONS.find((o) => o.code === e.code)!;
    const prev = scored.get(e.code);
    if (!prev || score > prev.score)
      scored.set(e.code, { code: e.code, soc: occ.soc, title: occ.title, score, matched: e.title, source: e.kind });
  }
  const candidates = [...scored.values()]
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, limit);
  return candidates.length
    ? { query: q, candidates, ambiguous: false }
    : { query: q, candidates, ambiguous: false, note: `no O*NET title matches "${q}"`, suggestions: ['Producer'] };
}

function fakeProfile(o: OccRow): OnetProfile {
  return {
    occupation: {
      code: o.code,
      soc: o.soc,
      title: o.title,
      description: `What ${o.title} do, in one sentence.`,
      sourceId: 1,
    },
    tasks: [
      { id: 1, text: `Core task of ${o.title}.`, type: 'Core', relevance: 90, sourceId: 1 },
      { id: 2, text: 'A supplemental task.', type: 'Supplemental', relevance: 40, sourceId: 1 },
    ],
    activities: [
      {
        dwaId: 'D1',
        title: 'Coordinate work',
        iwaId: 'I1',
        iwaTitle: 'Coordinate',
        elementId: 'E1',
        weight: 0.5,
        tasks: 1,
      },
    ],
    jobZone: {
      zone: o.jobZone ?? 3,
      name: 'Medium Preparation Needed',
      experience: 'Some experience.',
      education: 'Vocational school.',
      training: 'A year.',
      examples: '',
      svpRange: '6.0 to < 7.0',
      sourceId: 1,
    },
    education: {
      elementId: '2.D.1',
      name: 'Required Level of Education',
      scaleId: 'RL',
      n: 20,
      sourceId: 1,
      categories: [
        { category: 2, label: 'High School Diploma', pct: 40 },
        { category: 6, label: "Bachelor's Degree", pct: 60 },
      ],
    },
    experience: null,
    onSiteTraining: null,
    onTheJobTraining: null,
    knowledge: [
      {
        elementId: '2.C.1.a',
        name: 'Administration',
        importance: 3.5,
        level: 4,
        release: '29.0',
        official: true,
        sourceId: 1,
      },
    ],
    skills: [
      {
        elementId: '2.A.1.a',
        name: 'Reading Comprehension',
        importance: 4,
        level: 4.5,
        release: '30.1',
        official: true,
        sourceId: 1,
      },
    ],
    abilities: [],
    workActivitiesRated: [],
    workContext: [],
    workActivityRatings: [],
    workStyles: [{ elementId: 'WS1', name: 'Dependability', value: 4.5, scaleId: 'WI', sourceId: 1 }],
    workValues: [],
    interests: [{ elementId: '1.B.1.a', name: 'Realistic', value: 5, scaleId: 'OI', sourceId: 1 }],
    technology: [{ example: 'Microsoft Excel', commodityTitle: 'Spreadsheet software', hot: true, inDemand: true }],
    tools: [],
    alternateTitles: TITLES.filter((t) => t.code === o.code).map((t) => t.title),
    emergingTasks: [],
  };
}

const fig = (value: number | null) =>
  value === null
    ? { value, status: 'missing' as const, meaning: 'no figure published' }
    : { value, status: 'ok' as const, meaning: null };

function wageFigures(o: OccRow, base: number) {
  return {
    soc: o.soc,
    blsTitle: o.title,
    level: 'detailed' as const,
    broader: false,
    period: 'May 2025',
    employment: fig(10000),
    annual: {
      mean: fig(base * 1.1),
      p10: fig(base * 0.5),
      p25: fig(base * 0.75),
      median: fig(base),
      p75: fig(base * 1.3),
      p90: fig(base * 1.8),
    },
    hourly: { mean: fig(null), p10: fig(null), p25: fig(null), median: fig(null), p75: fig(null), p90: fig(null) },
    annualOnly: false,
    hourlyOnly: false,
    sourceId: 2,
  };
}

function fakeComparison(a: OccRow, b: OccRow, input: { a: string; b: string }): Comparison {
  const res = (o: OccRow, text: string, other: OccRow) => ({
    input: text,
    code: o.code,
    soc: o.soc,
    title: o.title,
    score: 1,
    method: (text === o.code ? 'code' : 'reader_choice') as 'code' | 'reader_choice',
    matched: o.title,
    source: 'occupation' as const,
    reason: 'chosen',
    alternatives: FAKE_OCCUPATIONS.filter((x) => x.code !== o.code && x.code !== other.code)
      .slice(0, 2)
      .map((x) => ({
        code: x.code,
        soc: x.soc,
        title: x.title,
        score: 0.5,
        matched: x.title,
        source: 'partial' as const,
      })),
  });
  const row = (name: string, la: number, lb: number) => ({
    elementId: name,
    name,
    importance: { a: 3, b: 3 },
    level: { a: la, b: lb },
    levelDiff: lb - la,
    sourceIds: { a: 1, b: 1 },
  });
  const doc = {
    ...sectionsOfSeed(),
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    input,
    resolution: { a: res(a, input.a, b), b: res(b, input.b, a) },
    sameOccupation: null,
    summary: {
      a: {
        code: a.code,
        soc: a.soc,
        title: a.title,
        description: '',
        keyTasks: [],
        alternateTitles: [],
        sourceIds: [1],
      },
      b: {
        code: b.code,
        soc: b.soc,
        title: b.title,
        description: '',
        keyTasks: [],
        alternateTitles: [],
        sourceIds: [1],
      },
    },
    skills: {
      ...sectionsOfSeed().skills,
      skills: {
        importanceThreshold: 3,
        higherInA: [row('Coordination', 4.5, 3)],
        higherInB: [row('Installation', 0.5, 2.5)],
        shared: [],
        all: [],
      },
    },
    salary: {
      wages: { a: wageFigures(a, 90000), b: wageFigures(b, 58000) },
      difference: { annualMedian: null, annualMean: null, hourlyMedian: null, hourlyMean: null },
      earlier: { a: [], b: [] },
      sameFigures: false,
      missing: [],
    },
    sources: SOURCES.map((s) => ({ ...s })),
  };
  return doc as Comparison;
}

let seedSections: Comparison | null = null;
/**
 * The sections the fake does not make up (duties, requirements, work environment, outlook, similarity, gap,
 * missing, titles, the other skill lists) in the shape of the seed-pair fixture with every list emptied, so the
 * fake's Comparison is a complete one (src/schemas/schemas.test.ts validates it) without borrowed content.
 */
function sectionsOfSeed(): Comparison {
  const empty = (v: unknown): unknown =>
    Array.isArray(v)
      ? []
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, empty(x)]))
        : v;
  seedSections ??= empty(
    JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/write/seed-pair.json'), 'utf8')),
  ) as Comparison;
  return seedSections;
}

const FAKE_RATINGS: Record<string, [number, number]> = {
  '2.A.1.a': [4, 4],
  '2.A.1.b': [3.5, 3.5],
  '2.C.9.b': [3, 3],
};

/** Career-moves data for the fake occupations: media jobs close to each other, clerks close to broadcast only. */
function fakeMovesData(): MovesData {
  const sim: Record<string, number> = {};
  for (const x of FAKE_OCCUPATIONS)
    for (const y of FAKE_OCCUPATIONS)
      if (x.code < y.code) sim[`${x.code}|${y.code}`] = x.code.slice(0, 2) === y.code.slice(0, 2) ? 0.6 : 0.1;
  // Clerks reach producers only through broadcast technicians (a route of two steps).
  sim['27-4012.00|43-5061.00'] = 0.5;
  return memoryMovesData(
    FAKE_OCCUPATIONS.map((o, i) => ({
      code: o.code,
      title: o.title,
      jobZone: o.jobZone,
      ratings: FAKE_RATINGS,
      median: 40_000 + i * 10_000,
    })),
    sim,
  );
}

export function fakeEngine(): Engine {
  let moves: MovesData | null = null;
  const byCode = new Map(FAKE_OCCUPATIONS.map((o) => [o.code, o]));
  const get = (code: string) => {
    const o = byCode.get(code);
    if (!o) throw notFound(`no occupation with code ${code}`);
    return o;
  };
  return {
    occupations: () => FAKE_OCCUPATIONS,
    titles: () => TITLES,
    sources: () => SOURCES,
    occupation(code) {
      const o = get(code);
      return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        kind: 'occupation',
        onet: fakeProfile(o),
        wages: [],
        projections: null,
        workEnvironment: { occCode: code, links: [], profile: null, baseline: null },
        sources: [],
      };
    },
    resolve: (q, limit) => fakeResolve(q, limit),
    resolvePair: (a, b) => [fakeResolve(a, 8), fakeResolve(b, 8)],
    compare(a, b, choice) {
      const pick = (text: string, code?: string) => {
        if (code) return get(code);
        const c = fakeResolve(text, 1).candidates[0];
        if (!c) throw notFound(`no O*NET title matches "${text}"`);
        return get(c.code);
      };
      return fakeComparison(pick(a, choice.aCode), pick(b, choice.bCode), { a, b });
    },
    related(code, limit) {
      get(code);
      return FAKE_OCCUPATIONS.filter((o) => o.code !== code)
        .map((o) => ({ code: o.code, score: o.code.slice(0, 2) === code.slice(0, 2) ? 0.8 : 0.2 }))
        .sort((x, y) => y.score - x.score || x.code.localeCompare(y.code))
        .slice(0, limit);
    },
    article(c) {
      // Like the real writer: a side given as a code is named by its occupation title.
      const name = (r: Comparison['resolution']['a']) => (r.method === 'code' ? r.title : r.input);
      const t = `${name(c.resolution.a)} vs. ${name(c.resolution.b)}: What Are the Differences?`;
      return {
        title: t,
        description: `How ${c.summary.a.title} and ${c.summary.b.title} differ.`,
        html: `<article class="cd-article"><header class="cd-header"><h1>${escapeHtml(t)}</h1><p class="cd-dek">Dek.</p></header>
<section class="cd-section cd-versus" aria-labelledby="versus"><h2 id="versus">${escapeHtml(c.summary.a.title)} vs. ${escapeHtml(c.summary.b.title)}</h2>
<section class="cd-section cd-skills" aria-labelledby="skills"><h3 id="skills">Skills</h3><p>Skills.</p></section>
<section class="cd-section cd-salary" aria-labelledby="salary"><h3 id="salary">Salary</h3><p>Pay.</p></section>
</section></article>`,
      };
    },
    moves: () => {
      moves ??= fakeMovesData();
      return moves;
    },
    features: () => ({ fake: true }),
  };
}
