/** Escaping and safety: user text and data cannot break out of HTML, attributes or JSON-LD. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVIL_TITLE } from './fake-engine.js';
import { escapeHtml } from '../escape.js';
import { html, jsonForHtml, raw } from './html.js';
import { cleanInt, cleanText } from './security.js';
import { jsonLd, testApp } from './testing.js';

const { app, site } = testApp();

describe('html.ts', () => {
  it('escapes every interpolated value unless it is Html', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(
      html`<p title="${'"><b>'}">${'<i>'}${raw('<em>ok</em>')}</p>`.value,
      '<p title="&quot;&gt;&lt;b&gt;">&lt;i&gt;<em>ok</em></p>',
    );
    assert.equal(html`${['<a>', html`<b>`]}${null}${undefined}${false}${3}`.value, '&lt;a&gt;<b>3');
  });
  it('makes JSON safe inside <script>', () => {
    const s = jsonForHtml({ t: '</script><script>alert(1)</script><!-- \u2028' });
    assert.doesNotMatch(s, /<|>|\u2028/);
    assert.deepEqual(JSON.parse(s), { t: '</script><script>alert(1)</script><!-- \u2028' });
  });
});

describe('security.ts', () => {
  it('cleans text and rejects overlong values', () => {
    assert.equal(cleanText('  a\u0000b\u202e  c\n', 'q'), 'a b c');
    assert.throws(() => cleanText('x'.repeat(121), 'q'), /too long/);
    assert.equal(cleanInt(undefined, 'limit', 5, 1, 10), 5);
    assert.throws(() => cleanInt('11', 'limit', 5, 1, 10));
  });
});

describe('pages escape user text and data', () => {
  const xss = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
  it('in the search page (heading, input value, data attribute)', async () => {
    const body = await (await app.request(`/search?q=${encodeURIComponent(xss)}`)).text();
    assert.doesNotMatch(body, /<script>alert/);
    assert.doesNotMatch(body, /<img src=x/);
    assert.match(body, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
  it('in the compare form and 404 pages', async () => {
    for (const url of [
      `/compare?a=${encodeURIComponent(xss)}`,
      `/compare?a=${encodeURIComponent(xss)}&b=producer`,
      `/occupation/${encodeURIComponent(xss)}`,
    ]) {
      const body = await (await app.request(url)).text();
      assert.doesNotMatch(body, /<script>alert|<img src=x/, url);
    }
  });
  it('in a comparison with typed titles (article heading, note, JSON-LD)', async () => {
    const url = `/compare/producers-and-directors-vs-audio-and-video-technicians?a=${encodeURIComponent(xss)}&b=x`;
    const body = await (await app.request(url)).text();
    assert.doesNotMatch(body, /<script>alert|<img src=x/);
    for (const ld of jsonLd(body)) assert.ok(ld);
  });
  it('for data with markup in it: an occupation title with </script>', async () => {
    const occ = site.catalog().byCode.get('99-9999.00')!;
    const body = await (await app.request(occ.path)).text();
    assert.equal(body.split('</script>').length - 1, 2, 'only our two script tags close');
    assert.doesNotMatch(body, /<script>alert/);
    const ld = jsonLd(body) as { name: string }[];
    assert.equal(ld[0]!.name, EVIL_TITLE);
    const pair = site.catalog().pairs.find((p) => p.a === '99-9999.00' || p.b === '99-9999.00');
    if (pair) {
      const cmp = await (await app.request(pair.path)).text();
      assert.doesNotMatch(cmp, /<script>alert/);
      assert.equal(cmp.split('</script>').length - 1, 2);
    }
  });
});
