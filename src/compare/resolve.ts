/**
 * Resolution of the two inputs of a comparison: each side resolved on its own, then both re-ranked together
 * (src/resolve/pair.ts: an ambiguous side reads in the other side's field, only between readings close on
 * their own; recorded as `pairContext`). --a-code / --b-code pick another
 * reading; an unknown code or a title that matches nothing is a not_found error.
 */
import { COMPARE_DEFAULTS } from '../defaults.js';
import { isCommonWord } from './common-words.js';
import { notFound } from '../errors.js';
import { storeResolver } from '../resolve/load.js';
import type { StoreCache } from '../store/cache.js';
import { rawWords, tokens } from '../resolve/normalize.js';
import { resolvePair } from '../resolve/pair.js';
import { respeltIn } from '../resolve/spelling.js';
import type { Resolver } from '../resolve/resolver.js';
import type { CandidateBrief, Candidate as RCandidate, Resolution as RResolution } from '../resolve/types.js';
import type { DB } from '../store/open.js';
import { getOccupation, OCC_CODE } from '../store/profile.js';
import { type AcronymReading, acronymReading } from './acronym.js';
import { textEvidence } from './evidence.js';
import { type JointReading, jointReading } from './joint.js';
import { type ModifierReading, modifierReading } from './modifier.js';
import { namedByAnOccupation, preferCommonest } from './reading.js';
import { titleKey } from './titles.js';
import type { Pair, Resolution, SharedTitleFacts, TextEvidence } from './types.js';

/** The store's resolver (kept under this name for the site's engine). */
export const resolverFor = (store: StoreCache): Resolver => storeResolver(store);

/** A reading's score in a comparison is its title match's own (0–1); the field context only orders the readings. */
const conf = (c: RCandidate): number => Math.min(1, c.baseScore ?? c.score);

const candidate = (c: RCandidate): CandidateBrief => ({
  code: c.code,
  soc: c.soc,
  title: c.title,
  score: conf(c),
  matched: c.matched,
  source: c.source,
});

/** Other readings worth offering: those whose own match is nearly as good as the best one's. */
function offered(cands: RCandidate[], best: RCandidate | undefined, limit: number): CandidateBrief[] {
  const floor = best ? COMPARE_DEFAULTS.alternativeFloor * conf(best) : 0;
  return cands
    .filter((c) => conf(c) >= floor)
    .slice(0, limit)
    .map(candidate);
}

/** Matches whose words are an O*NET title as typed (any title list) or a code: never a guess. */
const EXACT_SOURCES: ReadonlySet<string> = new Set(['code', 'occupation', 'alternate', 'short', 'reported']);

/** Typed words (typos corrected, level words left out) that the matched title does not contain. */
function unexplainedWords(query: string, top: RCandidate): string[] {
  const fixed = rawWords(query)
    .map((w) => top.corrected?.[w] ?? w)
    .join(' ');
  const level = new Set(tokens((top.levelWords ?? []).join(' ')));
  const inTitle = new Set(tokens(top.matched ?? ''));
  const typed = tokens(fixed);
  // Another spelling of the title's words is explained: "counsellor" (counselor), "stockbroker", "line man".
  const joined = (t: string, i: number) =>
    inTitle.has(`${typed[i - 1] ?? ''}${t}`) || inTitle.has(`${t}${typed[i + 1] ?? ''}`);
  return typed.filter((t, i) => !level.has(t) && !inTitle.has(t) && !joined(t, i) && !respeltIn(t, inTitle));
}

/** Whether the typed words hold the matched title's head, its last word before any parenthesised alias. */
function namesHead(query: string, top: RCandidate): boolean {
  const head = tokens((top.matched ?? '').split('(')[0] ?? '').at(-1);
  if (head === undefined) return false;
  const typed = tokens(query);
  const heads = new Set([head]);
  return typed.some((t, i) => t.endsWith(head) || `${t}${typed[i + 1] ?? ''}` === head || respeltIn(t, heads));
}

/**
 * A correction that swaps one real word for another ("pirate" → "pilate", "dragon" → "wagon") changes what was
 * typed, unless the corrected words are an O*NET title as they stand ("store manger" → "Store Manager"): a
 * misspelling that happens to be a word, fixed into a title.
 */
