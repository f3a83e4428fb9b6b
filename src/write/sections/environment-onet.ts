/**
 * Work Environment from O*NET Work Context, said in words a reader uses: how people-facing, how physical, and
 * how much runs through email, letters and phone: per group one sentence on its largest difference, with both
 * sides' figures on O*NET's 0–100 scale (one scale per sentence) and the release ("O*NET 24.2, 2020"); every
 * item in a side-by-side table; and a note on figures carried through the O*NET-SOC 2010→2019 crosswalk.
 */
import type { ContextFigure, ContextRow, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import type { Block, TableRow } from '../doc.js';
import { capitalize, joinList } from '../grammar.js';
import { contextSpec } from '../../compare/work-context.js';
import { compareText } from '../../text-compare.js';

const GROUPS: { group: ContextRow['group']; noun: string }[] = [
  { group: 'people', noun: 'working with people' },
  { group: 'physical', noun: 'the physical side of the work' },
  { group: 'communication', noun: 'email, letters and phone' },
];

/** A clear difference on the 0–100 scale, and a large one. */
const CLEAR = 8;
const LARGE = 25;

const n0 = (v: number) => String(Math.round(v));

/** The label most figures carry (printed once); others are marked where they appear. */
function mainLabel(rows: ContextRow[]): string | null {
  const count = new Map<string, number>();
  for (const r of rows)
    for (const f of [r.values.a, r.values.b]) if (f) count.set(f.label, (count.get(f.label) ?? 0) + 1);
  return [...count].sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))[0]?.[0] ?? null;
}

const both = (r: ContextRow): r is ContextRow & { values: { a: ContextFigure; b: ContextFigure } } =>
  r.values.a !== null && r.values.b !== null;

function groupSentence(ctx: Ctx, rows: ContextRow[], noun: string): string | null {
  const main = mainLabel(rows);
  const mark = (f: ContextFigure) => (f.label !== main ? ` (${f.label})` : '');
  if (ctx.sameOnet) {
    const xs = rows.filter((r) => r.values.a);
    if (xs.length === 0) return null;
    const items = xs.map((r) => `${r.label} ${n0(r.values.a!.value)}${mark(r.values.a!)}`);
    return `On ${noun}, O*NET rates the occupation, on a 0–100 scale, ${joinList(items)}${main ? ` (${main})` : ''}.`;
  }
  const xs = rows.filter(both);
  if (xs.length === 0) return null;
  const shownMain = mainLabel(xs);
  const lead = [...xs].sort(
    (r, s) => Math.abs(s.values.a.value - s.values.b.value) - Math.abs(r.values.a.value - r.values.b.value),
  )[0]!;
  const d = lead.values.a.value - lead.values.b.value;
  const verb = contextSpec(lead.elementId)?.verb ?? lead.label;
  const [ms, ls]: [Side, Side] = d > 0 ? ['a', 'b'] : ['b', 'a'];
  const aux = verb.startsWith('are ') ? 'are' : 'do';
  const label = lead.values.a.label === lead.values.b.label ? `, ${lead.values.a.label}` : '';
  const figs = `${n0(lead.values[ms].value)} against ${n0(lead.values[ls].value)} on O*NET's 0–100 scale${label}`;
  if (Math.abs(d) < CLEAR) {
    // "Much alike" needs most of the group rated on both sides; one or two items say too little.
    if (xs.length < Math.max(2, Math.ceil(rows.length / 2))) return null;
    return `On ${noun}, ${ctx.both} are rated much alike: no item differs by ${CLEAR} points or more on O*NET's 0–100 scale${shownMain ? ` (${shownMain})` : ''}.`;
  }
  return `${capitalize(ctx.names(ms).many)} ${verb} ${Math.abs(d) >= LARGE ? 'far more' : 'more'} than ${ctx.names(ls).many} ${aux} (${figs}).`;
}

/** One sentence per group (people-facing, physical, communication). */
export function onetEnvironment(ctx: Ctx): string[] {
  const rows = ctx.c.workEnvironment.onet.context ?? [];
  return GROUPS.flatMap(({ group, noun }) => {
    const s = groupSentence(
      ctx,
      rows.filter((r) => r.group === group),
      noun,
    );
    return s ? [s] : [];
  });
}

/** Says which figures came through the O*NET-SOC 2010→2019 crosswalk, and how. */
export function crosswalkNote(ctx: Ctx): string | null {
  const rows = ctx.c.workEnvironment.onet.context ?? [];
  const out: string[] = [];
  for (const s of (ctx.sameOnet ? ['a'] : ['a', 'b']) as Side[]) {
    const f = rows.map((r) => r.values[s]).find((x) => x?.crosswalk && x.crosswalk !== null);
    if (!f?.crosswalkFrom) continue;
    const who = ctx.names(s).short;
    const codes = joinList(f.crosswalkFrom);
    // The Job Duties importance figures of the same release came through the same mapping: said of them too.
    const acts = (ctx.c.duties.activityImportance ?? []).some((r) => r.importance[s]?.crosswalk === 'merged');
    const which = acts ? 'work-activity and work-context figures' : 'work-context figures';
    if (f.crosswalk === 'merged')
      out.push(
        `In ${f.label}, O*NET rated ${who} as ${f.crosswalkFrom.length} occupations (O*NET-SOC 2010 ${codes}); the ${which} are the mean of their ratings.`,
      );
    else if (f.crosswalk === 'split')
      out.push(
        `The ${f.label} figures for ${who} are those of O*NET-SOC 2010 ${codes}, which O*NET later split into several occupations.`,
      );
    else out.push(`The ${f.label} figures for ${who} were rated under O*NET-SOC 2010 code ${codes}.`);
  }
  return out.length ? out.join(' ') : null;
}

export function onetTable(ctx: Ctx): Block | null {
  const rows = ctx.c.workEnvironment.onet.context ?? [];
  if (rows.length === 0) return null;
  const main = mainLabel(rows);
  const cell = (f: ContextFigure | null) => (f ? `${n0(f.value)}${f.label !== main ? ` (${f.label})` : ''}` : '—');
  const sides: Side[] = ctx.sameOnet ? ['a'] : ['a', 'b'];
  const out: TableRow[] = rows.map((r) => ({
    head: capitalize(r.label),
    cells: sides.map((s) => cell(r.values[s])),
  }));
  return {
    type: 'table',
    cls: 'cd-context',
    caption: `Work context on O*NET's 0–100 scale${main ? ` (${main}; other releases marked)` : ''}`,
    columns: ['Work context', ...(ctx.sameOnet ? ['Both titles'] : [ctx.a.heading, ctx.b.heading])],
    rows: out,
  };
}
