/**
 * The upstream's HTTP conventions (docs/contracts/tabiya.md §2–3): error bodies, the AWS gateway's own answers,
 * keyset cursors, and query-parameter validation.
 */
import { isObjectId } from './ids.js';

const CORS = { 'access-control-allow-origin': '*' };

/** The backend's error body `{errorCode, message, details}`; it sets no Content-Type on errors. */
export function apiError(status: number, errorCode: string, message: string, details = ''): Response {
  return new Response(new TextEncoder().encode(JSON.stringify({ errorCode, message, details })), { status, headers: CORS });
}

export function apiJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...CORS, 'content-type': 'application/json' } });
}

/** An answer from API Gateway itself (not the backend): JSON with the `x-amzn-ErrorType` header. */
export function gatewayError(status: number, errorType: string, body: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS, 'content-type': 'application/json', 'x-amzn-errortype': errorType, 'x-amzn-requestid': crypto.randomUUID() },
  });
}

export const gateway = {
  /** Missing or unknown API key on `/api/partner`. */
  forbidden: () => gatewayError(403, 'ForbiddenException', { message: 'Forbidden' }),
  /** The authorizer's Deny policy (bad, expired or non-Bearer token on `/api/app`). */
  denied: () =>
    gatewayError(403, 'AccessDeniedException', { Message: 'User is not authorized to access this resource with an explicit deny' }),
  /** A path no gateway resource matches. */
  missingToken: () => gatewayError(403, 'MissingAuthenticationTokenException', { message: 'Missing Authentication Token' }),
  /** Usage-plan throttling. */
  throttled: () => gatewayError(429, 'TooManyRequestsException', { message: 'Too Many Requests' }),
};

/** A request problem, turned into the upstream's 400 by the route runner. */
export class BadRequest extends Error {
  constructor(
    readonly errorCode: 'INVALID_JSON_SCHEMA' | 'INVALID_QUERY_PARAMETER',
    message: string,
    readonly details: string,
  ) {
    super(message);
  }

  toResponse(): Response {
    return apiError(400, this.errorCode, this.message, this.details);
  }
}

/** Path ids must be ObjectIds; anything else is a schema error, not the declared INVALID_*_ID codes. */
export function requireObjectId(name: string, value: string, path: string): string {
  if (!isObjectId(value)) {
    throw new BadRequest('INVALID_JSON_SCHEMA', 'Invalid json schema', JSON.stringify({ reason: `Invalid ${name}`, path, value }));
  }
  return value;
}

export interface KeysetCursor {
  id: string;
  createdAt: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return btoa(JSON.stringify({ id: cursor.id, createdAt: cursor.createdAt }));
}

/**
 * Decodes `?cursor=`. The upstream knows keyset cursors `{id, createdAt}` and vector-search `{offset}` cursors;
 * every model here searches in regex mode, so only keyset cursors can continue a list.
 */
export function decodeCursor(raw: string): KeysetCursor {
  let value: unknown;
  try {
    value = JSON.parse(atob(raw));
  } catch {
    value = undefined;
  }
  const v = value as Partial<KeysetCursor> | undefined;
  if (v && typeof v.id === 'string' && isObjectId(v.id) && typeof v.createdAt === 'string' && !Number.isNaN(Date.parse(v.createdAt))) {
    return { id: v.id, createdAt: v.createdAt };
  }
  throw new BadRequest('INVALID_QUERY_PARAMETER', 'Invalid cursor parameter', '');
}

export interface PageQuery {
  limit: number;
  cursor?: KeysetCursor;
}

export interface QueryRules {
  defaultLimit: number;
  cursorMaxLength: number;
  /** Fields `searchFields` may name; absent when the route has no search. */
  searchFields?: readonly string[];
}

export interface ListQuery extends PageQuery {
  query?: string;
  searchFields: string[];
}

/** The 400 for a query string the upstream's JSON schema refuses. */
export function invalidQuery(url: URL, path: string): BadRequest {
  return new BadRequest(
    'INVALID_QUERY_PARAMETER',
    'Invalid json schema',
    JSON.stringify({ reason: 'Invalid query parameters', path, query: Object.fromEntries(url.searchParams) }),
  );
}

/** Validates `limit`, `cursor`, `query` and `searchFields` as the upstream's JSON schemas do. */
export function parseListQuery(url: URL, path: string, rules: QueryRules): ListQuery {
  const params = url.searchParams;
  const invalid = () => invalidQuery(url, path);
  let limit = rules.defaultLimit;
  const rawLimit = params.get('limit');
  if (rawLimit !== null) {
    if (!/^\d{1,3}$/.test(rawLimit)) throw invalid();
    limit = Number(rawLimit);
    if (limit < 1 || limit > 100) throw invalid();
  }
  const rawCursor = params.get('cursor');
  if (rawCursor !== null && (rawCursor.length === 0 || rawCursor.length > rules.cursorMaxLength)) throw invalid();
  let query: string | undefined;
  let searchFields: string[] = ['preferredLabel'];
  if (rules.searchFields) {
    const rawQuery = params.get('query');
    const rawFields = params.get('searchFields');
    if (rawQuery !== null && (rawQuery.length < 1 || rawQuery.length > 256)) throw invalid();
    if (rawFields !== null) {
      if (rawQuery === null) throw invalid();
      const fields = rawFields.split(',');
      if (fields.some((f) => !rules.searchFields!.includes(f))) throw invalid();
      searchFields = fields;
    }
    query = rawQuery ?? undefined;
  }
  return { limit, cursor: rawCursor === null ? undefined : decodeCursor(rawCursor), query, searchFields };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * One keyset page of `sorted`: the items after the cursor's position, where `after(item, cursor)` says whether an
 * item comes after the cursor in the list's order. The next cursor names the last item returned.
 */
export function keysetPage<T>(
  sorted: readonly T[],
  query: PageQuery,
  keyOf: (item: T) => KeysetCursor,
  after: (key: KeysetCursor, cursor: KeysetCursor) => boolean,
): Page<T> {
  const { cursor, limit } = query;
  const start = cursor ? sorted.findIndex((item) => after(keyOf(item), cursor)) : 0;
  if (start === -1) return { items: [], nextCursor: null };
  const items = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { items, nextCursor: more && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1])) : null };
}

/** Orders used by the upstream: newest first (createdAt, then id, descending) and plain id orders. */
export const order = {
  newestFirst: (key: KeysetCursor, cursor: KeysetCursor) =>
    key.createdAt < cursor.createdAt || (key.createdAt === cursor.createdAt && key.id < cursor.id),
  idDescending: (key: KeysetCursor, cursor: KeysetCursor) => key.id < cursor.id,
  idAscending: (key: KeysetCursor, cursor: KeysetCursor) => key.id > cursor.id,
};