function changesMeaning(query: string, top: RCandidate): boolean {
  const swapped = Object.entries(top.corrected ?? {}).filter(([typed, fix]) => typed !== fix && isCommonWord(typed));
  if (swapped.length === 0) return false;
  const fixed = titleKey(
    rawWords(query)
      .map((w) => top.corrected?.[w] ?? w)
      .join(' '),
  );
  const m = top.matched ?? '';
  return ![m, ...m.split(/[()]/)].some((x) => x.trim() !== '' && titleKey(x) === fixed);
}

/**
 * A reading nothing supports confidently: no candidate at all; or a best reading that is not an O*NET title as
 * typed (a partial or typo-corrected match) and either leaves a typed word unexplained ("dragon trainer" read
 * through "Trainer", "space pirate" through "Pilates Instructor"), reads a common English word as another word
 * ("pirate" as "Pilates Instructor"), rests on correcting a word of four letters or
 * fewer (nearly every such spelling is one edit from some title word: "asdf" → "TSDF", "scam" → "seam"), or, when it
 * corrected a word (a partial reading of the words as typed that explains them all is never a guess), has a
 * calibrated confidence (src/resolve/calibration.ts) below COMPARE_DEFAULTS.minConfidence. The calibrated
 * confidence is the chance of the right 6-digit code, so it is low for titles O*NET lists under several
 * occupations ("teacher", "truck driver"); those are real titles with several readings (the pair and the page's
 * alternatives handle them), never guesses. A guess gets no article: a "did you mean" (exit 4, a page).
 */
export function isGuess(own: RResolution): boolean {
  const top = own.candidates[0];
  if (!top) return true;
  if (EXACT_SOURCES.has(top.source)) return false;
  if (unexplainedWords(own.query, top).length > 0) return true;
  // Every word as typed is in the matched title, its head word too (a longer title holding them all: "film
  // director" in "Independent Film Director"): a real reading, however many occupations share it. A modifier
  // alone ("banana" in "Banana Packer") is not.
  if (Object.keys(top.corrected ?? {}).length === 0 && namesHead(own.query, top)) return false;
  if (Object.keys(top.corrected ?? {}).some((w) => w.length <= COMPARE_DEFAULTS.shortestCorrectedWord)) return true;
  if (changesMeaning(own.query, top)) return true;
  return (own.confidence ?? 1) < COMPARE_DEFAULTS.minConfidence;
}

/** What a "did you mean" offers for an input: the readings there are (code and title), else vocabulary hints. */
function didYouMean(own: RResolution, limit = COMPARE_DEFAULTS.alternatives): string[] {
  const readings = own.candidates.slice(0, limit).map((c) => `${c.code} ${c.title}`);
  return readings.length > 0 ? readings : (own.suggestions ?? []).slice(0, limit);
}

/** The not_found error of a guess: exit 4 / HTTP 404 with suggestions, naming the side and how to pick. */
function guessError(input: string, own: RResolution, side: 'a' | 'b') {
  const suggestions = didYouMean(own);
  const top = own.candidates[0];
  const why = top
    ? `nothing matches "${input}" confidently (confidence ${(own.confidence ?? 0).toFixed(2)}); pick an occupation with --${side}-code CODE`
    : (own.note ?? `no O*NET occupation matches "${input}"`);
  const hint = suggestions.length
    ? `; did you mean ${suggestions
        .slice(0, 3)
        .map((x) => `"${x}"`)
        .join(', ')}?`
    : '';
  return notFound(`${why}${hint}`, { input, side, param: side, suggestions, guess: Boolean(top) });
}

/** A reader-given code: "27-2012.00", or a SOC code "27-2012" meaning its .00 occupation. */
function checkCode(db: DB, code: string, param: string): string {
  const c = code.trim();
  const full = /^\d{2}-\d{4}$/.test(c) ? `${c}.00` : c;
  if (!OCC_CODE.test(full) || !getOccupation(db, full))
    throw notFound(`no O*NET occupation has the code ${c}`, { param });
  return full;
}

