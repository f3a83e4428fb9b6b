/**
 * A small LRU for rendered pages, bounded by entry count and total bytes. A Map keeps insertion order, so
 * the first key is the least recently used; a hit re-inserts its key.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface CachedPage {
  status: number;
  body: Buffer;
  /** Gzip of body, made on first request that accepts it. */
  gzip?: Buffer;
  etag: string;
  headers: Record<string, string>;
}

export class PageCache {
  private readonly map = new Map<string, CachedPage>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedPage | undefined {
    const v = this.hit(key);
    if (!v) this.misses++;
    return v;
  }

  /** The page when cached (counted as a hit, made most recent); a miss is not counted (the caller renders later). */
  hit(key: string): CachedPage | undefined {
    const v = this.map.get(key);
    if (v) {
      this.hits++;
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, page: CachedPage): void {
    if (this.maxEntries <= 0) return;
    const old = this.map.get(key);
    if (old) {
      this.bytes -= sizeOf(old);
      this.map.delete(key);
    }
    this.map.set(key, page);
    this.bytes += sizeOf(page);
    while (this.map.size > this.maxEntries || (this.bytes > this.maxBytes && this.map.size > 1)) {
      const first = this.map.keys().next().value as string;
      this.bytes -= sizeOf(this.map.get(first)!);
      this.map.delete(first);
    }
  }

  /** Adds the gzip body to a cached page (counted in the byte budget). */
  gzipOf(page: CachedPage): Buffer {
    if (!page.gzip) {
      page.gzip = gzipSync(page.body, { level: 6 });
      this.bytes += page.gzip.length;
    }
    return page.gzip;
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}

const sizeOf = (p: CachedPage): number => p.body.length + (p.gzip?.length ?? 0) + 256;

export const etagOf = (body: Buffer | string): string =>
  `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
