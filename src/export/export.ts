/**
 * The static export: every page of the site written as files by calling the app's own routes in-process
 * (`app.request`), so the exported and the served site cannot differ. Pages go to <path>/index.html (any
 * static host serves them at the same URLs; every occupation's moves page included), plus sitemap.xml, robots.txt, search-index.json, 404.html,
 * assets and the OpenAPI document. Nothing is written outside the output folder (every path is checked); a
 * file is rewritten only when its bytes change, and files of an earlier export that are no longer produced
 * are removed (listed in .careerdiff-export.json), so re-running is idempotent. `--shard i/n` exports one of n
 * disjoint parts (every n-th file of one deterministic list) with its own manifest; src/export/parallel.ts
 * renders the parts on worker threads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { internalError, usageError } from '../errors.js';
import type { SiteApp } from '../site/app.js';
import { sitePaths } from '../site/seo.js';

/** One of `count` disjoint parts of an export (index 0-based): its files are jobs index, index + count, ... */
export interface Part {
  index: number;
  count: number;
}

export interface ExportOptions {
  outDir: string;
  /** Catalog comparisons to export (default: all). */
  limit?: number;
  /** Only this part of the export (`--shard i/n`); its manifest is its own, so parts never remove each other's files. */
  shard?: Part;
  /** Called after each file: done, total, the URL path. */
  progress?: (done: number, total: number, urlPath: string) => void;
}

export interface ExportSummary {
  outDir: string;
  files: number;
  written: number;
  unchanged: number;
  removed: number;
  pages: { hub: number; profiles: number; moves: number; comparisons: number; lists: number; other: number };
  bytes: number;
  seconds: number;
  pagesPerSecond: number;
}

const MANIFEST = '.careerdiff-export.json';
const SAFE_PATH = /^\/[a-z0-9._\-/]*$/;

/** The file a URL path is written to, inside outDir (throws for anything that could escape it). */
export function fileFor(outDir: string, urlPath: string, asPage: boolean): string {
  if (!SAFE_PATH.test(urlPath) || urlPath.split('/').some((s) => s === '..' || s === '.'))
    throw usageError(`refusing to export the path ${JSON.stringify(urlPath)}`);
  const rel = asPage ? path.join(urlPath, 'index.html') : urlPath;
  const root = path.resolve(outDir);
  const file = path.resolve(root, `.${rel.startsWith('/') ? rel : `/${rel}`}`);
  if (file !== root && !file.startsWith(root + path.sep))
    throw usageError(`refusing to write outside ${root}: ${urlPath}`);
  return file;
}

function writeIfChanged(file: string, body: Buffer): boolean {
  try {
    const old = fs.readFileSync(file);
    if (old.equals(body)) return false;
  } catch {
    // a new file
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, body);
  fs.renameSync(tmp, file);
  return true;
}

interface Job {
  url: string;
  /** Where it goes: a page folder (index.html) or a file path. */
  target: { page: true } | { file: string };
  expect: number;
  kind: keyof ExportSummary['pages'];
}

/** Every file of the export in one deterministic order (same store and options, same list). */
export function planExport(sa: SiteApp, limit = Number.POSITIVE_INFINITY): Job[] {
  const cat = sa.site.catalog();
  const pairs = Math.min(limit, cat.pairs.length);
  if (pairs < cat.pairs.length && !sa.site.opts.pairsParam)
    throw internalError('exportSite: a partial export needs an app created with pairsParam: true');
  const jobs: Job[] = [];
  const profiles = new Set(cat.occupations.map((x) => x.path));
  const comparisons = new Set(cat.pairs.slice(0, pairs).map((x) => x.path));
  const moves = new Set(cat.occupations.map((x) => `${x.path}/moves`));
  for (const p of sitePaths(cat, pairs)) {
    const kind =
      p === '/'
        ? 'hub'
        : profiles.has(p)
          ? 'profiles'
          : moves.has(p)
            ? 'moves'
            : comparisons.has(p)
              ? 'comparisons'
              : 'lists';
    jobs.push({ url: p, target: { page: true }, expect: 200, kind });
  }
  jobs.push({ url: '/search', target: { page: true }, expect: 200, kind: 'other' });
  jobs.push({ url: `/sitemap.xml?pairs=${pairs}`, target: { file: '/sitemap.xml' }, expect: 200, kind: 'other' });
  jobs.push({ url: '/robots.txt', target: { file: '/robots.txt' }, expect: 200, kind: 'other' });
  jobs.push({
    url: `/search-index.json?pairs=${pairs}`,
    target: { file: '/search-index.json' },
    expect: 200,
    kind: 'other',
  });
  jobs.push({ url: '/api/openapi.json', target: { file: '/api/openapi.json' }, expect: 200, kind: 'other' });
  jobs.push({ url: '/this-page-does-not-exist', target: { file: '/404.html' }, expect: 404, kind: 'other' });
  for (const name of sa.site.assets.keys())
    jobs.push({ url: `/assets/${name}`, target: { file: `/assets/${name}` }, expect: 200, kind: 'other' });
  return jobs;
}

