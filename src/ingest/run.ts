/**
 * Builds a store from a data folder, atomically: everything is written to a temporary file beside the
 * target, checked, and only then renamed over it. A failed import leaves an existing store untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { notAStore, storeStatus, withStatementCache } from '../store/open.js';
import { deriveAll, type DeriveSummary, finishOccupationData, startDeriveOccupationData } from '../derive/index.js';
import { letReadersIn, type OccupationDataJob, occupationThreads } from '../derive/occupations-parallel.js';
import { type SimilarityJob, startSimilarity } from '../derive/similarity-parallel.js';
import { derivedKey } from '../derive/key.js';
import { SCHEMA_DDL, SCHEMA_VERSION } from '../store/schema/index.js';
import { type ImportWarning, IngestContext } from './context.js';
import { epIngester } from './bls/ep.js';
import { socLinksIngester } from './bls/links.js';
import { oewsIngester } from './bls/oews.js';
import { listDataFiles } from './files.js';
import type { Ingester } from './ingester.js';
import { buildRatingsBest } from './onet/best.js';
import { onetIngester } from './onet/index.js';
import { onetRatingsIngester } from './onet/ratings.js';
import { onetOnlineIngester } from './onet-online/index.js';
import { orsIngester } from './ors/index.js';
import { startReadAhead } from './readers/read-ahead.js';
import { type Progress, silentProgress } from './progress.js';
import { removeStaleTemps, tempFamily, tempWatchdog } from './temp-files.js';
import { threadCpuMs } from './thread-cpu.js';

/** In order: O*NET occupations come first, since every later table is checked against them. */
export const INGESTERS: readonly Ingester[] = [
  onetIngester,
  onetRatingsIngester,
  onetOnlineIngester,
  oewsIngester,
  epIngester,
  orsIngester,
  socLinksIngester,
];

export interface ImportOptions {
  dataDir: string;
  dbFile: string;
  progress?: Progress;
  ingesters?: readonly Ingester[];
  /**
   * Remove the temporary store even if this process is killed (SIGINT, SIGTERM, SIGKILL) mid-import: a small
   * detached watchdog process deletes it once this process is gone. The CLI sets it; tests need not.
   */
  cleanupOnKill?: boolean;
  /** Threads computing the occupation data besides the importing one (default: one per further core). */
  deriveThreads?: number;
}

export interface ImportSummary {
  schemaVersion: number;
  dataDir: string;
  dbFile: string;
  seconds: number;
  counts: Record<string, number>;
  /** Milliseconds of each derive step (src/derive), included in `seconds`. */
  deriveMs: Record<string, number>;
  /** CPU milliseconds of the importing thread in each derive step (see stageCpuMs). */
  deriveCpuMs: Record<string, number>;
  /** Milliseconds of each stage of the import (each ingester, ratings_best, derive, commit, ANALYZE, rename). */
  stageMs: Record<string, number>;
  /**
   * CPU milliseconds of the importing thread alone in each stage (user + system, from /proc/thread-self; empty
   * where the system does not give it): unlike wall time, not inflated by a busy machine.
   */
  stageCpuMs: Record<string, number>;
  sections: { name: string; status: string; rows: number; note: string | null }[];
  warnings: ImportWarning[];
}

/** The ingesters of the tables the similarity model reads (src/store/vectors.ts), ratings_best's included. */
const SIMILARITY_SOURCES: readonly Ingester[] = [onetIngester, onetRatingsIngester, onetOnlineIngester];

/** Threads computing derived data besides the importing one: as asked, or one per further core for a large store. */
function deriveThreads(db: Database.Database, opts: ImportOptions): number {
  if (opts.deriveThreads !== undefined) return opts.deriveThreads;
  return occupationThreads((db.prepare('SELECT COUNT(*) FROM occupations').pluck(true).get() as number) ?? 0);
}

