/**
 * SmartCV routes: the code exchange (OAuth error shape, budget guard, sealed handle), the profile read and the
 * revoke. Two sub-apps because two error shapes: the token route answers RFC 6749 §5.2 errors that oidc-client-ts
 * understands, the handle routes the endpoint's usual `{error:{code}}`.
 */
import { Hono } from 'hono';
import type { CandidateProfile, HandleTokenResponse, TokenErrorBody } from '../../types.js';
import { json, limitBody, required, type EndpointContext, type EndpointDeps, type EndpointEnv } from '../context.js';
import { EndpointError, forbidden, invalidRequest, unauthorized } from '../errors.js';
import { errorHandler, guard } from '../middleware.js';
import { normalizeProfile, type SmartcvToken } from '../upstream/smartcv.js';
import { parse, tokenFormSchema } from '../validation.js';

function oauthError(error: EndpointError): TokenErrorBody['error'] {
  switch (error.code) {
    case 'INVALID_CLIENT':
      return 'invalid_client';
    case 'INVALID_CODE':
    case 'INVALID_REDIRECT_URI':
    case 'TOKEN_EXPIRED':
      return 'invalid_grant';
    case 'ACCESS_DENIED':
      return 'access_denied';
    case 'FORBIDDEN':
      return 'unauthorized_client';
    case 'INVALID_REQUEST':
    case 'NOT_FOUND':
      return 'invalid_request';
    case 'INTERNAL':
      return 'server_error';
    default:
      return 'temporarily_unavailable';
  }
}

/** The token route's error answer: `{error, error_description, code, retryAfter?}`, never cached. */
function tokenErrorResponse(error: EndpointError): Response {
  const body: TokenErrorBody = { error: oauthError(error), error_description: error.message, code: error.code };
  if (error.retryAfter !== undefined) body.retryAfter = error.retryAfter;
  const response = json(body, error.status, { 'x-careerkit-error': error.code, pragma: 'no-cache' });
  if (error.retryAfter !== undefined) response.headers.set('retry-after', String(error.retryAfter));
  return response;
}

