/**
 * Job Duties: how many O*NET detailed work activities each side has and how many are shared, the most
 * central shared ones, and what only one side does. For one occupation twice: that the task list is shared.
 */
import { activityImportance } from './duties-activities.js';
import type { DistinctActivity, Side } from '../../compare/types.js';
import { type Ctx, other } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { joinList, lowerFirst, stripPeriod } from '../grammar.js';
import { formatInt } from '../numbers.js';

/** A DWA title as a verb phrase after a plural subject: "Coordinate activities of production personnel." → "coordinate activities of production personnel". */
export function activityPhrase(title: string): string {
  return lowerFirst(stripPeriod(title));
}

function onlySide(ctx: Ctx, side: Side, acts: DistinctActivity[]): string | null {
  if (acts.length === 0) return null;
  const n = ctx.names(side);
  const o = ctx.names(other(side));
  const list = joinList(acts.slice(0, 3).map((x) => activityPhrase(x.title)));
  // Said as what O*NET's activity lists show, which is what the data supports: a link O*NET did not make is not
  // proof that the other job never does it ("Welders, unlike machinists, maintain safety" claimed too much).
  return ctx.pick(`only-${side}`, [
    `In O*NET's activity lists, only ${n.many} ${list}.`,
    `By O*NET's activity lists, ${n.many}, unlike ${o.many}, ${list}.`,
    `What sets ${n.many} apart in O*NET's activity lists is that they ${list}.`,
  ]);
}

export function duties(ctx: Ctx): Section {
  const { c, a, b } = ctx;
  const d = c.duties;
  const out: (Block | null)[] = [];
  if (ctx.sameOnet) {
    out.push(
      prose([
        ctx.sameInput
          ? 'Both titles share one O*NET task list, so there are no differences in duties to report.'
          : `Because both titles are the same occupation in O*NET, they share one task list, and the data cannot separate the duties of ${a.many} from those of ${b.many}.`,
        ctx.sameInput ||
        !ctx.c.sameOccupation ||
        (['a', 'b'] as const).every((s) => ctx.c.sameOccupation!.distinctions[s].tasks.length === 0)
          ? null
          : 'Tasks that use a word only one of the titles holds are listed above.',
      ]),
    );
    return { id: 'job-duties', level: 3, heading: 'Job Duties', blocks: blocks(...out) };
  }
  const ov = d.overlap;
  const missingSide: Side[] = (['a', 'b'] as const).filter((s) => ov.taskCount[s] === 0 || ov.dwaCount[s] === 0);
  if (missingSide.length > 0) {
    out.push(
      prose(
        missingSide.map(
          (s) =>
            `O*NET links no detailed work activities to the tasks of ${ctx.names(s).short}, so the duties of ${ctx.names(s).many} cannot be compared activity by activity.`,
        ),
      ),
    );
  } else {
    const counts = `O*NET links ${formatInt(ov.dwaCount.a)} detailed work activities to ${a.short} and ${formatInt(ov.dwaCount.b)} to ${b.short}`;
    const shared =
      ov.sharedDwaCount === 0
        ? `${counts}, and none of them appears on both lists.`
        : ov.sharedDwaCount === 1
          ? `${counts}; one appears on both lists.`
          : `${counts}; ${formatInt(ov.sharedDwaCount)} appear on both lists.`;
    // No filler lead ("share some duties, but there are also differences"): the counts say how much is shared.
    out.push(prose([shared]));
    const top = d.sharedActivities.slice(0, 3).map((x) => activityPhrase(x.title));
    if (top.length > 0) {
      out.push(
        prose([
          ctx.pick('duties-shared', [
            `Both ${a.many} and ${b.many} ${joinList(top)}.`,
            `In both jobs, workers ${joinList(top)}.`,
          ]),
        ]),
      );
    }
    out.push(prose([onlySide(ctx, 'a', d.distinctActivities.a)]));
    out.push(
      prose([
        onlySide(ctx, 'b', d.distinctActivities.b),
        d.distinctActivities.a.length === 0 && d.distinctActivities.b.length === 0
          ? // Not "neither lacks anything": the lists may share no DWA, yet each activity has a counterpart.
            "Each job's activities have a close counterpart in the other's O*NET data (a related activity, a task or a comparable activity rating), so none is set apart here as only one job's."
          : null,
      ]),
    );
  }
  out.push(prose(activityImportance(ctx)));
  return { id: 'job-duties', level: 3, heading: 'Job Duties', blocks: blocks(...out) };
}