function sideResolution(
  db: DB,
  input: string,
  own: RResolution,
  paired: RResolution,
  chosenCode: string | undefined,
  limit: number,
  otherInput: string,
  side: 'a' | 'b',
  shared?: SharedTitleFacts,
  read?: Read,
): Resolution {
  const joint = read?.joint ?? read?.acronym ?? read?.evidence ?? read?.modifier;
  if (chosenCode) {
    const occ = getOccupation(db, chosenCode)!;
    // A typed title that is a guess says nothing about the chosen occupation: no matched title, no corrections.
    const hit = isGuess(own) && !joint ? undefined : paired.candidates.find((c) => c.code === chosenCode);
    return {
      input,
      code: occ.code,
      soc: occ.soc,
      title: occ.title,
      score: hit ? conf(hit) : 1,
      method: 'reader_choice',
      matched: hit?.matched ?? null,
      source: hit?.source ?? null,
      reason: `chosen by the reader (${occ.code})`,
      ...(hit?.corrected ? { corrected: hit.corrected } : {}),
      alternatives: offered(
        paired.candidates.filter((c) => c.code !== chosenCode),
        paired.candidates[0],
        limit,
      ),
    };
  }
  const top = paired.candidates[0];
  if (!top || (isGuess(own) && !joint)) throw guessError(input, own, side);
  const ownTop = own.candidates[0]!;
  const method = top.source === 'code' ? 'code' : top.code !== ownTop.code ? 'pair_context' : 'title';
  const reason =
    method === 'code'
      ? `the input is the code ${top.code}`
      : read?.joint?.whole && read.joint.code === top.code
        ? `"${input}" matches the title "${read.joint.whole}" of ${top.code} ${top.title}, its words across the title and its alias`
        : read?.joint?.code === top.code
          ? `no single O*NET title holds all of "${input}"; ${top.code} ${top.title} lists "${read.joint.head}" and, ${read.joint.words.map((w) => `with "${w.word}", ${w.titles.map((t) => `"${t}"`).join(', ')}`).join('; ')}`
          : read?.acronym?.code === top.code
            ? `no O*NET title holds "${input}"; ${top.code} ${top.title} spells ${read.acronym.acronym} out as "${read.acronym.spelled}" in ${read.acronym.titles.map((t) => `"${t}"`).join(', ')}; "${read.acronym.head}" ends O*NET titles in ${read.acronym.groups} SOC major groups`
            : read?.evidence && method === 'title'
              ? `"${input}" matches the ${top.source} title "${top.matched}" of ${top.code} ${top.title}, whose O*NET text also uses ${read.evidence.map((e) => `"${e.word}" (${e.kind === 'title' ? 'its title' : e.kind === 'technology' ? 'its technology' : `its ${e.kind}`} "${e.text}")`).join(', ')}`
              : read?.modifier?.reading.code === top.code
                ? modifierReason(input, top, read.modifier.reading)
                : read?.apprentice
                  ? `the SOC classifies apprentices and trainees with the occupation they train for, so "${input}" is read as "${read.apprentice}", which ${method === 'pair_context' ? `next to the other career reads as ${top.code} ${top.title}` : `matches the ${top.source} title "${top.matched}"`}`
                  : method === 'pair_context'
                    ? `"${input}" alone reads best as ${ownTop.code} ${ownTop.title}; next to the other career it reads as ${top.code} ${top.title}`
                    : shared?.readAs?.code === top.code
                      ? `"${input}" is listed by ${shared.among[0]!.code} ${shared.among[0]!.title}, a specialty of ${top.code} ${top.title}, whose own title holds ${shared.readAs.words.map((w) => `"${w}"`).join(', ')}`
                      : shared && shared.among[0]?.code === top.code && shared.decidedBy !== 'none'
                        ? sharedReason(input, shared)
                        : `"${input}" matches the ${top.source} title "${top.matched}"${own.ambiguous ? ' (other readings are close; see alternatives)' : ''}`;
  return {
    input,
    code: top.code,
    soc: top.soc,
    title: top.title,
    score: conf(top),
    method,
    matched: top.matched ?? null,
    source: top.source ?? null,
    reason,
    ...(top.corrected ? { corrected: top.corrected } : {}),
    ...(method === 'pair_context' ? { pairContext: { alone: candidate(ownTop), other: otherInput } } : {}),
    ...(read?.joint?.code === top.code && !read.joint.whole
      ? { joint: { head: read.joint.head, words: read.joint.words } }
      : {}),
    ...(read?.apprentice ? { apprentice: { trade: read.apprentice } } : {}),
    ...(read?.evidence && method === 'title' ? { evidence: read.evidence } : {}),
    ...(read?.modifier?.reading.code === top.code
      ? { modifier: (({ code: _c, ...m }) => m)(read.modifier.reading) }
      : {}),
    ...(read?.acronym?.code === top.code
      ? {
          acronym: (({ code: _c, soc: _s, title: _t, ...a }) => a)(read.acronym),
        }
      : {}),
    ...(shared && method === 'title' && (shared.among[0]?.code === top.code || shared.readAs?.code === top.code)
      ? { sharedTitle: shared }
      : {}),
    alternatives: offered(paired.candidates.slice(1), top, limit),
  };
}

