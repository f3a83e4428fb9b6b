/**
 * Job Requirements from BLS's Occupational Requirements Survey: minimum education (most common level),
 * credentials (license, certification or educational certificate), prior work experience, on-the-job training
 * and SVP, each with its reference period; where EP, O*NET and ORS disagree on education, says so and why.
 * A side ORS has nothing for is said plainly; nothing is filled in.
 */
import type { OrsRow, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { capitalize, joinList } from '../grammar.js';
import { educationLevel, epEducation } from '../labels.js';
import { formatPercent } from '../numbers.js';
import {
  basisNote,
  byRelease,
  type Dated,
  daysText,
  mainPeriod,
  modal,
  modalLead,
  numberOf,
  orsAt,
  paren,
  pctText,
  periodNote,
  periodOf,
} from '../ors.js';

const MIN_EDUCATION: Record<string, [string, number]> = {
  none: ['no minimum education requirement', 0],
  highSchool: ['a high school diploma', 1],
  highSchoolVocational: ['a high school vocational degree', 1],
  associates: ["an associate's degree", 2],
  associatesVocational: ["an associate's vocational degree", 2],
  bachelors: ["a bachelor's degree", 3],
  masters: ["a master's degree", 4],
  professional: ['a professional degree', 5],
  doctorate: ['a doctorate', 5],
};

const SVP: Record<string, string> = {
  shortDemonstration: 'a short demonstration only',
  upTo1Month: 'more than a short demonstration and up to 1 month',
  upTo3Months: 'more than 1 month and up to 3 months',
  upTo6Months: 'more than 3 months and up to 6 months',
  upTo1Year: 'more than 6 months and up to 1 year',
  upTo2Years: 'more than 1 year and up to 2 years',
  upTo4Years: 'more than 2 years and up to 4 years',
  upTo10Years: 'more than 4 years and up to 10 years',
  over10Years: 'more than 10 years',
};

/** Education on one rough scale, to tell whether EP, O*NET and ORS agree (0 none … 5 doctoral/professional). */
const EP_LEVEL: Record<string, number> = {
  'no formal educational credential': 0,
  'high school diploma or equivalent': 1,
  'postsecondary nondegree award': 1.5,
  'some college, no degree': 1.6,
  "associate's degree": 2,
  "bachelor's degree": 3,
  "master's degree": 4,
  'doctoral or professional degree': 5,
};
const RL_LEVEL: Record<number, number> = {
  1: 0,
  2: 1,
  3: 1.5,
  4: 1.6,
  5: 2,
  6: 3,
  7: 3.5,
  8: 4,
  9: 4.5,
  10: 5,
  11: 5,
  12: 5,
};

const tail = (key: string) => key.slice(key.lastIndexOf('.') + 1);

/** Who a side's figures are about, in running text. */
const who = (ctx: Ctx, s: Side) => ctx.orsNames(s).short;

/** The sides whose ORS figures are said: one when both titles share the figures. */
const orsSides = (ctx: Ctx): Side[] => (ctx.sameOrs ? ['a'] : ['a', 'b']);

const has = (rows: readonly OrsRow[], s: Side) => rows.some((r) => r.values[s] !== null);

function minEducation(ctx: Ctx, s: Side, main: string | null): string | null {
  const m = modal(ctx.c.requirements.ors, 'requirements.minimumEducation', s);
  if (!m) return null;
  const [phrase] = MIN_EDUCATION[tail(m.row.key)] ?? [m.row.category.toLowerCase()];
  const notes = [periodNote(m.value, main), basisNote(m.value, ctx.orsNames(s).occupation)];
  return tail(m.row.key) === 'none'
    ? `${formatPercent(m.value.value)} of ${who(ctx, s)} have no minimum education requirement${paren(...notes)}`
    : `${modalLead('minimum education', m)} for ${who(ctx, s)} is ${phrase}${paren(formatPercent(m.value.value), ...notes)}`;
}

const CREDENTIALS: [string, string][] = [
  ['license', 'a license'],
  ['certification', 'a certification'],
  ['educationalCertificate', 'an educational certificate'],
];

/** The share needing any credential (one sentence for the sides that have it), else license / certification shares. */
function credentials(ctx: Ctx, sides: Side[], main: string | null): string[] {
  const rows = ctx.c.requirements.ors;
  const any: Dated[] = [];
  const out: string[] = [];
  for (const s of sides) {
    const v = orsAt(rows, 'requirements.credentials.any', s);
    const parts = CREDENTIALS.flatMap(([k, what]) => {
      const pv = orsAt(rows, `requirements.credentials.${k}`, s);
      const p = pctText(pv);
      return p ? [{ p, what, notes: [periodNote(pv, main), basisNote(pv, ctx.orsNames(s).occupation)] }] : [];
    });
    const p = pctText(v);
    if (p) {
      const detail = parts.map((x) => `${x.what.replace(/^an? /, '')} ${x.p}`).join(', ');
      any.push({
        text: `${p} of ${who(ctx, s)}${paren(detail, basisNote(v, ctx.orsNames(s).occupation))}`,
        period: v ? periodOf(v) : null,
      });
    } else if (parts.length > 0) {
      const [first, ...rest] = parts;
      const list = [
        `${first!.p} need ${first!.what}${paren(...first!.notes)}`,
        ...rest.map((x) => `${x.p} ${x.what}${paren(...x.notes)}`),
      ];
      out.push(`Among ${who(ctx, s)}, ${joinList(list)}.`);
    }
  }
  out.unshift(
    ...byRelease(
      any,
      main,
      (cs) => `a license, a certification or an educational certificate is required for ${joinList(cs)}.`,
    ),
  );
  return out;
}

/** "Prior work experience is required for 20.1% of X and 80.9% of Y. BLS puts the median at …" */
function shareAndMedian(ctx: Ctx, sides: Side[], main: string | null, prefix: string, what: string): string[] {
  const rows = ctx.c.requirements.ors;
  const shares = sides.map((s): Dated | null => {
    const v = orsAt(rows, `${prefix}.required`, s);
    const p = pctText(v);
    return p && v
      ? { text: `${p} of ${who(ctx, s)}${paren(basisNote(v, ctx.orsNames(s).occupation))}`, period: periodOf(v) }
      : null;
  });
  const medians = sides.map((s): Dated | null => {
    const d = numberOf(rows, `${prefix}.medianDays`, s);
    const mv = orsAt(rows, `${prefix}.medianDays`, s);
    const note = paren(basisNote(mv, ctx.orsNames(s).occupation));
    return d !== null && mv ? { text: `${daysText(d)} for ${who(ctx, s)}${note}`, period: periodOf(mv) } : null;
  });
  return [
    ...byRelease(shares, main, (cs) => `${what} is required for ${joinList(cs)}.`),
    ...byRelease(medians, main, (cs) => `BLS puts the median ${what} at ${joinList(cs)}.`),
  ];
}

function svp(ctx: Ctx, sides: Side[], main: string | null): string | null {
  const cs = sides.flatMap((s) => {
    const m = modal(ctx.c.requirements.ors, 'requirements.svp', s);
    if (!m) return [];
    const phrase = SVP[tail(m.row.key)] ?? m.row.category.toLowerCase();
    const notes = paren(
      formatPercent(m.value.value),
      periodNote(m.value, main),
      basisNote(m.value, ctx.orsNames(s).occupation),
    );
    return [{ s, m, text: `${phrase}${notes}` }];
  });
  const [first, second] = cs;
  if (!first) return null;
  // "most common" only where BLS flags the mode (footnote 7); one release per sentence.
  const what =
    'specific vocational preparation (SVP: the time a typical worker needs to learn the job, counting education, training and experience)';
  const lead = `${capitalize(modalLead(what, first.m))} for ${who(ctx, first.s)} is ${first.text}`;
  if (!second) return `${lead}.`;
  const same = first.m.flagged === second.m.flagged && periodOf(first.m.value) === periodOf(second.m.value);
  return same
    ? `${lead}; for ${who(ctx, second.s)} it is ${second.text}.`
    : `${lead}. ${capitalize(modalLead('SVP level', second.m))} for ${who(ctx, second.s)} is ${second.text}.`;
}

/** The ORS paragraph: lead with period and minimum education, then credentials, experience, training, SVP. */
export function orsRequirements(ctx: Ctx): string[] {
  const rows = ctx.c.requirements.ors;
  const sides = orsSides(ctx);
  const withOrs = sides.filter((s) => has(rows, s));
  const without = sides.filter((s) => !has(rows, s));
  const out: string[] = [];
  if (withOrs.length > 0) {
    const main = mainPeriod(rows.flatMap((r) => withOrs.map((s) => r.values[s])));
    const edu = withOrs.map((s) => minEducation(ctx, s, main)).filter((c): c is string => Boolean(c));
    const lead = `BLS's Occupational Requirements Survey (ORS, ${main}), which asks employers what a job requires`;
    out.push(
      // Each side's clause is a sentence of its own: two clauses joined by "as well as" do not read.
      edu.length > 0
        ? [`${lead}, finds that ${edu[0]}.`, ...edu.slice(1).map((e) => `${capitalize(e)}.`)].join(' ')
        : `${lead}, has no minimum education figures here.`,
    );
    out.push(
      ...credentials(ctx, withOrs, main),
      ...shareAndMedian(ctx, withOrs, main, 'requirements.priorWorkExperience', 'prior work experience'),
      ...shareAndMedian(ctx, withOrs, main, 'requirements.onTheJobTraining', 'on-the-job training'),
      ...[svp(ctx, withOrs, main)].filter((x): x is string => Boolean(x)),
    );
  }
  if (without.length > 0) {
    const names =
      without.length === 2 ? (ctx.sameOnet ? ctx.a.occupationText : 'either occupation') : who(ctx, without[0]!);
    const survey = withOrs.length > 0 ? 'The survey' : "BLS's Occupational Requirements Survey";
    out.push(
      `${survey} publishes no education, training or experience estimates for ${names}, so what is said here about their requirements comes from BLS Employment Projections and O*NET only.`,
    );
  }
  return out;
}

interface Reading {
  /** A full clause naming its source: "BLS Employment Projections lists …". */
  text: string;
  level: number;
}

/** EP, O*NET and ORS on a side's education, each where it has one. */
function readings(ctx: Ctx, s: Side, main: string | null): Reading[] {
  const out: Reading[] = [];
  const ep = ctx.c.requirements.entry[s]?.education;
  const epLevel = ep ? EP_LEVEL[ep.trim().toLowerCase().replace(/’/g, "'")] : undefined;
  if (ep && epLevel !== undefined)
    out.push({
      text: `BLS Employment Projections lists ${epEducation(ep)} as the typical entry-level education`,
      level: epLevel,
    });
  const m = ctx.c.requirements.education[s]?.modal;
  const rl = m ? RL_LEVEL[m.category] : undefined;
  if (m && m.pct > 0 && rl !== undefined)
    out.push({
      text: `the most common answer in O*NET's survey is ${educationLevel(m.category, m.label)}`,
      level: rl,
    });
  const o = modal(ctx.c.requirements.ors, 'requirements.minimumEducation', s);
  const oe = o ? MIN_EDUCATION[tail(o.row.key)] : undefined;
  if (o && oe)
    out.push({
      text:
        tail(o.row.key) === 'none'
          ? `the ORS finds no minimum education requirement for ${formatPercent(o.value.value)} of them${paren(periodNote(o.value, main))}`
          : `${modalLead('minimum', o)} in the ORS is ${oe[0]}${paren(formatPercent(o.value.value), periodNote(o.value, main))}`,
      level: oe[1],
    });
  return out;
}

/** Where the sources disagree on education, one sentence per side and one on why; agreement of all three, briefly. */
export function educationAgreement(ctx: Ctx): string[] {
  const differ: string[] = [];
  const agreeing: Side[] = [];
  // The release the ORS paragraph above leads with: a figure of another release is marked.
  const rows = ctx.c.requirements.ors;
  const main = mainPeriod(
    rows.flatMap((r) =>
      orsSides(ctx)
        .filter((x) => has(rows, x))
        .map((x) => r.values[x]),
    ),
  );
  for (const s of ctx.sameOnet ? (['a'] as Side[]) : (['a', 'b'] as Side[])) {
    const rs = readings(ctx, s, main);
    if (rs.length < 2) continue;
    if (!rs.every((r) => r.level === rs[0]!.level)) {
      // Each side by its own name: O*NET's survey is the side's own even where BLS's figures are shared.
      differ.push(
        `The sources differ on the education ${ctx.names(s).short} need: ${joinList(rs.map((r) => r.text))}.`,
      );
    } else if (rs.length === 3) agreeing.push(s);
  }
  // Both sides agreeing is said once.
  const agree =
    agreeing.length === 0
      ? []
      : [
          `For ${agreeing.length === 2 ? 'both occupations' : ctx.names(agreeing[0]!).short}, BLS Employment Projections, O*NET's survey and the ORS point to the same level of education.`,
        ];
  return differ.length > 0 ? [...differ, whyTheyDiffer(ctx), ...agree] : agree;
}

function whyTheyDiffer(ctx: Ctx): string {
  const orsUsed = ctx.c.requirements.ors.some((r) => r.key.startsWith('requirements.minimumEducation.'));
  return `They measure different things: BLS Employment Projections gives the education typically needed to enter the occupation, O*NET asks workers what someone hired for the job would need${orsUsed ? ', and the ORS asks employers for the minimum they require' : ''}; different surveys and definitions can give different answers.`;
}
