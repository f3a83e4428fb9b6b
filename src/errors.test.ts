import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CareerdiffError,
  clip,
  dataError,
  errorBody,
  errorHeaders,
  exitCode,
  formatError,
  httpStatus,
  internalError,
  methodNotAllowed,
  notFound,
  usageError,
} from './errors.js';

test('each kind maps to one exit code and one HTTP status', () => {
  assert.equal(exitCode(usageError('bad')), 2);
  assert.equal(httpStatus(usageError('bad')), 400);
  assert.equal(exitCode(notFound('none')), 4);
  assert.equal(httpStatus(notFound('none')), 404);
  assert.equal(exitCode(dataError('f.txt', 3, 'x')), 3);
  assert.equal(exitCode(new Error('boom')), 1);
  assert.equal(httpStatus(new Error('boom')), 500);
});

test('formatError names file, line and column', () => {
  assert.equal(
    formatError(dataError('a/b.txt', 12, 'not a number: "x"', 'Data Value')),
    'a/b.txt:12 (column "Data Value"): not a number: "x"',
  );
  assert.equal(formatError(usageError('too long', 'q')), 'q: too long');
});

test('errorBody hides internal messages but keeps user-facing ones', () => {
  assert.equal(errorBody(new Error('secret stack detail')).error.message, 'Internal error');
  const body = errorBody(notFound('no occupation "zzz"', { suggestions: ['a'] }));
  assert.equal(body.error.kind, 'not_found');
  assert.deepEqual(body.error.suggestions, ['a']);
  assert.ok(new CareerdiffError('usage', 'x') instanceof Error);
});

test('a damaged store is a store error (exit 5, HTTP 503), another method a 405, long input clipped', () => {
  const corrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
  assert.equal(exitCode(corrupt), 5);
  assert.equal(httpStatus(corrupt), 503);
  assert.match(formatError(corrupt), /SQLITE_CORRUPT.*careerdiff import/);
  assert.equal(httpStatus(Object.assign(new Error('x'), { code: 'SQLITE_ERROR' })), 500);
  assert.equal(httpStatus(methodNotAllowed('POST')), 405);
  assert.deepEqual(errorHeaders(methodNotAllowed('POST')), { Allow: 'GET, HEAD' });
  assert.deepEqual(errorHeaders(corrupt), { 'Retry-After': '30' });
  assert.deepEqual(errorHeaders(notFound('x')), {});
  assert.equal(clip('abc', 5), 'abc');
  assert.equal(clip('x'.repeat(200)), `${'x'.repeat(120)}… (200 characters)`);
  const long = formatError(notFound(`no occupation "${'y'.repeat(10_000)}"`));
  assert.ok(long.length < 400, `${long.length}`);
  assert.equal(errorBody(usageError('z'.repeat(5000))).error.message.length < 400, true);
});

test('a 404 names its request parameter in where.param, like a 400; an internal error is exit 1 / HTTP 500', () => {
  const body = errorBody(notFound('no O*NET occupation has the code 99-9999.00', { param: 'code', extra: 1 }));
  assert.deepEqual(body.error.where, { param: 'code' });
  assert.equal(body.error.param, undefined);
  assert.equal(body.error.extra, 1);
  assert.deepEqual(errorBody(usageError('bad', 'q')).error.where, { param: 'q' });
  assert.equal(exitCode(internalError('broken invariant')), 1);
  assert.equal(httpStatus(internalError('broken invariant')), 500);
});
