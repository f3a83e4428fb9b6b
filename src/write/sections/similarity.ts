/**
 * "How Similar Are They?" (careerdiff's similarity score, what it is made of and the related-occupation
 * ranks) and "Moving From X to Y" for each direction (skill and knowledge gaps, education and job zone steps,
 * technologies and activities to pick up).
 */
import type { ElementComparison, ElementGap, Gap, Step } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { capitalize, joinList, runningText } from '../grammar.js';
import { educationLevel, componentLabel } from '../labels.js';
import { activityPhrase } from './duties.js';
import { ordinalWord } from '../numbers.js';
import { epRank } from './faq.js';
import { entryEducation, groupTag } from './keydiff.js';
import { compareText } from '../../text-compare.js';

/** The score in words; thresholds on the 0–1 weighted similarity. */
function similarityWords(score: number): string {
  if (score >= 0.75) return 'very similar';
  if (score >= 0.55) return 'fairly similar';
  if (score >= 0.35) return 'somewhat similar';
  if (score >= 0.2) return 'not very similar';
  return 'very different';
}

const two = (x: number) => x.toFixed(2);

export function similarity(ctx: Ctx): Section {
  const sim = ctx.c.similarity;
  const { a, b } = ctx;
  const out: (Block | null)[] = [];
  if (ctx.sameOnet) {
    out.push(
      prose([
        `Both titles are the same occupation in the data, so by every measure used here they are identical, and there is no gap to bridge between them.`,
      ]),
    );
    return { id: 'similarity', level: 3, heading: 'How Similar Are They?', blocks: blocks(...out) };
  }
  const comps = sim.components.filter((c) => c.weight > 0 && Number.isFinite(c.value));
  const sorted = [...comps].sort((x, y) => y.value - x.value || compareText(x.name, y.name));
  const most = sorted.slice(0, 2).map((c) => componentLabel(c.name, c.description));
  const least =
    sorted.length > 3 ? componentLabel(sorted[sorted.length - 1]!.name, sorted[sorted.length - 1]!.description) : null;
  out.push(
    prose([
      `On careerdiff's similarity score, the two occupations come out at ${two(sim.score)} on a scale from 0 (nothing in common) to 1 (the same occupation), which makes them ${similarityWords(sim.score)}.`,
    ]),
  );
  const how = prose([
    comps.length > 1
      ? comps.length <= 4
        ? `The score combines ${comps.length} measures: ${joinList(comps.map((c) => componentLabel(c.name, c.description)))}.`
        : `The score combines ${comps.length} measures, among them ${joinList(comps.slice(0, 3).map((c) => componentLabel(c.name, c.description)))}.`
      : null,
    most.length > 0 && comps.length > 2
      ? `They are most alike in ${joinList(most)}${least ? `, and least alike in ${least}` : ''}.`
      : null,
  ]);
  const ranks: string[] = [];
  if (sim.rank.a !== null && sim.rank.a > 0) {
    ranks.push(
      sim.rank.a === 1
        ? `Of all occupations, ${b.short} are the closest to ${a.short}.`
        : `Of all occupations, ${b.short} are the ${ordinalWord(sim.rank.a)}-closest to ${a.short}.`,
    );
  }
  if (sim.rank.b !== null && sim.rank.b > 0) {
    ranks.push(
      sim.rank.b === 1
        ? `Seen from the other side, ${a.short} are the closest occupation to ${b.short}.`
        : `Seen from the other side, ${a.short} are the ${ordinalWord(sim.rank.b)}-closest to ${b.short}.`,
    );
  }
  const details = blocks(how, prose(ranks));
  if (details.length > 0)
    out.push({ type: 'details', summary: 'How the score is made and where each ranks', blocks: details });
  return { id: 'similarity', level: 3, heading: 'How Similar Are They?', blocks: blocks(...out) };
}

const lv = (x: number) => x.toFixed(1).replace(/\.0$/, '');

function gapList(xs: ElementGap[], n: number): string {
  return joinList(xs.slice(0, n).map((g) => `${runningText(g.name)} (${lv(g.from)} to ${lv(g.to)})`));
}

