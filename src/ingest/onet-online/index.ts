/**
 * O*NET OnLine per-element exports (Work Context and Work Activities on O*NET OnLine's 0–100 scale, e.g. the
 * O*NET 24.2 exports of 2020 on O*NET-SOC 2010 codes) and the O*NET-SOC 2010→2019 crosswalk. Found by header
 * (discover.ts); every row checked (a bad code or value is an error naming the file, line and column); values
 * on 2010 codes carried to today's codes through the crosswalk (carry.ts: split → each successor, merge → mean,
 * no predecessor → no value). Stored in `ratings` on the element's own O*NET scale (CX/IM 1–5, LV 0–7, converted
 * back from 0–100 with the Scales Reference), official = 0, with the crosswalk marks; ratings_best prefers any
 * official Work Context / Work Activities table over them (src/ingest/onet/best.ts).
 */
import { dataError } from '../../errors.js';
import type { IngestContext, SourceMeta } from '../context.js';
import type { Ingester } from '../ingester.js';
import { OCC_CODE_RE } from '../onet/common.js';
import { compareVersions } from '../onet/release.js';
import { readDelimited } from '../readers/delimited.js';
import type { Row } from '../readers/table.js';
import { baseOf } from '../files.js';
import { type Crosswalk, carry, crosswalkOf, mean } from './carry.js';
import { type Crosswalk2010File, type ExportFile, findOnlineFiles, nameKey, readmeFacts } from './discover.js';

const ONLINE_LICENSE = 'CC BY 4.0 (O*NET OnLine, USDOL/ETA)';
const ONLINE_PUBLISHER = 'O*NET OnLine (National Center for O*NET Development, for USDOL/ETA); third-party copy';
/** The first O*NET release on O*NET-SOC 2019 codes (August 2020): the earliest an undated 2019-code export can be. */
const FIRST_2019_RELEASE = '25.1';

const DOMAIN = { context: 'Work Context', activity: 'Work Activities' } as const;
const BRANCH = { context: '4.C.', activity: '4.A.' } as const;

type Scale = 'CX' | 'IM' | 'LV';
/** One scale value of one row: a number on 0–100, or "not relevant" (O*NET's flag for a level). */
type Cell = { v: number; nr: boolean };

export const onetOnlineIngester: Ingester = {
  name: 'O*NET OnLine exports',
  run(ctx) {
    const { exports, crosswalks } = findOnlineFiles(ctx);
    if (exports.length === 0) {
      ctx.section('onet_online', 'missing', 0, 'O*NET OnLine exports: no file in the data folder');
      return;
    }
    const job = new OnlineImport(ctx, crosswalks);
    let rows = 0;
    for (const f of exports) rows += job.importFile(f);
    job.finish(rows);
  },
};

class OnlineImport {
  private readonly targets: Set<string>;
  private readonly elements: Map<string, string>;
  private readonly scales = new Map<string, { min: number; max: number }>();
  private cw: { file: Crosswalk2010File; map: Crosswalk; sourceId: number | null } | null = null;
  private readonly done: { domain: string; elementId: string; occupations: number; release: string }[] = [];

  constructor(
    private readonly ctx: IngestContext,
    crosswalks: Crosswalk2010File[],
  ) {
    this.targets = new Set(ctx.db.prepare('SELECT code FROM occupations').pluck().all() as string[]);
    this.elements = new Map(
      (ctx.db.prepare('SELECT element_id AS id, name FROM content_model').all() as { id: string; name: string }[]).map(
        (r) => [r.id, r.name],
      ),
    );
    for (const s of ctx.db.prepare('SELECT scale_id AS id, minimum AS min, maximum AS max FROM scales').all() as {
      id: string;
      min: number;
      max: number;
    }[])
      this.scales.set(s.id, { min: s.min, max: s.max });
    const first = crosswalks[0];
    if (first) {
      for (const other of crosswalks.slice(1))
        ctx.warn(`another O*NET-SOC 2010→2019 crosswalk is in the data folder; ${first.rel} is used`, other.rel);
      this.cw = { file: first, map: readCrosswalk(ctx, first), sourceId: null };
    }
  }

  /** The crosswalk's source id, registered on first use. */
  private crosswalkSource(): number | null {
    if (!this.cw) return null;
    this.cw.sourceId ??= this.ctx.addSource(this.cw.file.rel, {
      dataset: 'onet_crosswalk',
      publisher: 'O*NET Resource Center (National Center for O*NET Development); third-party copy',
      title: 'O*NET-SOC 2010 to 2019 Crosswalk (third-party copy)',
      release: 'O*NET-SOC 2019',
      license: 'CC BY 4.0 (O*NET Resource Center)',
      official: false,
    });
    return this.cw.sourceId;
  }

