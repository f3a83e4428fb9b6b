/**
 * Skills: the skills important to both, where each side needs a higher level (O*NET levels, 0–7), technology
 * used by both or only one side (hot technologies flagged), and the work styles O*NET rates highest.
 */
import { tokens } from '../../resolve/normalize.js';
import type { ElementRow, ScoredRow, Side, TechRef } from '../../compare/types.js';
import { type Ctx, other } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { capitalize, joinList, lowerFirst, pluralizeWord, runningText } from '../grammar.js';
import { compareText } from '../../text-compare.js';

const name = (r: { name: string }) => runningText(r.name);

/** "1.2" — a level as O*NET publishes it, to one decimal. */
const lvl = (x: number) => x.toFixed(1).replace(/\.0$/, '');

function higher(ctx: Ctx, side: Side, rows: ElementRow[]): string | null {
  const top = rows.filter((r) => r.level[side] !== null && r.level[other(side)] !== null).slice(0, 3);
  if (top.length === 0) return null;
  const n = ctx.names(side);
  const o = ctx.names(other(side));
  const first = top[0]!;
  const example = `${lvl(first.level[side]!)} against ${lvl(first.level[other(side)]!)} for ${name(first)}, on O*NET's 0–7 level scale`;
  return ctx.pick(`higher-${side}`, [
    `${capitalize(n.many)} need more ${joinList(top.map(name))} than ${o.many} (${example}).`,
    `Compared with ${o.many}, ${n.many} need a higher level of ${joinList(top.map(name))} (${example}).`,
  ]);
}

function techName(t: TechRef): string {
  return t.example;
}

