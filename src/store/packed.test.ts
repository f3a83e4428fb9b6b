/**
 * The packed form (src/store/packed.ts) reads back exactly what was written — the same as a `v8.serialize`
 * round trip — for the kinds of value a derived row holds and their edge cases, and refuses what it cannot keep.
 */
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { describe, it } from 'node:test';
import { rng } from '../testkit/rng.js';
import { pack, unpack } from './packed.js';

const roundTrip = (v: unknown) => unpack(pack(v));

/** Both the value itself and what v8's serializer gives back (the form the rows had before). */
function assertKept(v: unknown): void {
  const back = roundTrip(v);
  assert.deepStrictEqual(back, v);
  assert.deepStrictEqual(back, v8.deserialize(v8.serialize(v)));
  assert.equal(JSON.stringify(back), JSON.stringify(v));
}

describe('packed values', () => {
  it('keeps scalars, including −0, NaN, infinities, large and fractional numbers', () => {
    for (const v of [
      null,
      undefined,
      true,
      false,
      0,
      -0,
      1,
      -1,
      239,
      240,
      255,
      256,
      0x3fffffff,
      0x40000000,
      -0x3fffffff,
      2 ** 53,
      -(2 ** 53),
      0.1,
      4.4399999999999995,
      1e-300,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '',
      'Registered Nurses',
      'café – “quotes” 😀 日本',
    ])
      assertKept(v);
    assert.ok(Object.is(roundTrip(-0), -0));
  });

  it('keeps objects: key order (integer-like keys too), undefined properties, nesting and shared shapes', () => {
    assertKept({ b: 1, a: { z: undefined, y: [1, 'x', null] }, 10: 'ten', 2: 'two' });
    const back = roundTrip({ a: undefined, b: 2 }) as Record<string, unknown>;
    assert.deepEqual(Object.keys(back), ['a', 'b']);
    assert.ok('a' in back);
    assertKept({});
    assertKept([]);
    assertKept([{}, { '': 1 }, {}, { '': { '': undefined } }]);
    assertKept([
      { code: '1', text: 'a' },
      { code: '2', text: 'b' },
      { text: 'c', code: '3' },
    ]);
    assertKept({ ['__proto__']: 1, x: 2 });
    const proto = roundTrip(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(proto), Object.prototype);
    assert.deepEqual(Object.keys(proto), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('keeps Maps in order with number and string keys', () => {
    assertKept(
      new Map<unknown, unknown>([
        [1841, [{ dwaId: '4.A.3.b.6.I11.D04', title: 'Record patient medical histories.' }]],
        [7, []],
        ['k', new Map([['inner', 1]])],
      ]),
    );
  });

  it('keeps values with more than 127 strings, shapes and items (multi-byte indices and lengths)', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ [`key${i}`]: `value ${i}`, n: i * 1000, f: i / 7 }));
    assertKept(many);
    assertKept({ long: 'x'.repeat(70_000), list: Array.from({ length: 20_000 }, (_, i) => i % 3) });
  });

  it('keeps seeded random values', () => {
    const r = rng(5);
    const words = ['a', 'b', 'Nurse', '', 'é', '4.A.1', 'x y z'];
    const gen = (depth: number): unknown => {
      const k = Math.floor(r() * (depth > 3 ? 6 : 9));
      if (k === 0) return null;
      if (k === 1) return r() < 0.5;
      if (k === 2) return Math.floor(r() * 1e6) - 5e5;
      if (k === 3) return r() * 100;
      if (k === 4) return words[Math.floor(r() * words.length)];
      if (k === 5) return undefined;
      if (k === 6) return Array.from({ length: Math.floor(r() * 5) }, () => gen(depth + 1));
      if (k === 7) return new Map(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [i * 3, gen(depth + 1)]));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 5); i > 0; i--) o[words[Math.floor(r() * words.length)]!] = gen(depth + 1);
      return o;
    };
    for (let i = 0; i < 300; i++) {
      const v = gen(0);
      assert.deepStrictEqual(roundTrip(v), v);
    }
  });

  it('refuses what it cannot keep', () => {
    const holey = [1, 2, 3];
    delete holey[1];
    assert.throws(() => pack(holey), /hole/);
    assert.throws(() => pack(new Set([1])), /plain objects/);
    assert.throws(() => pack(new Date(0)), /plain objects/);
    assert.throws(() => pack({ f: () => 1 }), /unsupported type/);
    assert.throws(() => pack(1n), /unsupported type/);
    assert.throws(() => pack({ 'a\u0000b': 1 }), /NUL/);
    assert.throws(() => unpack(Buffer.concat([pack(1), Buffer.from([0])])), /left after/);
  });
});