/** Why the commonest of the occupations sharing a title was taken, in one sentence (Resolution.reason). */
function sharedReason(input: string, f: SharedTitleFacts): string {
  const [first, ...rest] = f.among;
  const how = f.by === 'named' ? 'name it in their own O*NET title' : 'list it word for word';
  if (f.decidedBy === 'only') return `"${input}" is named in the O*NET title of ${first!.code} ${first!.title}`;
  if (f.decidedBy === 'listing')
    return `${f.among.length} occupations ${how}; ${first!.code} lists it from the most O*NET sources (${first!.sources}${first!.reported ? ' and incumbents’ reports' : ''})`;
  if (f.decidedBy === 'words')
    return `${f.among.length} occupations ${how}; of those listing it most firmly, the O*NET title of ${first!.code} ${first!.title} holds the most of its words (${first!.titleWords})`;
  const o = first!.oews!;
  if (f.decidedBy === 'workers') {
    const firmer = rest.find((x) => x.sources + (x.reported ? 1 : 0) > first!.sources + (first!.reported ? 1 : 0));
    return `${f.among.length} occupations ${how}; ${first!.code} has the largest OEWS employment of them (${o.employment} for ${o.soc}, ${o.period}), though ${firmer?.code ?? 'another'} lists it more firmly`;
  }
  // Listed: employment decided among those listing it as firmly as the first, not among all.
  const firm = (x: (typeof f.among)[number]) => x.sources + (x.reported ? 1 : 0);
  const peers = f.by === 'named' ? rest : rest.filter((x) => firm(x) === firm(first!));
  const among =
    f.by === 'named'
      ? `${f.among.length} occupations ${how}`
      : `${peers.length + 1} occupations list it equally firmly`;
  return `${among}; ${first!.code} has the largest OEWS employment of them (${o.employment} for ${o.soc}, ${o.period}; next: ${peers
    .map((x) => (x.oews ? `${x.code} ${x.oews.employment}` : `${x.code} none`))
    .slice(0, 3)
    .join(', ')})`;
}

/**
 * A guess whose words are all O*NET title words as typed (nothing corrected) may still be one occupation's, read
 * through its title lists together (src/compare/joint.ts: "film director" → Producers and Directors), or read as
 * the O*NET title it adds words to (src/compare/modifier.ts: "divorce attorney" → "attorney"; `alone` reads a
 * head as the comparison reads a title on its own).
 */
function jointFor(store: StoreCache, own: RResolution, alone: (typed: string) => RResolution): Read | undefined {
  const top = own.candidates[0];
  if (!top || !isGuess(own) || Object.keys(top.corrected ?? {}).length > 0) return undefined;
  const joint = jointReading(store, own.query);
  if (joint) return { joint };
  // "<acronym> <worker word>" through the titles spelling the acronym out (src/compare/acronym.ts).
  const acronym = acronymReading(store, own.query);
  if (acronym) return { acronym };
  // A partial reading whose occupation's own O*NET text uses the typed words its title lacks (src/compare/evidence.ts).
  const evidence = textEvidence(store, own, unexplainedWords(own.query, top));
  if (evidence) return { evidence };
  let head: RResolution | undefined;
  const reading = modifierReading(store, own.query, (t) => {
    const r = alone(t);
    const c = r.candidates[0];
    if (!c || !EXACT_SOURCES.has(c.source) || isGuess(r)) return undefined;
    head = r;
    const confident = (r.confidence ?? 0) >= COMPARE_DEFAULTS.minConfidence;
    return { code: c.code, confident, firm: confident || !r.ambiguous };
  });
  if (!reading || !head) return undefined;
  // The reading first, clear: the evidence is about that occupation, so no pair context moves it.
  const h: RResolution = head;
  const have = h.candidates.find((c) => c.code === reading.code);
  const occ = store.statement('SELECT soc, title FROM occupations WHERE code = ?').get(reading.code) as {
    soc: string;
    title: string;
  };
  const first: RCandidate =
    reading.how === 'titled' || reading.how === 'sibling'
      ? { code: reading.code, ...occ, score: conf(h.candidates[0]!), matched: reading.titles[0]!, source: 'partial' }
      : have!;
  const resolution = { ...h, ambiguous: false, candidates: [first, ...h.candidates.filter((c) => c !== have)] };
  return { modifier: { reading, resolution } };
}