/** The first `n` technologies, names that differ only in word order or case said once. */
function uniqueTech(list: TechRef[], n: number): TechRef[] {
  const seen = new Set<string>();
  const out: TechRef[] = [];
  for (const x of list) {
    const key = [...tokens(x.example)].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}

function technology(ctx: Ctx): string | null {
  const t0 = ctx.c.skills.technology;
  const t = {
    ...t0,
    shared: uniqueTech(t0.shared, 4),
    distinct: { a: uniqueTech(t0.distinct.a, 3), b: uniqueTech(t0.distinct.b, 3) },
  };
  const { a, b } = ctx;
  const parts: string[] = [];
  if (ctx.sameOnet) {
    const all = t.shared.slice(0, 4).map(techName);
    return all.length > 0 ? `Technology O*NET lists for the occupation includes ${joinList(all)}.` : null;
  }
  if (t.shared.length > 0) {
    parts.push(`On the technology side, both use ${joinList(t.shared.slice(0, 4).map(techName))}.`);
  } else if (t.sharedCategories.length > 0) {
    parts.push(
      `They use no named software in common, but both work with ${joinList(t.sharedCategories.slice(0, 3).map((x) => x.toLowerCase()))}.`,
    );
  }
  const da = t.distinct.a.slice(0, 3);
  const db = t.distinct.b.slice(0, 3);
  if (da.length > 0 && db.length > 0) {
    parts.push(
      `Only ${a.many} are listed with ${joinList(da.map(techName))}; only ${b.many} with ${joinList(db.map(techName))}.`,
    );
  } else if (da.length > 0) {
    parts.push(`Only ${a.many} are listed with ${joinList(da.map(techName))}.`);
  } else if (db.length > 0) {
    parts.push(`Only ${b.many} are listed with ${joinList(db.map(techName))}.`);
  }
  const named = [...new Set([...t.shared.slice(0, 4), ...da, ...db].map(techName))];
  const hot = [...new Set([...t.shared.slice(0, 4), ...da, ...db].filter((x) => x.hot).map(techName))];
  if (hot.length > 0 && hot.length === named.length && named.length > 1) {
    parts.push('O*NET marks all of these as hot technologies, the ones employers name most often in job postings.');
  } else if (hot.length > 0 && hot.length <= 4) {
    parts.push(
      `O*NET marks ${joinList(hot)} as ${hot.length === 1 ? 'a hot technology' : 'hot technologies'}, the ones employers name most often in job postings.`,
    );
  } else if (hot.length > 4) {
    // "Most" means more than half of those named; else say how many.
    const share = hot.length * 2 > named.length ? 'Most of these' : `${hot.length} of the ${named.length} named here`;
    parts.push(
      `${share}, including ${joinList(hot.slice(0, 2))}, are what O*NET calls hot technologies, the ones employers name most often in job postings.`,
    );
  }
  return parts.join(' ') || null;
}

/** Singular head nouns of O*NET tool examples that are countable ("Graphics processing unit GPU"). */
const COUNTABLE = new Set(
  'system unit welder tool tester tank microscope crane light table sling shaver spatula tipper analyzer machine'.split(
    ' ',
  ),
);

/**
 * An O*NET tool example in running text: lower-cased, a trailing acronym in parentheses, a countable singular head
 * in the plural ("Graphics processing unit GPU" → "graphics processing units (GPU)"; "Integrated receiver decoders
 * IRD" → "integrated receiver decoders (IRD)"; "Personal protective equipment" stays).
 */
export function toolText(example: string): string {
  const m = /^(.*[a-z].*?)\s([A-Z][A-Z0-9-]+s?)$/.exec(example);
  let head = m ? m[1]! : example;
  const words = head.split(' ');
  const last = words[words.length - 1]!;
  if (COUNTABLE.has(last.toLowerCase())) head = [...words.slice(0, -1), pluralizeWord(last)].join(' ');
  return lowerFirst(m ? `${head} (${m[2]})` : head);
}

/** Tools by O*NET example names (src/compare/tools.ts): shared, then each side's own. */
function tools(ctx: Ctx): string | null {
  const t = ctx.c.workEnvironment.onet.tools;
  const { a, b } = ctx;
  const lc = (xs: string[]) => xs.slice(0, 3).map(toolText);
  if (ctx.sameOnet) return null;
  const parts: string[] = [];
  if (t.shared.length > 0) parts.push(`Tools O*NET lists for both include ${joinList(lc(t.shared))}.`);
  if (t.distinct.a.length > 0 && t.distinct.b.length > 0) {
    parts.push(
      `Among the tools O*NET lists for only one of them, ${a.many} use ${joinList(lc(t.distinct.a))}, while ${b.many} use ${joinList(lc(t.distinct.b))}.`,
    );
  } else if (t.distinct.a.length > 0) {
    parts.push(`Only ${a.many} are listed with ${joinList(lc(t.distinct.a))}.`);
  } else if (t.distinct.b.length > 0) {
    parts.push(`Only ${b.many} are listed with ${joinList(lc(t.distinct.b))}.`);
  }
  return parts.join(' ') || null;
}

function topStyles(rows: ScoredRow[], side: Side): string[] {
  return rows
    .filter((r) => typeof r.value[side] === 'number')
    .sort((x, y) => (y.value[side] ?? 0) - (x.value[side] ?? 0) || compareText(x.name, y.name))
    .slice(0, 3)
    .map(name);
}

function styles(ctx: Ctx): string | null {
  const rows = ctx.c.skills.workStyles;
  const sa = topStyles(rows, 'a');
  const sb = topStyles(rows, 'b');
  if (sa.length === 0 || sb.length === 0) return null;
  if (ctx.sameOnet) return `O*NET rates ${joinList(sa)} as the most important work styles.`;
  if (sa.join() === sb.join()) return `The work styles O*NET rates highest are the same for both: ${joinList(sa)}.`;
  return `In work style, O*NET rates ${joinList(sa)} highest for ${ctx.a.many}, and ${joinList(sb)} for ${ctx.b.many}.`;
}

/**
 * Where each side's missing skill ratings are (src/compare/gaps.ts): O*NET's own gap, an occupation O*NET has
 * not surveyed in the release here, or a release file this data folder lacks. Never "O*NET has none" when it does.
 */
function ratingGaps(ctx: Ctx): string[] {
  const out: string[] = [];
  const found = (ctx.sameOnet ? (['a'] as const) : (['a', 'b'] as const))
    .map((side) => ({ side, g: ctx.c.missing.find((x) => x.side === side && x.what === 'O*NET skills ratings') }))
    .filter((x) => x.g !== undefined);
  // Both sides missing for the same cause in the same release: one sentence, not the same one twice.
  const merged =
    found.length === 2 && found[0]!.g!.cause === found[1]!.g!.cause && found[0]!.g!.release === found[1]!.g!.release;
  for (const { side, g: gap } of merged ? found.slice(0, 1) : found) {
    const g = gap!;
    const many = merged ? `${ctx.a.many} or ${ctx.b.many}` : ctx.names(side).many;
    const rel = g.release ? `O*NET ${g.release}` : 'the O*NET release here';
    out.push(
      g.cause === 'data_folder'
        ? `O*NET has surveyed ${many}, but their skill ratings are in ${rel}'s Skills file, which this site's data folder lacks, so their skills are not compared here.`
        : g.cause === 'not_surveyed'
          ? `${rel}, the newest O*NET release in this site's data folder, has no skill ratings for ${many}, so their skills are not compared here.`
          : `O*NET publishes no skill ratings for ${many}.`,
    );
  }
  return out;
}

export function skills(ctx: Ctx): Section {
  const s = ctx.c.skills;
  const { a, b } = ctx;
  const out: (Block | null)[] = [];
  const shared = s.skills.shared.slice(0, 4).map(name);
  if (ctx.sameOnet) {
    out.push(
      prose([
        shared.length > 0 ? `O*NET rates ${joinList(shared)} as the most important skills for the occupation.` : null,
        ctx.sameInput
          ? null
          : `Because both titles share one O*NET profile, the skill ratings are the same for ${a.many} and ${b.many}.`,
      ]),
    );
    out.push(prose([technology(ctx), styles(ctx)]));
    return { id: 'skills', level: 3, heading: 'Skills', blocks: blocks(...out) };
  }
  if (shared.length > 0) {
    out.push(
      prose([
        ctx.pick('skills-shared', [
          `There are several similarities in the skills used by ${a.many} and ${b.many}. O*NET rates ${joinList(shared)} as important in both jobs.`,
          `Both jobs draw on ${joinList(shared)}, which O*NET rates as important for each.`,
        ]),
      ]),
    );
  }
  const ha = higher(ctx, 'a', s.skills.higherInA);
  const hb = higher(ctx, 'b', s.skills.higherInB);
  if (ha || hb) {
    out.push(prose([shared.length > 0 ? 'The levels differ, though.' : null, ha, hb]));
  }
  const ka = s.knowledge.higherInA.slice(0, 2).map(name);
  const kb = s.knowledge.higherInB.slice(0, 2).map(name);
  if (ka.length > 0 || kb.length > 0) {
    out.push(
      prose([
        ka.length > 0 && kb.length > 0
          ? `In knowledge, ${a.many} need more ${joinList(ka)}, and ${b.many} more ${joinList(kb)}.`
          : ka.length > 0
            ? `In knowledge, ${a.many} need more ${joinList(ka)}.`
            : `In knowledge, ${b.many} need more ${joinList(kb)}.`,
      ]),
    );
  }
  out.push(prose([technology(ctx)]));
  out.push(prose([tools(ctx)]));
  const st = prose([styles(ctx)]);
  if (st) out.push({ type: 'details', summary: 'Work styles O*NET rates highest', blocks: [st] });
  const body = blocks(...out);
  const gaps = ratingGaps(ctx);
  if (gaps.length > 0) body.unshift(...blocks(prose(gaps)));
  if (body.length === 0) body.push(...blocks(prose([`O*NET has no skill ratings for ${a.many} or ${b.many}.`])));
  return { id: 'skills', level: 3, heading: 'Skills', blocks: body };
}
