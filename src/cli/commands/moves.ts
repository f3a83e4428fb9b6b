/**
 * careerdiff moves: the career moves within reach of one occupation (sorted and filtered like the website's
 * moves page), or with --to the routes from it to another occupation. careerdiff lineup: three or four careers
 * side by side. Text on a terminal, the API's JSON with --json.
 */
import { createEngine } from '../../engine/engine.js';
import type { Engine } from '../../engine/types.js';
import { usageError } from '../../errors.js';
import { lineup } from '../../moves/lineup.js';
import { emptyMovesReason, movesFrom, movesQuery } from '../../moves/moves.js';
import { routes } from '../../moves/routes.js';
import type { LineupEntry, Move, MovesResult, Pay, RoutesResult } from '../../moves/types.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';
import { pickOccupation } from '../resolve-one.js';
import { storeFor } from '../store.js';
import { formatDecimal } from '../../number-format.js';

const money = (n: number) => `$${formatDecimal(Math.round(n))}`;

function payText(p: Pay | null): string {
  if (!p) return 'no OEWS figure';
  if (p.status === 'top_coded' && p.topCode !== null) return `${money(p.topCode)}+ a year`;
  if (p.median !== null) return `${money(p.median)} a year`;
  if (p.hourlyMedian !== null) return `$${p.hourlyMedian.toFixed(2)} an hour`;
  return 'not published';
}

/** " [BLS figures for Registered Nurses, 29-1141]" when a figure is a broader group's or a shared SOC code's. */
const shared = (code: string, f: { broader: boolean; blsTitle: string; soc: string } | null) =>
  f && (f.broader || !code.endsWith('.00')) ? ` [BLS figures for ${f.blsTitle}, ${f.soc}]` : '';

function moveLines(m: Move, indent = '     '): string[] {
  const c = m.pay.change;
  const pay = `${payText(m.pay.to)}${shared(m.code, m.pay.to)}${c?.sameFigures ? ' (same BLS figures)' : c ? ` (${c.atLeast ? 'at least ' : ''}${c.dollars >= 0 ? '+' : '-'}${money(Math.abs(c.dollars))})` : ''}`;
  const o = m.outlook;
  const outlook =
    o && o.changePercent !== null
      ? `${o.changePercent > 0 ? '+' : ''}${o.changePercent.toFixed(1)}% by ${o.period.slice(-4)}${o.openingsThousands !== null ? `, ${formatDecimal(Math.round(o.openingsThousands * 1000))} openings/yr` : ''}${shared(m.code, o)}`
      : 'no projection';
  const build = [...m.gap.skills, ...m.gap.knowledge].map((b) => `${b.name} ${b.from.toFixed(1)}→${b.to.toFixed(1)}`);
  const z = m.gap.jobZone;
  const e = m.gap.education;
  const lines = [
    `similarity ${m.similarity === null ? '—' : m.similarity.toFixed(2)}, skill gap ${m.gap.score === null ? '—' : m.gap.score.toFixed(2)}; pay ${pay}; outlook ${outlook}`,
    `job zone ${z.from ?? '?'}→${z.to ?? '?'}; education ${e.step !== null && e.step > 0 ? `UP: ${e.from} → ${e.to}` : (e.to ?? 'unknown')}`,
  ];
  if (build.length) lines.push(`to build: ${build.join(', ')}`);
  if (m.gap.newActivities.length)
    lines.push(`new activities: ${m.gap.newActivities.map((a) => a.title.replace(/\.$/, '')).join('; ')}`);
  return lines.map((l) => `${indent}${l}`);
}

function movesText(r: MovesResult, sources: string[], empty: string): string {
  const q = r.query;
  const filters = [q.noMoreSchooling ? 'no more schooling' : '', q.paysMore ? 'pays more' : ''].filter(Boolean);
  const out = [
    `Career moves from ${r.code} ${r.title} — sorted by ${q.sort}${filters.length ? `; ${filters.join(', ')}` : ''}`,
    `${r.counts.withinReach} of the ${r.counts.considered} most similar occupations are within reach${filters.length ? `, ${r.counts.afterFilters} after filters` : ''}.`,
    '',
  ];
  r.moves.forEach((m, i) => {
    out.push(`${String(i + 1).padStart(3)}. ${m.code}  ${m.title}`, ...moveLines(m), '');
  });
  if (r.moves.length === 0) out.push(empty, '');
  out.push(`Within reach: ${r.threshold.explanation}`, '', `Sources: ${sources.join('; ')}`);
  return out.join('\n');
}

function routesText(r: RoutesResult, sources: string[]): string {
  const out = [`From ${r.from.code} ${r.from.title} to ${r.to.code} ${r.to.title}:`, ''];
  if (r.status === 'same') out.push('The same occupation.');
  else if (r.status === 'direct') out.push('Within reach in one move.', ...moveLines(r.direct, '  '));
  else {
    out.push(`The direct move is out of reach: ${r.direct.outOfReach.join('; ')}.`);
    if (r.status === 'none')
      out.push(`No route stays within reach, directly or through up to ${r.maxIntermediates} other occupations.`);
    r.routes.forEach((route, i) => {
      out.push('', `Route ${i + 1} (total skill gap ${route.totalGap.toFixed(2)}):`);
      for (const s of route.steps) out.push(`  → ${s.code} ${s.title}`, ...moveLines(s));
    });
  }
  out.push('', `Within reach: ${r.threshold.explanation}`, '', `Sources: ${sources.join('; ')}`);
  return out.join('\n');
}