export function importStore(opts: ImportOptions): ImportSummary {
  const t0 = performance.now();
  const stageMs: Record<string, number> = {};
  const stageCpuMs: Record<string, number> = {};
  let lapT = t0;
  let lapCpu = threadCpuMs();
  const lap = (name: string) => {
    const now = performance.now();
    stageMs[name] = Math.round(now - lapT);
    lapT = now;
    const cpu = threadCpuMs();
    if (cpu !== null && lapCpu !== null) stageCpuMs[name] = cpu - lapCpu;
    lapCpu = cpu;
  };
  const target = storeStatus(opts.dbFile);
  // Replace only a careerdiff store (current, outdated or damaged) or nothing: never a folder or a foreign file.
  if (target.kind === 'directory' || target.kind === 'foreign') throw notAStore(opts.dbFile, target);
  const files = listDataFiles(opts.dataDir);
  fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
  removeStaleTemps(opts.dbFile);
  const tmp = `${opts.dbFile}.tmp-${process.pid}-${Date.now()}`;
  // Statements kept by SQL text: ingesters and the derive steps prepare the same ones again and again.
  const db = withStatementCache(new Database(tmp));
  const stopWatchdog = opts.cleanupOnKill ? tempWatchdog(tmp) : () => {};
  let stopReadAhead = () => {};
  let similarity: SimilarityJob | undefined;
  let occupationData: OccupationDataJob | undefined;
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -200000');
    db.exec(SCHEMA_DDL);
    const ctx = new IngestContext(db, opts.dataDir, files, opts.progress ?? silentProgress);
    const ingesters = opts.ingesters ?? INGESTERS;
    // Files the ingesters will read, parsed ahead on another thread while they work.
    stopReadAhead = startReadAhead(
      ingesters.flatMap((ing) => ing.readAhead?.(files) ?? []).map((f) => ({ ...f, file: ctx.abs(f.rel) })),
    );
    let derived: DeriveSummary = { ms: {}, counts: {} };
    lap('setup');
    const runIngesters = (list: readonly Ingester[]) => {
      for (const ing of list) {
        ing.run(ctx);
        lap(ing.name);
      }
    };
    // The similarity model reads only the O*NET tables (and ratings_best): once they are committed it is built on
    // another thread while the other ingesters run (src/derive/similarity-parallel.ts).
    const split = ingesters.findLastIndex((ing) => SIMILARITY_SOURCES.includes(ing));
    if (split >= 0) {
      db.transaction(() => {
        runIngesters(ingesters.slice(0, split + 1));
        buildRatingsBest(ctx);
        lap('ratings_best');
      })();
      lap('commit O*NET');
      if (deriveThreads(db, opts) > 0) {
        letReadersIn(db);
        similarity = startSimilarity(tmp);
      }
      db.transaction(() => runIngesters(ingesters.slice(split + 1)))();
    } else {
      db.transaction(() => {
        runIngesters(ingesters);
        buildRatingsBest(ctx);
        lap('ratings_best');
      })();
    }
    stopReadAhead();
    lap('commit imported');
    // The imported tables are committed to the temporary file (nothing else sees it before the rename): the
    // occupation-data threads read them while this thread derives the rest (src/derive/occupations-parallel.ts).
    occupationData = startDeriveOccupationData(db, tmp, deriveThreads(db, opts));
    db.transaction(() => {
      derived = deriveAll(db, similarity);
      lap('derive');
      finishOccupationData(occupationData!, derived);
      lap('occupation data (left for this thread)');
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('schema_version', String(SCHEMA_VERSION));
      meta.run('derived_key', derivedKey());
      meta.run('built_at', new Date().toISOString());
      meta.run('data_dir', opts.dataDir);
      meta.run('complete', '1');
    })();
    similarity?.cancel();
    occupationData.cancel();
    lap('commit derived');
    db.exec('ANALYZE');
    lap('ANALYZE');
    const sections = db
      .prepare('SELECT name, status, rows, note FROM sections ORDER BY name')
      .all() as ImportSummary['sections'];
    db.close();
    fs.renameSync(tmp, opts.dbFile);
    stopWatchdog();
    lap('close and rename');
    return {
      schemaVersion: SCHEMA_VERSION,
      dataDir: opts.dataDir,
      dbFile: opts.dbFile,
      seconds: (performance.now() - t0) / 1000,
      counts: { ...ctx.counts, ...derived.counts },
      deriveMs: derived.ms,
      deriveCpuMs: derived.cpuMs ?? {},
      stageMs,
      stageCpuMs,
      sections,
      warnings: ctx.warnings,
    };
  } catch (err) {
    stopReadAhead();
    similarity?.cancel();
    occupationData?.cancel();
    if (db.open) db.close();
    for (const f of tempFamily(tmp)) fs.rmSync(f, { force: true });
    stopWatchdog();
    throw err;
  }
}
