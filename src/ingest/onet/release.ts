/**
 * Finds O*NET releases in the data folder by their files (never by folder names): a folder holding
 * `Occupation Data.txt` is a text release; any folder holding official rating tables is a rating release.
 * The version and date come from the folder's `Read Me.txt` ("O*NET 30.1 Database / December 2025 Release").
 */
import fs from 'node:fs';
import { dataError } from '../../errors.js';
import type { IngestContext } from '../context.js';
import { decodeUtf8 } from '../readers/delimited.js';
import { baseOf, dirOf } from '../files.js';

export interface OnetRelease {
  /** Folder relative to the data folder ("" at the top). */
  dir: string;
  /** "30.1" */
  version: string;
  /** "December 2025", or null when the Read Me names no date. */
  period: string | null;
  /** Relative path of the Read Me. */
  readme: string;
}

/** The files directly inside `dir`, by lower-cased file name. */
function filesIn(ctx: IngestContext, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of ctx.files) if (dirOf(rel) === dir) out.set(baseOf(rel).toLowerCase(), rel);
  return out;
}

/** Relative path of `name` (matched case-insensitively) inside `dir`, or undefined. */
export function fileIn(ctx: IngestContext, dir: string, name: string): string | undefined {
  return filesIn(ctx, dir).get(name.toLowerCase());
}

/** Folders that hold a file with one of these names (case-insensitive), sorted. */
export function foldersWith(ctx: IngestContext, names: readonly string[]): string[] {
  const want = new Set(names.map((n) => n.toLowerCase()));
  const dirs = new Set<string>();
  for (const rel of ctx.files) if (want.has(baseOf(rel).toLowerCase())) dirs.add(dirOf(rel));
  return [...dirs].sort();
}

const where = (dir: string) => (dir === '' ? 'the data folder' : `${dir}/`);

/** Reads a release folder's Read Me; a missing or unrecognisable Read Me is a data error. */
export function readRelease(ctx: IngestContext, dir: string, neededBy: string): OnetRelease {
  const readme = fileIn(ctx, dir, 'Read Me.txt');
  if (!readme) {
    throw dataError(
      dir === '' ? 'Read Me.txt' : `${dir}/Read Me.txt`,
      undefined,
      `missing required file: ${neededBy} in ${where(dir)} needs the release's "Read Me.txt" to know its version`,
    );
  }
  const text = decodeUtf8(fs.readFileSync(ctx.abs(readme)), readme);
  return { dir, readme, ...parseReadMe(text, readme) };
}

/** The O*NET release a folder's Read Me names, or null when there is no Read Me or it names no O*NET release. */
export function tryReadRelease(ctx: IngestContext, dir: string): OnetRelease | null {
  const readme = fileIn(ctx, dir, 'Read Me.txt');
  if (!readme) return null;
  const text = decodeUtf8(fs.readFileSync(ctx.abs(readme)), readme);
  if (!/O\*NET\s+(\d+\.\d+)\s+Database/i.test(text)) return null;
  return { dir, readme, ...parseReadMe(text, readme) };
}

/** Version and date from the text of a Read Me. */
export function parseReadMe(text: string, label: string): { version: string; period: string | null } {
  const v = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(text);
  if (!v) throw dataError(label, 1, 'no release named in the Read Me (expected a line like "O*NET 30.1 Database")');
  const p = /^\s*([A-Z][a-z]+\s+\d{4})\s+Release\b/m.exec(text);
  return { version: v[1]!, period: p ? p[1]! : null };
}

/** Compares release versions numerically ("29.10" > "29.9"). */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
