/**
 * Assembles the article from its sections in the seed's order: title, dek, intro, "What Is an X?", "What Is
 * a Y?", "X vs. Y" (Job Duties, Job Requirements, Work Environment, Skills, Salary, Outlook, How Similar Are
 * They?, Moving From X to Y and back), Key Figures, Sources.
 */
import type { Comparison } from '../compare/types.js';
import { type Ctx, makeCtx } from './context.js';
import { type Article, prose, type Section } from './doc.js';
import { withArticle } from './grammar.js';
import { formatMoney } from './numbers.js';
import { duties } from './sections/duties.js';
import { environment } from './sections/environment.js';
import { faqSection, faqs } from './sections/faq.js';
import { keyDifferences } from './sections/keydiff.js';
import { dek, intro, title } from './sections/intro.js';
import { outlook } from './sections/outlook.js';
import { requirements } from './sections/requirements.js';
import { salary } from './sections/salary.js';
import { moving, similarity } from './sections/similarity.js';
import { skills } from './sections/skills.js';
import { sourcesSection } from './sections/sources.js';
import { keyFigures } from './sections/table.js';
import { whatIs } from './sections/whatis.js';

function versusLead(ctx: Ctx): string {
  const { a, b } = ctx;
  if (ctx.sameInput) return 'Because there is only one occupation, the sections below describe it once.';
  if (ctx.sameOnet) {
    return `Because both titles are one occupation in the data, the sections below describe that occupation once and point out what, if anything, still sets the titles apart.`;
  }
  const x = a.oneWithArticle ?? a.many;
  const y = b.oneWithArticle ?? b.many;
  return ctx.pick('vs-lead', [
    `Here are the main differences between ${x} and ${y}.`,
    `Here is how ${x} and ${y} compare, section by section.`,
  ]);
}

/** A one- or two-sentence summary for meta description tags. */
function description(ctx: Ctx): string {
  const { a, b, c } = ctx;
  const wa = c.salary.wages.a?.annual.median;
  const wb = c.salary.wages.b?.annual.median;
  const period = c.salary.wages.a?.period;
  const base = ctx.sameOnet
    ? `${withArticle(a.heading)} and ${withArticle(b.heading)} ${ctx.sameListed ? 'are the same occupation in the official data' : 'are read here as the same occupation'} (${a.occupation}).`
    : `${a.heading} vs. ${b.heading}: job duties, requirements, work environment, skills, salary and outlook compared with O*NET and BLS data.`;
  const pay =
    !ctx.sameBls &&
    wa?.status === 'ok' &&
    wb?.status === 'ok' &&
    typeof wa.value === 'number' &&
    typeof wb.value === 'number' &&
    period
      ? ` Median annual wage (${period}): ${formatMoney(wa.value)} vs. ${formatMoney(wb.value)}.`
      : '';
  return (base.charAt(0).toUpperCase() + base.slice(1) + pay).replace(/\s+/g, ' ').trim();
}

export function buildArticle(c: Comparison): Article {
  const ctx = makeCtx(c);
  const faq = faqs(ctx);
  const versus: Section = {
    id: 'versus',
    level: 2,
    heading: ctx.sameOnet
      ? ctx.sameInput
        ? 'What the Data Says'
        : 'One Occupation, Section by Section'
      : `${ctx.a.heading} vs. ${ctx.b.heading}`,
    blocks: ctx.sameOnet ? [prose([versusLead(ctx)])!] : [],
    sections: [
      duties(ctx),
      requirements(ctx),
      environment(ctx),
      skills(ctx),
      salary(ctx),
      outlook(ctx),
      similarity(ctx),
      ...moving(ctx),
    ].filter((s) => s.blocks.length > 0),
  };
  const faqPart = faqSection(faq);
  return {
    title: title(ctx),
    dek: dek(ctx),
    keyDifferences: keyDifferences(ctx),
    description: description(ctx),
    intro: intro(ctx),
    sections: [
      whatIs(ctx, 'a'),
      ...(ctx.sameInput ? [] : [whatIs(ctx, 'b')]),
      versus,
      keyFigures(ctx),
      ...(faqPart ? [faqPart] : []),
      sourcesSection(ctx),
    ],
    faq,
  };
}
