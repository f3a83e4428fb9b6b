/**
 * The resolver: text (a title or a code) → ranked O*NET occupations with confidence, the title that
 * matched, how it matched, level words, typo corrections, an ambiguity flag and, for no match, suggestions.
 * Build once from title entries (pure: no I/O), then resolve many queries.
 */
import { usageError } from '../errors.js';
import { detectAmbiguity } from './ambiguity.js';
import { type ConfidenceInput, confidence } from './calibration.js';
import { codeCandidates, parseCode } from './codes.js';
import { type ResolveOptions, resolveOptions } from './config.js';
import { commaHead, pluralHead } from './official-style.js';
import { headShares, parseQuery } from './query.js';
import { newScratch, rank, type Scratch } from './score.js';
import { suggest } from './suggest.js';
import { buildIndex, type TitleIndex } from './title-index.js';
import type { Candidate, Resolution, TitleEntry } from './types.js';

const DIGIT = /\d/;

/** Other SOC codes scoring within this of the top are its rivals (a calibration feature). */
const RIVAL_GAP = 0.02;

export class Resolver {
  readonly index: TitleIndex;
  readonly opts: ResolveOptions;
  /** The scoring buffers over this index (made on the first query). */
  private scratch: Scratch | undefined;
  /** Per vocabulary word: how often it ends the titles using it (a job's head word, or a modifier); made when a
   * query first needs it (only "Sales <product>" does), not per resolver: a loop over every reading at start. */
  private headsMemo: Float64Array | undefined;
  private readonly heads = (): Float64Array => {
    this.headsMemo ??= headShares(this.index);
    return this.headsMemo;
  };

  /** From title entries (the index is built here), or from an index built before (stored at import). */
  constructor(
    entries: readonly TitleEntry[] | TitleIndex,
    opts: Partial<ResolveOptions> = {},
    priors?: ReadonlyMap<string, number>,
  ) {
    this.index = Array.isArray(entries) ? buildIndex(entries, priors) : (entries as TitleIndex);
    this.opts = resolveOptions(opts);
  }

  private buffers(): Scratch {
    this.scratch ??= newScratch(this.index);
    return this.scratch;
  }

  /** Checks a query: empty or overlong text is a usage error. */
  check(query: string): string {
    const q = query.trim();
    if (q === '') throw usageError('the title is empty', 'title');
    if (q.length > this.opts.maxQueryLength)
      throw usageError(`the title is longer than ${this.opts.maxQueryLength} characters`, 'title');
    return q;
  }

  /** Ranked candidates for a title or code. Never throws for "no match": candidates are then empty. */
  resolve(query: string, limit = this.opts.limit): Resolution {
    return this.explain(query, limit).resolution;
  }

