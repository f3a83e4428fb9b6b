/** Career-moves pages and API over the fake engine: moves, routes on comparison pages, line-ups, errors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { schemaErrors } from '../schemas/testkit.js';
import { EVIL_TITLE } from './fake-engine.js';
import { testApp } from './testing.js';

const { app } = testApp();
const get = async (url: string) => {
  const res = await app.request(url);
  return { res, text: await res.text() };
};
const json = async (url: string) => {
  const { res, text } = await get(url);
  return {
    res,
    body: JSON.parse(text) as Record<string, unknown> & {
      error?: { kind: string; param?: string; where: { param?: string } };
    },
  };
};

describe('/occupation/<x>/moves', () => {
  it('lists the moves within reach with links to each comparison and its own moves', async () => {
    const { res, text } = await get('/occupation/producers-and-directors/moves');
    assert.equal(res.status, 200);
    assert.match(text, /<h1 id="moves-h">Career moves from Producers and Directors<\/h1>/);
    assert.match(text, /href="\/occupation\/audio-and-video-technicians\/moves"/);
    assert.match(text, /href="\/compare\/producers-and-directors-vs-audio-and-video-technicians"/);
    assert.match(text, /How “within reach” is decided/);
    assert.match(text, /Source: .*O\*NET 30\.1 Database/);
    assert.doesNotMatch(text, /Software Developers<\/a>/, 'a far occupation is not a move');
  });
  it('sorts and filters from the query, one page per query', async () => {
    const pay = await get('/occupation/producers-and-directors/moves?sort=pay&paysMore=1');
    assert.equal(pay.res.status, 200);
    assert.match(pay.text, /<h2>Pay gain, pays more<\/h2>/);
    assert.match(pay.text, /<option value="pay" selected>/);
    // Producers earn the least of the media jobs here, so both moves pay more; clerks cannot gain on anything.
    const none = await get('/occupation/production-planning-and-expediting-clerks/moves?paysMore=1');
    assert.match(none.text, /class="notice"/);
  });
  it('400s a bad sort, flag or limit, 404s an unknown occupation, redirects a code', async () => {
    for (const q of ['sort=fame', 'paysMore=2', 'limit=0', 'limit=abc', 'limit=999'])
      assert.equal((await get(`/occupation/producers-and-directors/moves?${q}`)).res.status, 400, q);
    assert.equal((await get('/occupation/no-such-job-at-all/moves')).res.status, 404);
    const r = await get('/occupation/27-2012.00/moves?sort=outlook');
    assert.equal(r.res.status, 301);
    assert.equal(r.res.headers.get('location'), '/occupation/producers-and-directors/moves?sort=outlook');
  });
  it('is linked from the occupation profile', async () => {
    const { text } = await get('/occupation/producers-and-directors');
    assert.match(text, /href="\/occupation\/producers-and-directors\/moves"/);
  });
  it('escapes titles', async () => {
    const { text } = await get('/occupation/99-9999.00/moves');
    assert.ok(!text.includes(EVIL_TITLE));
  });
});

describe('Getting from X to Y on comparison pages', () => {
  it('shows a route through another occupation with each step linked, and says when none stays within reach', async () => {
    const { res, text } = await get('/compare/producers-and-directors-vs-production-planning-and-expediting-clerks');
    assert.equal(res.status, 200);
    assert.match(text, /Getting from Production, Planning, and Expediting Clerks to Producers and Directors/);
    assert.match(text, /href="\/compare\/broadcast-technicians-vs-production-planning-and-expediting-clerks"/);
    assert.match(text, /href="\/compare\/producers-and-directors-vs-broadcast-technicians"/);
    assert.match(text, /href="\/occupation\/producers-and-directors\/moves">Career moves from Producers and Directors/);
    const far = await get('/compare/software-developers-vs-producers-and-directors');
    assert.match(far.text, /No route from Software Developers to Producers and Directors stays within reach/);
  });
});

describe('/occupation/<x>/moves/<y>', () => {
  const path = '/occupation/production-planning-and-expediting-clerks/moves/producers-and-directors';
  it('shows the routes from one occupation to another, each step linked to its comparison', async () => {
    const { res, text } = await get(path);
    assert.equal(res.status, 200);
    assert.match(
      text,
      /<h1 id="route-h">Getting from Production, Planning, and Expediting Clerks to Producers and Directors<\/h1>/,
    );
    assert.match(text, /href="\/compare\/broadcast-technicians-vs-production-planning-and-expediting-clerks"/);
    assert.match(text, /<meta name="robots" content="noindex/);
  });
  it('redirects codes and typed titles to the canonical address', async () => {
    const r = await get('/occupation/43-5061.00/moves/27-2012.00');
    assert.equal(r.res.status, 301);
    assert.equal(r.res.headers.get('location'), path);
    const f = await get('/occupation/production-planning-and-expediting-clerks/route?to=producers%20and%20directors');
    assert.equal(f.res.status, 302);
    assert.equal(f.res.headers.get('location'), path);
  });
  it('400s a missing target and 404s an unknown one', async () => {
    assert.equal((await get('/occupation/production-planning-and-expediting-clerks/route')).res.status, 400);
    assert.equal(
      (await get('/occupation/production-planning-and-expediting-clerks/route?to=qqqqzzzz')).res.status,
      404,
    );
    assert.equal((await get('/occupation/production-planning-and-expediting-clerks/moves/qqqqzzzz')).res.status, 404);
  });
});

describe('/compare/a-vs-b-vs-c', () => {
  const path = '/compare/software-developers-vs-producers-and-directors-vs-audio-and-video-technicians';
  it('puts three careers in one table with the pairwise articles linked', async () => {
    const { res, text } = await get(path);
    assert.equal(res.status, 200);
    assert.match(text, /<table class="data lineup-table">/);
    assert.equal((text.match(/<th scope="col"><a href="\/occupation\//g) ?? []).length, 3);
    assert.match(text, /href="\/compare\/software-developers-vs-producers-and-directors"/);
    assert.match(text, /Median annual pay \(OEWS May 2025\)/);
  });
  it('redirects another order or codes to the canonical address', async () => {
    const r = await get('/compare/27-4011.00-vs-15-1252.00-vs-27-2012.00');
    assert.equal(r.res.status, 301);
    assert.equal(r.res.headers.get('location'), path);
  });
  it('400s five careers or a repeated one, 404s an unknown one', async () => {
    assert.equal((await get('/compare/a-vs-b-vs-c-vs-d-vs-e')).res.status, 400);
    assert.equal((await get('/compare/27-2012.00-vs-27-2012.00-vs-15-1252.00')).res.status, 400);
    assert.equal((await get('/compare/27-2012.00-vs-15-1252.00-vs-qqqqzzzz')).res.status, 404);
  });
});

describe('the moves API', () => {
  it('/api/moves/:code returns moves with paths and sources', async () => {
    const { res, body } = await json('/api/moves/27-2012.00?sort=pay&limit=1');
    assert.equal(res.status, 200);
    const moves = body.moves as { code: string; comparePath: string; movesPath: string }[];
    assert.equal(moves.length, 1);
    assert.equal(
      moves[0]!.movesPath,
      `/occupation/${moves[0]!.code === '27-4012.00' ? 'broadcast-technicians' : 'audio-and-video-technicians'}/moves`,
    );
    assert.ok((body.sources as unknown[]).length > 0);
    assert.match((body.threshold as { explanation: string }).explanation, /within reach/);
  });
  it('/api/path/:from/:to returns routes with the steps’ comparison paths', async () => {
    const { res, body } = await json('/api/path/43-5061.00/producers-and-directors');
    assert.equal(res.status, 200);
    assert.equal(body.status, 'routes');
    const r = (body.routes as { codes: string[]; stepComparePaths: string[] }[])[0]!;
    assert.deepEqual(r.codes, ['43-5061.00', '27-4012.00', '27-2012.00']);
    assert.equal(r.stepComparePaths.length, 2);
    assert.equal((await json('/api/path/15-1252.00/27-2012.00')).body.status, 'none');
  });
  it('/api/lineup takes three or four codes', async () => {
    const { res, body } = await json('/api/lineup?codes=27-2012.00,27-4011.00,15-1252.00');
    assert.equal(res.status, 200);
    assert.equal((body.entries as unknown[]).length, 3);
    assert.equal((body.pairs as unknown[]).length, 3);
  });
  it('400s and 404s bad input with the parameter named', async () => {
    const cases: [string, number, string][] = [
      ['/api/moves/27-2012.00?sort=fame', 400, 'sort'],
      ['/api/moves/99-0000.00', 404, 'code'],
      ['/api/moves/not%20a%20code', 400, 'code'],
      ['/api/path/27-2012.00/99-0000.00', 404, 'code'],
      ['/api/lineup?codes=27-2012.00,27-4011.00', 400, 'codes'],
      ['/api/lineup', 400, 'codes'],
      ['/api/lineup?codes=27-2012.00,27-4011.00,27-2012.00', 400, 'codes'],
    ];
    for (const [url, status, param] of cases) {
      const { res, body } = await json(url);
      assert.equal(res.status, status, url);
      // A usage error names the parameter in `where`, a not-found one beside the message.
      assert.equal(body.error?.where.param ?? body.error?.param, param, url);
    }
  });
  it('answers match their documented schemas (src/schemas/types.ts)', async () => {
    const cases: [string, string][] = [
      ['/api/moves/27-2012.00', 'ApiMoves'],
      ['/api/moves/43-5061.00?paysMore=1&sort=outlook', 'ApiMoves'],
      ['/api/path/43-5061.00/27-2012.00', 'ApiRoutes'],
      ['/api/path/15-1252.00/27-2012.00', 'ApiRoutes'],
      ['/api/path/27-2012.00/27-4011.00', 'ApiRoutes'],
      ['/api/lineup?codes=27-2012.00,27-4011.00,15-1252.00,43-5061.00', 'ApiLineup'],
    ];
    for (const [url, schema] of cases) {
      const { res, body } = await json(url);
      assert.equal(res.status, 200, url);
      assert.deepEqual(schemaErrors(schema, body), [], url);
    }
    assert.notDeepEqual(schemaErrors('ApiMoves', { code: 1 }), []);
  });
  it('is in the OpenAPI document', async () => {
    const { body } = await json('/api/openapi.json');
    const paths = Object.keys(body.paths as object);
    for (const p of ['/api/moves/{code}', '/api/path/{from}/{to}', '/api/lineup']) assert.ok(paths.includes(p), p);
  });
});
