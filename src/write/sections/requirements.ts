/**
 * Job Requirements: BLS Employment Projections' typical entry-level education, work experience and on-the-job
 * training; the most common answer in O*NET's education survey; BLS ORS minimum education, credentials, prior
 * experience, on-the-job training and SVP (requirements-ors.ts); where the sources disagree; O*NET job zones.
 */
import type { Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { capitalize } from '../grammar.js';
import { educationLevel, epEducation, epExperience, epTraining, jobZoneLabel } from '../labels.js';
import { formatPercent } from '../numbers.js';
import { entryBroader } from './keydiff.js';
import { educationAgreement, orsRequirements } from './requirements-ors.js';

function entrySentence(ctx: Ctx, side: Side): string | null {
  const e = ctx.c.requirements.entry[side];
  const n = ctx.blsNames(side);
  if (!e?.education) return null;
  const exp = e.workExperience ? epExperience(e.workExperience) : null;
  const ojt = e.onTheJobTraining ? epTraining(e.onTheJobTraining) : null;
  const broader = entryBroader(ctx, side) ? ` (BLS reports this for the broader group ${e.soc})` : '';
  const extras: string[] = [];
  if (exp) extras.push(`${exp} of work experience in a related occupation`);
  if (ojt) extras.push(ojt);
  const tail =
    extras.length === 2 ? `, plus ${extras[0]} and ${extras[1]}` : extras.length === 1 ? `, plus ${extras[0]}` : '';
  return ctx.pick(`entry-${side}`, [
    `BLS lists ${epEducation(e.education)} as the typical entry-level education for ${n.short}${broader}${tail}.`,
    `For ${n.short}${broader}, BLS gives ${epEducation(e.education)} as the typical entry-level education${tail}.`,
  ]);
}

/** Both sides with the same BLS entry requirements: said once. */
function bothEntrySentence(ctx: Ctx): string | null {
  const e = ctx.c.requirements.entry.a;
  if (!e?.education) return null;
  const exp = e.workExperience ? epExperience(e.workExperience) : null;
  const ojt = e.onTheJobTraining ? epTraining(e.onTheJobTraining) : null;
  const extras = [exp ? `${exp} of work experience in a related occupation` : null, ojt].filter(Boolean);
  return `For both, BLS gives ${epEducation(e.education)} as the typical entry-level education${extras.length ? `, plus ${extras.join(' and ')}` : ''}.`;
}

function surveySentence(ctx: Ctx, side: Side): string | null {
  const ed = ctx.c.requirements.education[side];
  const m = ed?.modal;
  if (!m || !(m.pct > 0)) return null;
  const n = ctx.names(side);
  return `In O*NET's survey of ${n.short}, the most common answer (${formatPercent(m.pct, 0)}) is that the job requires ${educationLevel(m.category, m.label)}.`;
}

function jobZones(ctx: Ctx): string | null {
  const z = ctx.c.requirements.jobZone;
  const { a, b } = ctx;
  if (z.a && z.b) {
    if (ctx.sameOnet) return `O*NET puts the occupation in Job Zone ${z.a.zone} of 5 (${jobZoneLabel(z.a.name)}).`;
    if (z.a.zone === z.b.zone) {
      return `O*NET puts both occupations in Job Zone ${z.a.zone} of 5 (${jobZoneLabel(z.a.name)}).`;
    }
    return `O*NET puts ${a.short} in Job Zone ${z.a.zone} (${jobZoneLabel(z.a.name)}) and ${b.short} in Job Zone ${z.b.zone} (${jobZoneLabel(z.b.name)}), on a scale where 5 means the most preparation.`;
  }
  const one = z.a ? { n: a, v: z.a } : z.b ? { n: b, v: z.b } : null;
  return one ? `O*NET puts ${one.n.short} in Job Zone ${one.v.zone} (${jobZoneLabel(one.v.name)}).` : null;
}

export function requirements(ctx: Ctx): Section {
  const { a, b } = ctx;
  const out: (Block | null)[] = [];
  if (ctx.sameBls && ctx.sameOnet) {
    out.push(prose([entrySentence(ctx, 'a'), jobZones(ctx)]));
    const more = blocks(prose([surveySentence(ctx, 'a')]), prose(orsRequirements(ctx)), prose(educationAgreement(ctx)));
    if (more.length > 0)
      out.push({
        type: 'details',
        summary: "More from O*NET's and BLS's surveys of employers and workers",
        blocks: more,
      });
    if (!ctx.sameInput)
      out.push(
        prose([
          `These requirements apply to ${a.many} and ${b.many} alike; the data does not publish them separately.`,
        ]),
      );
  } else {
    const ea = ctx.c.requirements.entry.a;
    const eb = ctx.c.requirements.entry.b;
    const sameEntry =
      !ctx.sameBls &&
      ea?.education &&
      ea.education === eb?.education &&
      ea.workExperience === eb.workExperience &&
      ea.onTheJobTraining === eb.onTheJobTraining &&
      ea.level === 'detailed' &&
      eb.level === 'detailed';
    const entry = sameEntry
      ? prose([bothEntrySentence(ctx)])
      : prose([entrySentence(ctx, 'a'), ctx.sameBls ? null : entrySentence(ctx, 'b')]);
    out.push(entry, prose([jobZones(ctx)]));
    const more = blocks(
      prose([surveySentence(ctx, 'a'), surveySentence(ctx, 'b')]),
      prose(orsRequirements(ctx)),
      prose(educationAgreement(ctx)),
    );
    if (more.length > 0)
      out.push({
        type: 'details',
        summary: "More from O*NET's and BLS's surveys of employers and workers",
        blocks: more,
      });
    if (!entry && !more.length) {
      out.push(prose([`Neither BLS nor O*NET publishes education requirements for ${a.many} or ${b.many}.`]));
    }
  }
  const body = blocks(...out);
  if (body.length === 0)
    body.push(...blocks(prose([`The data has no requirement figures for ${capitalize(a.many)} or ${b.many}.`])));
  return { id: 'job-requirements', level: 3, heading: 'Job Requirements', blocks: body };
}
