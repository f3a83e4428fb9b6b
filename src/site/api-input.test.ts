/** The API's query checks made from the generated schemas: values read as the schema says, messages naming the parameter. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CareerdiffError } from '../errors.js';
import { apiInput, inputLimits, queryParameters } from './api-input.js';

const input = apiInput(inputLimits({ apiDefaultLimit: 10, apiMaxLimit: 50 }));
const from = (q: Record<string, string>) => (k: string) => q[k];
const fails = (f: () => unknown, param: string, message: string) =>
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof CareerdiffError && e.kind === 'usage', String(e));
    assert.deepEqual(e.where, { param });
    assert.equal(e.message, message);
    return true;
  });

test('values are cleaned, read as the schema types them, and empty ones count as missing', () => {
  assert.deepEqual(input('resolve', from({ q: '  data\u200b  analyst ', limit: '7', other: 'x' })), {
    q: 'data analyst',
    limit: 7,
  });
  assert.deepEqual(input('compare', from({ a: '', b: 'cook', aCode: '27-2012' })), { b: 'cook', aCode: '27-2012' });
  assert.deepEqual(input('code', from({ minConfidence: '0.25', format: 'csv' })), {
    minConfidence: 0.25,
    format: 'csv',
  });
  assert.deepEqual(input('moves', from({ sort: '', paysMore: 'true', limit: '40' })), { paysMore: 'true', limit: 40 });
});

test('each failed check is a usage error naming the parameter, its message made from the schema', () => {
  fails(() => input('resolve', from({})), 'q', '"q" is required');
  fails(() => input('resolve', from({ q: 'x'.repeat(121) })), 'q', '"q" is too long (at most 120 characters)');
  for (const limit of ['0', '51', '1.5', 'ten', '-1'])
    fails(() => input('related', from({ limit })), 'limit', '"limit" must be a whole number from 1 to 50');
  fails(() => input('moves', from({ limit: '41' })), 'limit', '"limit" must be a whole number from 1 to 40');
  fails(() => input('compare', from({ bCode: '2712' })), 'bCode', '"bCode" must be an O*NET-SOC code like 27-2012.00');
  fails(() => input('moves', from({ sort: 'fame' })), 'sort', '"sort" must be gap, pay or outlook');
  fails(() => input('moves', from({ noMoreSchooling: 'yes' })), 'noMoreSchooling', '"noMoreSchooling" must be 1 or 0');
  fails(() => input('code', from({ format: 'xml' })), 'format', '"format" must be json, jsonl or csv');
  for (const minConfidence of ['2', 'abc', 'Infinity'])
    fails(
      () => input('code', from({ minConfidence })),
      'minConfidence',
      '"minConfidence" must be a number from 0 to 1',
    );
});

test('the OpenAPI parameters come from the same schemas, with the limits filled in', () => {
  const p = queryParameters(inputLimits({ apiDefaultLimit: 10, apiMaxLimit: 50 }), 'resolve') as {
    name: string;
    required: boolean;
    schema: Record<string, unknown>;
  }[];
  assert.deepEqual(
    p.map((x) => [x.name, x.required]),
    [
      ['q', true],
      ['with', false],
      ['limit', false],
    ],
  );
  assert.deepEqual(p[2]!.schema, { type: 'integer', minimum: 1, maximum: 50, default: 10 });
  assert.equal(p[0]!.schema.maxLength, 120);
});
