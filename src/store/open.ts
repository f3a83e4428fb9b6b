/** Opens an existing store for reading and checks that it is complete and of this schema version. */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { storeError } from '../errors.js';
import { SCHEMA_VERSION } from './schema/index.js';

export type DB = Database.Database;

/**
 * What is at a store path: nothing; a careerdiff store (of some schema version); a folder; a file that is
 * not a careerdiff store (text, another program's SQLite database, an empty file); or a SQLite file that
 * cannot be read (damaged or truncated). Only a careerdiff store, or nothing, may be (re)built by a read
 * command; see src/ingest/ensure.ts.
 */
type StoreKind = 'missing' | 'store' | 'directory' | 'foreign' | 'damaged';

interface StoreStatus {
  exists: boolean;
  kind: StoreKind;
  version?: number;
  complete?: boolean;
  /** Why a path is not a usable store, in a few words. */
  detail?: string;
  /** What computed the store's derived data (src/derive/key.ts). */
  derivedKey?: string;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function fileHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export function storeStatus(file: string): StoreStatus {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return { exists: false, kind: 'missing' };
  }
  if (st.isDirectory()) return { exists: true, kind: 'directory', detail: 'it is a folder' };
  if (!st.isFile()) return { exists: true, kind: 'foreign', detail: 'it is not a regular file' };
  if (st.size === 0) return { exists: true, kind: 'foreign', detail: 'it is an empty file' };
  let header: Buffer;
  try {
    header = fileHeader(file);
  } catch (err) {
    return { exists: true, kind: 'damaged', detail: `it cannot be read: ${(err as Error).message}` };
  }
  if (!header.equals(SQLITE_HEADER)) return { exists: true, kind: 'foreign', detail: 'it is not a SQLite database' };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    return { exists: true, kind: 'damaged', detail: (err as Error).message };
  }
  try {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    if (!hasMeta) return { exists: true, kind: 'foreign', detail: 'it is a SQLite database without careerdiff tables' };
    const get = (k: string) =>
      (db.prepare('SELECT value FROM meta WHERE key = ?').get(k) as { value: string } | undefined)?.value;
    const version = Number(get('schema_version'));
    if (!Number.isInteger(version))
      return { exists: true, kind: 'foreign', detail: 'it is a SQLite database without a careerdiff schema version' };
    const short = truncation(db, st.size);
    if (short) return { exists: true, kind: 'damaged', detail: short };
    const derivedKey = get('derived_key');
    return {
      exists: true,
      kind: 'store',
      version,
      complete: get('complete') === '1',
      ...(derivedKey ? { derivedKey } : {}),
    };
  } catch (err) {
    return { exists: true, kind: 'damaged', detail: (err as Error).message };
  } finally {
    db.close();
  }
}

/**
 * Whether an error is SQLite's "no such table" (a store built without an optional part, or a test's partial
 * schema): the only failure a reader may answer with "no data". Anything else (a damaged file, a bug) is thrown.
 */
export function isMissingTable(err: unknown): boolean {
  return err instanceof Error && /^no such table\b/.test(err.message);
}
/** Reads the store's completion mark: a query that fails (SQLITE_CORRUPT, …) when the file cannot be read. */
export function probeStore(db: DB): boolean {
  return (
    (db.prepare("SELECT value FROM meta WHERE key = 'complete'").get() as { value?: string } | undefined)?.value === '1'
  );
}

/**
 * Whether the file is shorter than the database its header describes (a truncated copy or a file cut under
 * a running server); null when it is whole. Reads two header fields, so it is cheap enough for a health check.
 */
export function truncation(db: DB, fileSize: number): string | null {
  const pages = Number(db.pragma('page_count', { simple: true }));
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  return pages * pageSize > fileSize
    ? `the file has ${fileSize} bytes but its header describes ${pages * pageSize}: it was truncated`
    : null;
}

export function isCurrent(status: StoreStatus): boolean {
  return status.kind === 'store' && status.version === SCHEMA_VERSION && status.complete === true;
}

/** The error for a path no command may write over (a folder, a text file, another program's database). */
export function notAStore(file: string, status: StoreStatus) {
  return storeError(
    `${file} is not a careerdiff store (${status.detail ?? 'unknown content'}); refusing to write over it. Choose another --db, or move it away and run "careerdiff import"`,
  );
}

/**
 * The store opened for reading when it is current — this schema version, complete, whole, and its derived data
 * computed by the code whose key is given — on one connection that is kept (a command's fast path); undefined
 * for anything else, which the caller then examines with storeStatus (ensureStore) to build it or say why not.
 */
export function openIfCurrent(file: string, derivedKey: string): DB | undefined {
  let db: Database.Database | undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size === 0) return undefined;
    db = new Database(file, { readonly: true, fileMustExist: true });
    const meta = new Map(
      db
        .prepare("SELECT key, value FROM meta WHERE key IN ('schema_version', 'complete', 'derived_key')")
        .raw(true)
        .all() as [string, string][],
    );
    if (
      Number(meta.get('schema_version')) === SCHEMA_VERSION &&
      meta.get('complete') === '1' &&
      meta.get('derived_key') === derivedKey &&
      truncation(db, st.size) === null
    ) {
      db.pragma('query_only = ON');
      return withStatementCache(db);
    }
  } catch {
    // Not a current store, or not a store at all: storeStatus says which.
  }
  db?.close();
  return undefined;
}

export function openStore(file: string): DB {
  const status = storeStatus(file);
  if (!status.exists) throw storeError(`no store at ${file}; run "careerdiff import" to build it`);
  if (status.kind === 'directory' || status.kind === 'foreign') throw notAStore(file, status);
  if (status.kind === 'damaged')
    throw storeError(`the store at ${file} is damaged (${status.detail}); run "careerdiff import" to rebuild it`);
  if (!isCurrent(status)) {
    throw storeError(
      `the store at ${file} is from schema version ${status.version ?? 'unknown'} (this careerdiff reads ${SCHEMA_VERSION}) or incomplete; run "careerdiff import" to rebuild it`,
    );
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  return withStatementCache(db);
}

/**
 * Keeps every statement a read-only connection prepares, by SQL text: the read functions call db.prepare on
 * each request, and compiling the same SQL again was a large share of a page's time. A statement handed out
 * again has its result modes reset (raw, pluck, expand), so every caller gets what a fresh statement gives.
 */
export function withStatementCache(db: DB): DB {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let s = kept.get(sql);
    if (!s) {
      s = prepare(sql);
      kept.set(sql, s);
    } else if (s.reader) {
      s.raw(false);
      s.pluck(false);
      s.expand(false);
    }
    return s;
  }) as DB['prepare'];
  return db;
}
