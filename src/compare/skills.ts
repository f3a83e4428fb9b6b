/**
 * Skills section: skills, knowledge and abilities important to both and the largest gaps each way,
 * technology skills shared and distinct (hot / in-demand flags kept), and work styles. Pure.
 */
import type { OnetProfile, Technology } from '../store/profile.js';
import type { CompareOptions } from './config.js';
import { compareElements, scoredRows } from './elements.js';
import type { Pair, SkillsSection, TechRef } from './types.js';
import { compareText } from '../text-compare.js';

const techRef = (t: Technology): TechRef => ({
  example: t.example,
  commodityTitle: t.commodityTitle,
  hot: t.hot,
  inDemand: t.inDemand,
});

const byHot = (x: TechRef, y: TechRef) =>
  Number(y.hot) - Number(x.hot) || Number(y.inDemand) - Number(x.inDemand) || compareText(x.example, y.example);

type TechOrder = (x: TechRef, y: TechRef) => number;

/** Technologies `to` lists that `from` does not (by example), in `order` (hot first by default); none when `from` has no list. */
export function distinctTech(from: Technology[], to: Technology[], limit: number, order: TechOrder = byHot): TechRef[] {
  // Missing data is not absence: with no technology list for `from`, nothing is "only `to`'s".
  if (from.length === 0) return [];
  const have = new Set(from.map((t) => t.example.toLowerCase()));
  return to
    .filter((t) => !have.has(t.example.toLowerCase()))
    .map(techRef)
    .sort(order)
    .slice(0, limit);
}

/** `order` ranks technologies (src/compare/tools.ts byDistinctiveness: what fewer occupations list first). */
export function compareSkills(p: Pair<OnetProfile>, o: CompareOptions, order: TechOrder = byHot): SkillsSection {
  const hasB = new Set(p.b.technology.map((t) => t.example.toLowerCase()));
  const shared = p.a.technology
    .filter((t) => hasB.has(t.example.toLowerCase()))
    .map((t) => {
      const other = p.b.technology.find((u) => u.example.toLowerCase() === t.example.toLowerCase())!;
      return { ...techRef(t), hot: t.hot || other.hot, inDemand: t.inDemand || other.inDemand };
    })
    .sort(order);
  const catsB = new Set(p.b.technology.map((t) => t.commodityTitle));
  const sharedCategories = [...new Set(p.a.technology.map((t) => t.commodityTitle))].filter((c) => catsB.has(c)).sort();
  const ids = new Set<number>();
  for (const x of [p.a, p.b])
    for (const e of [...x.skills, ...x.knowledge, ...x.abilities, ...x.workStyles]) ids.add(e.sourceId);
  return {
    skills: compareElements(p.a.skills, p.b.skills, o),
    knowledge: compareElements(p.a.knowledge, p.b.knowledge, o),
    abilities: compareElements(p.a.abilities, p.b.abilities, o),
    technology: {
      shared: shared.slice(0, o.technologies),
      sharedCategories,
      distinct: {
        a: distinctTech(p.b.technology, p.a.technology, o.technologies, order),
        b: distinctTech(p.a.technology, p.b.technology, o.technologies, order),
      },
    },
    workStyles: scoredRows(p.a.workStyles, p.b.workStyles),
    sourceIds: [...ids].sort((x, y) => x - y),
  };
}
