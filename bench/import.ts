/**
 * Import benchmark: the full import of the data folder, next to a floor measured in the same run —
 * reading and splitting the same files into rows with the same readers, storing nothing.
 * Each measurement runs in a fresh process; the two alternate, RUNS times each; medians are reported.
 *
 *   node dist/bench/import.js [RUNS]        (default 5)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../src/defaults.js';
import { readDelimited } from '../src/ingest/readers/delimited.js';
import { openWorkbook, sheetRows } from '../src/ingest/readers/xlsx.js';
import { importStore } from '../src/ingest/run.js';
import { machine, median } from './lib/stats.js';

const self = fileURLToPath(import.meta.url);

/** The files an import reads, from the sources table of a store it built. */
function importedFiles(dbFile: string): string[] {
  const out = execFileSync(process.execPath, [
    '-e',
    `
    const D = require(${JSON.stringify(path.resolve('node_modules/better-sqlite3'))});
    const db = new D(${JSON.stringify(dbFile)}, { readonly: true });
    console.log(JSON.stringify(db.prepare('SELECT DISTINCT file FROM sources ORDER BY file').all().map(r => r.file)));`,
  ]);
  return JSON.parse(String(out)) as string[];
}

function floor(dataDir: string, files: string[]): number {
  let rows = 0;
  for (const rel of files) {
    const abs = path.join(dataDir, rel);
    if (rel.endsWith('.xlsx')) {
      const wb = openWorkbook(abs, rel);
      for (const name of wb.sheetNames) rows += sheetRows(wb, name).length;
    } else if (rel.endsWith('.txt') || rel.endsWith('.csv')) {
      // The delimiter the header line uses (tab for the O*NET text release, ',' or ';' for CSV exports); tab
      // files split unquoted as the O*NET importer does (the faster reader: a stricter floor), others quoted.
      const head = fs.readFileSync(abs, 'utf8').slice(0, 4096).split('\n')[0] ?? '';
      const delimiter = (['\t', ';', ','] as const).reduce((best, d) =>
        head.split(d).length > head.split(best).length ? d : best,
      );
      rows += readDelimited(abs, { delimiter, quoted: delimiter !== '\t', required: [], label: rel }).rows.length;
    }
  }
  return rows;
}

const [mode, a1, a2] = process.argv.slice(2);
if (mode === '--child-import') {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const summary = importStore({ dataDir: a1!, dbFile: a2! });
  const cpu = process.cpuUsage(c0);
  const stages = {
    ...summary.stageMs,
    ...Object.fromEntries(Object.entries(summary.deriveMs).map(([k, v]) => [`derive: ${k}`, v])),
  };
  const stagesCpu = {
    ...summary.stageCpuMs,
    ...Object.fromEntries(Object.entries(summary.deriveCpuMs).map(([k, v]) => [`derive: ${k}`, v])),
  };
  console.log(
    JSON.stringify({
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rss: process.memoryUsage().rss,
      stages,
      stagesCpu,
      mainCpuMs: Object.values(summary.stageCpuMs).reduce((a, b) => a + b, 0),
    }),
  );
} else if (mode === '--child-floor') {
  const files = JSON.parse(fs.readFileSync(a2!, 'utf8')) as string[];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const rows = floor(a1!, files);
  const cpu = process.cpuUsage(c0);
  console.log(
    JSON.stringify({
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rows,
      rss: process.memoryUsage().rss,
    }),
  );
} else {
  const runs = Number(mode ?? 5);
  const dataDir = resolveDataDir();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-bench-import-'));
  const db = path.join(tmp, 'store.sqlite');
  const child = (args: string[]) =>
    JSON.parse(String(execFileSync(process.execPath, [self, ...args]))) as {
      ms: number;
      cpuMs: number;
      rss: number;
      rows?: number;
      stages?: Record<string, number>;
      stagesCpu?: Record<string, number>;
      mainCpuMs?: number;
    };
  child(['--child-import', dataDir, db]); // warm the page cache
  const list = path.join(tmp, 'files.json');
  fs.writeFileSync(list, JSON.stringify(importedFiles(db)));
  const imp: number[] = [];
  const flo: number[] = [];
  const impCpu: number[] = [];
  const floCpu: number[] = [];
  const stages = new Map<string, number[]>();
  const stagesCpu = new Map<string, number[]>();
  const mainCpu: number[] = [];
  let rss = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const f = child(['--child-floor', dataDir, list]);
    flo.push(f.ms);
    floCpu.push(f.cpuMs);
    rows = f.rows ?? 0;
    const r = child(['--child-import', dataDir, db]);
    imp.push(r.ms);
    impCpu.push(r.cpuMs);
    for (const [k, v] of Object.entries(r.stages ?? {})) stages.set(k, [...(stages.get(k) ?? []), v]);
    for (const [k, v] of Object.entries(r.stagesCpu ?? {})) stagesCpu.set(k, [...(stagesCpu.get(k) ?? []), v]);
    if (r.mainCpuMs !== undefined) mainCpu.push(r.mainCpuMs);
    rss = Math.max(rss, r.rss);
  }
  const mi = median(imp);
  const mf = median(flo);
  console.log(`Machine: ${machine()}`);
  console.log(
    `Files read: ${JSON.parse(fs.readFileSync(list, 'utf8')).length}, rows split by the floor: ${rows.toLocaleString('en-US')}`,
  );
  console.log('');
  console.log('| measurement | median of ' + runs + ' (s) | runs (s) |');
  console.log('|---|---:|---|');
  console.log(
    `| full import (store built, checked, swapped in) | ${(mi / 1000).toFixed(2)} | ${imp.map((x) => (x / 1000).toFixed(2)).join(', ')} |`,
  );
  console.log(
    `| floor: read + split the same files, no store | ${(mf / 1000).toFixed(2)} | ${flo.map((x) => (x / 1000).toFixed(2)).join(', ')} |`,
  );
  console.log(`| ratio import / floor | ${(mi / mf).toFixed(2)}x | |`);
  console.log(`| peak RSS of the import process | ${(rss / 2 ** 20).toFixed(0)} MiB | |`);
  const cpuCell = (xs: number[]) =>
    `${(median(xs) / 1000).toFixed(2)} s (${xs.map((x) => (x / 1000).toFixed(2)).join(', ')})`;
  console.log(`| CPU (user + sys, all threads): import | ${cpuCell(impCpu)} | |`);
  if (mainCpu.length > 0) console.log(`| CPU (user + sys): the importing thread alone | ${cpuCell(mainCpu)} | |`);
  console.log(`| CPU (user + sys): floor | ${cpuCell(floCpu)} | |`);
  console.log(
    `| load average (1, 5, 15 min) at the end | ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')} | |`,
  );
  console.log('');
  console.log(
    '| import stage (the "derive: …" steps are inside "derive"; occupation data runs on threads meanwhile) | median ms | median CPU ms, importing thread |',
  );
  console.log('|---|---:|---:|');
  for (const [k, v] of stages) {
    const c = stagesCpu.get(k);
    console.log(`| ${k} | ${median(v).toFixed(0)} | ${c ? median(c).toFixed(0) : ''} |`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
