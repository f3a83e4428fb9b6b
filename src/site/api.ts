/**
 * The JSON API under /api: resolve a title, one occupation's profile, a comparison, related occupations,
 * batch coding (POST /api/code), the OpenAPI document and a health check. Every parameter is validated (400 for bad input, 404 for an
 * unknown code); errors are `errorBody` JSON with the status of their kind (src/errors.ts).
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { COMPARISON_SCHEMA_VERSION } from '../compare/types.js';
import { MOVES_DEFAULTS } from '../defaults.js';
import { errorBody, errorHeaders, notFound, storeError, usageError } from '../errors.js';
import { lineup } from '../moves/lineup.js';
import { movesFrom, movesQuery } from '../moves/moves.js';
import { routes } from '../moves/routes.js';
import type { ApiLineup, ApiMoves, ApiRoutes } from '../schemas/types.js';
import { csvHeader, formatRow, type InputKind, type OutputFormat } from '../resolve/batch.js';
import { pairPath } from './catalog.js';
import { type ApiRoute, apiInput, inputLimits } from './api-input.js';
import { codeFromText } from './lookup.js';
import { openApiDocument } from './openapi.js';
import { respond } from './respond.js';
import type { Site } from './site.js';
import type { StoreWatch } from './store-watch.js';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' };

/** Batch coding limits per request. */
const CODE_MAX_BYTES = 2 * 1024 * 1024;
const CODE_MAX_ROWS = 10_000;

const json = (value: unknown, extra: Record<string, string> = {}): Response =>
  respond(JSON.stringify(value), 200, { ...JSON_HEADERS, ...extra });

