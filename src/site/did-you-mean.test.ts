/**
 * "No article for a guess" on the real store: an input nothing matches confidently gets a "did you mean" (site:
 * a noindex 404 form with links that pick an occupation by code; CLI: exit 4 with suggestions), and picking a
 * reading makes the article.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../cli/main.js';
import { isGuess } from '../compare/resolve.js';
import { COMPARE_DEFAULTS } from '../defaults.js';
import { createEngine } from '../engine/engine.js';
import { useRealStore } from '../testkit/real-store.js';
import { createApp } from './app.js';

const real = useRealStore();
const { skip } = real;

const cli = async (args: string[]) => {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: false,
  };
  const code = await main([...args, '--db', real.file()], io as never);
  return { code, out, err };
};

describe('no article for a guess', { skip, timeout: 120_000 }, () => {
  it('the threshold is the resolver’s calibrated confidence, one named default', () => {
    const engine = createEngine(real.db());
    const guess = engine.resolve('dragon trainer', 5);
    assert.ok((guess.confidence ?? 1) < COMPARE_DEFAULTS.minConfidence);
    assert.equal(isGuess(guess), true);
    assert.equal(isGuess(engine.resolve('registered nurse', 5)), false);
    assert.equal(isGuess(engine.resolve('29-1141.00', 5)), false);
  });

  it('real titles are never guesses, however many occupations list them; typos of real titles still read', () => {
    const engine = createEngine(real.db());
    // O*NET titles as typed (occupation, alternate or reported titles), some listed under several occupations,
    // and corrected typos of real titles: each gets an article.
    for (const q of [
      'graphic designer',
      'carpenter',
      'cabinetmaker',
      'teacher',
      'truck driver',
      'project manager',
      'associate producer',
      'production assistant',
      'prodcer',
      'softwear enginer',
    ])
      assert.equal(isGuess(engine.resolve(q, 5)), false, q);
    // Gibberish, a phrase matched by one of its words, and a one-letter miss of a short word: guesses.
    for (const q of [
      'unicorn whisperer',
      'qwerty',
      'xqzvw plorbt',
      'banana',
      'scam',
      'asdf',
      'blue sky thinker',
      'space pirate',
      'dragon trainer',
      'rockstar developer',
    ])
      assert.equal(isGuess(engine.resolve(q, 5)), true, q);
  });

  it('CLI: exit 4 with suggestions, unless the reader picks an occupation', async () => {
    for (const q of ['unicorn whisperer', 'qwerty', 'dragon trainer']) {
      const r = await cli(['compare', q, 'Registered Nurse']);
      assert.equal(r.code, 4, q);
      assert.equal(r.out, '');
      assert.match(r.err, /did you mean/, q);
    }
    const guess = await cli(['compare', 'dragon trainer', 'Registered Nurse']);
    assert.match(guess.err, /39-2011\.00 Animal Trainers/);
    assert.match(guess.err, /--a-code/);
    const picked = await cli([
      'compare',
      'dragon trainer',
      'Registered Nurse',
      '--a-code',
      '39-2011.00',
      '--format',
      'json',
    ]);
    assert.equal(picked.code, 0);
    assert.equal(JSON.parse(picked.out).resolution.a.code, '39-2011.00');
  });

  it('site: a noindex "did you mean" page whose links pick the occupation by code', async () => {
    const { app } = createApp({
      engine: createEngine(real.db()),
      baseUrl: 'https://careers.test',
      onServerError: () => {},
    });
    for (const url of [
      '/compare/dragon-trainer-vs-registered-nurse',
      '/compare?a=dragon%20trainer&b=registered%20nurse',
    ]) {
      const res = await app.request(url);
      const body = await res.text();
      assert.equal(res.status, 404, url);
      assert.match(body, /Nothing matches “dragon trainer” confidently/);
      assert.match(body, /<meta name="robots" content="noindex">/);
      assert.match(body, /href="\/compare\?a=dragon%20trainer&amp;b=registered%20nurse&amp;aCode=39-2011\.00"/);
      assert.doesNotMatch(body, /What Are the Differences/);
    }
    for (const url of ['/compare/unicorn-whisperer-vs-nurse', '/compare/qwerty-vs-nurse']) {
      const res = await app.request(url);
      assert.equal(res.status, 404, url);
      assert.match(await res.text(), /No occupation matches/);
    }
    const picked = await app.request('/compare?a=dragon%20trainer&b=registered%20nurse&aCode=39-2011.00');
    assert.equal(picked.status, 302);
    assert.match(picked.headers.get('location') ?? '', /animal-trainers/);
  });

  it('site: a typed pair reads as `careerdiff compare` reads it (Engine.readPair), by URL and by the form', async () => {
    const engine = createEngine(real.db());
    const { app } = createApp({ engine, baseUrl: 'https://careers.test', onServerError: () => {} });
    // Read through one occupation's titles together, and by its own O*NET text: articles, not "did you mean".
    for (const [a, b, want] of [
      ['film director', 'registered nurse', /producers-and-directors/],
      ['stage actor', 'registered nurse', /actors/],
      ['apprentice plumber', 'registered nurse', /plumbers-pipefitters-and-steamfitters/],
    ] as const) {
      const compared = engine.compare(a, b, {});
      assert.ok(engine.readPair?.(a, b).resolutions[0].candidates[0]?.code === compared.resolution.a.code, a);
      for (const url of [
        `/compare/${a.replaceAll(' ', '-')}-vs-${b.replaceAll(' ', '-')}`,
        `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
      ]) {
        const res = await app.request(url);
        assert.ok(res.status === 301 || res.status === 302, `${url}: ${res.status}`);
        assert.match(res.headers.get('location') ?? '', want, url);
      }
    }
  });
});
