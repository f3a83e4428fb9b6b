/**
 * "What Is an Associate Producer?": the occupation the title was compared as, how the title matched, O*NET's
 * description, a few core tasks, other titles, other readings of the title, and (for one occupation twice)
 * what still distinguishes this title.
 */
import { ownWords } from '../../compare/same.js';
import { titleKey } from '../../compare/titles.js';
import type { Resolution, Side, TitleList, TitleListing } from '../../compare/types.js';
import { foldText } from '../../resolve/normalize.js';
import { type Ctx, onetRef, other } from '../context.js';
import { type Block, blocks, para, prose, type Section } from '../doc.js';
import { capitalize, joinList, runningText, smallNumber, stripPeriod, withArticle } from '../grammar.js';
import { formatInt } from '../numbers.js';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The sentences of an O*NET description, in order. */
function sentencesOf(text: string): Set<string> {
  return new Set(
    text
      .split(/(?<=[a-z)]\.)\s+(?=[A-Z])/)
      .map((x) => x.trim())
      .filter(Boolean),
  );
}

function whatIsHeading(ctx: Ctx, side: Side): string {
  const n = ctx.names(side);
  return n.one ? `What Is ${withArticle(n.heading)}?` : `What Do ${n.heading} Do?`;
}

/** "an alternate title and a reported job title" for the lists a title is on. */
function listWords(lists: TitleList[]): string {
  const words: Record<TitleList, string> = {
    occupation: 'the occupation title',
    alternate: 'an alternate title',
    short: 'a short title',
    reported: 'a reported job title',
  };
  return joinList(lists.map((l) => words[l]));
}

/** Every listing spells the title as `title` does (case, punctuation and plurals aside). */
function spelledAlike(ls: TitleListing[], title: string): boolean {
  return ls.every((l) => titleKey(l.title) === titleKey(title));
}

/**
 * Up to three occupation titles after a preposition, their bounds unmistakable although titles hold "and" and
 * commas (fact check: "a title of Financial Quantitative Analysts and Statisticians" read as one occupation):
 * "of A and of B"; "of A; B; and C"; "of A; B; C; and other occupations".
 */
export function occupationList(prep: string, names: readonly string[], total = names.length): string {
  const xs = names.slice(0, 3);
  const p = prep ? `${prep} ` : '';
  if (xs.length === 1 && total <= 1) return `${p}${xs[0]}`;
  if (xs.length === 2 && total <= 2) return `${p}${xs[0]} and ${p}${xs[1]}`;
  const all = total > xs.length ? [...xs, 'other occupations'] : xs;
  return `${p}${all.slice(0, -1).join('; ')}; and ${all[all.length - 1]}`;
}

/** "Cooks, Fast Food (as “Line Cook”) and …": the first three occupations, each with the spelling it lists. */
function withSpellings(prep: string, ls: TitleListing[]): string {
  const first = [...new Map(ls.map((l) => [l.code, l])).values()];
  return occupationList(
    prep,
    first.map((l) => `${l.occupation} (as “${l.title}”)`),
    first.length,
  );
}

/** " (counting the spelling “Cyber Security Analyst”)" when another spelling of the title counted as evidence. */
const spelledToo = (x: { title: string; spellings?: string[] }): string =>
  x.spellings ? ` (counting the spelling ${joinList(x.spellings.map((t) => `“${t}”`))})` : '';

/**
 * Why the commonest of the occupations sharing the title was taken (Resolution.sharedTitle, src/compare/reading.ts),
 * only where one published fact decided: a single occupation's own title names it, O*NET lists it most firmly
 * there, or that occupation alone has the largest OEWS figure of its own.
 */
