/** memoText: the memoised function answers what the function does, works each text out once, and stays bounded. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoText } from './memo.js';

describe('memoText', () => {
  it('answers as the function does, calling it once per distinct text', () => {
    const calls: string[] = [];
    const f = memoText((t: string) => {
      calls.push(t);
      return t.split(' ');
    });
    assert.deepEqual(f('a b'), ['a', 'b']);
    assert.equal(f('a b'), f('a b'), 'the same value object');
    assert.deepEqual(f('c'), ['c']);
    assert.deepEqual(calls, ['a b', 'c']);
  });

  it('keeps an undefined result too (worked out once)', () => {
    let n = 0;
    const f = memoText((t: string): string | undefined => {
      n++;
      return t === 'develop' ? undefined : t;
    });
    assert.equal(f('develop'), undefined);
    assert.equal(f('develop'), undefined);
    assert.equal(f('test'), 'test');
    assert.equal(n, 2);
  });

  it('starts over past its bound, so it never holds more than max texts', () => {
    let n = 0;
    const f = memoText((t: string) => `${t}${++n}`, 2);
    assert.equal(f('x'), 'x1');
    assert.equal(f('y'), 'y2');
    assert.equal(f('x'), 'x1', 'still kept');
    assert.equal(f('z'), 'z3', 'a third text clears the memo');
    assert.equal(f('x'), 'x4', 'worked out again after the reset');
  });
});
