/**
 * careerdiff export: the whole site as static files (hub, profiles, catalog comparisons, sitemap, search index),
 * on one thread or on N worker threads (--workers N), whole or one of n disjoint parts (--shard i/n) so that
 * many machines can export one catalog between them.
 */
import { DEFAULTS, resolveDbFile } from '../../defaults.js';
import { exportSite, parseShard } from '../../export/export.js';
import { usageError } from '../../errors.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';
import { storeFor } from '../store.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the website as static files (hub, every profile, the catalog comparisons)',
  usage: '--out DIR [--limit N] [--workers N] [--shard i/n] [--base-url URL] [--data DIR] [--db FILE] [--json]',
  examples: [
    'careerdiff export --out site',
    'careerdiff export --out site --workers 2',
    'careerdiff export --out site --shard 3/8   # the third of eight disjoint parts (e.g. one CI matrix job)',
    'careerdiff export --out /tmp/site --limit 500 --base-url https://careers.example.org',
  ],
  options: {
    ...STORE_OPTIONS,
    out: { type: 'string' },
    limit: { type: 'string' },
    'base-url': { type: 'string' },
    workers: { type: 'string' },
    shard: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 0 },
  async run(args) {
    const { values, io } = args;
    const out = str(values.out);
    if (!out) throw usageError('--out DIR is required', 'out');
    const rawLimit = str(values.limit);
    if (rawLimit !== undefined && !/^\d{1,7}$/.test(rawLimit))
      throw usageError('--limit must be a whole number', 'limit');
    const baseUrl = str(values['base-url']);
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl))
      throw usageError('--base-url must be an http(s) URL', 'base-url');
    const rawWorkers = str(values.workers) ?? '1';
    if (!/^\d{1,3}$/.test(rawWorkers) || Number(rawWorkers) < 1 || Number(rawWorkers) > 256)
      throw usageError(`--workers must be a whole number from 1 to 256, got "${rawWorkers}"`, 'workers');
    const workers = Number(rawWorkers);
    const rawShard = str(values.shard);
    const shard = rawShard === undefined ? undefined : parseShard(rawShard);
    const db = await storeFor(args);
    const tty = io.stderr.isTTY === true && values.json !== true;
    let last = 0;
    const t0 = performance.now();
    const opts = {
      outDir: out,
      ...(rawLimit !== undefined ? { limit: Number(rawLimit) } : {}),
      ...(shard ? { shard } : {}),
      progress: (done: number, total: number) => {
        const now = performance.now();
        if (!tty || (now - last < 100 && done < total)) return;
        last = now;
        const rate = done / Math.max((now - t0) / 1000, 1e-3);
        io.stderr.write(`\rexporting ${done}/${total} files (${rate.toFixed(0)}/s)${done === total ? '\n' : ''}`);
      },
    };
    let summary: Awaited<ReturnType<typeof exportSite>>;
    if (workers > 1) {
      db.close();
      const { exportParallel } = await import('../../export/parallel.js');
      summary = await exportParallel({
        ...opts,
        dbFile: resolveDbFile(str(values.db)),
        workers,
        ...(baseUrl ? { baseUrl } : {}),
      });
    } else {
      const [{ createApp }, { createEngine }] = await Promise.all([
        import('../../site/app.js'),
        import('../../engine/engine.js'),
      ]);
      // No page cache: every page is rendered once.
      const sa = createApp({
        engine: createEngine(db),
        pageCacheEntries: 0,
        pairsParam: true,
        ...(baseUrl ? { baseUrl } : {}),
      });
      summary = await exportSite(sa, opts);
      db.close();
    }
    if (values.json === true) {
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return 0;
    }
    const p = summary.pages;
    io.stdout.write(
      [
        `Exported ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) to ${summary.outDir} in ${summary.seconds.toFixed(1)} s (${summary.pagesPerSecond.toFixed(0)} pages/s).`,
        `  hub ${p.hub}, profiles ${p.profiles}, moves ${p.moves}, comparisons ${p.comparisons}, lists ${p.lists}, other ${p.other}`,
        `  written ${summary.written}, unchanged ${summary.unchanged}, removed ${summary.removed}`,
        shard ? `  part ${shard.index + 1} of ${shard.count} (every ${shard.count}th file of the full export)` : '',
        baseUrl
          ? ''
          : `  canonical links use ${process.env.CAREERDIFF_BASE_URL ?? DEFAULTS.site.baseUrl}; pass --base-url for the real site`,
      ]
        .filter(Boolean)
        .join('\n') + '\n',
    );
    return 0;
  },
};
