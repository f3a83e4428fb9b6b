/**
 * Job Duties, strengthened by O*NET Work Activities importance (0–100): "Both coordinate the work of others,
 * but it matters far more for producers and directors: 88 against 41 on O*NET's 0–100 importance scale
 * (O*NET 24.2, 2020)." At most two sentences, on the largest differences; one scale per sentence. Pure.
 */
import type { ActivityImportanceRow, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { capitalize } from '../grammar.js';

/** Verb phrases (after "both") for the work activities of the O*NET OnLine exports, by element id. */
const VERBS: Readonly<Record<string, string>> = {
  '4.A.4.a.5': 'assist and care for others',
  '4.A.4.b.5': 'coach and develop others',
  '4.A.4.a.2': 'communicate with supervisors, peers or subordinates',
  '4.A.3.a.3': 'control machines and processes',
  '4.A.4.b.1': 'coordinate the work of others',
  '4.A.4.b.2': 'build teams',
  '4.A.4.a.4': 'build and keep working relationships',
  '4.A.4.b.4': 'guide, direct and motivate subordinates',
  '4.A.3.a.2': 'handle and move objects',
  '4.A.1.b.2': 'inspect equipment, structures or materials',
  '4.A.3.a.4': 'operate vehicles or mechanized equipment',
  '4.A.4.a.8': 'work directly with the public',
  '4.A.4.b.6': 'give advice to others',
  '4.A.3.b.5': 'repair and maintain electronic equipment',
  '4.A.3.b.4': 'repair and maintain mechanical equipment',
};

/** Importance both sides share ("both … do this"): at least this on 0–100. */
const SHARED = 50;
/** A difference worth a sentence, and one called "far more". */
const CLEAR = 15;
const LARGE = 30;

const n0 = (v: number) => String(Math.round(v));

function sentence(ctx: Ctx, r: ActivityImportanceRow): string | null {
  const fa = r.importance.a;
  const fb = r.importance.b;
  if (!fa || !fb || r.diff === null || Math.abs(r.diff) < CLEAR) return null;
  const [ms, ls]: [Side, Side] = r.diff > 0 ? ['a', 'b'] : ['b', 'a'];
  const hi = r.importance[ms]!;
  const lo = r.importance[ls]!;
  const label = fa.label === fb.label ? ` (${fa.label})` : '';
  // The figures follow a colon, not a parenthesis: a name may end in one ("teaching assistants (except
  // postsecondary)"), and two parentheses in a row read badly.
  const figs = `${n0(hi.value)} against ${n0(lo.value)} on O*NET's 0–100 importance scale${label}`;
  const more = Math.abs(r.diff) >= LARGE ? 'far more' : 'more';
  const verb = VERBS[r.elementId];
  if (verb && lo.value >= SHARED) return `Both ${verb}, but it matters ${more} for ${ctx.names(ms).many}: ${figs}.`;
  return `${capitalize(r.name.toLowerCase())} matters ${more} for ${ctx.names(ms).many} than for ${ctx.names(ls).many}: ${figs}.`;
}

const sharedHigh = (r: ActivityImportanceRow) =>
  r.importance.a !== null && r.importance.b !== null && Math.min(r.importance.a.value, r.importance.b.value) >= SHARED;

/** Up to two sentences on the work activities whose importance differs most. */
export function activityImportance(ctx: Ctx): string[] {
  if (ctx.sameOnet) return [];
  const rows = ctx.c.duties.activityImportance ?? [];
  // First the largest difference in an activity both do a good deal ("both …, but"), then the largest overall.
  const picks = [rows.find((r) => sharedHigh(r) && VERBS[r.elementId]), rows[0]];
  const out: string[] = [];
  for (const r of picks) {
    const s = r ? sentence(ctx, r) : null;
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