export function apiRoutes(site: Site, store?: Pick<StoreWatch, 'check'>): Hono {
  const api = new Hono();
  // The query of every route, checked by its generated schema (compiled here, once).
  const input = apiInput(inputLimits(site.opts));
  const query =
    <R extends ApiRoute>(route: R) =>
    (c: Context) =>
      input(route, (k) => c.req.query(k));

  /** An occupation code or slug from the path: 400 when malformed, 404 when unknown. */
  const codeParam = (raw: string): string => {
    const cat = site.catalog();
    if (raw.length > 200) throw usageError('"code" is too long', 'code');
    const bySlug = cat.bySlug.get(raw);
    if (bySlug) return bySlug.code;
    if (!/^\d{2}-\d{4}([.-]\d{2})?$/.test(raw))
      throw usageError('"code" must be an O*NET-SOC code like 27-2012.00 (or an occupation slug)', 'code');
    const code = codeFromText(cat, raw);
    if (!code) throw notFound(`no O*NET occupation has the code ${raw}`, { param: 'code' });
    return code;
  };

  api.get('/resolve', (c) => {
    const { q, with: other, limit = site.opts.apiDefaultLimit } = query('resolve')(c);
    const cat = site.catalog();
    const r = other ? site.engine.resolvePair(q, other)[0] : site.engine.resolve(q, limit);
    return json({
      ...r,
      candidates: r.candidates.slice(0, limit).map((x) => ({ ...x, path: cat.byCode.get(x.code)?.path ?? null })),
    });
  });

  // Batch coding (issue 13): a text body of titles (one per line) or CSV/TSV with a `title` column and
  // optional `industry`, `description`, `id`; one row per input row, in order. The only POST route.
  api.post(
    '/code',
    bodyLimit({
      maxSize: CODE_MAX_BYTES,
      onError: () => {
        throw usageError(`the body is larger than ${CODE_MAX_BYTES} bytes; send it in several requests`, 'body');
      },
    }),
    async (c) => {
      if (!site.engine.codeBatch) throw notFound('batch coding is not available on this server');
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const byType: Record<string, InputKind | 'auto'> = {
        'text/csv': 'csv',
        'text/tab-separated-values': 'tsv',
        'text/plain': 'auto',
        '': 'auto',
      };
      const kind = byType[type];
      if (kind === undefined)
        throw usageError('send text/plain (one title per line), text/csv or text/tab-separated-values', 'body');
      const { format = 'json', minConfidence = 0, limit = site.opts.apiDefaultLimit } = query('code')(c);
      const rows = await site.engine.codeBatch(await c.req.text(), kind, {
        limit,
        minConfidence,
        maxRows: CODE_MAX_ROWS,
      });
      const headers = { 'Cache-Control': 'no-store' };
      if (format === 'json') return respond(JSON.stringify({ rows }), 200, { ...JSON_HEADERS, ...headers });
      const lines = rows.map((r) => formatRow(r, format as OutputFormat));
      if (format === 'csv')
        return respond(`${[csvHeader(), ...lines].join('\n')}\n`, 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          ...headers,
        });
      return respond(lines.length ? `${lines.join('\n')}\n` : '', 200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        ...headers,
      });
    },
  );

  api.get('/occupation/:code', (c) => {
    const code = codeParam(c.req.param('code'));
    const occ = site.catalog().byCode.get(code)!;
    const report = site.engine.occupation(code);
    return json(
      { code, slug: occ.slug, path: occ.path, family: occ.family, ...report },
      { Link: `<${site.opts.baseUrl}${occ.path}>; rel="alternate"; type="text/html"` },
    );
  });

  api.get('/compare', (c) => {
    const { a = '', b = '', aCode, bCode } = query('compare')(c);
    const cat = site.catalog();
    if (!a && !aCode) throw usageError('"a" (a title) or "aCode" is required', 'a');
    if (!b && !bCode) throw usageError('"b" (a title) or "bCode" is required', 'b');
    const check = (code: string | undefined, param: string) => {
      if (!code) return undefined;
      const full = codeFromText(cat, code);
      if (!full) throw notFound(`no O*NET occupation has the code ${code}`, { param });
      return full;
    };
    const fa = check(aCode, 'aCode');
    const fb = check(bCode, 'bCode');
    const cmp = site.engine.compare(a || cat.byCode.get(fa!)!.title, b || cat.byCode.get(fb!)!.title, {
      ...(fa ? { aCode: fa } : {}),
      ...(fb ? { bCode: fb } : {}),
    });
    const ra = cmp.resolution.a.code;
    const rb = cmp.resolution.b.code;
    const link = cat.byCode.has(ra) && cat.byCode.has(rb) ? pairPath(cat, ra, rb) : null;
    return json(cmp, link ? { Link: `<${site.opts.baseUrl}${link}>; rel="alternate"; type="text/html"` } : {});
  });

  api.get('/related/:code', (c) => {
    const code = codeParam(c.req.param('code'));
    const { limit = site.opts.apiDefaultLimit } = query('related')(c);
    const cat = site.catalog();
    const occ = cat.byCode.get(code)!;
    const related = site.engine
      .related(code, limit)
      .filter((r) => cat.byCode.has(r.code))
      .map((r) => {
        const o = cat.byCode.get(r.code)!;
        return { code: r.code, title: o.title, score: r.score, path: o.path, comparePath: pairPath(cat, code, r.code) };
      });
    return json({ code, title: occ.title, path: occ.path, related });
  });

  /** The cited sources of a result, once each. */
  const sourcesOf = (ids: readonly number[]) => ids.flatMap((id) => site.sources.get(id) ?? []);
  const pathOf = (code: string) => site.catalog().byCode.get(code)?.path ?? null;

  api.get('/moves/:code', (c) => {
    const code = codeParam(c.req.param('code'));
    const { sort, noMoreSchooling, paysMore, limit } = query('moves')(c);
    const yes = (f: string | undefined) => f === '1' || f === 'true' || f === 'on';
    const r = movesFrom(
      site.engine.moves(),
      code,
      movesQuery({ sort, noMoreSchooling: yes(noMoreSchooling), paysMore: yes(paysMore), limit }),
    );
    const cat = site.catalog();
    return json({
      ...r,
      path: `${pathOf(code)}/moves`,
      moves: r.moves.map((m) => ({
        ...m,
        path: pathOf(m.code),
        movesPath: pathOf(m.code) && `${pathOf(m.code)}/moves`,
        comparePath: cat.byCode.has(m.code) ? pairPath(cat, code, m.code) : null,
      })),
      sources: sourcesOf(r.sourceIds),
    } satisfies ApiMoves);
  });

  api.get('/path/:from/:to', (c) => {
    const from = codeParam(c.req.param('from'));
    const to = codeParam(c.req.param('to'));
    const r = routes(site.engine.moves(), from, to);
    const cat = site.catalog();
    return json({
      ...r,
      comparePath: from !== to ? pairPath(cat, from, to) : null,
      routes: r.routes.map((route) => ({
        ...route,
        stepComparePaths: route.codes.slice(1).map((x, i) => pairPath(cat, route.codes[i]!, x)),
      })),
      sources: sourcesOf(r.sourceIds),
    } satisfies ApiRoutes);
  });

  api.get('/lineup', (c) => {
    const raw = query('lineup')(c).codes;
    const codes = raw.split(',').map((x) => x.trim());
    if (codes.length > MOVES_DEFAULTS.lineupMax)
      throw usageError(
        `"codes" lists ${codes.length} careers; a line-up takes ${MOVES_DEFAULTS.lineupMin} to ${MOVES_DEFAULTS.lineupMax}`,
        'codes',
      );
    const l = lineup(
      site.engine.moves(),
      codes.map((x) => codeParam(x)),
    );
    const cat = site.catalog();
    return json({
      ...l,
      path: `/compare/${[...l.entries.map((e) => e.code)]
        .sort()
        .map((x) => cat.byCode.get(x)!.slug)
        .join('-vs-')}`,
      pairs: l.pairs.map(([a, b]) => ({ a, b, comparePath: pairPath(cat, a, b) })),
      sources: sourcesOf(l.sourceIds),
    } satisfies ApiLineup);
  });

  api.get('/openapi.json', () => json(openApiDocument(site.opts.baseUrl, COMPARISON_SCHEMA_VERSION)));

  /**
   * For load balancers: 200 {ok: true} while the store is readable, 503 {ok: false, error} when it is not
   * (checked on each call). Nothing else: no counters, no memory figures.
   */
  api.get('/health', () => {
    const h = store?.check() ?? { ok: true };
    const err = h.ok ? null : storeError(h.reason ?? 'the store cannot be read');
    return respond(JSON.stringify(err ? { ok: false, ...errorBody(err) } : { ok: true }), err ? 503 : 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(err ? errorHeaders(err) : {}),
    });
  });

  return api;
}