  /** The element a file holds: named by its README, else a Content Model element named like the file. */
  private element(f: ExportFile, fromReadme: string | null): string | null {
    const branch = BRANCH[f.kind];
    if (fromReadme) {
      if (!this.elements.has(fromReadme)) {
        this.ctx.warn(`not imported: element ${fromReadme} (named in its README) is not in the Content Model`, f.rel);
        return null;
      }
      if (!fromReadme.startsWith(branch)) {
        this.ctx.warn(`not imported: element ${fromReadme} is not a ${DOMAIN[f.kind]} element`, f.rel);
        return null;
      }
      return fromReadme;
    }
    const key = nameKey(baseOf(f.rel));
    const hits = [...this.elements].filter(([id, name]) => id.startsWith(branch) && nameKey(name) === key);
    if (hits.length === 1) return hits[0]![0];
    this.ctx.warn(
      `not imported: cannot tell which ${DOMAIN[f.kind]} element it holds (no README line names it with an element id, and no element is named like the file)`,
      f.rel,
    );
    return null;
  }

  importFile(f: ExportFile): number {
    const { ctx } = this;
    const facts = readmeFacts(ctx, f.rel);
    const elementId = this.element(f, facts.elementId);
    if (!elementId) return 0;
    const scales = Object.keys(f.valueColumns) as Scale[];
    const table = readDelimited(ctx.abs(f.rel), {
      delimiter: f.delimiter,
      quoted: true,
      required: [f.codeColumn, ...scales.map((s) => f.valueColumns[s]!)],
      label: f.rel,
    });
    // Read and check every row first: a bad row fails the import wherever it is.
    const values = new Map<Scale, Map<string, Cell>>(scales.map((s) => [s, new Map()]));
    const seen = new Set<string>();
    for (const row of table.rows) {
      const code = row.str(f.codeColumn);
      if (!OCC_CODE_RE.test(code)) row.fail(f.codeColumn, `not an O*NET-SOC code: "${code.slice(0, 20)}"`);
      if (seen.has(code)) row.fail(f.codeColumn, `duplicated occupation code ${code}`);
      seen.add(code);
      for (const s of scales) {
        const c = readCell(row, f.valueColumns[s]!, s);
        if (c !== null) values.get(s)!.set(code, c);
      }
    }
    // Which taxonomy the codes are on, from the codes themselves.
    const codes = [...seen];
    const on2019 = codes.filter((c) => this.targets.has(c)).length;
    const only2010 = this.cw ? codes.filter((c) => !this.targets.has(c) && this.cw!.map.forward.has(c)).length : 0;
    // Releases before 25.1 used O*NET-SOC 2010 codes; otherwise the crosswalk tells from the codes themselves.
    const is2010 =
      (facts.release !== null && compareVersions(facts.release, FIRST_2019_RELEASE) < 0) ||
      (only2010 > 0 && only2010 >= codes.length - on2019 - only2010);
    const stated = facts.release !== null;
    if (!stated && is2010) {
      ctx.warn('not imported: no README beside it names the O*NET release of these O*NET-SOC 2010 codes', f.rel);
      return 0;
    }
    if (is2010 && !this.cw) {
      ctx.warn('not imported: its codes are O*NET-SOC 2010 and no 2010→2019 crosswalk is in the data folder', f.rel);
      return 0;
    }
    const release = facts.release ?? FIRST_2019_RELEASE;
    const domain = DOMAIN[f.kind];
    const name = this.elements.get(elementId)!;
    const meta: SourceMeta = {
      dataset: 'onet_online',
      publisher: ONLINE_PUBLISHER,
      title: stated
        ? `O*NET ${release} ${domain} "${name}" (${elementId}), O*NET OnLine export on a 0–100 scale, third-party copy`
        : `O*NET ${domain} "${name}" (${elementId}), O*NET OnLine export on a 0–100 scale, O*NET-SOC 2019 codes, release not stated (${FIRST_2019_RELEASE} or later), third-party copy`,
      release: stated ? release : `${FIRST_2019_RELEASE} or later`,
      period: stated ? facts.period : '2020 or later',
      license: ONLINE_LICENSE,
      official: false,
    };
    const sourceId = ctx.addSource(f.rel, meta);
    const insert = ctx.db.prepare(
      `INSERT INTO ratings (occ_code, domain, element_id, scale_id, category, value, not_relevant, release, official,
         source_id, crosswalk, crosswalk_from) VALUES (?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?, ?)`,
    );
    let n = 0;
    const occupations = new Set<string>();
    const skipped = new Set<string>();
    for (const s of scales) {
      const vals = values.get(s)!;
      const { min, max } = this.scale(s, f.rel);
      const put = (code: string, c: Cell, how: string | null, from: string | null) => {
        const nr = s === 'LV' ? (c.nr ? 1 : 0) : null;
        insert.run(code, domain, elementId, s, min + (c.v / 100) * (max - min), nr, release, sourceId, how, from);
        occupations.add(code);
        n++;
      };
      if (is2010) {
        for (const code of vals.keys()) if (!this.cw!.map.forward.has(code)) skipped.add(code);
        const carried = carry(vals, this.cw!.map, this.targets, (cs) => ({
          v: mean(cs.map((c) => c.v)),
          nr: cs.every((c) => c.nr),
        }));
        for (const [code, c] of carried) put(code, c.value, c.how, c.from.join(','));
      } else {
        for (const [code, c] of vals) {
          if (this.targets.has(code)) put(code, c, null, null);
          else skipped.add(code);
        }
      }
    }
    if (is2010) this.crosswalkSource();
    if (skipped.size > 0) {
      const why = is2010 ? 'not in the 2010→2019 crosswalk' : 'not in Occupation Data';
      ctx.warn(`${skipped.size} occupation codes skipped: ${why}, e.g. ${[...skipped].slice(0, 3).join(', ')}`, f.rel);
    }
    ctx.setSourceRows(sourceId, n);
    ctx.count('ratings', n);
    ctx.count('onet_online', n);
    this.done.push({ domain, elementId, occupations: occupations.size, release });
    return n;
  }

