/**
 * Links every O*NET occupation to the OEWS and EP row that serves it, per period: the smallest published group
 * that contains it: its own SOC code if BLS publishes it, else the OEWS/EP-specific aggregate it belongs to
 * (e.g. 25-9045, inferred from the SOC structure, src/ingest/bls/soc.ts), else its broad group (or the
 * aggregate OEWS/EP publish instead, e.g. 13-1020), else its minor, else its major group. Runs after the O*NET occupations and the BLS tables are in; settles the sections
 * 'wages', 'wages_prior' and 'projections' (partial when some occupations have no figure at all).
 */
import type { IngestContext } from '../context.js';
import type { Ingester } from '../ingester.js';
import { inferAggregates, type SocLevel, socCandidates } from './soc.js';

interface Target {
  dataset: 'oews' | 'ep';
  period: string;
  section: string | null;
  what: string;
  rows: number;
  socs: Set<string>;
}

interface LinkStats {
  dataset: string;
  period: string;
  levels: Record<SocLevel, number>;
  unlinked: string[];
}

function targets(ctx: IngestContext): Target[] {
  const out: Target[] = [];
  const socsOf = (sql: string, period: string) =>
    new Set((ctx.db.prepare(sql).pluck().all(period) as string[]).filter((s) => s !== '00-0000'));
  const oews = ctx.db.prepare('SELECT period, rows FROM oews_releases ORDER BY year DESC').all() as {
    period: string;
    rows: number;
  }[];
  oews.forEach(({ period, rows }, i) => {
    out.push({
      dataset: 'oews',
      period,
      section: i === 0 ? 'wages' : i === 1 ? 'wages_prior' : null,
      what: 'OEWS wages',
      rows,
      socs: socsOf('SELECT DISTINCT soc FROM oews WHERE period = ?', period),
    });
  });
  const ep = ctx.db
    .prepare('SELECT period, COUNT(*) AS rows FROM projections GROUP BY period ORDER BY period DESC')
    .all() as { period: string; rows: number }[];
  ep.forEach(({ period, rows }, i) => {
    out.push({
      dataset: 'ep',
      period,
      section: i === 0 ? 'projections' : null,
      what: 'Employment Projections',
      rows,
      socs: socsOf('SELECT soc FROM projections WHERE period = ?', period),
    });
  });
  return out;
}

/** Links all occupations; returns what it did per dataset and period (also used by tests and the report). */
function linkOccupations(ctx: IngestContext): LinkStats[] {
  const occs = ctx.db.prepare('SELECT code, soc FROM occupations ORDER BY code').all() as {
    code: string;
    soc: string;
  }[];
  const insert = ctx.db.prepare('INSERT INTO soc_links (occ_code, dataset, period, soc, level) VALUES (?, ?, ?, ?, ?)');
  const stats: LinkStats[] = [];
  for (const t of targets(ctx)) {
    const s: LinkStats = {
      dataset: t.dataset,
      period: t.period,
      levels: { detailed: 0, aggregate: 0, broad: 0, minor: 0, major: 0 },
      unlinked: [],
    };
    const aggregates = inferAggregates(
      occs.map((o) => o.soc),
      t.socs,
    );
    for (const occ of occs) {
      const hit = socCandidates(occ.soc, aggregates.get(occ.soc)).find((c) => t.socs.has(c.soc));
      if (!hit) {
        s.unlinked.push(occ.code);
        continue;
      }
      insert.run(occ.code, t.dataset, t.period, hit.soc, hit.level);
      s.levels[hit.level]++;
    }
    const linked = occs.length - s.unlinked.length;
    ctx.count('soc_links', linked);
    const levels = Object.entries(s.levels)
      .filter(([l, n]) => l !== 'aggregate' || n > 0)
      .map(([l, n]) => `${n} ${l}`)
      .join(', ');
    const missing = s.unlinked.length;
    if (missing > 0) {
      const eg = s.unlinked.slice(0, 5).join(', ') + (missing > 5 ? ', …' : '');
      ctx.warn(`${missing} O*NET occupations have no ${t.what} (${t.period}) at any SOC level (${eg})`);
    }
    if (t.section) {
      const note =
        (missing > 0
          ? `${missing} of ${occs.length} occupations without ${t.what}`
          : `all ${occs.length} occupations`) + ` (${t.period}; linked: ${levels})`;
      ctx.section(t.section, missing > 0 ? 'partial' : 'ok', t.rows, note);
    }
    stats.push(s);
  }
  return stats;
}

export const socLinksIngester: Ingester = {
  name: 'SOC links',
  run(ctx) {
    const n = ctx.db.prepare('SELECT COUNT(*) FROM occupations').pluck().get() as number;
    if (n === 0) {
      ctx.warn('no O*NET occupations in the store; nothing to link BLS figures to');
      return;
    }
    linkOccupations(ctx);
  },
};
