/** `GET /api/oauth/profile` and `POST /api/oauth/revoke` (Bearer), and the API's own 404 for any other path. */
import { Hono, type Context } from 'hono';
import { findCandidate } from '../profiles.js';
import { apiError, jsonResponse } from '../responses.js';
import { ANONYMOUS, type SmartcvState, type TokenGrant } from '../state.js';

export function profileRoutes(sandbox: SmartcvState): Hono {
  const { now, baseUrl, tokens, rateLimited } = sandbox;
  const app = new Hono();

  /** Resolve the Bearer token, count the call against its client, then run `handler` with a live grant. */
  const withBearer = (c: Context, handler: (grant: TokenGrant, token: string) => Response) => {
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const token = match?.[1];
    const grant = token ? tokens.get(token) : undefined;
    return rateLimited(grant?.clientId ?? ANONYMOUS, () => {
      if (!token) {
        return apiError('UNAUTHORIZED', 'No access token provided', { 'www-authenticate': 'Bearer realm="smartcv"' });
      }
      if (!grant) {
        return apiError('UNAUTHORIZED', 'Access token is invalid', {
          'www-authenticate': 'Bearer realm="smartcv", error="invalid_token"',
        });
      }
      if (grant.expiresAt <= now()) {
        return apiError('TOKEN_EXPIRED', 'Access token has expired', {
          'www-authenticate': 'Bearer realm="smartcv", error="invalid_token", error_description="expired"',
        });
      }
      return handler(grant, token);
    });
  };

  app.get('/api/oauth/profile', (c) =>
    withBearer(c, (grant) => {
      const candidate = findCandidate(grant.profileId);
      if (!candidate || candidate.behaviour === 'access-denied') {
        return apiError('ACCESS_DENIED', 'The user has withdrawn access to their profile');
      }
      return jsonResponse({ success: true, data: candidate.profile(baseUrl) });
    }),
  );

  app.post('/api/oauth/revoke', (c) =>
    withBearer(c, (_grant, token) => {
      tokens.delete(token);
      return jsonResponse({ success: true, message: 'Access revoked successfully' });
    }),
  );

  return app;
}