  /** resolve(), plus the features its confidence was computed from (for fitting the calibration). */
  explain(query: string, limit = this.opts.limit): { resolution: Resolution; features?: ConfidenceInput } {
    const q = this.check(query);
    const code = parseCode(q);
    if (code) {
      const candidates = codeCandidates(this.index, code, q).slice(0, Math.max(limit, 1));
      if (candidates.length > 0) return { resolution: { query, candidates, ambiguous: false, confidence: 1 } };
      const resolution: Resolution = {
        query,
        candidates,
        ambiguous: false,
        confidence: 0,
        note: `no O*NET occupation has the code ${q}`,
        suggestions: this.nearCodes(code.soc),
      };
      return { resolution };
    }
    const parsed = parseQuery(this.index, q, this.opts, this.heads);
    // Most words unknown or known only through far typo corrections: no match, whatever a stray word hits.
    if (parsed.evidence < this.opts.minEvidence)
      return { resolution: this.noMatch(query, q, parsed.unknown, parsed.corrected) };
    const { scored, containment, socContained } = rank(this.index, this.buffers(), parsed.variants, this.opts, limit);
    // Candidates are made only for what can be shown or weighed for ambiguity: the first `limit`, the best of
    // each SOC major group and the first of another minor group (making one per scored occupation is most of
    // the cost of a query with a common word).
    const all: Candidate[] = [];
    const majors = new Set<string>();
    let otherMinor = false;
    for (let i = 0; i < scored.length; i++) {
      const s = scored[i]!;
      if (s.score < this.opts.minScore) break;
      const code = this.index.occupations[s.occ]!.code;
      const major = code.slice(0, 2);
      const firstMinor = !otherMinor && i > 0 && code.slice(0, 4) !== all[0]!.code.slice(0, 4);
      if (i >= limit && majors.has(major) && !firstMinor) continue;
      majors.add(major);
      if (firstMinor) otherMinor = true;
      all.push(this.candidate(s.occ, s.reading, s.score, s.whole, s.variant));
    }
    if (all.length === 0) return { resolution: this.noMatch(query, q, parsed.unknown, parsed.corrected) };
    const amb = detectAmbiguity(all, containment, this.opts);
    const candidates = all.slice(0, limit);
    // Keep every competing reading in the list, even past the limit.
    for (const r of amb.readings) if (!candidates.includes(r)) candidates.push(r);
    const notes: string[] = [];
    if (amb.ambiguous)
      notes.push(
        `ambiguous: ${amb.readings.map((c) => `${c.code} ${c.title}`).join(' or ')}; pick one or give context`,
      );
    const top = candidates[0]!;
    if (top.levelWords) notes.push(`level words matched around: ${top.levelWords.join(', ')}`);
    if (top.source === 'partial' || top.source === 'fuzzy') notes.push(`no exact title; best ${top.source} match`);
    // The best other SOC code, and how many other SOC codes match about as well (a title several occupations use).
    let second = 0;
    let rivals: string[] | undefined;
    for (const s of scored) {
      if (s.key < top.score - 2 * RIVAL_GAP) break;
      const soc = this.index.occupations[s.occ]!.soc;
      if (soc === top.soc) continue;
      if (second === 0) second = s.score;
      if (s.score < top.score - RIVAL_GAP || rivals?.includes(soc)) continue;
      if (rivals) rivals.push(soc);
      else rivals = [soc];
    }
    if (second === 0)
      for (const s of scored)
        if (this.index.occupations[s.occ]!.soc !== top.soc) {
          second = s.score;
          break;
        }
    const features: ConfidenceInput = {
      score: top.score,
      second,
      source: top.source,
      evidence: parsed.evidence,
      ambiguous: amb.ambiguous,
      levelWords: top.levelWords?.length ?? 0,
      corrected: top.corrected ? Object.keys(top.corrected).length : 0,
      words: parsed.content,
      rivals: rivals?.length ?? 0,
      readings: amb.readings.length,
      reworded: !scored[0]!.variant.primary && scored[0]!.variant.levelWords.length === 0,
      spread: [...containment.values()].reduce((a, b) => a + b, 0),
      topContained: socContained,
      whole: scored[0]!.whole,
      tokens: parsed.words.length,
      ...(scored[0]!.variant.how ? { how: scored[0]!.variant.how } : {}),
      comma: q.includes(','),
      plural: pluralHead(q),
      salesOf: scored[0]!.variant.needs !== undefined,
      commaHead: commaHead(this.index, q, scored[0]!.reading),
      digits: DIGIT.test(q),
    };
    const resolution: Resolution = {
      query,
      candidates,
      ambiguous: amb.ambiguous,
      confidence: confidence(features),
      ...(notes.length ? { note: notes.join('; ') } : {}),
    };
    return { resolution, features };
  }

  private noMatch(query: string, q: string, unknown: string[], corrected: Record<string, string>): Resolution {
    const far = Object.entries(corrected).map(([a, b]) => `${a}→${b}`);
    const why = [
      unknown.length > 0 ? `unknown words: ${unknown.join(', ')}` : '',
      far.length > 0 ? `only far typo readings: ${far.join(', ')}` : '',
    ].filter(Boolean);
    return {
      query,
      candidates: [],
      ambiguous: false,
      confidence: 0,
      note: `no O*NET title matches "${q}"${why.length ? ` (${why.join('; ')})` : ''}`,
      suggestions: suggest(this.index, this.buffers(), q, this.opts),
    };
  }

  private candidate(
    occ: number,
    reading: number,
    score: number,
    whole: boolean,
    v: { levelWords: string[]; corrected: Record<string, string> },
  ): Candidate {
    const o = this.index.occupations[occ]!;
    const entry = this.index.entries[this.index.readEntry[reading]!]!;
    const fuzzy = Object.keys(v.corrected).length > 0;
    const c: Candidate = {
      code: o.code,
      soc: o.soc,
      title: o.title,
      score: Math.round(score * 1000) / 1000,
      matched: entry.title,
      source: fuzzy ? 'fuzzy' : whole ? entry.kind : 'partial',
    };
    if (v.levelWords.length > 0) c.levelWords = v.levelWords;
    if (fuzzy) c.corrected = v.corrected;
    return c;
  }

  private nearCodes(soc: string): string[] {
    const out: string[] = [];
    for (const prefix of [soc.slice(0, 6), soc.slice(0, 4), soc.slice(0, 2)]) {
      for (const o of this.index.occupations)
        if (o.code.startsWith(prefix) && out.length < this.opts.suggestions) out.push(`${o.code} ${o.title}`);
      if (out.length > 0) break;
    }
    return out;
  }
}

export function createResolver(
  entries: readonly TitleEntry[] | TitleIndex,
  opts: Partial<ResolveOptions> = {},
  priors?: ReadonlyMap<string, number>,
): Resolver {
  return new Resolver(entries, opts, priors);
}
