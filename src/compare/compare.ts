/**
 * compare(store, inputA, inputB): the Comparison of two careers. Resolves both inputs as a pair, loads both
 * occupations (cached per connection), and assembles the sections from the pure section builders; every
 * source id used anywhere is listed once in `sources`.
 */
import { explainGaps, officialReleases, onetCoverage, profileGaps } from './gaps.js';
import { foldText } from '../resolve/normalize.js';
import type { StoreCache } from '../store/cache.js';
import type { OnetProfile } from '../store/profile.js';
import { type CompareOptions, compareOptions } from './config.js';
import { compareDuties, taskRef } from './duties.js';
import { compareEnvironment } from './environment.js';
import { activityImportanceRows } from './work-context.js';
import { directionalGap } from './gap.js';
import { type OccupationCache, occupationCache } from './profiles.js';
import { compareRequirements } from './requirements.js';
import { type ResolveChoice, resolveInputs } from './resolve.js';
import { compareOutlook, compareSalary } from './salary.js';
import { sameOccupation } from './same.js';
import { SIMILARITY_METHOD } from './similarity.js';
import { pairFromStore } from './stored-similarity.js';
import { compareSkills } from './skills.js';
import { correctedTitle, titleFacts, titleLists } from './titles.js';
import { byDistinctiveness, distinctiveTools, pairToolClasses, rarity, sidesRarity } from './tools.js';
import {
  COMPARISON_SCHEMA_VERSION,
  type Comparison,
  type Pair,
  type SideSummary,
  type Similarity,
  type SourceRef,
} from './types.js';

interface CompareParams extends ResolveChoice {
  options?: Partial<CompareOptions>;
}

function summary(p: OnetProfile, o: CompareOptions): SideSummary {
  const ids = new Set<number>([p.occupation.sourceId, ...p.tasks.slice(0, o.keyTasks).map((t) => t.sourceId)]);
  return {
    code: p.occupation.code,
    soc: p.occupation.soc,
    title: p.occupation.title,
    description: p.occupation.description,
    keyTasks: p.tasks.slice(0, o.keyTasks).map(taskRef),
    alternateTitles: p.alternateTitles.slice(0, o.alternateTitles),
    sourceIds: [...ids],
  };
}

/** Every number found under a key named sourceId / sourceIds (numbers, arrays or pairs). */
export function collectSourceIds(value: unknown, into = new Set<number>()): Set<number> {
  if (value === null || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === 'object') collectSourceIds(v, into);
    return into;
  }
  const o = value as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (k === 'sourceId' || k === 'sourceIds') addIds(v, into);
    else if (v !== null && typeof v === 'object') collectSourceIds(v, into);
  }
  return into;
}

function addIds(v: unknown, into: Set<number>): void {
  if (typeof v === 'number') into.add(v);
  else if (Array.isArray(v)) for (const x of v) addIds(x, into);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) addIds(x, into);
}

/** From the similarity stored at import: the two occupations' feature vectors and rank rows, nothing else. */
function similarity(store: StoreCache, a: string, b: string): Similarity {
  if (a === b) return { score: 1, components: [], rank: { a: null, b: null }, method: 'identical occupation codes' };
  const p = pairFromStore(store, a, b);
  const score = p.components.reduce((s, c) => s + c.value * c.weight, 0);
  return { score, components: p.components, rank: { a: p.rankOfBForA, b: p.rankOfAForB }, method: SIMILARITY_METHOD };
}

function siblings(cache: OccupationCache, soc: string): OnetProfile[] {
  return cache.codesOfSoc(soc).map((c) => cache.get(c).profile);
}

