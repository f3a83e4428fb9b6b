/**
 * Test helper: builds small .xlsx files at test time — with SheetJS (aoa_to_sheet + XLSX.write), then optionally
 * with parts rewritten or added (inline strings, rich text, namespace prefixes) by a tiny zip writer.
 */
import { deflateRawSync } from 'node:zlib';
import XLSX from 'xlsx';
import { ZipArchive } from './zip.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the given parts (deflated, or stored when `store`). */
export function zipParts(parts: ReadonlyMap<string, Buffer>, store = false): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const body = store ? data : deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(store ? 0 : 8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    head.copy(cen, 8, 6, 30); // flags, method, time, date, crc, sizes, name length
    cen.writeUInt16LE(0, 30);
    cen.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, body);
    central.push(cen, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of a zip, by name. */
export function unzipParts(buf: Buffer): Map<string, Buffer> {
  const zip = new ZipArchive(buf);
  return new Map(zip.names().map((n) => [n, zip.read(n)]));
}

/** An .xlsx written by SheetJS; `sst` puts strings in the shared string table (else they are t="str" cells). */
export function sheetjsXlsx(sheets: [string, unknown[][], string?][], sst = true): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows, origin] of sheets) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, rows, { origin: origin ?? 'A1' });
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: sst }) as Buffer;
}

/** The same package with some parts replaced (a function gets the old text) or added. */
export function rewrite(
  buf: Buffer,
  changes: Record<string, string | ((old: string) => string)>,
  store = false,
): Buffer {
  const parts = unzipParts(buf);
  for (const [name, change] of Object.entries(changes)) {
    const old = parts.get(name)?.toString('utf8') ?? '';
    parts.set(name, Buffer.from(typeof change === 'string' ? change : change(old), 'utf8'));
  }
  return zipParts(parts, store);
}

/**
 * What SheetJS reads from a buffer, as the import used to read it, as a rectangle: in dense mode SheetJS gives
 * [] for a row without cells where the fast reader gives a row of nulls.
 */
export function sheetjsRows(buf: Buffer, sheet: string): unknown[][] {
  const book = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: false, cellHTML: false, cellText: false });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}
