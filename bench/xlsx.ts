/**
 * XLSX benchmark: for each workbook the import reads, parse times of SheetJS (XLSX.read with the options the import
 * used, then sheet_to_json of every sheet) against the fast reader (open, then the rows of every sheet). All
 * sheets on both sides, so the fast reader does at least the work the import needs. Every run starts from the
 * file's bytes in memory (fresh parse, nothing cached); the two alternate; medians of wall and CPU time.
 *
 *   node dist/bench/xlsx.js [RUNS]        (default 5)
 */
import fs from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';
import { resolveDataDir } from '../src/defaults.js';
import { XlsxWorkbook } from '../src/ingest/readers/xlsx-fast/workbook.js';
import { machine, median } from './lib/stats.js';

/** The workbooks `careerdiff import` reads (O*NET Excel ratings, OEWS, EP Table 1.2, ORS and its crosswalk). */
const IMPORTED = [
  /^onet_ratings_[^/]*\/(Knowledge|Skills)\.xlsx$/,
  /national_M\d{4}_dl\.xlsx$/,
  /(^|\/)occupation\.xlsx$/,
  /(ors-complete-dataset|\d{4}_excel_output|soc_2010_to_2018_crosswalk)[^/]*\.xlsx$/,
];

function sheetjs(buf: Buffer): number {
  const book = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: false, cellHTML: false, cellText: false });
  let n = 0;
  for (const name of book.SheetNames) {
    n += XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1, raw: true, defval: null, blankrows: true }).length;
  }
  return n;
}

function fast(buf: Buffer): number {
  const wb = new XlsxWorkbook(buf);
  let n = 0;
  for (const name of wb.sheetNames) n += wb.rows(name).length;
  return n;
}

function time(fn: (b: Buffer) => number, buf: Buffer): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn(buf);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const runs = Number(process.argv[2] ?? 5);
const dataDir = resolveDataDir();
const files = fs
  .readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => IMPORTED.some((re) => re.test(f)))
  .sort();

console.log(`Machine: ${machine()}`);
console.log(`Runs: ${runs} per reader and file, alternating; all sheets of each workbook; ms`);
console.log('');
console.log('| workbook | MB | sheets | SheetJS wall | fast wall | ratio | SheetJS CPU | fast CPU | CPU ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const totals = { sw: 0, fw: 0, sc: 0, fc: 0 };
for (const rel of files) {
  const buf = fs.readFileSync(path.join(dataDir, rel));
  const s: { wall: number; cpu: number }[] = [];
  const f: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    s.push(time(sheetjs, buf));
    f.push(time(fast, buf));
  }
  const sw = median(s.map((x) => x.wall));
  const fw = median(f.map((x) => x.wall));
  const sc = median(s.map((x) => x.cpu));
  const fc = median(f.map((x) => x.cpu));
  totals.sw += sw;
  totals.fw += fw;
  totals.sc += sc;
  totals.fc += fc;
  const sheets = new XlsxWorkbook(buf).sheetNames.length;
  console.log(
    `| ${rel} | ${(buf.length / 2 ** 20).toFixed(1)} | ${sheets} | ` +
      `${sw.toFixed(0)} | ${fw.toFixed(0)} | ${(sw / fw).toFixed(1)}x | ` +
      `${sc.toFixed(0)} | ${fc.toFixed(0)} | ${(sc / fc).toFixed(1)}x |`,
  );
}
console.log(
  `| **total** | | | ${totals.sw.toFixed(0)} | ${totals.fw.toFixed(0)} | ${(totals.sw / totals.fw).toFixed(1)}x | ` +
    `${totals.sc.toFixed(0)} | ${totals.fc.toFixed(0)} | ${(totals.sc / totals.fc).toFixed(1)}x |`,
);
