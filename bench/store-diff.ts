/**
 * Compares two stores table by table, row by row: the check that an import change leaves every table equal to
 * the store another build makes from the same data. Each table's rows are read in the order of all their columns
 * and hashed; a table whose hashes differ is compared row by row and its first differing rows are printed. A blob
 * that differs in bytes (v8: the derived structures; packed, src/store/packed.ts: each occupation's data) is
 * decoded and compared by value, and reported apart ("equal by value"; the row's `bytes` column may then differ
 * too). The meta rows that name a build (built_at, data_dir, derived_key) are left out. Exit code 1 when a table
 * differs.
 *
 *   node dist/bench/store-diff.js A.sqlite B.sqlite
 */
import crypto from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import v8 from 'node:v8';
import Database from 'better-sqlite3';
import { unpack } from '../src/store/packed.js';

type Row = unknown[];

const BUILD_META = new Set(['built_at', 'data_dir', 'derived_key']);

function tables(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_sequence' ORDER BY name")
    .pluck()
    .all() as string[];
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

function rows(db: Database.Database, table: string, cols: string[]): IterableIterator<Row> {
  const order = cols.map((c) => `"${c}"`).join(', ');
  const where = table === 'meta' ? ` WHERE key NOT IN (${[...BUILD_META].map((k) => `'${k}'`).join(', ')})` : '';
  return db
    .prepare(`SELECT ${order} FROM "${table}"${where} ORDER BY ${order}`)
    .raw(true)
    .iterate() as IterableIterator<Row>;
}

const cell = (v: unknown): string => (Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : JSON.stringify(v));

function tableHash(db: Database.Database, table: string, cols: string[]): { hash: string; n: number } {
  const h = crypto.createHash('sha256');
  let n = 0;
  for (const r of rows(db, table, cols)) {
    h.update(r.map(cell).join('\u0001'));
    h.update('\u0002');
    n++;
  }
  return { hash: h.digest('hex'), n };
}

/** Two cells equal in bytes, or (for two blobs) equal once decoded as v8 values. */
function sameCell(a: unknown, b: unknown): 'bytes' | 'value' | false {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) {
    if (a.equals(b)) return 'bytes';
    for (const decode of [(x: Buffer) => v8.deserialize(x), unpack]) {
      try {
        return isDeepStrictEqual(decode(a), decode(b)) ? 'value' : false;
      } catch {
        // not in this form: try the next
      }
    }
    return false;
  }
  return Object.is(a, b) || a === b ? 'bytes' : false;
}

function main(): number {
  const [fa, fb] = process.argv.slice(2);
  if (!fa || !fb) {
    console.error('usage: node dist/bench/store-diff.js A.sqlite B.sqlite');
    return 2;
  }
  const a = new Database(fa, { readonly: true, fileMustExist: true });
  const b = new Database(fb, { readonly: true, fileMustExist: true });
  const ta = tables(a);
  const tb = tables(b);
  let bad = 0;
  for (const t of ta.filter((x) => !tb.includes(x))) {
    console.log(`only in A: ${t}`);
    bad++;
  }
  for (const t of tb.filter((x) => !ta.includes(x))) {
    console.log(`only in B: ${t}`);
    bad++;
  }
  for (const t of ta.filter((x) => tb.includes(x))) {
    const ca = columns(a, t);
    const cb = columns(b, t);
    if (!isDeepStrictEqual(ca, cb)) {
      console.log(`${t}: columns differ (${ca.join(', ')} | ${cb.join(', ')})`);
      bad++;
      continue;
    }
    const ha = tableHash(a, t, ca);
    const hb = tableHash(b, t, cb);
    if (ha.hash === hb.hash) {
      console.log(`${t}: ${ha.n} rows, equal`);
      continue;
    }
    // Row by row: blobs equal by value are reported apart; anything else is a difference.
    const ia = rows(a, t, ca);
    const ib = rows(b, t, cb);
    let byValue = 0;
    let diffs = 0;
    for (let i = 0; ; i++) {
      const ra = ia.next();
      const rb = ib.next();
      if (ra.done && rb.done) break;
      const same: ('bytes' | 'value' | false)[] =
        !ra.done && !rb.done && ra.value.length === rb.value.length
          ? ra.value.map((v, j) => sameCell(v, rb.value[j]))
          : [false];
      // A blob equal by value may differ in length (a string stored one-byte in one build, two-byte in the other):
      // the row's `bytes` column then differs with it.
      const bytesCol = ca.indexOf('bytes');
      if (bytesCol >= 0 && same.includes('value') && same[bytesCol] === false) same[bytesCol] = 'value';
      if (same.every((s) => s !== false)) {
        if (same.includes('value')) byValue++;
        continue;
      }
      diffs++;
      if (diffs <= 3) {
        const show = (r: IteratorResult<Row>) => (r.done ? '(none)' : r.value.map(cell).join(' | ').slice(0, 400));
        console.log(`${t}: row ${i} differs\n  A: ${show(ra)}\n  B: ${show(rb)}`);
      }
    }
    if (diffs > 0) {
      console.log(`${t}: ${diffs} rows differ (A ${ha.n} rows, B ${hb.n})`);
      bad++;
    } else console.log(`${t}: ${ha.n} rows, equal (${byValue} blobs equal by value, not in bytes)`);
  }
  console.log(bad === 0 ? 'STORES EQUAL' : `STORES DIFFER: ${bad} tables`);
  return bad === 0 ? 0 : 1;
}

process.exitCode = main();
