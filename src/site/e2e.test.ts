/**
 * End to end in real headless Chromium (Debian's /usr/bin/chromium through playwright-core): the server on a
 * free loopback port over the real store; hub → search "associate producer" → compare it with "production
 * assistant" → read every section heading → Next → a profile; screenshots at phone (390 px) and desktop
 * (1280 px) widths in test-results/. Skips (with a message) only when /usr/bin/chromium is absent.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../defaults.js';
import { type DB, openStore } from '../store/open.js';
import { needs, needsRealData, realStorePath } from '../testkit/real-store.js';
import { type RunningServer, startServer } from './server.js';
import { createEngine } from '../engine/engine.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const OUT = path.join(PROJECT_ROOT, 'test-results');
const skip = needsRealData() || needs(CHROMIUM, 'apt-get install -y chromium');

describe('website in Chromium', { skip, timeout: 600_000 }, () => {
  let db: DB;
  let srv: RunningServer;
  // biome-ignore lint/suspicious/noExplicitAny: playwright-core is loaded lazily so the unit tests never need it
  let browser: any;
  const errors: string[] = [];

  before(async () => {
    db = openStore(realStorePath());
    srv = await startServer({ engine: createEngine(db), onServerError: (e) => errors.push(String(e)) }, 0, '127.0.0.1');
    srv.site.catalog();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    fs.mkdirSync(OUT, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
    db?.close();
  });

  it('searches, compares, reads the article, follows Next and opens a profile', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m: { type(): string; text(): string }) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e: Error) => errors.push(String(e)));

    await page.goto(`${srv.url}/`);
    assert.equal(await page.locator('h1').count(), 1);
    await page.screenshot({ path: path.join(OUT, 'hub-desktop.png'), fullPage: true });

    // Search, with the autocomplete list showing on the way.
    await page.locator('#hub-q').pressSequentially('associate producer', { delay: 15 });
    await page
      .locator('#hub-q ~ .ac-list, .search-form .ac-list')
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 });
    await Promise.all([page.waitForURL(/\/search\?q=/), page.locator('#hub-q').press('Enter')]);
    const results = await page.locator('.result-title').allTextContents();
    assert.ok(results.includes('Producers and Directors'), results.join(', '));

    // Compare it with "production assistant" through the hub form.
    await page.goto(`${srv.url}/`);
    await page.locator('#hub-a').fill('associate producer');
    await page.locator('#hub-b').fill('production assistant');
    await Promise.all([
      page.waitForURL(/\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+/),
      page.locator('.compare-form button[type=submit]').first().click(),
    ]);
    const compareUrl = page.url();
    const h1 = await page.locator('h1').allTextContents();
    assert.equal(h1.length, 1);
    assert.match(h1[0]!, / vs\. .*What Are the Differences\?/);
    const headings = (await page.locator('main h2, main h3').allTextContents()).map((h: string) => h.trim());
    for (const h of ['Job Duties', 'Job Requirements', 'Skills', 'Salary', 'Sources', 'Related comparisons'])
      assert.ok(headings.includes(h), `heading "${h}" in ${headings.join(' | ')}`);
    assert.ok((await page.locator('svg.chart').count()) >= 1, 'a chart is drawn');
    await page.screenshot({ path: path.join(OUT, 'compare-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(OUT, 'compare-phone.png'), fullPage: true });
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Next through the catalog.
    const next = page.locator('a.pn-next');
    assert.equal(await next.count(), 1);
    const nextTitle = (await next.locator('.pn-title').textContent())!.trim();
    await Promise.all([page.waitForURL((u: URL) => u.href !== compareUrl), next.click()]);
    assert.match((await page.locator('h1').textContent())!, / vs\. /);
    assert.ok(nextTitle.includes(' vs. '));

    // A profile from the "compared as" note.
    await Promise.all([page.waitForURL(/\/occupation\//), page.locator('.compared-as a').first().click()]);
    const profileHeadings = await page.locator('main h2').allTextContents();
    for (const h of ['What they do', 'Skills and knowledge', 'Wages'])
      assert.ok(profileHeadings.includes(h), `${h} in ${profileHeadings.join(' | ')}`);
    await page.screenshot({ path: path.join(OUT, 'profile-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(OUT, 'profile-phone.png'), fullPage: true });
    await page.goto(`${srv.url}/`);
    await page.screenshot({ path: path.join(OUT, 'hub-phone.png'), fullPage: true });

    await context.close();
    assert.deepEqual(errors, [], 'no console errors, CSP violations or server errors');
  });
});