function stepSentence(kind: 'education' | 'zone', s: Step, toName: string): string | null {
  if (s.step === null || s.from === null || s.to === null || s.step <= 0) return null;
  if (kind === 'zone')
    return `${capitalize(toName)} sit in a higher O*NET job zone (${s.to} against ${s.from}), so expect more preparation.`;
  const from = s.fromLabel ? educationLevel(s.from, s.fromLabel) : null;
  const to = s.toLabel ? educationLevel(s.to, s.toLabel) : null;
  return from && to ? `The most common education requirement in O*NET's survey goes up from ${from} to ${to}.` : null;
}

function direction(ctx: Ctx, g: Gap): { heading: string; blocks: Block[] } {
  const from = ctx.names(g.from);
  const to = ctx.names(g.to);
  const heading = `Moving From ${from.heading} to ${to.heading}`;
  const lines: (string | null)[] = [];
  const skills = g.skills.filter((x) => x.gap > 0);
  const knowledge = g.knowledge.filter((x) => x.gap > 0);
  const who = from.one
    ? `${from.oneWithArticle} moving into ${to.one ? `work as ${to.oneWithArticle}` : `${to.many}`}`
    : `someone moving from ${from.many} to ${to.many}`;
  if (skills.length > 0) {
    lines.push(
      ctx.pick(`gap-skills-${g.from}`, [
        `On O*NET's 0–7 level scale, the biggest skill gaps for ${who} are ${gapList(skills, 3)}.`,
        `For ${who}, the skills to build up most are ${gapList(skills, 3)}, in O*NET levels from 0 to 7.`,
      ]),
    );
  }
  if (knowledge.length === 1) lines.push(`In knowledge, the largest gap is ${gapList(knowledge, 1)}.`);
  if (knowledge.length > 1) lines.push(`In knowledge, the largest gaps are ${gapList(knowledge, 2)}.`);
  lines.push(stepSentence('education', g.education, to.short), stepSentence('zone', g.jobZone, to.short));
  // BLS's typical entry-level education too: O*NET's survey may be missing where BLS publishes a step up.
  const rf = epRank(ctx.c.requirements.entry[g.from]?.education);
  const rt = epRank(ctx.c.requirements.entry[g.to]?.education);
  if (!ctx.sameBls && rf !== null && rt !== null && rt > rf) {
    lines.push(
      `BLS gives ${entryEducation(ctx, g.to)}${groupTag(ctx, g.to, 'entry')} as the typical entry-level education for ${to.short}, against ${entryEducation(ctx, g.from)}${groupTag(ctx, g.from, 'entry')} for ${from.short}.`,
    );
  }
  // Technology to pick up is what the Skills section names as only the destination's: not repeated here.
  const acts = g.activities.slice(0, 2).map((x) => activityPhrase(x.title));
  // "also" only after something else the move asks for; first, it would lead with nothing to add to.
  if (acts.length > 0)
    lines.push(`The new job would ${lines.some(Boolean) ? 'also ' : ''}mean learning to ${joinList(acts)}.`);
  if (!lines.some(Boolean)) {
    // "Nothing new" only where the data could have shown a gap: ratings on both sides, both steps known.
    const rated = (c: ElementComparison) => c.all.some((r) => r.level.a !== null && r.level.b !== null);
    const known = (x: Step) => x.from !== null && x.to !== null;
    const s = ctx.c.skills;
    lines.push(
      rated(s.skills) && rated(s.knowledge) && known(g.education) && known(g.jobZone)
        ? `O*NET rates no skill or knowledge area higher for ${to.short} than for ${from.short}, and no step up in education or job zone is needed, so on paper the move asks for nothing new.`
        : `The data here lacks some of the ratings this comparison needs (skills, knowledge, education or job zone) for ${from.short} or ${to.short}, so what the move asks for cannot be measured.`,
    );
  }
  return { heading, blocks: blocks(prose(lines)) };
}

/** "Moving Between Them": each direction's gaps as a collapsible part (the FAQ answers the usual direction). */
export function moving(ctx: Ctx): Section[] {
  if (ctx.sameOnet) return [];
  const parts = [direction(ctx, ctx.c.gap.aToB), direction(ctx, ctx.c.gap.bToA)];
  return [
    {
      id: 'moving',
      level: 3,
      heading: 'Moving Between Them',
      blocks: [
        ...blocks(
          prose([
            `What someone would need to add, by O*NET's ratings, to move from one job to the other (skills and knowledge on O*NET's 0–7 level scale):`,
          ]),
        ),
        ...parts.map((x): Block => ({ type: 'details', summary: x.heading, blocks: x.blocks })),
      ],
    },
  ];
}
