/**
 * An .xlsx package opened for reading raw values: the sheet names (in workbook order) and where each sheet's part
 * is, from `xl/workbook.xml` and its relationships. Nothing else is inflated up front; a sheet's part is inflated
 * and scanned when its rows are asked for, the shared string table once, when a sheet first needs it.
 */
import path from 'node:path';
import type { Cell } from '../table.js';
import { parseSharedStrings } from './shared-strings.js';
import { scanSheet } from './sheet.js';
import { attr, attributes } from './xml.js';
import { XlsxError, ZipArchive } from './zip.js';

interface Relationship {
  type: string;
  target: string;
}

/** The relationships of a part (`dir/_rels/name.rels`), targets resolved to part names. */
function relationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const dir = path.posix.dirname(part);
  const relsPart = path.posix.join(dir === '.' ? '' : dir, '_rels', `${path.posix.basename(part)}.rels`);
  if (!zip.has(relsPart)) return out;
  const xml = zip.text(relsPart);
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\s([^>]*)>/g)) {
    const a = attributes(m[1]!);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || !target || a.get('TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target));
    out.set(id, { type: a.get('Type') ?? '', target: resolved });
  }
  return out;
}

export class XlsxWorkbook {
  readonly sheetNames: string[] = [];
  private readonly parts = new Map<string, string | null>();
  private readonly zip: ZipArchive;
  private readonly sstPart: string | null;
  private strings: string[] | null = null;

  constructor(buf: Buffer) {
    this.zip = new ZipArchive(buf);
    const zip = this.zip;
    const office = [...relationships(zip, '').values()].find((r) => r.type.endsWith('/officeDocument'));
    const main = office?.target ?? 'xl/workbook.xml';
    if (!zip.has(main)) {
      const binary = zip.has('xl/workbook.bin');
      throw new XlsxError(
        binary
          ? 'an .xlsb (binary) workbook, not an .xlsx'
          : `not an .xlsx workbook: the zip has no ${main} (it holds ${zip.names().slice(0, 5).join(', ')})`,
      );
    }
    const rels = relationships(zip, main);
    const xml = zip.text(main);
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\s([^>]*)>/g)) {
      const a = attributes(m[1]!);
      const name = a.get('name');
      if (name === undefined) continue;
      const rel = rels.get(attr(a, 'id') ?? '');
      this.sheetNames.push(name);
      // A chart sheet or dialog sheet has no cells: it reads as an empty sheet.
      this.parts.set(name, rel && /\/worksheet$/.test(rel.type) ? rel.target : null);
    }
    if (this.sheetNames.length === 0) throw new XlsxError(`${main} lists no sheets`);
    const sst = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
    this.sstPart = zip.has(sst) ? sst : null;
  }

  /** The part name of a sheet (null for a sheet without cells), or undefined for a name not in the workbook. */
  partOf(sheet: string): string | null | undefined {
    return this.parts.get(sheet);
  }

  private sharedStrings(): string[] {
    if (this.strings === null) this.strings = this.sstPart ? parseSharedStrings(this.zip.text(this.sstPart)) : [];
    return this.strings;
  }

  /** Raw values of a sheet as dense rows (see sheet.ts); at most maxRows rows when given. */
  rows(sheet: string, maxRows?: number): Cell[][] {
    const part = this.parts.get(sheet);
    if (part === undefined) throw new XlsxError(`no sheet "${sheet}"`);
    if (part === null) return [];
    const xml = this.zip.text(part);
    return scanSheet(xml, { strings: () => this.sharedStrings(), ...(maxRows !== undefined ? { maxRows } : {}) });
  }
}