export function smartcvRoutes(deps: EndpointDeps): Hono<EndpointEnv> {
  const { config, sealer, budget } = deps;
  const smartcvConfig = config.given.smartcv;
  const client = () => required(deps.smartcv, 'SmartCV');

  // ---- the code exchange ----------------------------------------------------------------------------------
  const token = new Hono<EndpointEnv>();
  token.onError(errorHandler(deps, tokenErrorResponse));
  token.post('/token', guard(deps, { header: 'always' }), limitBody(config.maxBodyBytes), async (c) => {
    const smartcv = client();
    const origin = c.req.header('origin');
    if (!origin) throw forbidden('The token request must come from a browser on an allowed origin');
    const form = parse(tokenFormSchema, await tokenFields(c), 'token request');
    if (form.client_id !== smartcvConfig!.clientId) throw new EndpointError(401, 'INVALID_CLIENT', 'Unknown client_id');
    if (!smartcvConfig!.redirectUris.includes(form.redirect_uri)) {
      throw new EndpointError(400, 'INVALID_REDIRECT_URI', 'redirect_uri is not one registered for this partner');
    }
    const who = deps.clientIp(c.req.raw);
    await budget.admitExchange(who);
    const trace = c.get('state').trace;
    let answer: SmartcvToken;
    try {
      answer = await smartcv.exchangeCode({ code: form.code, codeVerifier: form.code_verifier, redirectUri: form.redirect_uri }, trace);
    } catch (error) {
      await budget.failed(who, error);
      throw error;
    } finally {
      await budget.spent(trace.upstreamCalls);
    }
    const sealed = await sealer.seal({ token: answer.accessToken, origin }, answer.expiresIn);
    const body: HandleTokenResponse = { access_token: sealed.handle, token_type: 'Bearer', expires_in: sealed.expiresIn, scope: 'profile:read' };
    return json(body, 200, { pragma: 'no-cache' });
  });

  // ---- the handle routes ----------------------------------------------------------------------------------
  const handle = new Hono<EndpointEnv>();
  handle.onError(errorHandler(deps));
  handle.use('*', guard(deps, { header: 'always' }));

  const bearer = (c: EndpointContext): string => {
    const match = /^Bearer +([A-Za-z0-9._~+/=-]{1,8192})$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw unauthorized('Send the handle from /smartcv/token as "Authorization: Bearer <handle>"');
    return match[1];
  };

  /**
   * Opens the request's handle and checks it was issued to the calling origin. POSTs always carry `Origin`, so
   * they bind to it alone. The older GET profile read falls back to the Referer's origin, then to this endpoint's
   * own origin for `Sec-Fetch-Site: same-origin` (browsers send no Origin on same-origin GETs).
   */
  const openHandle = async (c: EndpointContext, options: { allowExpired?: boolean } = {}) => {
    const claims = await sealer.open(bearer(c), options);
    const origin = c.req.method === 'POST' ? c.req.header('origin') : legacyOrigin(c);
    if (origin !== claims.origin) throw forbidden('This handle was issued to another origin');
    return claims;
  };

  const readProfile = async (c: EndpointContext) => {
    const smartcv = client();
    const claims = await openHandle(c);
    const trace = c.get('state').trace;
    let raw: unknown;
    try {
      raw = await smartcv.profile(claims.token, trace);
      if (!smartcvConfig?.keepSmartcvToken) {
        // Best effort: the profile is already read; a failed revoke must not lose it.
        await smartcv.revoke(claims.token, trace).catch((error: unknown) => {
          config.log({ level: 'warn', msg: 'smartcv revoke failed', code: error instanceof EndpointError ? error.code : 'network' });
        });
      }
    } catch (error) {
      if (error instanceof EndpointError && error.status === 429) await budget.failed('', error);
      throw error;
    } finally {
      await budget.spent(trace.upstreamCalls);
    }
    const profile: CandidateProfile = normalizeProfile(raw);
    return json(profile);
  };
  handle.get('/profile', readProfile);
  handle.post('/profile', readProfile);

  handle.post('/revoke', async (c) => {
    const smartcv = client();
    // An expired handle still revokes: the candidate asked for it, and SmartCV's token may outlive the handle.
    const claims = await openHandle(c, { allowExpired: true });
    const trace = c.get('state').trace;
    try {
      await smartcv.revoke(claims.token, trace);
    } catch (error) {
      // Already revoked or expired upstream: the goal is reached (RFC 7009 §2.2).
      if (!(error instanceof EndpointError && (error.code === 'UNAUTHORIZED' || error.code === 'TOKEN_EXPIRED'))) throw error;
    } finally {
      await budget.spent(trace.upstreamCalls);
    }
    return json({ revoked: true });
  });

  return new Hono<EndpointEnv>().route('/', token).route('/', handle);
}

/** The form oidc-client-ts posts (or the same fields as JSON). */
async function tokenFields(c: EndpointContext): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  const raw = await c.req.text();
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of new URLSearchParams(raw)) fields[key] = value;
    return fields;
  }
  if (/^application\/json\b/i.test(type)) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      throw invalidRequest('The body is not valid JSON');
    }
  }
  throw new EndpointError(415, 'INVALID_REQUEST', 'Send the token request form-encoded');
}

/** GET /smartcv/profile only: Origin, else the Referer's origin, else this endpoint's own for same-origin fetches. */
function legacyOrigin(c: EndpointContext): string | undefined {
  const origin = c.req.header('origin');
  if (origin) return origin;
  const referer = c.req.header('referer');
  if (referer) {
    try {
      return new URL(referer).origin;
    } catch {
      return undefined;
    }
  }
  if (c.req.header('sec-fetch-site') === 'same-origin') return new URL(c.req.url).origin;
  return undefined;
}
