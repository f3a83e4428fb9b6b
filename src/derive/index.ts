/**
 * The derive stage, the last step of every import: everything the data fixes is computed once here, by the
 * model code itself, and stored with the schema version (src/store/schema/derived.ts) — the resolver's title
 * index and priors, the similarity features, matrix rows, ranks and neighbours, the title lists by comparison
 * key (which occupations list a reader's title), the site's catalog (comparison pairs, their Previous/Next
 * order, related lists, families and zones), and the career-moves snapshot (src/moves/store-data.ts). Commands
 * and the server
 * read only what they use (src/store/derived.ts).
 */
import { DERIVE_DEFAULTS } from '../defaults.js';
import { buildOnetCoverage } from '../compare/gaps.js';
import { namedFromTables } from '../compare/reading.js';
import {
  encodeTitleIndex,
  encodeTitleIndexHead,
  encodeTokenPostings,
  TITLE_INDEX_FORMAT,
  TITLE_INDEX_HEAD_FORMAT,
} from '../resolve/index-codec.js';
import { loadPriors, loadTitles } from '../resolve/load.js';
import { buildIndex } from '../resolve/title-index.js';
import { DERIVED, DERIVED_FORMAT, encodeDerived } from '../store/derived.js';
import type { DB } from '../store/open.js';
import { orsBaselineFromTables } from '../store/ors.js';
import { MOVES_SNAPSHOT, movesSnapshot } from '../moves/store-data.js';
import { deriveCatalog } from './catalog.js';
import { deriveContextIndex } from './context.js';
import { type OccupationDataJob, occupationThreads, startOccupationData } from './occupations-parallel.js';
import { similarityFromStore, storeSimilarity } from './similarity.js';
import type { SimilarityJob } from './similarity-parallel.js';
import { deriveCorpusCounts, deriveTitleKeys } from './titles.js';
import { threadCpuMs } from '../ingest/thread-cpu.js';

export interface DeriveSummary {
  /** Milliseconds per step. */
  ms: Record<string, number>;
  /** CPU milliseconds of the deriving thread per step, where the system gives it (src/ingest/thread-cpu.ts). */
  cpuMs?: Record<string, number>;
  counts: Record<string, number>;
}

function putDerived(db: DB, name: string, data: Buffer, format: string = DERIVED_FORMAT): void {
  db.prepare('INSERT OR REPLACE INTO derived (name, format, data, bytes) VALUES (?, ?, ?, ?)').run(
    name,
    format,
    data,
    data.length,
  );
}

/**
 * Computes and stores every derived structure; run inside the import's transaction, after all ingesters.
 * `similarity` gives the ranked similarity model when it was started earlier on another thread
 * (similarity-parallel.ts); without it, the model is built here.
 */
export function deriveAll(db: DB, similarity?: SimilarityJob): DeriveSummary {
  const ms: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const cpuMs: Record<string, number> = {};
  let t = performance.now();
  let cpu = threadCpuMs();
  const lap = (name: string) => {
    const now = performance.now();
    ms[name] = Math.round(now - t);
    t = now;
    const c = threadCpuMs();
    if (c !== null && cpu !== null) cpuMs[name] = c - cpu;
    cpu = c;
  };

  const titles = loadTitles(db);
  const index = buildIndex(titles, loadPriors(db));
  putDerived(db, DERIVED.titleIndex, encodeTitleIndex(index), TITLE_INDEX_FORMAT);
  const entry = db.prepare('INSERT INTO title_entries (id, code, title, kind, weight) VALUES (?, ?, ?, ?, ?)');
  index.entries.forEach((e, id) => {
    entry.run(id, e.code, e.title, e.kind, e.weight);
  });
  // The same index for reading in parts (a one-title CLI run reads a head and its words' rows, not the whole blob).
  putDerived(db, DERIVED.titleIndexHead, encodeTitleIndexHead(index), TITLE_INDEX_HEAD_FORMAT);
  const posting = db.prepare('INSERT INTO title_postings (token, data) VALUES (?, ?)');
  for (let t = 0; t < index.idf.length; t++) posting.run(t, encodeTokenPostings(index, t));
  counts.title_index_readings = index.readingCount;
  lap('title index');

  counts.context_index_occupations = deriveContextIndex(db, putDerived);
  lap('context index');

  const ranked = similarity ? similarity.take() : similarityFromStore(db);
  lap(similarity ? 'similarity model (waited for its thread)' : 'similarity model');
  const s = storeSimilarity(db, ranked, DERIVE_DEFAULTS.neighbours);
  counts.similarity_rows = s.rows;
  counts.neighbours = s.neighbours;
  lap('similarity rows');

  counts.title_keys = deriveTitleKeys(db);
  lap('title keys');

  counts.corpus_counts = deriveCorpusCounts(db);
  putDerived(db, DERIVED.onetCoverage, encodeDerived(buildOnetCoverage(db)));
  // The ORS all-workers baseline every profile and comparison shows (none in a store built without ORS).
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'ors_occupations'").get() !== undefined)
    putDerived(db, DERIVED.orsBaseline, encodeDerived(orsBaselineFromTables(db)));
  // Which occupations' own titles name each title key (the reading of a title several occupations list).
  putDerived(db, DERIVED.namedTitles, encodeDerived(namedFromTables(db)));
  lap('corpus counts');

  const catalog = deriveCatalog(db, ranked, titles);
  putDerived(db, DERIVED.catalog, catalog.data);
  counts.catalog_pairs = catalog.pairs;
  lap('catalog');

  const moves = encodeDerived(movesSnapshot(db));
  putDerived(db, MOVES_SNAPSHOT, moves);
  counts.moves_snapshot_bytes = moves.length;
  lap('moves');
  return { ms, cpuMs, counts };
}

/**
 * Starts the last derive step before the others (deriveAll), right after the imported tables are committed:
 * each occupation's comparison data (src/derive/occupations.ts), on every core. `dbFile` is the file `db` has
 * open, with everything imported committed and no transaction open. The import calls finishOccupationData
 * (or the job's cancel) once deriveAll is done.
 */
export function startDeriveOccupationData(db: DB, dbFile: string, threads?: number): OccupationDataJob {
  const n = (db.prepare('SELECT COUNT(*) FROM occupations').pluck(true).get() as number) ?? 0;
  return startOccupationData(db, dbFile, threads ?? occupationThreads(n));
}

/** The occupation-data step's own share and its rows written; its time is what the importing thread waited. */
export function finishOccupationData(job: OccupationDataJob, into: DeriveSummary): void {
  const t = performance.now();
  const occupations = job.finish();
  into.counts.occupation_data_bytes = occupations.bytes;
  into.counts.occupation_data_threads = job.threads + 1;
  into.ms['occupation data'] = Math.round(performance.now() - t);
}