  private scale(s: Scale, rel: string): { min: number; max: number } {
    const sc = this.scales.get(s);
    if (!sc) throw dataError(rel, undefined, `scale ${s} is not in the Scales Reference of the O*NET text release`);
    return sc;
  }

  finish(rows: number): void {
    const { ctx } = this;
    if (this.done.length === 0) {
      ctx.section('onet_online', 'missing', 0, 'O*NET OnLine exports: none could be imported (see the warnings)');
      return;
    }
    const per = (d: string) => this.done.filter((x) => x.domain === d);
    const parts: string[] = [];
    for (const d of Object.values(DOMAIN)) {
      const xs = per(d);
      if (xs.length === 0) continue;
      const rel = [...new Set(xs.map((x) => x.release))].join(', ');
      const occ = Math.max(...xs.map((x) => x.occupations));
      parts.push(
        `${d}: ${xs.length} elements (O*NET ${rel}), up to ${occ} of ${this.targets.size} occupations (the others have no O*NET-SOC 2010 predecessor with a value)`,
      );
      const section = d === 'Work Context' ? 'work_context' : 'work_activities';
      const prev = ctx.db.prepare('SELECT status, note FROM sections WHERE name = ?').get(section) as
        | { status: string; note: string | null }
        | undefined;
      const note = `${xs.length} elements from O*NET OnLine exports (O*NET ${rel}, third-party copies; values on O*NET-SOC 2010 codes carried through the crosswalk)`;
      const total = ctx.db.prepare('SELECT COUNT(*) FROM ratings WHERE domain = ?').pluck().get(d) as number;
      ctx.section(
        section,
        'partial',
        total,
        prev && prev.status !== 'missing' ? `${prev.note ?? d} + ${note}` : `${d}: ${note}`,
      );
    }
    ctx.section('onet_online', 'ok', rows, `O*NET OnLine exports: ${parts.join('; ')}`);
  }
}

const NOT_AVAILABLE = /^not available$/i;
const NOT_RELEVANT = /^not relevant$/i;

/** One value cell: a number on 0–100, "Not available" (null) or, for a level, "Not relevant". */
function readCell(row: Row, column: string, scale: Scale): Cell | null {
  const raw = row.raw(column);
  const s = raw === null || raw === undefined ? '' : String(raw).trim();
  if (NOT_AVAILABLE.test(s)) return null;
  if (NOT_RELEVANT.test(s)) {
    if (scale !== 'LV') row.fail(column, `"${s}" is only used for a level, not in "${column}"`);
    return { v: 0, nr: true };
  }
  const v = row.num(column);
  if (v < 0 || v > 100) row.fail(column, `${v} is outside O*NET OnLine's 0–100 scale`);
  return { v, nr: false };
}

function readCrosswalk(ctx: IngestContext, f: Crosswalk2010File): Crosswalk {
  const table = readDelimited(ctx.abs(f.rel), {
    delimiter: f.delimiter,
    quoted: true,
    required: [f.from, f.to],
    label: f.rel,
  });
  const pairs: [string, string][] = [];
  for (const row of table.rows) {
    const from = row.str(f.from);
    const to = row.str(f.to);
    if (!OCC_CODE_RE.test(from)) row.fail(f.from, `not an O*NET-SOC code: "${from.slice(0, 20)}"`);
    if (!OCC_CODE_RE.test(to)) row.fail(f.to, `not an O*NET-SOC code: "${to.slice(0, 20)}"`);
    pairs.push([from, to]);
  }
  return crosswalkOf(pairs);
}
