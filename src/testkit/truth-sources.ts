/**
 * The truth suite's own reading of the raw source files (test-only): O*NET text files split by hand, BLS and ORS
 * workbooks read with SheetJS, never through careerdiff's ingest, store or writer code. Each claim of a
 * Comparison is re-derived from these (src/compare/truth.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';

type Cell = string | number | undefined;

/** Lower case, accents off, every run of non-alphanumerics one space, a plural "s" off each word. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

function tsv(file: string): string[][] {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  return lines
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
}

function sheet(file: string, pick: (names: string[]) => string | undefined): Cell[][] {
  const wb = XLSX.readFile(file, { dense: true });
  const name = pick(wb.SheetNames);
  if (!name) throw new Error(`${file}: no such sheet among ${wb.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<Cell[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: undefined });
}

/** Rows after the first row that holds all `need` headers, as objects by header. */
function table(rows: Cell[][], need: string[]): Record<string, Cell>[] {
  const at = rows.findIndex((r) => need.every((h) => r.some((c) => String(c ?? '').trim() === h)));
  if (at < 0) throw new Error(`no header row with ${need.join(', ')}`);
  const head = rows[at]!.map((c) => String(c ?? '').trim());
  return rows.slice(at + 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

interface OrsRaw {
  value: number | null;
  mode: boolean;
  title: string;
}

export class TruthSources {
  constructor(readonly dataDir: string) {}

  private memo = new Map<string, unknown>();
  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  private onet = (f: string) => path.join(this.dataDir, 'onet_30_1', f);

  /** O*NET occupations: code → { soc, title }. */
  occupations(): Map<string, { soc: string; title: string }> {
    return this.once('occ', () => {
      const m = new Map<string, { soc: string; title: string }>();
      for (const [code, title] of tsv(this.onet('Occupation Data.txt')))
        m.set(code!, { soc: code!.slice(0, 7), title: title! });
      return m;
    });
  }

  /** Every title of every O*NET list (occupation, alternate, short, reported), folded → codes listing it. */
  titles(): Map<string, Set<string>> {
    return this.once('titles', () => {
      const m = new Map<string, Set<string>>();
      const add = (t: string | undefined, code: string) => {
        if (!t || t === 'n/a') return;
        const readings = [t, ...[...t.matchAll(/\(([^()]+)\)/g)].map((x) => x[1]!), t.replace(/\([^()]*\)/g, ' ')];
        for (const r of readings) {
          const k = fold(r);
          if (k) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(code);
        }
      };
      for (const [code, t] of this.occupations()) add(t.title, code);
      for (const r of tsv(this.onet('Alternate Titles.txt'))) {
        add(r[1], r[0]!); // Alternate Title
        add(r[2], r[0]!); // Short Title
      }
      for (const r of tsv(this.onet('Sample of Reported Titles.txt'))) add(r[1], r[0]!);
      return m;
    });
  }

  /** DWA Reference: DWA id → title, IWA id and general work activity (element) id. */
  dwaRef(): Map<string, { title: string; iwa: string; gwa: string }> {
    return this.once('dwaRef', () => {
      const m = new Map<string, { title: string; iwa: string; gwa: string }>();
      for (const [gwa, iwa, id, title] of tsv(this.onet('DWA Reference.txt')))
        m.set(id!, { title: title!, iwa: iwa!, gwa: gwa! });
      return m;
    });
  }

  /** Tasks to DWAs: occupation → its DWA ids. */
  dwas(): Map<string, Set<string>> {
    return this.once('dwas', () => {
      const m = new Map<string, Set<string>>();
      for (const [code, , dwa] of tsv(this.onet('Tasks to DWAs.txt')))
        (m.get(code!) ?? m.set(code!, new Set()).get(code!)!).add(dwa!);
      return m;
    });
  }

  /** Task Statements: occupation → its task texts. */
  tasks(): Map<string, string[]> {
    return this.once('tasks', () => {
      const m = new Map<string, string[]>();
      for (const [code, , text] of tsv(this.onet('Task Statements.txt')))
        m.set(code!, [...(m.get(code!) ?? []), text!]);
      return m;
    });
  }

  /**
   * O*NET OnLine's Work Activities importance (0–100, O*NET 24.2) for today's codes: element id → importance, read
   * from the export CSVs (element ids from the folder's README table) and carried over the O*NET-SOC 2010→2019
   * crosswalk; where several 2010 codes map to one occupation, their mean (the occupation merges them).
   */
  workActivityImportance(): Map<string, Map<string, number>> {
    return this.once('wa', () => {
      const dir = path.join(this.dataDir, 'onet_online_24_2_exports');
      const cw = new Map<string, string[]>();
      const cwLines = fs
        .readFileSync(path.join(this.dataDir, 'onet_soc_2010_to_2019_crosswalk/2010_to_2019_Crosswalk.csv'), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .slice(1);
      for (const l of cwLines) {
        const [from, , to] = l.split(';');
        if (from && to) cw.set(from, [...(cw.get(from) ?? []), to]);
      }
      const sums = new Map<string, Map<string, number[]>>();
      const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
      for (const [, file, id] of readme.matchAll(/^\| (work_activities\/[^ |]+\.csv) \|[^|]*\| ([\d.A-Za-z]+) \|$/gm)) {
        const rows = fs.readFileSync(path.join(dir, file!), 'utf8').split(/\r?\n/).slice(1);
        for (const r of rows) {
          const m = /^(\d+|Not available),[^,]*,(\d\d-\d{4}\.\d\d),/.exec(r);
          if (!m || m[1] === 'Not available') continue;
          for (const code of cw.get(m[2]!) ?? [m[2]!]) {
            const e = sums.get(code) ?? sums.set(code, new Map()).get(code)!;
            e.set(id!, [...(e.get(id!) ?? []), Number(m[1])]);
          }
        }
      }
      const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
      return new Map([...sums].map(([code, e]) => [code, new Map([...e].map(([id, xs]) => [id, mean(xs)]))]));
    });
  }

  /** Occupations in O*NET 30.1's Occupation Level Metadata (surveyed for that release). */
  surveyed(): Set<string> {
    return this.once('surveyed', () => new Set(tsv(this.onet('Occupation Level Metadata.txt')).map((r) => r[0]!)));
  }

  /** Occupations with official O*NET 29.0 skill or knowledge ratings (onet_ratings_29_0/*.xlsx). */
  rated29(): Set<string> {
    return this.once('rated29', () => {
      const out = new Set<string>();
      for (const f of ['Skills.xlsx', 'Knowledge.xlsx'])
        for (const r of table(
          sheet(path.join(this.dataDir, 'onet_ratings_29_0', f), (n) => n[0]),
          ['O*NET-SOC Code'],
        ))
          if (r['O*NET-SOC Code']) out.add(String(r['O*NET-SOC Code']));
      return out;
    });
  }

  /** Tool example names per occupation (Tools Used), folded. */
  tools(): Map<string, Set<string>> {
    return this.once('tools', () => {
      const m = new Map<string, Set<string>>();
      for (const r of tsv(this.onet('Tools Used.txt')))
        (m.get(r[0]!) ?? m.set(r[0]!, new Set()).get(r[0]!)!).add(fold(r[1]!));
      return m;
    });
  }

  /** Tools Used by occupation: each example (folded) → the UNSPSC class (the commodity code's first 6 digits). */
  toolClasses(): Map<string, Map<string, string>> {
    return this.once('toolClasses', () => {
      const m = new Map<string, Map<string, string>>();
      for (const r of tsv(this.onet('Tools Used.txt')))
        (m.get(r[0]!) ?? m.set(r[0]!, new Map()).get(r[0]!)!).set(fold(r[1]!), r[2]!.slice(0, 6));
      return m;
    });
  }

  /** OEWS May 2025 national rows: OCC_CODE → { group, title, median }. */
  oews(): Map<string, { group: string; title: string; median: Cell }> {
    return this.once('oews', () => {
      const rows = table(
        sheet(path.join(this.dataDir, 'bls_oews_may2025/national_M2025_dl.xlsx'), (n) => n[0]),
        ['OCC_CODE', 'O_GROUP', 'A_MEDIAN'],
      );
      const m = new Map<string, { group: string; title: string; median: Cell }>();
      for (const r of rows) {
        const code = String(r.OCC_CODE ?? '');
        if (!/^\d\d-\d{4}$/.test(code)) continue;
        // A code published twice (broad and detailed) keeps its detailed row: same figures.
        if (!m.has(code) || r.O_GROUP === 'detailed')
          m.set(code, { group: String(r.O_GROUP), title: String(r.OCC_TITLE), median: r.A_MEDIAN });
      }
      return m;
    });
  }

  /** EP 2024–34 Table 1.2 codes. */
  ep(): Set<string> {
    return this.once('ep', () => {
      const rows = sheet(path.join(this.dataDir, 'bls_ep_2024_2034/occupation.xlsx'), (n) =>
        n.find((x) => x.trim() === 'Table 1.2'),
      );
      const out = new Set<string>();
      for (const r of rows)
        for (const c of r) if (typeof c === 'string' && /^\d\d-\d{4}$/.test(c.trim())) out.add(c.trim());
      return out;
    });
  }

  /** The smallest published group containing an occupation's SOC code, by this suite's own reading. */
  smallestGroup(soc: string, published: Set<string>): string | null {
    if (published.has(soc)) return soc;
    const onetSocs = new Set([...this.occupations().values()].map((o) => o.soc));
    const broad = `${soc.slice(0, 6)}0`;
    const extras = [...published].filter(
      (p) => p.startsWith(soc.slice(0, 6)) && p !== broad && !onetSocs.has(p) && !p.endsWith('0'),
    );
    if (extras.length === 1) return extras[0]!;
    for (const g of [broad, `${soc.slice(0, 5)}00`, `${soc.slice(0, 2)}-0000`]) if (published.has(g)) return g;
    return null;
  }

  /** BLS 2010→2018 SOC crosswalk: 2010 code → 2018 codes. */
  crosswalk(): Map<string, string[]> {
    return this.once('cw', () => {
      const rows = table(
        sheet(
          path.join(this.dataDir, 'bls_ors_2018_2020/soc_2010_to_2018_crosswalk.xlsx'),
          (n) => n.find((x) => /2010/.test(x)) ?? n[0],
        ),
        ['2010 SOC Code', '2018 SOC Code'],
      );
      const m = new Map<string, string[]>();
      for (const r of rows) {
        const a = String(r['2010 SOC Code'] ?? '').trim();
        const b = String(r['2018 SOC Code'] ?? '').trim();
        if (a && b) m.set(a, [...(m.get(a) ?? []), b]);
      }
      return m;
    });
  }

  /** ORS estimates: "release|published code|estimate code" → value, mode flag (footnote 7), title. */
  ors(): Map<string, OrsRaw> {
    return this.once('ors', () => {
      const m = new Map<string, OrsRaw>();
      const num = (v: Cell) => (typeof v === 'number' ? v : null);
      const mode = (v: Cell) =>
        String(v ?? '')
          .split(/[,\s]+/)
          .includes('7');
      const r20 = table(
        sheet(path.join(this.dataDir, 'bls_ors_2018_2020/ors-complete-dataset.xlsx'), (n) =>
          n.find((x) => /2020 dataset/i.test(x)),
        ),
        ['SOC 2018 CODE', 'ESTIMATE CODE', 'ESTIMATE'],
      );
      for (const r of r20)
        m.set(`2020|${r['SOC 2018 CODE']}|${r['ESTIMATE CODE']}`, {
          value: num(r.ESTIMATE),
          mode: mode(r['DATA FOOTNOTE']),
          title: String(r.OCCUPATION),
        });
      const r18 = table(
        sheet(path.join(this.dataDir, 'bls_ors_2018_2020/2018_excel_output.xlsx'), (n) =>
          n.find((x) => /2018/.test(x)),
        ),
        ['SERIES ID', 'O*NET-SOC 2010 CODE', 'ESTIMATE'],
      );
      for (const r of r18)
        m.set(`2018|${r['O*NET-SOC 2010 CODE']}|${String(r['SERIES ID']).slice(-5)}`, {
          value: num(r.ESTIMATE),
          mode: mode(r['DATA FOOTNOTE']),
          title: String(r.OCCUPATION),
        });
      return m;
    });
  }

  /** 2018 ORS O*NET-SOC 2010 codes by published title (to find the code behind a 2018 estimate). */
  ors2018Codes(title: string): string[] {
    const idx = this.once('ors18', () => {
      const m = new Map<string, Set<string>>();
      for (const [k, v] of this.ors()) {
        const [rel, code] = k.split('|');
        if (rel === '2018') (m.get(v.title) ?? m.set(v.title, new Set()).get(v.title)!).add(code!);
      }
      return m;
    });
    return [...(idx.get(title) ?? [])];
  }
}
