/** `POST /oauth/token`: Laravel Passport's client_credentials grant. */
import { Hono } from 'hono';
import { readForm } from '../form.js';
import { TOKEN_LIFETIME_SECONDS, type JobspaceState } from '../state.js';

export function tokenRoutes({ options, now, tokens }: JobspaceState): Hono {
  const app = new Hono();
  app.post('/oauth/token', async (c) => {
    const body = await readForm(c);
    const passport = (status: 400 | 401, error: string, message: string, hint?: string) =>
      c.json(hint ? { error, message, hint } : { error, message }, status);
    if (body.grant_type !== 'client_credentials') {
      return passport(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.', 'Check the `grant_type` parameter');
    }
    for (const field of ['client_id', 'client_secret']) {
      if (!body[field]) {
        return passport(400, 'invalid_request', 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', `Check the \`${field}\` parameter`);
      }
    }
    if (body.client_id !== options.clientId || body.client_secret !== options.clientSecret) {
      return passport(401, 'invalid_client', 'Client authentication failed');
    }
    // Forget expired tokens so a long benchmark run does not grow the map without bound.
    for (const [token, expiresAt] of tokens) if (expiresAt <= now()) tokens.delete(token);
    const accessToken = randomToken();
    tokens.set(accessToken, now() + TOKEN_LIFETIME_SECONDS * 1000);
    c.header('cache-control', 'no-store');
    return c.json({ token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, access_token: accessToken });
  });
  return app;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(30));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
