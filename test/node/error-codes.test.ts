/**
 * One set of error codes for the endpoint, the client and the elements (src/types.ts). The endpoint can only write
 * a known code (`ServerErrorCode`): a misspelt one fails `npm test`'s type check (the `@ts-expect-error` lines below
 * become unused errors the moment `EndpointError` accepts any string again). A SmartCV code this version does not
 * know is passed on by name, never looked up as an object key, and a code of the wrong shape is not passed on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EndpointError } from '../../src/server/errors.js';
import { smartcvError } from '../../src/server/upstream/smartcv.js';
import type { AnyErrorCode, ErrorBody, ServerErrorCode } from '../../src/types.js';

test('the endpoint writes known codes only; the wire type keeps completion for them', () => {
  const known: ServerErrorCode = 'UPSTREAM_UNAVAILABLE';
  const error = new EndpointError(502, known, 'down');
  assert.equal(error.toBody().error.code, 'UPSTREAM_UNAVAILABLE');
  // @ts-expect-error a misspelt code is not an endpoint code
  assert.equal(new EndpointError(502, 'UPSTREAM_UNAVAILABEL', 'typo').code, 'UPSTREAM_UNAVAILABEL');
  // @ts-expect-error a client-side code is never the endpoint's answer
  assert.equal(new EndpointError(400, 'POPUP_CLOSED', 'not ours').status, 400);
  const body: ErrorBody = { error: { code: 'NEWER_SMARTCV_CODE', message: 'a later upstream code still fits' } };
  const code: AnyErrorCode = body.error.code;
  assert.equal(code, 'NEWER_SMARTCV_CODE');
});

test("SmartCV's codes: known ones get their status, a newer one is passed on by name, a malformed one is not", () => {
  assert.deepEqual(pick(smartcvError(400, { success: false, error: { code: 'INVALID_CODE', message: 'used' } })), { status: 400, code: 'INVALID_CODE' });
  assert.deepEqual(pick(smartcvError(401, { success: false, code: 'TOKEN_EXPIRED' })), { status: 401, code: 'TOKEN_EXPIRED' });
  assert.deepEqual(pick(smartcvError(400, { error: 'INVALID_CLIENT' })), { status: 502, code: 'INVALID_CLIENT' }, "the partner's misconfiguration is not the candidate's 4xx");
  assert.deepEqual(pick(smartcvError(409, { error: { code: 'PROFILE_LOCKED' } })), { status: 409, code: 'PROFILE_LOCKED' });
  // Object.prototype's names are no table entries: a map lookup, and only CODE_SHAPED text is taken at all.
  for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    assert.deepEqual(pick(smartcvError(400, { error: { code: hostile } })), { status: 400, code: 'INVALID_REQUEST' }, hostile);
  }
  assert.deepEqual(pick(smartcvError(500, 'not json')), { status: 502, code: 'UPSTREAM_UNAVAILABLE' });
});

const pick = (error: EndpointError) => ({ status: error.status, code: error.code as string });
