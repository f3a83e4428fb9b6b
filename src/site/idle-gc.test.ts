/**
 * The idle collection (src/site/idle-gc.ts): two collections, one per check, once a check sees no new request
 * after a burst; none while requests keep coming or after too few; none again until the next burst. The timer
 * calls the same check; fullGc runs V8's full collection without --expose-gc on the command line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectWhenIdle, fullGc, idleCheck } from './idle-gc.js';

describe('idle collection', () => {
  it('collects twice after a burst, not while busy, not after too few requests', () => {
    let requests = 0;
    let collections = 0;
    const check = idleCheck({ requests: () => requests, idleMs: 1000, minRequests: 10, collect: () => collections++ });
    for (let i = 0; i < 8; i++) {
      requests += 5; // busy: every check sees new requests
      check();
    }
    assert.equal(collections, 0, 'no collection under load');
    check();
    assert.equal(collections, 1, 'the first check without requests collects');
    check();
    assert.equal(collections, 2, 'and the next one again');
    check();
    check();
    assert.equal(collections, 2, 'then not again without requests');
    requests += 3;
    check();
    check();
    assert.equal(collections, 2, 'not after fewer than minRequests');
    requests += 7;
    check();
    requests += 1; // one more before the spell: still busy
    check();
    check();
    assert.equal(collections, 3);
  });

  it('runs from a timer that does not keep the process alive', async () => {
    let requests = 0;
    let collections = 0;
    const stop = collectWhenIdle({ requests: () => requests, idleMs: 5, minRequests: 1, collect: () => collections++ });
    requests = 5;
    const end = Date.now() + 5000;
    while (collections < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 30));
    stop();
    assert.equal(collections, 2, 'two collections, then none');
  });

  it('fullGc runs a full collection', async () => {
    let held: object | null = { big: new Array(1000).fill(0) };
    const ref = new WeakRef(held);
    held = null;
    await new Promise((r) => setTimeout(r, 0)); // a WeakRef's target lives at least until the end of its job
    fullGc();
    assert.equal(ref.deref(), undefined);
  });
});
