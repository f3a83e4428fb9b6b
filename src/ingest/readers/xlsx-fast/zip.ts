/**
 * A minimal ZIP reader for .xlsx packages: reads the central directory once, then inflates single entries on
 * demand with node:zlib (stored and deflated entries; no ZIP64, no encryption — neither occurs in .xlsx files).
 * Errors are XlsxError with a plain message; the caller adds the file name.
 */
import { inflateRawSync } from 'node:zlib';

export class XlsxError extends Error {
  override name = 'XlsxError';
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

export class ZipArchive {
  /** Entries by lower-cased name (OPC part names are case-insensitive), without a leading slash. */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly buf: Buffer) {
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new XlsxError('ZIP64 archives are not supported');
    if (cdOffset + cdSize > eocd) throw new XlsxError('truncated or corrupt zip: the central directory is cut off');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > eocd || buf.readUInt32LE(p) !== CEN_SIG) {
        throw new XlsxError(`corrupt zip: bad central directory entry ${i + 1} of ${count}`);
      }
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const name = buf
        .toString('utf8', p + 46, p + 46 + nameLen)
        .replace(/\\/g, '/')
        .replace(/^\//, '');
      this.entries.set(name.toLowerCase(), {
        name,
        flags: buf.readUInt16LE(p + 8),
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localOffset: buf.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The uncompressed bytes of one entry; throws XlsxError when it is missing or corrupt. */
  read(name: string): Buffer {
    const e = this.entries.get(name.toLowerCase());
    if (!e) throw new XlsxError(`the package has no part ${name}`);
    const buf = this.buf;
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOC_SIG) {
      throw new XlsxError(`corrupt zip: bad local header of ${e.name}`);
    }
    if (e.flags & 1) throw new XlsxError(`${e.name} is encrypted`);
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const end = start + e.compressedSize;
    if (end > buf.length) throw new XlsxError(`truncated zip: ${e.name} is cut off`);
    const raw = buf.subarray(start, end);
    let out: Buffer;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(raw);
      } catch (err) {
        throw new XlsxError(`corrupt zip: cannot inflate ${e.name}: ${(err as Error).message}`);
      }
    } else throw new XlsxError(`${e.name} uses unsupported compression method ${e.method}`);
    if (out.length !== e.size) {
      throw new XlsxError(`corrupt zip: ${e.name} inflates to ${out.length} bytes, the directory says ${e.size}`);
    }
    return out;
  }

  /** An entry as UTF-8 text (a leading byte-order mark dropped). */
  text(name: string): string {
    const s = this.read(name).toString('utf8');
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  if (buf.length < 22) throw new XlsxError('not a zip archive (too short)');
  const sig = buf.readUInt32LE(0);
  if (sig === 0xe011cfd0) {
    throw new XlsxError('an OLE2 file (a legacy .xls, or an encrypted workbook), not an .xlsx zip package');
  }
  if (sig !== LOC_SIG && sig !== EOCD_SIG) throw new XlsxError('not a zip archive');
  // The record is 22 bytes plus a comment of up to 65535 bytes at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) {
    if (buf[p] === 0x50 && buf.readUInt32LE(p) === EOCD_SIG) return p;
  }
  throw new XlsxError('truncated or corrupt zip: no end of central directory');
}
