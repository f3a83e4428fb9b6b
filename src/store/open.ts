/** Opens an existing store for reading and checks that it is complete and of this schema version. */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { storeError } from '../errors.js';
import { SCHEMA_VERSION } from './schema/index.js';

export type DB = Database.Database;

export interface StoreStatus {
  exists: boolean;
  version?: number;
  complete?: boolean;
}

export function storeStatus(file: string): StoreStatus {
  if (!fs.existsSync(file)) return { exists: false };
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const get = (k: string) =>
        (db.prepare('SELECT value FROM meta WHERE key = ?').get(k) as { value: string } | undefined)?.value;
      return { exists: true, version: Number(get('schema_version')), complete: get('complete') === '1' };
    } finally {
      db.close();
    }
  } catch {
    return { exists: true };
  }
}

export function isCurrent(status: StoreStatus): boolean {
  return status.exists && status.version === SCHEMA_VERSION && status.complete === true;
}

export function openStore(file: string): DB {
  const status = storeStatus(file);
  if (!status.exists) throw storeError(`no store at ${file}; run "careerdiff import" to build it`);
  if (!isCurrent(status)) {
    throw storeError(
      `the store at ${file} is from schema version ${status.version ?? 'unknown'} (this careerdiff reads ${SCHEMA_VERSION}) or incomplete; run "careerdiff import" to rebuild it`,
    );
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  return db;
}

export function metaValue(db: DB, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}