function sharedWhy(r: Resolution): string | null {
  const f = r.sharedTitle;
  const first = f?.among[0];
  if (f?.readAs && first && f.readAs.code === r.code)
    return `${first.title}, which list it, are a specialty within ${r.title}; it is read here as that broader occupation, whose own O*NET title holds ${joinList(f.readAs.words.map((w) => `“${w}”`))}.`;
  if (!f || !first || first.code !== r.code) return null;
  const k = f.among.length;
  if (f.decidedBy === 'only') return `It is read here as ${r.title}, whose own O*NET title names it.`;
  if (f.decidedBy === 'listing')
    return `It is read here as ${r.title}, the occupation O*NET lists it under most firmly: from ${first.sources} of its sources${spelledToo(first)}${first.reported ? ' and in incumbents’ reports' : ''}.`;
  if (f.decidedBy === 'words')
    return `O*NET lists it as firmly under other occupations; it is read here as ${r.title}, whose own O*NET title holds more of its words.`;
  if (f.decidedBy === 'workers' && first.oews) {
    const strength = (x: typeof first) => x.sources + (x.reported ? 1 : 0);
    const firmer = f.among.find((x) => strength(x) > strength(first));
    const group = first.oews.soc !== r.soc ? ` for BLS group ${first.oews.soc}` : '';
    return firmer
      ? `O*NET lists it more firmly under ${firmer.title}; it is read here as ${r.title}, the one with the most workers in BLS's figures (${formatInt(first.oews.employment)}${group}, OEWS ${first.oews.period}).`
      : null;
  }
  if (f.decidedBy === 'employment' && first.oews) {
    const group = first.oews.soc !== r.soc ? ` for BLS group ${first.oews.soc}` : '';
    const how = f.by === 'named' ? 'have it in their own O*NET title' : `list it equally firmly${spelledToo(first)}`;
    const firm = (x: typeof first) => x.sources + (x.reported ? 1 : 0);
    const count = f.by === 'named' ? k : f.among.filter((x) => firm(x) === firm(first)).length;
    return `${capitalize(smallNumber(count))} occupations ${how}; it is read here as ${r.title}, the one with the most workers in BLS's figures (${formatInt(first.oews.employment)}${group}, OEWS ${first.oews.period}).`;
  }
  return null;
}

/** The occupations of listings, once each, in order. */
function occupationsOf(ls: TitleListing[]): string[] {
  return [...new Set(ls.map((l) => l.occupation))];
}

/**
 * What O*NET lists about the reader's title, from the facts checked against every title list of every
 * occupation (Comparison.titles): never "O*NET does not list" unless no list of any occupation has it.
 */
function titleNote(ctx: Ctx, side: Side): string | null {
  const f = ctx.c.titles?.[side];
  const r = ctx.c.resolution[side];
  const n = ctx.names(side);
  if (!f || n.fromCode) return null;
  const o = ctx.names(other(side));
  const quote = (t: string) => `“${t}”`;
  if (f.listedByChosen) {
    if (n.matchesOccupation) return null;
    const own = f.listedBy.find((l) => l.code === r.code)!;
    const exactElsewhere = own.exact ? undefined : f.listedBy.find((l) => l.code !== r.code && l.exact);
    const others = f.listedBy.filter((l) => l.code !== r.code);
    const rest = occupationsOf(others);
    return [
      `O*NET lists ${quote(own.title)} as ${listWords(own.lists)} of this occupation.`,
      exactElsewhere
        ? `The exact spelling ${quote(exactElsewhere.title)} is ${listWords(exactElsewhere.lists)} of ${exactElsewhere.occupation}.`
        : rest.length === 0
          ? null
          : spelledAlike(others, own.title)
            ? `${quote(own.title)} is also a title ${occupationList('of', rest)}.`
            : `Other occupations list it too: ${withSpellings('', others)}.`,
      r.method === 'title' ? sharedWhy(r) : null,
    ]
      .filter(Boolean)
      .join(' ');
  }
  const m = f.chosenMatch;
  const evidence = m ? `: O*NET lists ${quote(m.title)} for ${r.title}` : '';
  if (f.listedBy.length > 0) {
    const occs = occupationsOf(f.listedBy);
    const listed = spelledAlike(f.listedBy, f.listedBy[0]!.title)
      ? `O*NET lists ${quote(f.listedBy[0]!.title)} as a title ${occupationList('of', occs)}.`
      : `O*NET lists this title under ${withSpellings('', f.listedBy)}.`;
    const why = r.apprentice
      ? apprenticeNote(r)
      : r.method === 'pair_context'
        ? `Next to ${o.oneWithArticle ?? o.many}, the reading as ${r.title} fits better${evidence}.`
        : r.method === 'reader_choice'
          ? `This is the occupation you chose for “${n.input}”.`
          : (sharedWhy(r) ?? `The reading as ${r.title} was the closest match here${evidence}.`);
    return `${listed} ${why}`;
  }
  const closest =
    m && titleKey(m.title) !== titleKey(f.checked)
      ? `; the closest title is ${quote(m.title)}, listed for ${r.title}`
      : '';
  return `No O*NET title list (occupation, alternate, short or reported titles) has ${quote(f.checked)}${closest}.${jointNote(r)}`;
}

/** Why an apprentice's title reads as its trade (Resolution.apprentice). */
const apprenticeNote = (r: Resolution): string =>
  `The SOC classifies apprentices and trainees with the occupation they train for (helpers apart), so it is read here as “${r.apprentice!.trade}”: ${r.title}.`;

