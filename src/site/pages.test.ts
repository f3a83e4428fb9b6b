/** Route tests of every HTML page type, in-process (app.request, no sockets), over the fake engine. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { count, jsonLd, testApp } from './testing.js';

const { app, site } = testApp();
const PD_AV = '/compare/producers-and-directors-vs-audio-and-video-technicians';

const page = async (url: string, init?: RequestInit) => {
  const res = await app.request(url, init);
  return { res, body: await res.text() };
};

function assertPage(body: string) {
  assert.equal(count(body, /<h1[\s>]/), 1, 'exactly one h1');
  assert.match(body, /<main id="main"/);
  assert.match(body, /class="skip-link" href="#main"/);
  assert.match(body, /<link rel="canonical" href="https:\/\/careers\.test\//);
  assert.match(body, /<meta name="description" content="[^"]+"/);
  assert.match(body, /This product includes information from the O\*NET 30\.1 Database/);
  assert.doesNotMatch(body, /<script>(?!<)/, 'no inline script');
  assert.doesNotMatch(body, /\sstyle="/, 'no inline style');
}

describe('hub and lists', () => {
  it('serves the hub with forms, featured comparisons, families and zones', async () => {
    const { res, body } = await page('/');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assertPage(body);
    assert.match(body, /action="\/compare" method="get"/);
    assert.match(body, /action="\/search" method="get" role="search"/);
    assert.match(body, /<label for="hub-a">/);
    assert.match(body, new RegExp(`href="${PD_AV}"`));
    assert.match(body, /href="\/family\/arts-design-entertainment-sports-and-media"/);
    assert.match(body, /href="\/job-zone\/4"/);
    // One title in two occupations: never "two occupations" as if it named no more (O*NET lists "Control
    // Operator" under six); the card says these are two of those that list it.
    assert.match(body, /“Video Production Assistant”: <span class="vs-inline">two of the occupations that list it/);
    assert.doesNotMatch(body, /”: <span class="vs-inline">two occupations</);
  });

  it('serves family and job-zone pages, 404 for unknown ones', async () => {
    const fam = await page('/family/arts-design-entertainment-sports-and-media');
    assert.equal(fam.res.status, 200);
    assertPage(fam.body);
    assert.match(fam.body, /href="\/occupation\/producers-and-directors"/);
    const zone = await page('/job-zone/3');
    assert.equal(zone.res.status, 200);
    assert.match(zone.body, /Audio and Video Technicians/);
    assert.equal((await page('/job-zone/9')).res.status, 404);
    assert.equal((await page('/family/nope')).res.status, 404);
  });
});

describe('comparison pages', () => {
  it('renders the canonical comparison with article, charts, related, prev/next and JSON-LD', async () => {
    const { res, body } = await page(PD_AV);
    assert.equal(res.status, 200);
    assertPage(body);
    assert.match(body, new RegExp(`<link rel="canonical" href="https://careers.test${PD_AV}">`));
    assert.match(
      body,
      /<h1>Producers and Directors vs\. Audio and Video Technicians: What Are the Differences\?<\/h1>/,
    );
    assert.match(body, /Back to Job Search/);
    assert.match(body, /<link rel="(prev|next)" href="https:\/\/careers\.test\/compare\//);
    assert.match(body, /class="pn pn-(prev|next)"/);
    assert.match(body, /Compared as/);
    assert.match(body, /Other readings:/);
    assert.match(body, /<svg class="chart"[^>]*role="img" aria-labelledby="wage-t wage-d"/);
    assert.match(body, /aria-labelledby="gaps-t gaps-d"/);
    assert.match(body, /median \$90,000/);
    assert.match(body, /More comparisons with Producers and Directors/);
    // Charts sit inside the writer's sections.
    assert.ok(body.indexOf('id="wage-t"') > body.indexOf('<h3 id="salary">'));
    const ld = jsonLd(body) as { '@type': string; headline: string; about: unknown[] }[];
    assert.equal(ld.length, 1);
    assert.equal(ld[0]!['@type'], 'Article');
    assert.equal(ld[0]!.about.length, 2);
  });

  it('names a one-occupation page as such in its breadcrumb, not "X vs. X"', async () => {
    const { res, body } = await page('/compare/producers-and-directors-vs-producers-and-directors');
    assert.equal(res.status, 200);
    const crumbs = /<nav class="crumbs"[\s\S]*?<\/nav>/.exec(body)?.[0] ?? '';
    assert.match(crumbs, /<li aria-current="page">Producers and Directors: one occupation, two titles<\/li>/);
    assert.doesNotMatch(crumbs, / vs\. /);
    // No two-series chart of the occupation against itself ("circle: Lawyers, diamond: Lawyers").
    assert.doesNotMatch(body, /circle: Producers and Directors, diamond: Producers and Directors/);
    // One BLS figure, one bar.
    assert.equal(body.match(/Producers and Directors: 10th percentile/g)?.length, 1);
  });

  it('redirects the other order, upper case and a trailing slash to the canonical URL (301)', async () => {
    for (const url of [
      '/compare/audio-and-video-technicians-vs-producers-and-directors',
      '/compare/Producers-And-Directors-vs-Audio-And-Video-Technicians',
      `${PD_AV}/`,
      '/compare/27-2012.00-vs-27-4011.00',
      '/compare/27-4011-vs-27-2012',
    ]) {
      const res = await app.request(url);
      assert.equal(res.status, 301, url);
      assert.equal(res.headers.get('location'), PD_AV, url);
    }
  });

  it('redirects other spellings through the resolver, keeping the typed titles', async () => {
    const res = await app.request('/compare/associate-producer-vs-video-production-assistant');
    assert.equal(res.status, 301);
    const loc = res.headers.get('location')!;
    assert.ok(loc.startsWith(`${PD_AV}?a=associate%20producer&b=video%20production%20assistant`), loc);
    const typed = await page(loc);
    assert.equal(typed.res.status, 200);
    assert.match(typed.body, /<h1>associate producer vs\. video production assistant/);
    assert.match(typed.body, /“associate producer” was compared as/);
    assert.match(typed.body, new RegExp(`<link rel="canonical" href="https://careers.test${PD_AV}">`));
  });

  it('404s an unknown pair with suggestions', async () => {
    // A side nothing matches is a "did you mean" form (src/site/did-you-mean.ts), never an article.
    const { res, body } = await page('/compare/zzqx-vs-producer');
    assert.equal(res.status, 404);
    assert.match(body, /No occupation matches “zzqx”/);
    assert.match(body, /<meta name="robots" content="noindex">/);
    const none = await page('/compare/no-separator-here');
    assert.equal(none.res.status, 404);
    const long = await page(`/compare/${'a'.repeat(400)}-vs-b`);
    assert.equal(long.res.status, 404);
  });

  it('serves the compare form and redirects its submissions (302) to the canonical URL', async () => {
    const form = await page('/compare');
    assert.equal(form.res.status, 200);
    assertPage(form.body);
    const prefilled = await page('/compare?a=Producer');
    assert.match(prefilled.body, /id="page-a" name="a" type="text" value="Producer"/);
    const res = await app.request('/compare?a=Audio+and+Video+Technicians&b=Producers+and+Directors');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), PD_AV);
    const codes = await app.request('/compare?aCode=27-4011.00&bCode=27-2012.00');
    assert.equal(codes.headers.get('location'), PD_AV);
    const typed = await app.request('/compare?a=producer&b=video+production+assistant&bCode=27-4011.00');
    assert.equal(typed.headers.get('location'), `${PD_AV}?a=producer&b=video%20production%20assistant`);
  });

  it('answers bad compare-form input with 400 or 404, never 500', async () => {
    const none = await page('/compare?a=zzqx&b=producer');
    assert.equal(none.res.status, 404);
    assert.match(none.body, /No occupation matches “zzqx”/);
    assert.equal((await app.request(`/compare?a=${'x'.repeat(500)}&b=producer`)).status, 400);
    assert.equal((await app.request('/compare?a=x&b=y&aCode=nonsense')).status, 400);
    assert.equal((await app.request('/compare?a=x&b=y&aCode=11-1111.11')).status, 404);
  });

  it('caches rendered comparisons, answers If-None-Match with 304 and gzips on request', async () => {
    const first = await app.request(PD_AV);
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    const again = await app.request(PD_AV, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const gz = await app.request(PD_AV, { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.ok(site.cache.hits >= 2);
  });
});

describe('profiles, search and the rest', () => {
  it('renders a profile with every section, sources and Occupation JSON-LD', async () => {
    const { res, body } = await page('/occupation/producers-and-directors');
    assert.equal(res.status, 200);
    assertPage(body);
    for (const h of [
      'What they do',
      'Work activities',
      'Education and preparation',
      'Skills and knowledge',
      'Technology',
      'Work styles',
      'Interests',
    ])
      assert.match(body, new RegExp(`<h2 id="[a-z]+-h">${h}</h2>`), h);
    assert.match(body, /<span class="tag hot">Hot<\/span>/);
    assert.match(body, /Source: O\*NET 30\.1 Database \(December 2025\)/);
    assert.match(body, /href="\/compare\/producers-and-directors-vs-audio-and-video-technicians"/);
    const ld = jsonLd(body) as { '@type': string; occupationalCategory: { codeValue: string } }[];
    assert.equal(ld[0]!['@type'], 'Occupation');
    assert.equal(ld[0]!.occupationalCategory.codeValue, '27-2012.00');
  });

  it('redirects codes and other spellings of a profile, 404s unknown ones with suggestions', async () => {
    for (const url of ['/occupation/27-2012.00', '/occupation/27-2012', '/occupation/Producers-and-Directors']) {
      const res = await app.request(url);
      assert.equal(res.status, 301, url);
      assert.equal(res.headers.get('location'), '/occupation/producers-and-directors');
    }
    const miss = await page('/occupation/producer-guy');
    assert.equal(miss.res.status, 404);
    assert.match(miss.body, /Were you looking for/);
    assert.match(miss.body, /href="\/occupation\/producers-and-directors"/);
  });

  it('searches, with profile and compare links per candidate', async () => {
    const { res, body } = await page('/search?q=associate+producer');
    assert.equal(res.status, 200);
    assertPage(body);
    assert.match(body, /data-q="associate producer"/);
    assert.match(body, /href="\/occupation\/producers-and-directors"/);
    assert.match(body, /href="\/compare\?a=Producers%20and%20Directors"/);
    const empty = await page('/search');
    assert.equal(empty.res.status, 200);
    const none = await page('/search?q=zzqx');
    assert.match(none.body, /No occupation matches/);
    assert.equal((await app.request(`/search?q=${'q'.repeat(300)}`)).status, 400);
  });

  it('serves sitemap, robots, assets, search index and a 404 page', async () => {
    const sm = await page('/sitemap.xml');
    assert.equal(sm.res.status, 200);
    assert.match(sm.res.headers.get('content-type')!, /application\/xml/);
    assert.match(sm.body, /<loc>https:\/\/careers\.test\/occupation\/producers-and-directors<\/loc>/);
    assert.match(sm.body, new RegExp(`<loc>https://careers.test${PD_AV}</loc>`));
    const robots = await page('/robots.txt');
    assert.match(robots.body, /Sitemap: https:\/\/careers\.test\/sitemap\.xml/);
    const css = await app.request('/assets/site.css?v=1');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('cache-control')!, /immutable/);
    assert.equal((await app.request('/assets/nope.css')).status, 404);
    const ix = JSON.parse((await page('/search-index.json')).body) as { occupations: unknown[]; pairs: unknown[] };
    assert.equal(ix.occupations.length, 6);
    assert.ok(ix.pairs.length > 0);
    const nf = await page('/producers-and-directors');
    assert.equal(nf.res.status, 404);
    assert.match(nf.body, /href="\/occupation\/producers-and-directors"/);
    const head = await app.request('/', { method: 'HEAD' });
    assert.equal(head.status, 200);
  });

  it('sends the security headers on pages, API, assets and errors', async () => {
    for (const url of ['/', PD_AV, '/api/resolve?q=x', '/assets/site.js', '/nope', '/api/nope']) {
      const res = await app.request(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, url);
      assert.match(csp, /script-src 'self'/, url);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.doesNotMatch(csp, /unsafe-inline/, url);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', url);
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', url);
    }
  });
});
