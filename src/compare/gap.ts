/**
 * The directional gap: what someone in one occupation must add to move to the other — skills, knowledge and
 * abilities where the destination's level is higher, the job-zone and education step, technologies and
 * central work activities the origin lacks. A→B and B→A differ. Pure.
 */
import type { OnetProfile } from '../store/profile.js';
import type { CompareOptions } from './config.js';
import { elementGaps } from './elements.js';
import type { Duties, Gap, Side, SkillsSection, Step } from './types.js';

function step(from: number | null, to: number | null, fromLabel: string | null, toLabel: string | null): Step {
  return { from, to, step: from !== null && to !== null ? to - from : null, fromLabel, toLabel };
}

export function directionalGap(
  from: Side,
  p: Record<Side, OnetProfile>,
  skills: SkillsSection,
  duties: Duties,
  o: CompareOptions,
): Gap {
  const to: Side = from === 'a' ? 'b' : 'a';
  const f = p[from];
  const t = p[to];
  const modal = (x: OnetProfile) => {
    let best: { category: number; label: string; pct: number } | null = null;
    for (const c of x.education?.categories ?? []) if (!best || c.pct > best.pct) best = c;
    return best;
  };
  const ef = modal(f);
  const et = modal(t);
  return {
    from,
    to,
    skills: elementGaps(skills.skills, to, o),
    knowledge: elementGaps(skills.knowledge, to, o),
    abilities: elementGaps(skills.abilities, to, o),
    jobZone: step(f.jobZone?.zone ?? null, t.jobZone?.zone ?? null, f.jobZone?.name ?? null, t.jobZone?.name ?? null),
    education: step(ef?.category ?? null, et?.category ?? null, ef?.label ?? null, et?.label ?? null),
    technologies: skills.technology.distinct[to],
    activities: duties.distinctActivities[to],
  };
}
