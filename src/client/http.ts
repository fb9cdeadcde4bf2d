/**
 * The small fetch helpers the ky client and the sign-in path (src/auth, which ships without ky) share: where an
 * endpoint's routes live, and one mapping of failures to `CareerkitError`, so both report the same codes.
 */
import { asCareerkitError, CareerkitError, errorFromResponse, parseRetryAfter } from './errors.js';

/** The endpoint as a base URL ending in `/`, resolved against the page (so `/careerkit` works). */
export function endpointBase(endpoint: string): URL {
  return new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`, globalThis.document?.baseURI ?? undefined);
}

/**
 * Maps an error answer of the endpoint to a CareerkitError, reading its body once: the endpoint's
 * `{error: {code, message, retryAfter}}`, the token route's OAuth `{error, error_description, code}`, or anything.
 */
export async function answerError(response: Response): Promise<CareerkitError> {
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(await response.text()) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== 'object' || typeof body.error !== 'string') return errorFromResponse(response, body);
  const oauthCode = body.error === 'invalid_grant' ? 'INVALID_CODE' : body.error.toUpperCase();
  return new CareerkitError({
    code: typeof body.code === 'string' ? body.code : oauthCode,
    status: response.status,
    message: String(body.error_description ?? body.error),
    retryAfter: typeof body.retryAfter === 'number' ? body.retryAfter : parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** Maps what a fetch threw (no answer at all) to a CareerkitError: cancelled, too slow, unreachable, unreadable. */
export function thrownError(error: unknown): CareerkitError {
  if (error instanceof CareerkitError) return error;
  const name = (error as Error | undefined)?.name;
  if (name === 'AbortError') return new CareerkitError({ code: 'ABORTED', status: 0, message: 'The request was cancelled', cause: error });
  if (name === 'TimeoutError') return new CareerkitError({ code: 'TIMEOUT', status: 0, message: 'The request took too long', cause: error });
  if (error instanceof TypeError) return new CareerkitError({ code: 'NETWORK', status: 0, message: 'The service could not be reached', cause: error });
  if (error instanceof SyntaxError) return new CareerkitError({ code: 'BAD_RESPONSE', status: 0, message: 'The service sent an unreadable answer', cause: error });
  return asCareerkitError(error);
}
