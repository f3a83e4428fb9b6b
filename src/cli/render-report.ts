/** Plain-text rendering of an occupation report for `careerdiff show` on a terminal. */
import { renderWorkContext } from './render-context.js';
import type { OccupationReport } from '../store/report.js';
import type { Item } from '../store/ors.js';
import { citation } from '../store/sources.js';
import type { Distribution } from '../store/profile.js';
import { formatDecimal } from '../number-format.js';

const usd = (n: number | null | undefined) =>
  n === null || n === undefined ? null : `$${formatDecimal(Math.round(n))}`;
const int = (n: number) => formatDecimal(Math.round(n));

function wrap(text: string, indent = '  ', width = 100): string {
  const out: string[] = [];
  let line = indent;
  for (const w of text.split(/\s+/)) {
    if (line.length + w.length + 1 > width && line.trim() !== '') {
      out.push(line.trimEnd());
      line = indent;
    }
    line += `${w} `;
  }
  if (line.trim() !== '') out.push(line.trimEnd());
  return out.join('\n');
}

function distribution(d: Distribution | null, top = 4): string {
  if (!d) return '  (not published)';
  return [...d.categories]
    .sort((a, b) => b.pct - a.pct)
    .slice(0, top)
    .map((c) => `  ${c.pct.toFixed(1).padStart(5)}%  ${c.label}`)
    .join('\n');
}

function pct(item: Item): string | null {
  if (!item) return null;
  if (item.value === null) return item.belowThreshold ?? null;
  return `${item.value}${item.unit.startsWith('percent') ? '%' : ` ${item.unit}`}`;
}