/** The jobs of one part: every count-th job from the index-th, so parts are disjoint, cover all and balance. */
export const partOf = <T>(jobs: readonly T[], part: Part | undefined): T[] =>
  part ? jobs.filter((_, j) => j % part.count === part.index) : [...jobs];

/** Parses "i/n" (1-based, as people count shards) into a part; a usage error otherwise. */
export function parseShard(text: string): Part {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const i = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || i < 1 || i > n)
    throw usageError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/8), got "${text}"`, 'shard');
  return { index: i - 1, count: n };
}

export const emptySummary = (outDir: string): ExportSummary => ({
  outDir,
  files: 0,
  written: 0,
  unchanged: 0,
  removed: 0,
  pages: { hub: 0, profiles: 0, moves: 0, comparisons: 0, lists: 0, other: 0 },
  bytes: 0,
  seconds: 0,
  pagesPerSecond: 0,
});

/** Renders and writes these jobs; returns what was written (paths relative to outDir) and the counts. */
export async function renderJobs(
  sa: SiteApp,
  jobs: readonly Job[],
  outDir: string,
  progress?: (done: number, total: number, urlPath: string) => void,
): Promise<{ produced: string[]; summary: ExportSummary }> {
  const summary = emptySummary(outDir);
  const produced: string[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const res = await sa.app.request(job.url);
    if (res.status !== job.expect) {
      const text = await res.text();
      throw internalError(`export: ${job.url} answered ${res.status} (expected ${job.expect}): ${text.slice(0, 200)}`);
    }
    const body = Buffer.from(await res.arrayBuffer());
    const file = 'page' in job.target ? fileFor(outDir, job.url, true) : fileFor(outDir, job.target.file, false);
    let written: boolean;
    try {
      written = writeIfChanged(file, body);
    } catch (err) {
      throw usageError(
        `cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        'out',
      );
    }
    if (written) summary.written++;
    else summary.unchanged++;
    produced.push(path.relative(outDir, file));
    summary.files++;
    summary.bytes += body.length;
    summary.pages[job.kind]++;
    progress?.(i + 1, jobs.length, job.url);
  }
  return { produced, summary };
}

/** Adds one part's counts to a summary. */
export function addSummary(into: ExportSummary, s: ExportSummary): void {
  for (const k of ['files', 'written', 'unchanged', 'removed', 'bytes'] as const) into[k] += s[k];
  for (const k of Object.keys(into.pages) as (keyof ExportSummary['pages'])[]) into.pages[k] += s.pages[k];
}

/** The manifest of a whole export, or of one part of it. */
const manifestName = (part?: Part): string =>
  part && part.count > 1 ? `.careerdiff-export.${part.index + 1}-of-${part.count}.json` : MANIFEST;

/**
 * Removes the files of an earlier export (of the same part) that this one did not produce, writes the
 * manifest and fills in the timing.
 */
export function finishExport(
  outDir: string,
  produced: string[],
  summary: ExportSummary,
  t0: number,
  part?: Part,
): ExportSummary {
  const manifestFile = path.join(outDir, manifestName(part));
  const now = new Set(produced);
  try {
    const before = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { files?: unknown };
    for (const rel of Array.isArray(before.files) ? before.files : []) {
      if (typeof rel !== 'string' || now.has(rel)) continue;
      const file = path.resolve(outDir, rel);
      if (!file.startsWith(outDir + path.sep)) continue;
      try {
        fs.unlinkSync(file);
        summary.removed++;
        const dir = path.dirname(file);
        if (dir !== outDir && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
      } catch {
        // already gone
      }
    }
  } catch {
    // no earlier export here
  }
  writeIfChanged(
    manifestFile,
    Buffer.from(`${JSON.stringify({ generator: 'careerdiff export', files: produced.sort() }, null, 1)}\n`),
  );
  summary.seconds = (performance.now() - t0) / 1000;
  const pageCount =
    summary.pages.hub + summary.pages.profiles + summary.pages.moves + summary.pages.comparisons + summary.pages.lists;
  summary.pagesPerSecond = pageCount / Math.max(summary.seconds, 1e-9);
  return summary;
}

/** Checks and creates the output folder; its absolute path. */
export function prepareOut(dir: string): string {
  const outDir = path.resolve(dir);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory())
    throw usageError(`--out ${outDir} is not a folder`, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  return outDir;
}

export async function exportSite(sa: SiteApp, o: ExportOptions): Promise<ExportSummary> {
  const t0 = performance.now();
  const outDir = prepareOut(o.outDir);
  const jobs = partOf(planExport(sa, o.limit), o.shard);
  const { produced, summary } = await renderJobs(sa, jobs, outDir, o.progress);
  return finishExport(outDir, produced, summary, t0, o.shard);
}
