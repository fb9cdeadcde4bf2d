/**
 * `POST /api/oauth/token`: JSON or form body; `redirect_uri` and `code_verifier` checked when present. A code is
 * consumed by the first exchange that names it with valid client credentials, whatever the outcome; replaying a
 * used code also revokes the tokens it gave (RFC 6749 §4.1.2). A wrong `code_verifier` → INVALID_CODE; a missing
 * or malformed one → INVALID_REQUEST; a verifier for a code issued without a challenge → INVALID_REQUEST (PKCE
 * downgrade, RFC 9700 §2.1.1).
 */
import { Hono } from 'hono';
import { CODE_VERIFIER_PATTERN, constantTimeEqual, s256 } from '../crypto.js';
import { apiError, jsonResponse } from '../responses.js';
import { ANONYMOUS, SMARTCV_SCOPE, TOKEN_TTL_SECONDS, type SmartcvState } from '../state.js';

const MAX_BODY_BYTES = 16_384;

/** Parsed token request fields; `null` value = parameter repeated or not a string. */
type BodyResult = { ok: true; fields: Map<string, string | null> } | { ok: false; message: string };

async function readTokenBody(request: Request): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = await request.text().catch(() => null);
  if (text === null) return { ok: false, message: 'Could not read the request body' };
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return { ok: false, message: 'Request body too large' };
  const fields = new Map<string, string | null>();
  if (type === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(text)) fields.set(key, fields.has(key) ? null : value);
    return { ok: true, fields };
  }
  if (type === 'application/json' || type === '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, message: 'Request body is not valid JSON' };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { ok: false, message: 'Request body must be a JSON object' };
    }
    for (const [key, value] of Object.entries(parsed)) fields.set(key, typeof value === 'string' ? value : null);
    return { ok: true, fields };
  }
  return { ok: false, message: `Unsupported content type "${type}"; send JSON or form-encoded` };
}

export function tokenRoutes(sandbox: SmartcvState): Hono {
  const { now, clients, codes, tokens, prune, rateLimited, issueToken } = sandbox;
  const app = new Hono();

  app.post('/api/oauth/token', async (c) => {
    const body = await readTokenBody(c.req.raw);
    const claimedClient = body.ok ? body.fields.get('client_id') : undefined;
    const bucket = claimedClient && clients.has(claimedClient) ? claimedClient : ANONYMOUS;
    return rateLimited(bucket, async () => {
      if (!body.ok) return apiError('INVALID_REQUEST', body.message);
      const fields = body.fields;
      for (const name of ['client_id', 'client_secret', 'code', 'grant_type']) {
        const value = fields.get(name);
        if (value === undefined || value === '') return apiError('INVALID_REQUEST', `Missing ${name}`);
        if (value === null) return apiError('INVALID_REQUEST', `${name} must be a single string`);
      }
      for (const name of ['redirect_uri', 'code_verifier']) {
        if (fields.get(name) === null) return apiError('INVALID_REQUEST', `${name} must be a single string`);
      }
      const clientId = fields.get('client_id')!;
      const code = fields.get('code')!;
      if (fields.get('grant_type') !== 'authorization_code') {
        return apiError('INVALID_REQUEST', 'grant_type must be "authorization_code"');
      }
      const client = clients.get(clientId);
      if (!client || !constantTimeEqual(client.clientSecret, fields.get('client_secret')!)) {
        return apiError('INVALID_CLIENT', 'Invalid client_id or client_secret');
      }

      const grant = codes.get(code);
      if (!grant || grant.clientId !== clientId) return apiError('INVALID_CODE', 'Authorization code is invalid');
      if (grant.used) {
        for (const token of grant.tokens) tokens.delete(token);
        return apiError('INVALID_CODE', 'Authorization code was already used');
      }
      grant.used = true;
      if (grant.expiresAt <= now()) return apiError('INVALID_CODE', 'Authorization code has expired');

      const redirectUri = fields.get('redirect_uri');
      if (redirectUri !== undefined && redirectUri !== grant.redirectUri) {
        return apiError('INVALID_REDIRECT_URI', 'redirect_uri does not match the one of the authorization request');
      }
      const verifier = fields.get('code_verifier');
      if (grant.codeChallenge) {
        if (!verifier) return apiError('INVALID_REQUEST', 'code_verifier is required: the authorization used PKCE');
        if (!CODE_VERIFIER_PATTERN.test(verifier)) return apiError('INVALID_REQUEST', 'code_verifier is malformed');
        if ((await s256(verifier)) !== grant.codeChallenge) {
          return apiError('INVALID_CODE', 'code_verifier does not match the code_challenge');
        }
      } else if (verifier !== undefined) {
        return apiError('INVALID_REQUEST', 'code_verifier sent, but the authorization request had no code_challenge');
      }

      prune();
      const { token } = issueToken(clientId, grant.profileId);
      grant.tokens.add(token);
      return jsonResponse(
        { success: true, data: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS, scope: SMARTCV_SCOPE } },
        200,
        { pragma: 'no-cache' },
      );
    });
  });

  return app;
}
