/**
 * The sources footer: every release cited, with its reference period and licence; the attribution text the
 * publishers ask for (docs: /work/shared/data/SOURCES.md); and the gaps in the data for this pair.
 */
import type { DataGap, SourceRef } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, para, prose, type Section } from '../doc.js';
import { capitalize, joinList } from '../grammar.js';

function sourceLine(s: SourceRef): string {
  const dash = (x: string) => x.replace(/[–—]/g, '-');
  const period =
    s.period && !dash(s.title).includes(dash(s.period)) ? `, ${s.period.replace(/(\d{4})-(\d{4})/, '$1–$2')}` : '';
  const third = s.official ? '' : ' Third-party extract of the official data, not an official file.';
  return `${s.title}${period}. ${s.publisher}. ${s.license}.${third}`.replace(/\.\./g, '.');
}

/** Attribution as SOURCES.md asks for it, built from the releases actually cited. */
function attribution(sources: readonly SourceRef[]): string[] {
  const out: string[] = [];
  const onet = sources.find((s) => s.dataset === 'onet');
  if (onet) {
    out.push(
      `This product includes information from the O*NET ${onet.release} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
    );
  }
  const older = [
    ...new Set(
      sources
        .filter((s) => s.dataset.startsWith('onet') && s.official && s.release !== onet?.release)
        .map((s) => s.release),
    ),
  ];
  for (const r of older)
    out.push(`This product also includes information from the O*NET ${r} Database by USDOL/ETA, used under CC BY 4.0.`);
  const oews = [...new Set(sources.filter((s) => s.dataset === 'oews').map((s) => s.period ?? s.release))];
  if (oews.length > 0) {
    out.push(
      `Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${oews[0]}${oews.length > 1 ? ` (and ${joinList(oews.slice(1))})` : ''}.`,
    );
  }
  const ep = sources.find((s) => s.dataset === 'ep');
  if (ep) out.push(`Projections: BLS Employment Projections ${(ep.period ?? ep.release).replace('-', '–')}.`);
  // Named for the survey, not a section: an article may use the ORS for education only (the seed pair does).
  if (sources.some((s) => s.dataset === 'ors'))
    out.push('Occupational requirements: U.S. Bureau of Labor Statistics, Occupational Requirements Survey.');
  const esco = sources.find((s) => s.dataset === 'esco');
  if (esco) out.push(`ESCO: © European Union, ESCO classification ${esco.release}.`);
  return out;
}

/** One gap per `what`: a gap reported for side a and for side b becomes one gap for both. */
export function mergeSides(gaps: readonly DataGap[]): (DataGap & { merged?: boolean })[] {
  const out: (DataGap & { merged?: boolean })[] = [];
  for (const g of gaps) {
    const prev = out.find((x) => x.what === g.what && x.section === g.section);
    if (prev && prev.side !== g.side && prev.side !== 'both' && g.side !== 'both') {
      prev.side = 'both';
      prev.merged = true;
    } else if (!prev) out.push({ ...g });
  }
  return out;
}

/**
 * " for broadcast technicians", " for either occupation" (" for producers and directors" when both titles are
 * that one occupation) or "" (a gap of the data as a whole).
 */
export function gapWho(ctx: Ctx, g: DataGap & { merged?: boolean }): string {
  if (g.merged) return ctx.sameOnet ? ` for ${ctx.a.short}` : ' for either occupation';
  return g.side === 'both' ? '' : ` for ${ctx.names(g.side).short}`;
}

function gapLine(ctx: Ctx, g: DataGap & { merged?: boolean }): string {
  const who = gapWho(ctx, g);
  const reason = g.reason && !g.merged ? `: ${g.reason}` : '';
  return `${capitalize(g.what)}${who}${reason}.`;
}

export function sourcesSection(ctx: Ctx): Section {
  const c = ctx.c;
  const list = [...new Set([...c.sources].sort((x, y) => x.id - y.id).map(sourceLine))].map((l) => [l]);
  const gaps = [...new Set(mergeSides(c.missing).map((g) => gapLine(ctx, g)))];
  const out: (Block | null)[] = [
    prose([
      'The figures in this article come from these releases; the table above gives the reference period of each figure.',
    ]),
    list.length > 0 ? { type: 'ul', items: list, cls: 'cd-sources' } : null,
    ...attribution(c.sources).map((t) => para([t], 'cd-attribution')),
  ];
  if (gaps.length > 0) {
    out.push(prose(['What the data does not cover for this pair:']));
    out.push({ type: 'ul', items: gaps.map((g) => [g]), cls: 'cd-gaps' });
  }
  return { id: 'sources', level: 2, heading: 'Sources', blocks: blocks(...out) };
}