export function compare(store: StoreCache, inputA: string, inputB: string, params: CompareParams = {}): Comparison {
  const o = compareOptions(params.options);
  const cache = occupationCache(store);
  const input = { a: inputA, b: inputB };
  const resolution = resolveInputs(store, input, params, o.alternatives);
  const data = { a: cache.get(resolution.a.code), b: cache.get(resolution.b.code) };
  const profiles: Pair<OnetProfile> = { a: data.a.profile, b: data.b.profile };
  const ors = { a: data.a.ors, b: data.b.ors };
  const bls = { a: data.a.bls, b: data.b.bls };

  // Specialisations under the same SOC code matter only when the sides may be one occupation (same.ts says
  // nothing otherwise): loading them for every pair would read several more occupations per comparison.
  const maySame = resolution.a.soc === resolution.b.soc || foldText(inputA) === foldText(inputB);
  const titles = {
    a: titleFacts(titleLists(store), resolution.a, correctedTitle(inputA, resolution.a)),
    b: titleFacts(titleLists(store), resolution.b, correctedTitle(inputB, resolution.b)),
  };
  const same = sameOccupation(
    resolution,
    {
      a: { profile: profiles.a, siblings: maySame ? siblings(cache, resolution.a.soc) : [] },
      b: { profile: profiles.b, siblings: maySame ? siblings(cache, resolution.b.soc) : [] },
    },
    8,
    titles,
  );
  const duties = compareDuties(profiles, { a: data.a.taskDwas, b: data.b.taskDwas }, o);
  duties.activityImportance = activityImportanceRows(profiles);
  // Both sides' tool and technology counts come with their rows (derived at import), not one query per name.
  const rare = sidesRarity(rarity(store), [data.a, data.b]);
  const trade = {
    a: [resolution.a.title, correctedTitle(inputA, resolution.a)],
    b: [resolution.b.title, correctedTitle(inputB, resolution.b)],
  };
  const skills = compareSkills(profiles, o, byDistinctiveness(rare, [...trade.a, ...trade.b]));
  const codes = { a: resolution.a.code, b: resolution.b.code };
  const salary = compareSalary(bls, codes);
  const outlook = compareOutlook(bls, codes);
  const env = compareEnvironment(profiles, ors, o);
  // Tools by O*NET's example names, most distinctive first (src/compare/tools.ts), not commodity titles.
  // Both sides' tool classes come with their rows (derived at import), not a query per comparison.
  const classes = pairToolClasses(codes, { a: data.a.toolCodes, b: data.b.toolCodes });
  const workEnvironment = {
    ...env,
    onet: { ...env.onet, tools: distinctiveTools(profiles, rare, o.tools, trade, classes) },
  };
  const requirements = compareRequirements(profiles, { a: bls.a.projections, b: bls.b.projections }, ors);
  const body: Omit<Comparison, 'sources'> = {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    input,
    resolution,
    titles,
    sameOccupation: same,
    summary: { a: summary(profiles.a, o), b: summary(profiles.b, o) },
    duties,
    requirements,
    workEnvironment,
    skills,
    salary,
    outlook,
    similarity: similarity(store, resolution.a.code, resolution.b.code),
    gap: {
      aToB: directionalGap('a', profiles, skills, duties, o),
      bToA: directionalGap('b', profiles, skills, duties, o),
    },
    // Every gap says where it is: O*NET's own, or this data folder's (src/compare/gaps.ts).
    missing: explainGaps(
      [
        ...profileGaps(profiles.a, 'a', onetCoverage(store)),
        ...profileGaps(profiles.b, 'b', onetCoverage(store)),
        ...requirements.missing,
        ...workEnvironment.missing,
        ...salary.missing,
        ...outlook.missing,
      ],
      { a: resolution.a.code, b: resolution.b.code },
      onetCoverage(store),
      { a: officialReleases(profiles.a), b: officialReleases(profiles.b) },
    ),
  };
  const all = cache.sources();
  const sources: SourceRef[] = [...collectSourceIds(body)]
    .sort((x, y) => x - y)
    .flatMap((id) => {
      const s = all.get(id);
      return s
        ? [
            {
              id: s.id,
              dataset: s.dataset,
              publisher: s.publisher,
              title: s.title,
              release: s.release,
              period: s.period,
              geography: s.geography,
              file: s.file,
              official: s.official,
              license: s.license,
            },
          ]
        : [];
    });
  return { ...body, sources };
}
