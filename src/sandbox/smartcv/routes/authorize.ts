/**
 * `GET /oauth/authorize` (the consent page; errors before the redirect URI is trusted are HTML 400s, after it
 * redirects with `error` + `state`) and `POST /oauth/authorize/decision` (the consent form's answer).
 */
import { Hono } from 'hono';
import { randomToken, S256_CHALLENGE_PATTERN } from '../crypto.js';
import { consentPage } from '../pages.js';
import { findCandidate, SEEDED_CANDIDATES } from '../profiles.js';
import { cspSource, htmlError, pageHeaders, redirectTo } from '../responses.js';
import { CODE_TTL_MS, SMARTCV_SCOPE, TRANSACTION_TTL_MS, type SmartcvState, type Transaction } from '../state.js';

export function authorizeRoutes(sandbox: SmartcvState): Hono {
  const { now, baseUrl, clients, transactions, codes, prune } = sandbox;
  const app = new Hono();

  const renderConsent = (transactionId: string, tx: Transaction, status: 200 | 400, errorMessage?: string, selected?: string) => {
    const nonce = randomToken(16);
    const formAction = `${baseUrl}/oauth/authorize/decision`;
    const body = consentPage({
      formAction,
      transactionId,
      requester: new URL(tx.redirectUri).host || tx.redirectUri,
      candidates: SEEDED_CANDIDATES,
      selectedProfileId: selected,
      errorMessage,
      nonce,
    });
    // form-action also governs the redirect after the post, so the partner's callback must be allowed.
    return new Response(body, { status, headers: pageHeaders(nonce, [cspSource(formAction), cspSource(tx.redirectUri)]) });
  };

  app.get('/oauth/authorize', (c) => {
    const query = new URL(c.req.url).searchParams;
    /** One value, `undefined` when absent, `null` when repeated (RFC 6749 §3.1 forbids repeats). */
    const single = (name: string): string | undefined | null => {
      const all = query.getAll(name);
      return all.length === 0 ? undefined : all.length === 1 ? all[0] : null;
    };

    const clientId = single('client_id');
    if (!clientId) {
      return htmlError(400, 'INVALID_REQUEST', 'Invalid sign-in request', 'The request must name exactly one client_id.');
    }
    const client = clients.get(clientId);
    if (!client) {
      return htmlError(400, 'INVALID_CLIENT', 'Unknown application', 'The application asking for your profile is not registered with SmartCV.');
    }
    const redirectUri = single('redirect_uri');
    if (!redirectUri) {
      return htmlError(400, 'INVALID_REQUEST', 'Invalid sign-in request', 'The request must name exactly one redirect_uri.');
    }
    if (!client.redirectUris.includes(redirectUri)) {
      return htmlError(
        400,
        'INVALID_REDIRECT_URI',
        'Unregistered return address',
        'The address this application wants to send you back to is not registered for it, so SmartCV will not send you there.',
      );
    }

    // From here the redirect URI is trusted: report errors to it (RFC 6749 §4.1.2.1).
    const state = query.get('state') ?? undefined;
    const fail = (error: 'invalid_request' | 'invalid_scope', description: string) =>
      redirectTo(redirectUri, { error, error_description: description, state });

    for (const name of ['response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method']) {
      if (single(name) === null) return fail('invalid_request', `Parameter ${name} is repeated`);
    }
    const responseType = single('response_type');
    if (responseType !== 'code') return fail('invalid_request', 'response_type must be "code"');
    const scopes = (single('scope') ?? '').split(' ').filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => s !== SMARTCV_SCOPE)) {
      return fail('invalid_scope', `scope must be "${SMARTCV_SCOPE}"`);
    }
    const codeChallenge = single('code_challenge') ?? undefined;
    const method = single('code_challenge_method') ?? undefined;
    if (codeChallenge !== undefined || method !== undefined) {
      if (!codeChallenge) return fail('invalid_request', 'code_challenge_method without code_challenge');
      // RFC 7636 defaults a missing method to "plain", which exposes the verifier; only S256 is accepted.
      if (method !== 'S256') return fail('invalid_request', 'code_challenge_method must be "S256"');
      if (!S256_CHALLENGE_PATTERN.test(codeChallenge)) return fail('invalid_request', 'code_challenge is not a S256 challenge');
    }

    prune();
    const transactionId = randomToken(24);
    const tx: Transaction = { clientId, redirectUri, state, codeChallenge, expiresAt: now() + TRANSACTION_TTL_MS };
    transactions.set(transactionId, tx);
    return renderConsent(transactionId, tx, 200);
  });

  app.post('/oauth/authorize/decision', async (c) => {
    const form = await c.req.parseBody().catch(() => null);
    const field = (name: string) => (typeof form?.[name] === 'string' ? form[name] : undefined);
    const transactionId = field('transaction');
    const tx = transactionId ? transactions.get(transactionId) : undefined;
    if (!transactionId || !tx || tx.expiresAt <= now()) {
      return htmlError(
        400,
        'INVALID_REQUEST',
        'This request has expired',
        'This sign-in request was already answered or has expired.',
      );
    }
    const decision = field('decision');
    if (decision === 'deny') {
      transactions.delete(transactionId);
      return redirectTo(tx.redirectUri, { error: 'access_denied', state: tx.state });
    }
    if (decision !== 'approve') return renderConsent(transactionId, tx, 400, 'Choose Approve or Deny.');
    const profileId = field('profile');
    if (!profileId || !findCandidate(profileId)) {
      return renderConsent(transactionId, tx, 400, 'Choose the candidate to sign in as.');
    }
    transactions.delete(transactionId);
    const code = randomToken(32);
    codes.set(code, {
      clientId: tx.clientId,
      redirectUri: tx.redirectUri,
      profileId,
      codeChallenge: tx.codeChallenge,
      expiresAt: now() + CODE_TTL_MS,
      used: false,
      tokens: new Set(),
    });
    return redirectTo(tx.redirectUri, { code, state: tx.state });
  });

  return app;
}