/**
 * Why a title adding words to an O*NET title reads as that title (Resolution.modifier, src/compare/modifier.ts):
 * "It is read here as “attorney” (Lawyers): O*NET titles with “divorce” (such as “Divorce Mediator”) name other
 * jobs, none ending in “attorney”.""
 */
function modifierNote(r: Resolution): string {
  const m = r.modifier!;
  const words = joinList(m.words.map((w) => `“${w}”`));
  const titles = joinList(m.titles.map((t) => `“${t}”`));
  if (m.how === 'sibling')
    return `It is read here as “${m.head}”, in the O*NET occupation of that SOC code whose titles hold ${words}: O*NET also lists ${titles} for ${r.title}.`;
  if (m.how === 'titled')
    return `${r.title} is the one occupation listing a title with ${words} that ends in “${m.head}” (${titles}), so it is read here as that occupation.`;
  const why =
    m.how === 'listed'
      ? `O*NET also lists ${titles} for it`
      : m.how === 'elsewhere'
        ? `O*NET titles with ${words} (such as ${titles}) name other jobs, none ending in “${m.head}”`
        : m.how === 'unknown'
          ? `no O*NET title has ${words}`
          : `no O*NET title holds ${words} together`;
  return `It is read here as “${m.head}” (${r.title}): ${why}.`;
}

/**
 * How one occupation's title lists hold the typed words between them (Resolution.joint, src/compare/joint.ts):
 * " Its titles with “film” include “Film Maker” and “Film Producer”, so it is read here as that occupation."
 */
function jointNote(r: Resolution): string {
  if (r.apprentice) return ` ${apprenticeNote(r)}`;
  if (r.modifier) return ` ${modifierNote(r)}`;
  if (r.evidence) {
    const said = r.evidence.map((e) =>
      e.kind === 'description'
        ? `O*NET’s description of ${r.title} uses “${e.word}”`
        : e.kind === 'task'
          ? `one of its O*NET tasks reads “${e.text}”`
          : e.kind === 'technology'
            ? `O*NET lists ${e.text} among its technology`
            : `O*NET lists “${e.text}” among its titles`,
    );
    return ` The title matched leaves out ${joinList(r.evidence.map((e) => `“${e.word}”`))}, but ${joinList(said)}, so it is read here as that occupation.`;
  }
  const a = r.acronym;
  if (a)
    return ` O*NET spells ${a.acronym} out as “${a.spelled}” in ${joinList(a.titles.map((t) => `“${t}”`))}, ${a.titles.length === 1 ? 'a title' : 'titles'} of ${r.title}; “${a.head}” is read as a general word for a worker (O*NET titles end with it in ${a.groups} of the SOC major groups), so it is read here as that occupation.`;
  if (!r.joint) return '';
  const held = r.joint.words.map((w) => `with “${w.word}” include ${joinList(w.titles.map((t) => `“${t}”`))}`);
  return ` No single O*NET title holds all its words; the titles of ${r.title} ${joinList(held)}, so it is read here as that occupation.`;
}

function matchNote(ctx: Ctx, side: Side): string | null {
  const r = ctx.c.resolution[side];
  const n = ctx.names(side);
  if (n.fromCode) return null;
  const notes: string[] = [];
  if (foldText(n.typed) !== foldText(n.input)) notes.push(`You typed “${n.typed}”, read here as “${n.input}”.`);
  const facts = ctx.c.titles?.[side];
  const note = titleNote(ctx, side);
  if (note) notes.push(note);
  else if (!facts && r.matched && norm(r.matched) !== norm(r.title) && norm(r.matched) !== norm(n.input)) {
    notes.push(`The title matched is “${r.matched}”.`);
  }
  const decided = facts && !facts.listedByChosen && facts.listedBy.length > 0;
  if (r.method === 'pair_context' && !decided) {
    notes.push(
      `On its own, the title could point to more than one occupation; this reading was chosen because it fits best next to the other career.`,
    );
  } else if (r.method === 'reader_choice' && !decided) {
    notes.push(`This is the occupation you chose for “${n.input}”.`);
  } else if (r.method === 'title' && r.score < 0.5) {
    notes.push('The match is not a strong one, so treat the comparison with some caution.');
  }
  return notes.join(' ') || null;
}

function otherReadings(ctx: Ctx, side: Side): Block | null {
  const r = ctx.c.resolution[side];
  const n = ctx.names(side);
  // The other side's occupation is compared here: never offered as "not compared here".
  const otherCode = ctx.c.resolution[side === 'a' ? 'b' : 'a'].code;
  const other = r.alternatives.filter((x) => x.code !== r.code && x.code !== otherCode).slice(0, 3);
  if (other.length === 0 || n.fromCode) return null;
  const list = other.map((x) => `${x.title} (${onetRef(x.code)})`);
  return prose([
    `“${capitalize(runningText(n.input))}” can also be read as ${joinList(list, 'or')}, which ${other.length === 1 ? 'is' : 'are'} not compared here.`,
  ]);
}