/** Why a title adding words to an O*NET title reads as that title (Resolution.reason; src/compare/modifier.ts). */
function modifierReason(input: string, top: RCandidate, m: ModifierReading): string {
  const words = m.words.map((w) => `"${w}"`).join(' and ');
  const titles = m.titles.map((t) => `"${t}"`).join(', ');
  if (m.how === 'sibling')
    return `no O*NET title is "${input}"; "${m.head}" reads alone in SOC ${top.soc}, and of its O*NET occupations ${top.code} ${top.title} lists titles with ${words}: ${titles}`;
  if (m.how === 'titled')
    return `no O*NET title is "${input}"; ${top.code} ${top.title} is the one occupation listing a title with ${words} that ends in "${m.head}": ${titles}`;
  const why =
    m.how === 'listed'
      ? `${top.code} also lists ${titles}`
      : m.how === 'elsewhere'
        ? `O*NET titles with ${words} (${titles}) name other jobs, none ending in "${m.head}"`
        : m.how === 'unknown'
          ? `no O*NET title has ${words}`
          : `no O*NET title holds ${words} together`;
  return `"${input}" is read as "${m.head}", which matches the ${top.source} title "${top.matched}" of ${top.code} ${top.title}; ${why}`;
}

/** A guess read after all: through one occupation's titles together, or through an acronym's titles. */
interface Read {
  joint?: JointReading;
  acronym?: AcronymReading;
  /** O*NET text of the best reading's occupation using the typed words its matched title lacks. */
  evidence?: TextEvidence[];
  /** The trade an apprentice or trainee title was read as (apprenticeTrade). */
  apprentice?: string;
  /** A title read as the O*NET title it adds words to, and that title's own resolution. */
  modifier?: { reading: ModifierReading; resolution: RResolution };
}

/**
 * The trade of an apprentice or trainee title: the typed words without "apprentice" or "trainee" ("apprentice
 * plumber" → "plumber"). The SOC classifies apprentices and trainees with the occupation they train for, and helpers
 * apart, though O*NET lists "Plumber Apprentice" under Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters.
 */
export function apprenticeTrade(typed: string): string | undefined {
  const words = typed.trim().split(/\s+/);
  const rest = words.filter((w) => !/^(apprentice|trainee)s?$/i.test(w));
  return rest.length > 0 && rest.length < words.length ? rest.join(' ') : undefined;
}

/** The resolution with the joint reading first, clear (its own evidence: no pair context moves it). */
function readJointly(own: RResolution, read: Read): RResolution {
  if (read.evidence) return { ...own, ambiguous: false };
  if (read.modifier) return read.modifier.resolution;
  const j = (read.joint ?? read.acronym)!;
  const have = own.candidates.find((c) => c.code === j.code);
  const first: RCandidate = {
    code: j.code,
    soc: j.soc,
    title: j.title,
    score: have ? conf(have) : conf(own.candidates[0]!),
    matched: read.joint ? (read.joint.whole ?? read.joint.head) : read.acronym!.titles[0]!,
    source: 'partial',
  };
  return { ...own, ambiguous: false, candidates: [first, ...own.candidates.filter((c) => c.code !== j.code)] };
}

export interface ResolveChoice {
  aCode?: string | undefined;
  bCode?: string | undefined;
}

