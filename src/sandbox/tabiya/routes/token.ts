/** `POST /oauth2/token`: Cognito-style client_credentials (form body; credentials by HTTP Basic or in the body). */
import { Hono } from 'hono';
import { base64urlJson, constantTimeEqual, randomToken } from '../../smartcv/crypto.js';
import type { TabiyaState } from '../state.js';

export const TABIYA_TOKEN_PATH = '/oauth2/token';
export const TABIYA_TOKEN_TTL_SECONDS = 3600;

const oauthError = (status: number, error: string, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', pragma: 'no-cache', ...extra },
  });

export function tokenRoutes({ options, baseUrl, now, tokens }: TabiyaState): Hono {
  const app = new Hono();
  app.all(TABIYA_TOKEN_PATH, async (c) => {
    if (c.req.method !== 'POST') return oauthError(405, 'invalid_request');
    const type = c.req.header('content-type') ?? '';
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return oauthError(400, 'invalid_request');
    const form = new URLSearchParams(await c.req.text());
    const basic = parseBasic(c.req.header('authorization'));
    if (basic === 'malformed') return oauthError(401, 'invalid_client', { 'www-authenticate': 'Basic realm="tabiya"' });
    const bodyId = form.get('client_id');
    const bodySecret = form.get('client_secret');
    // RFC 6749 §2.3: one authentication method per request.
    if (basic && bodySecret !== null) return oauthError(400, 'invalid_request');
    const clientId = basic ? basic.clientId : bodyId;
    const clientSecret = basic ? basic.clientSecret : bodySecret;
    const grantType = form.get('grant_type');
    if (!grantType) return oauthError(400, 'invalid_request');
    const authentic =
      clientId !== null &&
      clientSecret !== null &&
      constantTimeEqual(clientId, options.m2m.clientId) &&
      constantTimeEqual(clientSecret, options.m2m.clientSecret);
    if (!authentic) {
      return basic ? oauthError(401, 'invalid_client', { 'www-authenticate': 'Basic realm="tabiya"' }) : oauthError(400, 'invalid_client');
    }
    if (grantType !== 'client_credentials') return oauthError(400, 'unsupported_grant_type');
    const issuedAt = now();
    for (const [token, issued] of tokens) if (issued.expiresAt <= issuedAt) tokens.delete(token);
    const accessToken = accessTokenFor(clientId, baseUrl, issuedAt);
    tokens.set(accessToken, { clientId, expiresAt: issuedAt + TABIYA_TOKEN_TTL_SECONDS * 1000 });
    return new Response(JSON.stringify({ access_token: accessToken, expires_in: TABIYA_TOKEN_TTL_SECONDS, token_type: 'Bearer' }), {
      headers: { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', pragma: 'no-cache' },
    });
  });
  return app;
}

/** HTTP Basic client credentials (RFC 6749 §2.3.1: both parts form-urlencoded). */
function parseBasic(header: string | undefined): { clientId: string; clientSecret: string } | 'malformed' | undefined {
  if (!header || !/^Basic /i.test(header)) return undefined;
  try {
    const decoded = atob(header.slice(6).trim());
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'malformed';
    const unescape = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { clientId: unescape(decoded.slice(0, colon)), clientSecret: unescape(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

/**
 * A Cognito-shaped access token (JWT layout, M2M claims). The signature part is random: the simulator accepts
 * exactly the tokens it issued, until they expire, and clients treat the token as opaque.
 */
function accessTokenFor(clientId: string, baseUrl: string, issuedAtMs: number): string {
  const iat = Math.floor(issuedAtMs / 1000);
  const header = base64urlJson({ kid: 'tabiya-sandbox', alg: 'RS256' });
  const claims = base64urlJson({
    sub: clientId,
    token_use: 'access',
    scope: 'tabiya-api/read',
    auth_time: iat,
    iss: `${baseUrl}/cognito`,
    exp: iat + TABIYA_TOKEN_TTL_SECONDS,
    iat,
    version: 2,
    jti: crypto.randomUUID(),
    client_id: clientId,
  });
  return `${header}.${claims}.${randomToken(64)}`;
}
