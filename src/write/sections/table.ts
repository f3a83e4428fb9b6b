/**
 * Key figures: one compact table with the main numbers side by side and the source and reference period of
 * each row. Rows with nothing on either side are left out; identical BLS figures get one column, not two.
 */
import type { Side } from '../../compare/types.js';
import { type Ctx, shortCite } from '../context.js';
import type { Block, Section, TableRow } from '../doc.js';
import { formatInt, formatSignedPercent, formatThousands } from '../numbers.js';
import { entryBroader } from './keydiff.js';
import { wageText } from './salary.js';

const NONE = 'not published';

interface Spec {
  head: string;
  /** Cell text per side, null when there is nothing. */
  value: (s: Side) => string | null;
  source: (s: Side) => number | null | undefined;
  /** BLS row (identical for one SOC code) or O*NET row (identical for one O*NET-SOC code). */
  kind: 'bls' | 'onet';
  /** The figure is published for a broader SOC group than the occupation's own code. */
  broader?: (s: Side) => boolean;
}

function specs(ctx: Ctx): Spec[] {
  const c = ctx.c;
  const w = (s: Side) => c.salary.wages[s];
  const p = (s: Side) => c.outlook.projections[s];
  const e = (s: Side) => c.requirements.entry[s];
  const period = w('a')?.period ?? w('b')?.period ?? '';
  const proj = p('a')?.period ?? p('b')?.period ?? '';
  const projSpan = proj.replace(/-/, '–');
  return [
    {
      head: 'Compared as (O*NET occupation)',
      value: (s) => `${c.resolution[s].title} (${c.resolution[s].code})`,
      source: (s) => c.summary[s].sourceIds[0],
      kind: 'onet',
    },
    {
      head: `Median annual wage${period ? `, ${period}` : ''}`,
      value: (s) => wageText(w(s)?.annual.median, 'annual'),
      source: (s) => w(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(w(s)?.broader),
    },
    {
      head: 'Mean annual wage',
      value: (s) => wageText(w(s)?.annual.mean, 'annual'),
      source: (s) => w(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(w(s)?.broader),
    },
    {
      head: 'Median hourly wage',
      value: (s) => wageText(w(s)?.hourly.median, 'hourly'),
      source: (s) => w(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(w(s)?.broader),
    },
    {
      head: 'Annual wage, 10th to 90th percentile',
      value: (s) => {
        const lo = wageText(w(s)?.annual.p10, 'annual');
        const hi = wageText(w(s)?.annual.p90, 'annual');
        return lo && hi ? `${lo} to ${hi}` : null;
      },
      source: (s) => w(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(w(s)?.broader),
    },
    {
      head: 'Employment',
      value: (s) => {
        const f = w(s)?.employment;
        return f && f.status === 'ok' && typeof f.value === 'number' ? formatInt(f.value) : null;
      },
      source: (s) => w(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(w(s)?.broader),
    },
    {
      head: `Projected employment change${projSpan ? `, ${projSpan}` : ''}`,
      value: (s) => {
        const v = p(s)?.changePercent;
        return typeof v === 'number' ? formatSignedPercent(v) : null;
      },
      source: (s) => p(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(p(s)?.broader),
    },
    {
      head: 'Openings a year (average)',
      value: (s) => {
        const v = p(s)?.openingsThousands;
        return typeof v === 'number' ? formatThousands(v) : null;
      },
      source: (s) => p(s)?.sourceId,
      kind: 'bls',
      broader: (s) => Boolean(p(s)?.broader),
    },
    {
      head: 'Typical entry-level education',
      value: (s) => {
        return e(s)?.education ?? null;
      },
      source: (s) => e(s)?.sourceId,
      kind: 'bls',
      broader: (s) => entryBroader(ctx, s),
    },
    {
      head: 'Work experience in a related occupation',
      value: (s) => e(s)?.workExperience ?? null,
      source: (s) => e(s)?.sourceId,
      kind: 'bls',
      broader: (s) => entryBroader(ctx, s),
    },
    {
      head: 'Typical on-the-job training',
      value: (s) => e(s)?.onTheJobTraining ?? null,
      source: (s) => e(s)?.sourceId,
      kind: 'bls',
      broader: (s) => entryBroader(ctx, s),
    },
    {
      head: 'O*NET job zone (1 to 5)',
      value: (s) => {
        const z = c.requirements.jobZone[s];
        return z ? String(z.zone) : null;
      },
      source: (s) => c.requirements.jobZone[s]?.sourceId,
      kind: 'onet',
    },
  ];
}

function sourceCell(ctx: Ctx, spec: Spec, single: boolean): string {
  const ids = single ? [spec.source('a') ?? spec.source('b')] : [spec.source('a'), spec.source('b')];
  const cites = [...new Set(ids.map((id) => shortCite(ctx, id)).filter((x): x is string => Boolean(x)))];
  return cites.join('; ') || NONE;
}

export function keyFigures(ctx: Ctx): Section {
  const rows: TableRow[] = [];
  const singleAll = ctx.sameBls && ctx.sameOnet;
  for (const spec of specs(ctx)) {
    const mark = (s: Side, v: string | null) => (v !== null && spec.broader?.(s) ? `${v} (broader group)` : v);
    const va = mark('a', spec.value('a'));
    const vb = mark('b', spec.value('b'));
    if (va === null && vb === null) continue;
    const identical = spec.kind === 'bls' ? ctx.sameBls : ctx.sameOnet;
    if (singleAll) {
      rows.push({ head: spec.head, cells: [va ?? vb ?? NONE, sourceCell(ctx, spec, true)] });
    } else if (ctx.sameBls && identical) {
      rows.push({ head: spec.head, cells: [`${va ?? NONE} (both)`, '', sourceCell(ctx, spec, true)] });
    } else {
      rows.push({ head: spec.head, cells: [va ?? NONE, vb ?? NONE, sourceCell(ctx, spec, false)] });
    }
  }
  const columns = singleAll ? ['Figure', 'Both titles', 'Source'] : ['Figure', ctx.a.heading, ctx.b.heading, 'Source'];
  const table: Block = {
    type: 'table',
    cls: 'cd-key-figures',
    caption: singleAll ? `Key figures for ${ctx.a.occupation}` : `Key figures: ${ctx.a.heading} vs. ${ctx.b.heading}`,
    columns,
    rows,
  };
  return { id: 'key-figures', level: 2, heading: 'Key Figures', blocks: [table] };
}