/** Each side read on its own as a comparison reads it, before the pair: see resolveInputs. */
function readSides(store: StoreCache, input: Pair<string>, limit: number) {
  const resolver = resolverFor(store);
  // Each side on its own: a title several occupations share reads first as the commonest of them (reading.ts).
  const own = (typed: string) => preferCommonest(store, resolver, resolver.resolve(typed, limit + 3));
  // An apprentice's title reads as its trade's when an occupation's own O*NET title names the trade.
  const trade = (typed: string) => {
    const t = apprenticeTrade(typed);
    const r = t === undefined || !namedByAnOccupation(store, t) ? undefined : own(t);
    const top = r?.resolution.candidates[0];
    return r && top && EXACT_SOURCES.has(top.source) && !isGuess(r.resolution) ? { t: t!, r } : undefined;
  };
  const ta = trade(input.a);
  const tb = trade(input.b);
  const sa = ta ? { resolution: ta.r.resolution } : own(input.a);
  const sb = tb ? { resolution: tb.r.resolution } : own(input.b);
  const alone = (typed: string) => own(typed).resolution;
  const ja = jointFor(store, sa.resolution, alone);
  const jb = jointFor(store, sb.resolution, alone);
  const ra = ja ? readJointly(sa.resolution, ja) : sa.resolution;
  const rb = jb ? readJointly(sb.resolution, jb) : sb.resolution;
  const ties = { a: ta?.r.shared?.ties ?? sa.shared?.ties, b: tb?.r.shared?.ties ?? sb.shared?.ties };
  return { ra, rb, sa, sb, ta, tb, ja, jb, ties };
}

/**
 * Both typed titles read as a comparison reads them (the commonest shared reading, apprentices, joint, acronym and
 * text-evidence readings, then the pair's context), and which side is a guess (no article: a "did you mean").
 * What the site reads a typed pair as, so its pages and redirects agree with `careerdiff compare` and the API.
 */
export function readPair(store: StoreCache, a: string, b: string, limit = 5): PairReading {
  const { ra, rb, ta, tb, ja, jb, ties } = readSides(store, { a, b }, limit);
  const resolutions = resolvePair(ra, rb, {}, ties);
  return {
    resolutions,
    guess: [isGuess(ra) && !(ja ?? ta), isGuess(rb) && !(jb ?? tb)],
  };
}

/** Both sides' readings (best first) and whether each is a guess. */
interface PairReading {
  resolutions: [RResolution, RResolution];
  guess: [boolean, boolean];
}

export function resolveInputs(
  store: StoreCache,
  input: Pair<string>,
  choice: ResolveChoice,
  limit = 5,
): Pair<Resolution> {
  const db = store.db;
  const { ra, rb, sa, sb, ta, tb, ja, jb, ties } = readSides(store, input, limit);
  // A code that is the reading the pair resolves to anyway (a canonical URL passes both) is no reader's choice.
  const [fa, fb] = resolvePair(ra, rb, {}, ties);
  const chosen = (code: string | undefined, param: string, free: RResolution) => {
    const c = code ? checkCode(db, code, param) : undefined;
    return c === free.candidates[0]?.code ? undefined : c;
  };
  const aCode = chosen(choice.aCode, 'a-code', fa);
  const bCode = chosen(choice.bCode, 'b-code', fb);
  // A side fixed by the reader is the other side's context: pin it as the only reading.
  const pin = (r: RResolution, code: string | undefined): RResolution => {
    if (!code) return r;
    const occ = getOccupation(db, code)!;
    const hit = r.candidates.find((c) => c.code === code);
    return {
      ...r,
      ambiguous: false,
      candidates: [hit ?? { code, soc: occ.soc, title: occ.title, score: 1, matched: occ.title, source: 'code' }],
    };
  };
  const [pa, pb] = resolvePair(pin(ra, aCode), pin(rb, bCode), {}, ties);
  return {
    a: sideResolution(
      db,
      input.a,
      ra,
      aCode ? ra : pa,
      aCode,
      limit,
      input.b,
      'a',
      sa.shared?.facts,
      ta ? { apprentice: ta.t } : ja,
    ),
    b: sideResolution(
      db,
      input.b,
      rb,
      bCode ? rb : pb,
      bCode,
      limit,
      input.a,
      'b',
      sb.shared?.facts,
      tb ? { apprentice: tb.t } : jb,
    ),
  };
}
