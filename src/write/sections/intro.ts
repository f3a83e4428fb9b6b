/**
 * The opening: title, dek and intro paragraph — what the two careers are in the SOC, how much their work
 * overlaps, which occupation each title was compared as, and (for one occupation twice) a plain statement of that.
 */
import { readAsOne } from '../../compare/same.js';
import { capitalize } from '../grammar.js';
import { type Ctx, onetRef } from '../context.js';
import { type Block, blocks, para, prose } from '../doc.js';
import { majorGroup, type Names } from '../names.js';

/** A title as the prose spells it: the reader's title in running text ("TV producer" for "tv producer"). */
const said = (n: Names): string => n.one ?? n.input;

/** "Associate Producer vs. Production Assistant: What Are the Differences?" */
export function title(ctx: Ctx): string {
  if (ctx.sameInput) return `${ctx.a.heading}: One Occupation in the Official Data`;
  if (ctx.sameOnet) return `${ctx.a.heading} and ${ctx.b.heading}: One Occupation, Two Titles`;
  return `${ctx.a.heading} vs. ${ctx.b.heading}: What Are the Differences?`;
}

export function dek(ctx: Ctx): string {
  if (ctx.sameOnet) {
    const lead = ctx.sameListed
      ? 'Both titles lead to the same occupation in the official data.'
      : 'Both titles are read here as the same occupation.';
    return `${lead} Here is what that occupation involves and what the data can and cannot tell apart.`;
  }
  return ctx.pick('dek', [
    'Learn about the two careers and review some of the similarities and differences between them.',
    'Learn what each career involves and how the two compare on duties, requirements, skills and pay.',
    'Learn about both careers and see where they overlap and where they differ, figure by figure.',
  ]);
}

/** How much the two jobs' work activities overlap, in words (from the weighted DWA overlap, 0–1). */
function overlapWords(dwa: number): string {
  if (dwa >= 0.5) return 'a great deal';
  if (dwa >= 0.2) return 'in part';
  if (dwa > 0) return 'only a little';
  return 'not at all';
}

/** Which occupations the article compares, when a side was given as a code (titles are explained in "What Is"). */
function comparedAs(ctx: Ctx): string | null {
  const { a, b } = ctx;
  const occ = (n: typeof a) => `${n.occupation} (${onetRef(n.code)})`;
  if (a.fromCode && b.fromCode) return `This article compares ${occ(a)} with ${occ(b)}.`;
  if (a.fromCode) return `This article compares ${occ(a)} with “${b.input}”, which is compared as ${occ(b)}.`;
  if (b.fromCode) return `“${capitalize(a.input)}” is compared as ${occ(a)}; the other side is ${occ(b)}.`;
  return null;
}

function sameIntro(ctx: Ctx): Block[] {
  const { c, a, b } = ctx;
  const same = c.sameOccupation;
  const kind = same?.kind ?? (c.resolution.a.code === c.resolution.b.code ? 'same_code' : 'same_soc');
  if (kind === 'same_input') {
    return blocks(
      prose([
        `You entered “${a.input}” twice, so there is only one career to describe: ${a.occupation} (${onetRef(a.code)}).`,
        'There is nothing to compare, but the sections below sum up what the official data says about it.',
      ]),
    );
  }
  if (kind === 'same_code') {
    return blocks(
      prose([
        ctx.sameListed
          ? `“${capitalize(said(a))}” and “${said(b)}” lead to the same occupation in the official data: ${a.occupation} (${onetRef(a.code)}).`
          : `careerdiff reads both “${said(a)}” and “${said(b)}” as ${a.occupation} (${onetRef(a.code)}), but O*NET does not list both titles under it: ${c.titles ? readAsOne(c.resolution, c.titles) : ''}`,
        'O*NET and BLS publish one set of duties, requirements, wages and projections for it, so the figures below are the same for both titles and cannot show a difference between them.',
        'Where the data can still tell the two titles apart, for instance through job titles or tasks that use one title’s own words, we say so.',
      ]),
    );
  }
  return blocks(
    prose([
      `“${capitalize(said(a))}” (${a.occupation}, ${onetRef(a.code)}) and “${said(b)}” (${b.occupation}, ${onetRef(b.code)}) are two specialties within one SOC occupation, ${a.soc}.`,
      'BLS publishes wages, employment and projections only for the whole SOC occupation, so those figures are the same for both.',
      'O*NET describes each specialty separately, so its tasks, skills and other ratings can still differ, and those differences are what this article compares.',
    ]),
  );
}

export function intro(ctx: Ctx): Block[] {
  const { c, a, b, pick } = ctx;
  if (ctx.sameBls && (ctx.sameOnet || c.sameOccupation)) return sameIntro(ctx);
  const ga = majorGroup(a.soc);
  const gb = majorGroup(b.soc);
  let family: string | null = null;
  if (ga && gb && ga === gb) {
    family = pick('intro-family', [
      `${capitalize(a.many)} and ${b.many} both belong to the ${ga} group of occupations.`,
      `In the government's occupational classification, ${a.many} and ${b.many} both fall among ${ga} occupations.`,
    ]);
  } else if (ga && gb) {
    family = pick('intro-family', [
      `${capitalize(a.many)} belong to the ${ga} group of occupations, while ${b.many} belong to ${gb}.`,
      `In the government's occupational classification, ${a.many} fall among ${ga} occupations and ${b.many} among ${gb} occupations.`,
    ]);
  }
  const overlap = c.duties.overlap;
  const haveDuties = overlap.dwaCount.a > 0 && overlap.dwaCount.b > 0;
  const o = overlapWords(overlap.dwa);
  const overlapSentence = haveDuties
    ? o === 'not at all'
      ? 'Their day-to-day work does not overlap in the official task data.'
      : `Their day-to-day work overlaps ${o}.`
    : null;
  const cover = `The figures come from ${ONET_IS}, and the Bureau of Labor Statistics (BLS).`;
  const named = comparedAs(ctx);
  return blocks(prose([family, overlapSentence, cover]), named ? para([named]) : null);
}

/** The one place the article says what O*NET is. */
const ONET_IS = "O*NET, the U.S. Department of Labor's occupational database";