function distinction(ctx: Ctx, side: Side): Block[] {
  const same = ctx.c.sameOccupation;
  if (!same) return [];
  const d = same.distinctions[side];
  const n = ctx.names(side);
  const out: (Block | null)[] = [];
  if (d.specialisations.length > 0) {
    const specs = d.specialisations.map((s) => `${s.title} (${onetRef(s.code)})`);
    out.push(
      prose([
        `O*NET has ${d.specialisations.length === 1 ? 'a specialty' : 'specialties'} under the same SOC code that match${d.specialisations.length === 1 ? 'es' : ''} “${n.input}” more closely: ${joinList(specs)}.`,
      ]),
    );
  }
  if (d.relatedTitles.length > 0) {
    out.push(
      prose([
        `Job titles in the occupation that are closest to “${n.input}”: ${joinList(d.relatedTitles.slice(0, 5))}.`,
      ]),
    );
  }
  if (d.tasks.length > 0) {
    // Name the very words the tasks use: a task that says "a unit's staff" uses "staff", which does not make it a
    // staff nurse's task (fact check: registered nurse vs staff nurse, "mention the words of “staff nurse”").
    const own = ownWords(n.input, ctx.names(other(side)).input);
    const which =
      own.length === 1
        ? `the word “${own[0]}”`
        : `the words ${joinList(
            own.map((w) => `“${w}”`),
            'or',
          )}`;
    out.push(para([`Tasks in the occupation that use ${which}, which only “${n.input}” holds:`]));
    out.push({ type: 'ul', items: d.tasks.slice(0, 3).map((t) => [t.text]) });
  }
  return blocks(...out);
}

export function whatIs(ctx: Ctx, side: Side): Section {
  const n = ctx.names(side);
  const s = ctx.c.summary[side];
  const r = ctx.c.resolution[side];
  const secondOfSame = ctx.sameOnet && side === 'b';
  const subject = n.fromCode ? capitalize(n.occupation) : capitalize(n.many);
  const comparedAs = n.fromCode
    ? `${n.occupation} is occupation ${s.code} in O*NET.`
    : n.matchesOccupation
      ? `In O*NET, ${n.many} are an occupation of their own: ${r.title} (${onetRef(r.code)}).`
      : ctx.pick(`whatis-${side}`, [
          `Here, ${n.many} are compared as ${r.title} (${onetRef(r.code)}).`,
          `${subject} are compared here as ${r.title} (${onetRef(r.code)}).`,
        ]);
  const head = prose([comparedAs, matchNote(ctx, side)]);
  if (secondOfSame) {
    return {
      id: `what-is-${side}`,
      level: 2,
      heading: whatIsHeading(ctx, side),
      blocks: blocks(
        head,
        prose([`That is the same occupation as above, so its description and tasks are the same.`]),
        ...distinction(ctx, side),
        otherReadings(ctx, side),
      ),
    };
  }
  // Sentences O*NET repeats in both descriptions (shared boilerplate) are quoted once, on the first side.
  const said = side === 'b' ? sentencesOf(ctx.c.summary.a.description) : new Set<string>();
  const own = sentencesOf(s.description);
  const desc = [...own].filter((x) => !said.has(x)).join(' ');
  const description = desc
    ? prose([
        ctx.pick(`desc-${side}`, [
          `O*NET describes the occupation this way: “${stripPeriod(desc)}.”`,
          `O*NET's description of the occupation reads: “${stripPeriod(desc)}.”`,
        ]),
      ])
    : null;
  const tasks = s.keyTasks.slice(0, 4);
  const titles = s.alternateTitles
    .filter((t) => norm(t) !== norm(n.input) && norm(t) !== norm(n.one ?? ''))
    .slice(0, 4);
  return {
    id: `what-is-${side}`,
    level: 2,
    heading: whatIsHeading(ctx, side),
    blocks: blocks(
      head,
      description,
      tasks.length > 0
        ? {
            type: 'details',
            summary: `Typical tasks of ${n.short}, according to O*NET`,
            blocks: [{ type: 'ul', items: tasks.map((t) => [t.text]) }],
          }
        : null,
      titles.length > 0 ? prose([`Other job titles in this occupation include ${joinList(titles)}.`]) : null,
      ...distinction(ctx, side),
      otherReadings(ctx, side),
    ),
  };
}