export function renderReport(r: OccupationReport, opts: { note?: string } = {}): string {
  const { onet } = r;
  const o = onet.occupation;
  const src = new Map(r.sources.map((s) => [s.id, s]));
  const cite = (id: number) => {
    const s = src.get(id);
    return s ? `[${citation(s)}]` : '';
  };
  const out: string[] = [`${o.title} (O*NET-SOC ${o.code})`, ''];
  if (opts.note) out.push(`  ${opts.note}`, '');
  out.push(wrap(o.description), '');

  out.push(`Tasks (${onet.tasks.length}; core first) ${cite(o.sourceId)}`);
  for (const t of onet.tasks.slice(0, 10))
    out.push(wrap(`${t.type === 'Core' ? '•' : '◦'} ${t.text}`, '  ').replace(/^ {2}/, '  '));
  out.push('', 'Detailed work activities (by share of tasks)');
  for (const a of onet.activities.slice(0, 8)) out.push(`  ${(a.weight * 100).toFixed(0).padStart(3)}%  ${a.title}`);

  if (onet.jobZone) {
    const z = onet.jobZone;
    out.push('', `Job zone ${z.zone}: ${z.name.replace(/^Job Zone \w+: /, '')} ${cite(z.sourceId)}`, wrap(z.education));
  }
  out.push(
    '',
    `Education (share of workers, ${onet.education ? cite(onet.education.sourceId) : ''})`,
    distribution(onet.education),
  );
  const p = r.projections;
  if (p) {
    out.push(
      '',
      `Typical entry: ${p.entryEducation ?? 'not published'}; experience: ${p.workExperience ?? 'n/a'}; training: ${p.ojt ?? 'n/a'} [BLS EP ${p.period}]`,
    );
  }

  const tech = onet.technology;
  if (tech.length) {
    out.push('', `Technology (${tech.length}; * = hot technology)`);
    out.push(
      wrap(
        tech
          .slice(0, 16)
          .map((t) => `${t.example}${t.hot ? '*' : ''}`)
          .join(', '),
      ),
    );
  }
  const rated = (label: string, list: typeof onet.skills) => {
    if (list.length === 0) return;
    out.push(
      '',
      // The newest release behind a rating may be the derived extract, which has levels only: its importance
      // comes from O*NET's own rating files (29.0 here), so the label says so instead of crediting the extract.
      list[0]!.official
        ? `${label} (importance 1–5, level 0–7, O*NET ${list[0]!.release})`
        : `${label} (importance 1–5 from O*NET's rating files; level 0–7 from the O*NET ${list[0]!.release} derived extract where it has one)`,
    );
    for (const e of list.slice(0, 8))
      out.push(`  ${(e.importance ?? 0).toFixed(2)}  ${e.level === null ? '    ' : e.level.toFixed(2)}  ${e.name}`);
  };
  rated('Top skills', onet.skills);
  rated('Top knowledge', onet.knowledge);
  if (onet.workStyles.length)
    out.push(
      '',
      'Work styles',
      wrap(
        onet.workStyles
          .slice(0, 6)
          .map((w) => w.name)
          .join(', '),
      ),
    );
  if (onet.interests.length)
    out.push(
      '',
      'Interests (RIASEC)',
      wrap(
        onet.interests
          .slice(0, 3)
          .map((i) => `${i.name} ${i.value.toFixed(2)}`)
          .join(', '),
      ),
    );

  out.push('');
  const w = r.wages[0];
  if (w) {
    const group = w.level === 'detailed' ? '' : ` — figures of the broader group ${w.soc} ${w.title}`;
    const a = w.annual;
    const f = (k: keyof typeof a) =>
      usd(a[k]) ?? (w.flags[`annual.${k}`] ? `(${w.flags[`annual.${k}`]!.meaning})` : 'n/a');
    out.push(`Wages, ${w.period} (BLS OEWS, U.S.${group})`);
    out.push(
      `  median ${f('median')}; mean ${f('mean')}; 10th ${f('p10')}; 25th ${f('p25')}; 75th ${f('p75')}; 90th ${f('p90')}`,
    );
    out.push(`  employment ${w.employment === null ? 'not published' : int(w.employment)}`);
    const prev = r.wages[1];
    if (prev?.annual.median && a.median) {
      out.push(
        `  ${prev.period} median ${usd(prev.annual.median)} (${(((a.median - prev.annual.median) / prev.annual.median) * 100).toFixed(1)}% change)`,
      );
    }
  } else out.push('Wages: BLS OEWS publishes no estimate that serves this occupation.');
  if (p) {
    out.push(
      `Projections ${p.period}: employment ${p.employmentBaseK ?? '?'}k → ${p.employmentProjK ?? '?'}k (${p.changePct === null ? 'n/a' : `${p.changePct > 0 ? '+' : ''}${p.changePct}%`}); ${p.openingsK ?? '?'}k openings a year [BLS EP${p.level === 'detailed' ? '' : `, group ${p.soc}`}]`,
    );
  }

  out.push(...renderWorkContext(r.onet));

  const env = r.workEnvironment.profile;
  if (env) {
    const rel = r.workEnvironment.links[0];
    out.push(
      '',
      `Work environment (BLS ORS ${rel?.release ?? ''}${rel?.level && rel.level !== 'detailed' ? `, group ${rel.soc}` : ''})`,
    );
    const largest = (group: Record<string, Item>) =>
      Object.entries(group)
        .filter(([k, v]) => k !== 'ppe' && v?.value != null)
        .sort((x, y) => (y[1]!.value ?? 0) - (x[1]!.value ?? 0))[0];
    const mode = (group: Record<string, Item>) => {
      const top = largest(group);
      return top ? `${top[0].replace(/([A-Z])/g, ' $1').toLowerCase()} (${pct(top[1])})` : null;
    };
    const e = env.environment;
    const lines: [string, string | null][] = [
      ['outdoors', pct(e.outdoors.exposed)],
      ['heights', pct(e.heights.exposed)],
      ['hazardous contaminants', pct(e.hazardousContaminants.exposed)],
      ['loud or very loud noise', pct(e.noise.loud)],
      ['sitting, share of day', pct(env.physical.sittingPctOfDay)],
      ['standing, share of day', pct(env.physical.standingPctOfDay)],
      ['strength (most common)', mode(env.physical.strength)],
      ['telework available', pct(env.cognitive.telework.available)],
      ['public contact required', pct(env.cognitive.publicContact.required)],
      ['credential required', pct(env.requirements.credentials.any)],
      ['license required', pct(env.requirements.credentials.license)],
      ['minimum education (most)', mode(env.requirements.minimumEducation)],
      ['prior experience required', pct(env.requirements.priorWorkExperience.required)],
    ];
    for (const [k, v] of lines) if (v !== null) out.push(`  ${k.padEnd(27)} ${v}`);
    out.push('  (items without a line are not published by BLS for this occupation)');
  } else out.push('', 'Work environment: no BLS ORS estimates for this occupation.');

  out.push('', 'Sources:');
  for (const s of r.sources) out.push(`  ${citation(s)} — ${s.file}`);
  return out.join('\n');
}