function lineupText(entries: LineupEntry[], sources: string[]): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(
      `${e.code}  ${e.title}`,
      `  median pay ${payText(e.pay)}; job zone ${e.jobZone ?? '?'}; entry education ${e.outlook?.entryEducation ?? '—'}`,
      `  outlook ${e.outlook?.changePercent != null ? `${e.outlook.changePercent > 0 ? '+' : ''}${e.outlook.changePercent.toFixed(1)}% by 2034` : '—'}${e.outlook?.openingsThousands != null ? `, ${formatDecimal(Math.round(e.outlook.openingsThousands * 1000))} openings/yr` : ''}`,
      ...e.environment.map((x) => `  ${x.label}: ${x.value === null ? (x.belowThreshold ?? '—') : `${x.value}%`}`),
      `  top skills: ${e.topSkills.map((s) => s.name).join(', ') || '—'}`,
      '',
    );
  }
  out.push(`Sources: ${sources.join('; ')}`);
  return out.join('\n');
}

function citations(engine: Engine, ids: number[]): string[] {
  const all = new Map(engine.sources().map((s) => [s.id, s]));
  return [
    ...new Set(
      ids.flatMap((id) => {
        const s = all.get(id);
        return s ? [`${s.title}${s.period && !s.title.includes(s.period) ? ` (${s.period})` : ''}`] : [];
      }),
    ),
  ];
}

export const movesCommand: Command = {
  name: 'moves',
  summary: 'Career moves within reach of one occupation, or routes to another (--to)',
  usage:
    '<code|title> [--sort gap|pay|outlook] [--no-more-schooling] [--pays-more] [--limit N] [--to <code|title>] [--json] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff moves "registered nurse"',
    'careerdiff moves 43-4051.00 --sort pay --no-more-schooling',
    'careerdiff moves "production assistant" --to "producer"',
    'careerdiff moves 29-1141.00 --pays-more --json',
  ],
  options: {
    ...STORE_OPTIONS,
    sort: { type: 'string' },
    'no-more-schooling': { type: 'boolean' },
    'pays-more': { type: 'boolean' },
    limit: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io }) {
    const limitText = str(values.limit);
    if (limitText !== undefined && !/^\d{1,4}$/.test(limitText))
      throw usageError('--limit must be a positive whole number', 'limit');
    const q = movesQuery({
      sort: str(values.sort) ?? 'gap',
      noMoreSchooling: values['no-more-schooling'] === true,
      paysMore: values['pays-more'] === true,
      ...(limitText !== undefined ? { limit: Number(limitText) } : {}),
    });
    const toText = str(values.to);
    if (toText !== undefined && (values.sort !== undefined || values['no-more-schooling'] || values['pays-more']))
      throw usageError('--sort, --no-more-schooling and --pays-more list moves; they do not go with --to', 'to');
    const db = await storeFor({ values, positionals, io });
    try {
      const engine = createEngine(db);
      const from = pickOccupation(engine, positionals[0]!).code;
      const data = engine.moves();
      if (toText !== undefined) {
        const r = routes(data, from, pickOccupation(engine, toText).code);
        io.stdout.write(
          values.json === true
            ? `${JSON.stringify(r, null, 2)}\n`
            : `${routesText(r, citations(engine, r.sourceIds))}\n`,
        );
        return 0;
      }
      const r = movesFrom(data, from, q);
      io.stdout.write(
        values.json === true
          ? `${JSON.stringify(r, null, 2)}\n`
          : `${movesText(r, citations(engine, r.sourceIds), emptyMovesReason(data, r))}\n`,
      );
      return 0;
    } finally {
      db.close();
    }
  },
};

export const lineupCommand: Command = {
  name: 'lineup',
  summary: 'Three or four careers side by side: pay, education, outlook, work environment, top skills',
  usage: '<A> <B> <C> [<D>] [--json] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff lineup "registered nurse" "licensed practical nurse" "medical assistant"',
    'careerdiff lineup 15-1252.00 15-1253.00 15-1211.00 15-1212.00 --json',
  ],
  options: { ...STORE_OPTIONS, json: { type: 'boolean' } },
  positionals: { min: 3, max: 4 },
  async run({ values, positionals, io }) {
    const db = await storeFor({ values, positionals, io });
    try {
      const engine = createEngine(db);
      const codes = positionals.map((p) => pickOccupation(engine, p).code);
      const l = lineup(engine.moves(), codes);
      io.stdout.write(
        values.json === true
          ? `${JSON.stringify(l, null, 2)}\n`
          : `${lineupText(l.entries, citations(engine, l.sourceIds))}\n`,
      );
      return 0;
    } finally {
      db.close();
    }
  },
};
