/**
 * The fast commands answer the same bundled as unbundled (issue 10: one-file bundles, src/cli/bundled.ts): stdout,
 * stderr and exit code of resolve, show, compare (md, html, json), related, moves and lineup on the real store,
 * once through each command's bundle and once with CAREERDIFF_NO_BUNDLE=1. The bundles are made by `npm run build`
 * (npm test); after a plain `tsc` they are stale and this test skips (fails under CI=true).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../testkit/cli.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { currentBundle, loadBundled } from './bundled.js';

const CASES: string[][] = [
  ['resolve', 'registered nurse'],
  ['resolve', 'sofware enginer', '--json', '--limit', '3'],
  ['resolve', 'xqzvw plorbt'],
  ['show', '29-1141.00'],
  ['show', 'film producer', '--json'],
  ['show', '99-9999.00'],
  ['compare', 'registered nurse', 'nurse practitioner'],
  ['compare', 'welder', 'lpn', '--format', 'html'],
  ['compare', 'Production Assistant', 'Associate Producer', '--b-code', '27-2012.00', '--format', 'json'],
  ['compare', 'nurse', 'chef', '--format', 'pdf'],
  ['related', '27-2012.00', '--limit', '20', '--json'],
  ['moves', '29-1141.00', '--pays-more'],
  ['lineup', 'registered nurse', 'licensed practical nurse', 'medical assistant', '--json'],
];

function bundlesMissing(): string | false {
  const missing = ['resolve', 'show', 'compare', 'related', 'moves'].filter((b) => !currentBundle(b));
  if (missing.length === 0) return false;
  const msg = `no current bundle of ${missing.join(', ')} (run npm run build)`;
  if (/^(1|true)$/i.test(process.env.CI ?? '')) throw new Error(`CI=true: ${msg}`);
  return `${msg}; skipping`;
}

const skip = needsRealData() || bundlesMissing();

describe('bundled commands', { skip }, () => {
  it('answer byte for byte as the unbundled modules do', async () => {
    const db = realStorePath();
    for (const b of ['resolve', 'show', 'compare', 'related', 'moves'])
      assert.equal(typeof loadBundled(b)?.[`${b}Command`], 'object', `the ${b} bundle loads`);
    for (const argv of CASES) {
      const bundled = await runCli([...argv, '--db', db]);
      process.env.CAREERDIFF_NO_BUNDLE = '1';
      let plain: Awaited<ReturnType<typeof runCli>>;
      try {
        plain = await runCli([...argv, '--db', db]);
      } finally {
        delete process.env.CAREERDIFF_NO_BUNDLE;
      }
      assert.deepEqual(bundled, plain, argv.join(' '));
      assert.ok(plain.out.length + plain.err.length > 0, `${argv.join(' ')}: says something`);
    }
  });
});
