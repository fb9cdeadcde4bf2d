/**
 * The API Gateway in front of the read routes: `/api/partner/*` needs `X-API-Key` (a missing or wrong key gets
 * the gateway's own 403); `/api/app/*` takes `Authorization: Bearer <token from /oauth2/token>`, lets a request
 * with no Authorization header through as anonymous, and denies (403) any other scheme or an unknown or expired
 * token. OPTIONS is a gateway mock. Then the fault switch, answering each route family's own 500.
 */
import type { MiddlewareHandler } from 'hono';
import { faultMiddleware } from '../../faults.js';
import { constantTimeEqual } from '../../smartcv/crypto.js';
import { apiError, gateway } from '../http.js';
import type { TabiyaState } from '../state.js';

export const PREFIXES = ['/api/partner', '/api/app'] as const;

/** The path the backend Lambda sees: without `/api/partner` or `/api/app`. */
export function lambdaPathOf(path: string): string {
  for (const prefix of PREFIXES) if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  return path;
}

export function gatewayAuth({ options, now, tokens }: TabiyaState): MiddlewareHandler {
  return async (c, next) => {
    // OPTIONS is a gateway mock: CORS preflight answered without credentials.
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 200,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'Content-Type,Authorization,X-Amz-Date,X-API-Key,X-Amz-Security-Token',
          'access-control-allow-methods': 'OPTIONS, GET, POST, PUT, DELETE, PATCH, HEAD',
        },
      });
    }
    const path = c.req.path;
    if (path.startsWith('/api/partner/')) {
      const key = c.req.header('x-api-key');
      if (!key || !constantTimeEqual(key, options.apiKey)) return gateway.forbidden();
      return next();
    }
    if (path.startsWith('/api/app/')) {
      const authorization = c.req.header('authorization');
      if (authorization === undefined) return next();
      const match = /^Bearer ([^\s]+)$/.exec(authorization);
      const issued = match ? tokens.get(match[1]) : undefined;
      if (!issued || issued.expiresAt <= now()) return gateway.denied();
      return next();
    }
    return gateway.missingToken();
  };
}

export function gatewayFaults({ faults }: TabiyaState): MiddlewareHandler {
  return (c, next) =>
    faultMiddleware(faults, { rateLimited: gateway.throttled, serverError: () => dbFailure(lambdaPathOf(c.req.path)) })(c, next);
}

/** The 500 each route family answers when its database read fails (docs/contracts/tabiya.md §3). */
function dbFailure(lambdaPath: string): Response {
  const [, models, , collection, id, sub] = lambdaPath.split('/');
  if (models === 'models' && collection === undefined) {
    return apiError(500, 'DB_FAILED_TO_RETRIEVE_MODELS', 'Failed to retrieve the taxonomy models from the DB');
  }
  const skillCodes: Record<string, string> = {
    '': 'DB_FAILED_TO_RETRIEVE_SKILL',
    parents: 'DB_FAILED_TO_RETRIEVE_SKILL_PARENTS',
    children: 'DB_FAILED_TO_RETRIEVE_SKILL_CHILDREN',
    occupations: 'DB_FAILED_TO_RETRIEVE_SKILL_OCCUPATIONS',
    related: 'DB_FAILED_TO_RETRIEVE_RELATED_SKILLS',
    history: 'DB_FAILED_TO_RETRIEVE_SKILL_HISTORY',
  };
  const groupCodes: Record<string, string> = {
    '': 'DB_FAILED_TO_RETRIEVE_OCCUPATION_GROUP_DETAIL',
    children: 'DB_FAILED_TO_RETRIEVE_OCCUPATION_GROUP_CHILDREN',
    parent: 'DB_FAILED_TO_RETRIEVE_OCCUPATION_GROUP_PARENT',
    history: 'DB_FAILED_TO_RETRIEVE_OCCUPATION_GROUP_HISTORY',
  };
  let code = 'INTERNAL_SERVER_ERROR';
  if (collection === 'skills') code = id === undefined ? 'DB_FAILED_TO_RETRIEVE_SKILLS' : (Object.hasOwn(skillCodes, sub ?? '') ? skillCodes[sub ?? '']! : code);
  else if (collection === 'occupations') code = 'DB_FAILED_TO_RETRIEVE_OCCUPATIONS';
  else if (collection === 'skillGroups') code = sub === 'history' ? 'DB_FAILED_TO_RETRIEVE_SKILL_GROUP_HISTORY' : 'DB_FAILED_TO_RETRIEVE_SKILL_GROUPS';
  else if (collection === 'occupationGroups') code = id === undefined ? 'DB_FAILED_TO_RETRIEVE_OCCUPATION_GROUPS' : (Object.hasOwn(groupCodes, sub ?? '') ? groupCodes[sub ?? '']! : code);
  if (code === 'INTERNAL_SERVER_ERROR') return apiError(500, code, 'Internal Server Error');
  return apiError(500, code, `Failed to retrieve the ${collection ?? 'data'} from the DB`);
}
