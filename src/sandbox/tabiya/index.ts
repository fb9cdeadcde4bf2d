/**
 * In-memory simulator of the Tabiya Open Taxonomy Platform API (the Tabiya API documentation, restated in
 * full in docs/contracts/tabiya.md). Paths are relative to the simulator's base URL:
 *
 * - `POST /oauth2/token`  Cognito-style client_credentials (form body; credentials by HTTP Basic or in the body).
 * - `/api/partner/*`      needs `X-API-Key`; a missing or wrong key gets API Gateway's own 403.
 * - `/api/app/*`          `Authorization: Bearer <token from /oauth2/token>`. As upstream, no Authorization header
 *                         at all is let through as anonymous (every read is allowed to anonymous); any other
 *                         scheme, or an unknown or expired token, gets the authorizer's Deny (403).
 * - Reads under both prefixes: `/info`, `/models`, `/models/{m}/skills[/{id}[/parents|children|occupations|related|
 *   history]]`, `/models/{m}/skillGroups[/{id}[/children|parents|history]]`, `/models/{m}/occupations[/{id}[/parent|
 *   children|skills|history]]`, `/models/{m}/occupationGroups[/{id}[/parent|children|history]]`.
 *
 * Every model searches in the upstream's regex mode (no embeddings): keyset cursors, newest first. Relation lists
 * are ordered by the related id ascending, as the upstream's repository sorts them. Quirks kept on purpose: bad ids
 * → 400 INVALID_JSON_SCHEMA; unknown model → MODEL_NOT_FOUND, but GET_MODEL_NOT_FOUND on group routes; by-id
 * lookups ignore the model (and skill-by-id never checks it); error bodies carry no Content-Type; `path` URLs
 * carry neither `/app` nor `/partner`. Writes are not simulated: POST/PUT/PATCH get FORBIDDEN (no manager role).
 */
import { Hono, type Context } from 'hono';
import { faultMiddleware, FaultSwitch, seededRandom } from '../faults.js';
import type { Simulator, SimulatorOptions } from '../simulator.js';
import { base64urlJson, constantTimeEqual, randomToken } from '../smartcv/crypto.js';
import { Catalog, relationFields, type EntityKind, type ModelCatalog } from './catalog.js';
import {
  apiError,
  apiJson,
  BadRequest,
  gateway,
  invalidQuery,
  keysetPage,
  order,
  parseListQuery,
  requireObjectId,
  type KeysetCursor,
  type ListQuery,
  type QueryRules,
} from './http.js';
import { isObjectId } from './ids.js';
import { upstreamRegexSearch, type SearchField } from './search.js';
import type { OccupationGroupRecord, OccupationRecord, SkillGroupRecord, SkillRecord, TaxonomyDataset } from '../taxonomy-data.js';

export type * from '../taxonomy-data.js';
export { parseDataset, loadDatasetFromUrl, combineDatasets, TaxonomyDataError } from '../taxonomy-data.js';
export { upstreamRegexSearch, searchSkillsUpstreamStyle, newestFirst, escapeRegExp, type SearchField } from './search.js';

export interface TabiyaSandboxOptions extends SimulatorOptions {
  apiKey: string;
  m2m: { clientId: string; clientSecret: string };
  /** The models' data, or a loader for it. Node default: the sample shipped in data/. */
  dataset?: TaxonomyDataset | (() => Promise<TaxonomyDataset>);
}

export const TABIYA_TOKEN_PATH = '/oauth2/token';
export const TABIYA_TOKEN_TTL_SECONDS = 3600;
const PREFIXES = ['/api/partner', '/api/app'] as const;
/** Build info `/info` reports: the contract's commit, labelled as the sandbox. */
const BUILD = { date: '2026-08-05T12:00:00.000Z', version: 'v2.3.0-sandbox', buildNumber: 'sandbox', sha: 'f992f804693fba794c010fc48adf437101ca95fe' };

const SKILL_SEARCH_FIELDS: readonly SearchField[] = ['preferredLabel', 'description', 'altLabels'];
const GROUP_SEARCH_FIELDS: readonly SearchField[] = ['preferredLabel', 'description', 'altLabels', 'scopeNote'];
const RULES = {
  skills: { defaultLimit: 10, cursorMaxLength: 1720, searchFields: SKILL_SEARCH_FIELDS },
  skillRelations: { defaultLimit: 10, cursorMaxLength: 1024 },
  occupations: { defaultLimit: 10, cursorMaxLength: 1024, searchFields: SKILL_SEARCH_FIELDS },
  occupationRelations: { defaultLimit: 10, cursorMaxLength: 1024 },
  // The handlers use 100 although the schemas say 20 and 10 (docs/contracts/tabiya.md §2).
  skillGroups: { defaultLimit: 100, cursorMaxLength: 1720, searchFields: GROUP_SEARCH_FIELDS },
  skillGroupRelations: { defaultLimit: 20, cursorMaxLength: 1720 },
  occupationGroups: { defaultLimit: 100, cursorMaxLength: 1720, searchFields: SKILL_SEARCH_FIELDS },
} satisfies Record<string, QueryRules>;

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

interface IssuedToken {
  clientId: string;
  expiresAt: number;
}

type Handler = (c: Context, data: Catalog, lambdaPath: string) => Response | Promise<Response>;

export function createTabiyaSandbox(options: TabiyaSandboxOptions): Simulator {
  const baseUrl = (options.baseUrl ?? 'http://localhost').replace(/\/$/, '');
  const now = options.now ?? Date.now;
  const faults = new FaultSwitch(seededRandom(options.seed ?? 1));
  const tokens = new Map<string, IssuedToken>();

  let catalogLoading: Promise<Catalog> | undefined;
  const catalog = (): Promise<Catalog> => {
    if (!catalogLoading) {
      const source = options.dataset ?? (() => import('../taxonomy-data.node.js').then((m) => m.loadSampleDataset()));
      catalogLoading = Promise.resolve(typeof source === 'function' ? source() : source).then((dataset) => new Catalog(dataset, `${baseUrl}/api`));
      // A failed load is retried by the next request rather than remembered.
      catalogLoading.catch(() => (catalogLoading = undefined));
    }
    return catalogLoading;
  };

  const app = new Hono();

  // ---- token endpoint (Cognito) ----------------------------------------------------------------------------
  const oauthError = (status: number, error: string, extra: Record<string, string> = {}) =>
    new Response(JSON.stringify({ error }), {
      status,
      headers: { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', pragma: 'no-cache', ...extra },
    });

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

  // ---- the gateway -----------------------------------------------------------------------------------------
  app.use('/api/*', async (c, next) => {
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
  });

  app.use('/api/*', (c, next) =>
    faultMiddleware(faults, { rateLimited: gateway.throttled, serverError: () => dbFailure(lambdaPathOf(c.req.path)) })(c, next),
  );

  // ---- routes ------------------------------------------------------------------------------------------------
  const register = (pattern: string, handler: Handler, methods: 'read' | 'info' = 'read') => {
    for (const prefix of PREFIXES) {
      app.get(prefix + pattern, async (c) => {
        try {
          return await handler(c, await catalog(), lambdaPathOf(c.req.path));
        } catch (error) {
          if (error instanceof BadRequest) return error.toResponse();
          return apiError(500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error', error instanceof Error ? error.message : '');
        }
      });
      app.all(prefix + pattern, (c) =>
        methods === 'read' && ['POST', 'PUT', 'PATCH'].includes(c.req.method)
          ? apiError(403, 'FORBIDDEN', 'Forbidden')
          : apiError(405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed'),
      );
    }
  };
  app.notFound(() => apiError(404, 'NOT_FOUND', 'Not Found'));

  const url = (c: Context) => new URL(c.req.url);

  /** Path ids checked first (400), then the query (400), then the model (404). */
  function modelFor(c: Context, lambdaPath: string, data: Catalog, notFoundCode: 'MODEL_NOT_FOUND' | 'GET_MODEL_NOT_FOUND') {
    const modelId = requireObjectId('modelId', c.req.param('modelId') ?? '', lambdaPath);
    const model = data.model(modelId);
    return model
      ? { model }
      : { missing: apiError(404, notFoundCode, 'Model not found', `No model found with id: ${modelId}`) };
  }

  const pageResponse = <T>(items: readonly T[], query: ListQuery, keyOf: (item: T) => KeysetCursor, after: typeof order.newestFirst, render: (item: T) => unknown) => {
    const page = keysetPage(items, query, keyOf, after);
    return apiJson({ data: page.items.map(render), limit: query.limit, nextCursor: page.nextCursor });
  };
  const keyOf = (r: { id: string; createdAt: string }): KeysetCursor => ({ id: r.id, createdAt: r.createdAt });

  const search = <T extends SkillRecord | SkillGroupRecord | OccupationRecord | OccupationGroupRecord>(list: T[], query: ListQuery) =>
    query.query === undefined ? list : upstreamRegexSearch(list, query.query, query.searchFields as SearchField[]);

  register(
    '/info',
    (c) =>
      apiJson({ ...BUILD, path: `${baseUrl}${c.req.path}`, database: 'connected' }),
    'info',
  );

  register('/models', (_c, data) => apiJson(data.models.filter((m) => m.model.info.released).map((m) => data.modelInfo(m))));

  // -- skills
  register('/models/:modelId/skills', (c, data, lp) => {
    const { model, missing } = modelFor(c, lp, data, 'MODEL_NOT_FOUND');
    const query = parseListQuery(url(c), lp, RULES.skills);
    if (!model) return missing;
    return pageResponse(search(model.skillList, query), query, keyOf, order.newestFirst, (s) => data.skill(model, s));
  });

  register('/models/:modelId/skills/:id', (c, data, lp) => {
    requireObjectId('modelId', c.req.param('modelId') ?? '', lp);
    const id = requireObjectId('id', c.req.param('id') ?? '', lp);
    const found = data.find('skill', id);
    if (!found) return apiError(404, 'SKILL_NOT_FOUND', 'Skill not found', `No skill found with id: ${id}`);
    return apiJson(data.skill(found.catalog, found.record));
  });

  /** The four skill relation lists share their checks: model, then the skill itself. */
  const skillRelation = (render: (data: Catalog, model: ModelCatalog, skill: SkillRecord, query: ListQuery) => Response): Handler =>
    (c, data, lp) => {
      const { model, missing } = modelFor(c, lp, data, 'MODEL_NOT_FOUND');
      const id = requireObjectId('id', c.req.param('id') ?? '', lp);
      const query = parseListQuery(url(c), lp, RULES.skillRelations);
      if (!model) return missing;
      const found = data.find('skill', id);
      if (!found) return apiError(404, 'SKILL_NOT_FOUND', 'Skill not found', `No skill found with id: ${id}`);
      return render(data, model, found.record, query);
    };

  const skillOrGroup = (data: Catalog, model: ModelCatalog, id: string) => {
    const skill = model.skills.get(id);
    if (skill) return { record: skill as SkillRecord | SkillGroupRecord, json: () => data.skill(model, skill) };
    const group = model.skillGroups.get(id);
    return group ? { record: group as SkillRecord | SkillGroupRecord, json: () => data.skillGroup(model, group) } : undefined;
  };

  register(
    '/models/:modelId/skills/:id/parents',
    skillRelation((data, model, skill, query) => {
      const nodes = sortById((model.skillParents.get(skill.id) ?? []).flatMap((e) => skillOrGroup(data, model, e.parentId) ?? []));
      return pageResponse(nodes, query, (n) => keyOf(n.record), order.idAscending, (n) => n.json());
    }),
  );
  register(
    '/models/:modelId/skills/:id/children',
    skillRelation((data, model, skill, query) => {
      const nodes = sortById((model.skillChildren.get(skill.id) ?? []).flatMap((e) => skillOrGroup(data, model, e.childId) ?? []));
      return pageResponse(nodes, query, (n) => keyOf(n.record), order.idAscending, (n) => n.json());
    }),
  );
  register(
    '/models/:modelId/skills/:id/occupations',
    skillRelation((data, model, skill, query) => {
      const links = sortById(
        (model.occupationsOfSkill.get(skill.id) ?? []).flatMap((r) => {
          const record = model.occupations.get(r.occupationId);
          return record ? [{ record, r }] : [];
        }),
      );
      return pageResponse(links, query, (l) => keyOf(l.record), order.idAscending, ({ record, r }) => ({
        ...data.occupation(model, record),
        ...relationFields(r),
      }));
    }),
  );
  register(
    '/models/:modelId/skills/:id/related',
    skillRelation((data, model, skill, query) => {
      const links = (model.related.get(skill.id) ?? [])
        .flatMap((r) => {
          const other = model.skills.get(r.requiringId === skill.id ? r.requiredId : r.requiringId);
          return other ? [{ relationId: r.relationId, relationType: r.relationType, other }] : [];
        })
        .sort((a, b) => compareIds(a.relationId, b.relationId));
      return pageResponse(
        links,
        query,
        (l) => ({ id: l.relationId, createdAt: l.other.createdAt }),
        order.idAscending,
        (l) => ({ ...data.skill(model, l.other), relationType: l.relationType }),
      );
    }),
  );
  register('/models/:modelId/skills/:id/history', historyRoute('skill', 'MODEL_NOT_FOUND', 'SKILL_NOT_FOUND', 'Skill not found'));

  // -- skill groups
  register('/models/:modelId/skillGroups', (c, data, lp) => {
    const { model, missing } = modelFor(c, lp, data, 'GET_MODEL_NOT_FOUND');
    const u = url(c);
    const query = parseListQuery(u, lp, RULES.skillGroups);
    const childrenIds = u.searchParams.get('childrenIds');
    const childrenType = u.searchParams.get('childrenType');
    const ids = childrenIds?.split(';');
    const childrenValid =
      (childrenIds === null) === (childrenType === null) &&
      (!ids || ids.every(isObjectId)) &&
      (childrenType === null || childrenType === 'skill' || childrenType === 'skillgroup');
    if (!childrenValid) throw invalidQuery(u, lp);
    if (!model) return missing;
    let groups: SkillGroupRecord[];
    if (query.query !== undefined) groups = search(model.skillGroupList, query);
    else if (ids) {
      const wanted = new Set(
        ids.flatMap((id) => (model.skillParents.get(id) ?? []).filter((e) => e.childType === childrenType && e.parentType === 'skillgroup')).map((e) => e.parentId),
      );
      groups = model.skillGroupList.filter((g) => wanted.has(g.id));
    } else if ((u.searchParams.get('root') ?? '').toLowerCase() === 'true') groups = model.rootSkillGroups();
    else groups = model.skillGroupList;
    return pageResponse(groups, query, keyOf, order.newestFirst, (g) => data.skillGroup(model, g));
  });

  /** Skill-group detail routes: GET_MODEL_NOT_FOUND for the model, then SKILL_GROUP_NOT_FOUND. */
  const skillGroupRoute = (
    message: string,
    render: (data: Catalog, model: ModelCatalog, group: SkillGroupRecord, query: ListQuery, groupModel: ModelCatalog) => Response,
    rules?: QueryRules,
  ): Handler =>
    (c, data, lp) => {
      const { model, missing } = modelFor(c, lp, data, 'GET_MODEL_NOT_FOUND');
      const id = requireObjectId('id', c.req.param('id') ?? '', lp);
      const query = rules ? parseListQuery(url(c), lp, rules) : { limit: 0, searchFields: [] };
      if (!model) return missing;
      const found = data.find('skillGroup', id);
      if (!found) return apiError(404, 'SKILL_GROUP_NOT_FOUND', message, `No skill group found with id: ${id}`);
      return render(data, model, found.record, query, found.catalog);
    };

  register(
    '/models/:modelId/skillGroups/:id',
    skillGroupRoute('skill group not found', (data, _model, group, _q, groupModel) => apiJson(data.skillGroup(groupModel, group))),
  );
  register(
    '/models/:modelId/skillGroups/:id/children',
    skillGroupRoute(
      'Skill group not found',
      (data, model, group, query) => {
        const nodes = sortById((model.skillChildren.get(group.id) ?? []).flatMap((e) => skillOrGroup(data, model, e.childId) ?? []));
        return pageResponse(nodes, query, (n) => keyOf(n.record), order.idAscending, (n) => data.skillGroupChild(model, group.id, n.record));
      },
      RULES.skillGroupRelations,
    ),
  );
  register(
    '/models/:modelId/skillGroups/:id/parents',
    skillGroupRoute(
      'Skill group not found',
      (data, model, group, query) => {
        const parents = sortById(
          (model.skillParents.get(group.id) ?? []).flatMap((e) => (e.parentType === 'skillgroup' ? (model.skillGroups.get(e.parentId) ?? []) : [])),
        );
        return pageResponse(parents, query, keyOf, order.idAscending, (g) => data.skillGroup(model, g));
      },
      RULES.skillGroupRelations,
    ),
  );
  register(
    '/models/:modelId/skillGroups/:id/history',
    historyRoute('skillGroup', 'GET_MODEL_NOT_FOUND', 'SKILL_GROUP_NOT_FOUND', 'skill group not found'),
  );

  // -- occupations
  register('/models/:modelId/occupations', (c, data, lp) => {
    const { model, missing } = modelFor(c, lp, data, 'MODEL_NOT_FOUND');
    const query = parseListQuery(url(c), lp, RULES.occupations);
    if (!model) return missing;
    return pageResponse(search(model.occupationList, query), query, keyOf, order.idDescending, (o) => data.occupation(model, o));
  });

  const occupationRoute = (
    render: (data: Catalog, model: ModelCatalog, occupationId: string, query: ListQuery) => Response,
    rules?: QueryRules,
  ): Handler =>
    (c, data, lp) => {
      const { model, missing } = modelFor(c, lp, data, 'MODEL_NOT_FOUND');
      const id = requireObjectId('id', c.req.param('id') ?? '', lp);
      const query = rules ? parseListQuery(url(c), lp, rules) : { limit: 0, searchFields: [] };
      if (!model) return missing;
      return render(data, model, id, query);
    };
  const occupationNotFound = (message = 'occupation not found') => apiError(404, 'OCCUPATION_NOT_FOUND', message);

  register(
    '/models/:modelId/occupations/:id',
    occupationRoute((data, _model, id) => {
      const found = data.find('occupation', id);
      return found ? apiJson(data.occupation(found.catalog, found.record)) : occupationNotFound();
    }),
  );
  register(
    '/models/:modelId/occupations/:id/parent',
    occupationRoute((data, _model, id) => {
      const found = data.find('occupation', id);
      if (!found) return occupationNotFound();
      const edge = found.catalog.occupationParent.get(id);
      const parent = edge && found.catalog.occupationNode(edge.parentId);
      if (!parent) return occupationNotFound('Parent not found');
      return apiJson('groupType' in parent ? data.occupationGroup(found.catalog, parent) : data.occupation(found.catalog, parent));
    }),
  );
  register(
    '/models/:modelId/occupations/:id/children',
    occupationRoute((data, model, id, query) => {
      if (!data.find('occupation', id)) return occupationNotFound();
      const children = sortById((model.occupationChildren.get(id) ?? []).flatMap((e) => model.occupations.get(e.childId) ?? []));
      return pageResponse(children, query, keyOf, order.idAscending, (o) => data.occupation(model, o));
    }, RULES.occupationRelations),
  );
  register(
    '/models/:modelId/occupations/:id/skills',
    // An unknown occupation gives an empty page here, not a 404 (docs/contracts/tabiya.md §6.8).
    occupationRoute((data, model, id, query) => {
      const links = sortById(
        (model.skillsOfOccupation.get(id) ?? []).flatMap((r) => {
          const record = model.skills.get(r.skillId);
          return record ? [{ record, r }] : [];
        }),
      );
      return pageResponse(links, query, (l) => keyOf(l.record), order.idAscending, ({ record, r }) => ({
        ...data.skill(model, record),
        ...relationFields(r),
      }));
    }, RULES.occupationRelations),
  );
  register('/models/:modelId/occupations/:id/history', historyRoute('occupation', 'MODEL_NOT_FOUND', 'OCCUPATION_NOT_FOUND', 'occupation not found'));

  // -- occupation groups
  register('/models/:modelId/occupationGroups', (c, data, lp) => {
    const { model, missing } = modelFor(c, lp, data, 'GET_MODEL_NOT_FOUND');
    const u = url(c);
    const query = parseListQuery(u, lp, RULES.occupationGroups);
    if (!model) return missing;
    const groups =
      query.query !== undefined
        ? search(model.occupationGroupList, query)
        : (u.searchParams.get('root') ?? '').toLowerCase() === 'true'
          ? model.rootOccupationGroups()
          : model.occupationGroupList;
    return pageResponse(groups, query, keyOf, order.newestFirst, (g) => data.occupationGroup(model, g));
  });

  const occupationGroupRoute = (render: (data: Catalog, group: OccupationGroupRecord, groupModel: ModelCatalog) => Response): Handler =>
    (c, data, lp) => {
      const { model, missing } = modelFor(c, lp, data, 'GET_MODEL_NOT_FOUND');
      const id = requireObjectId('id', c.req.param('id') ?? '', lp);
      if (!model) return missing;
      const found = data.find('occupationGroup', id);
      if (!found) return apiError(404, 'OCCUPATION_GROUP_NOT_FOUND', 'Occupation group not found');
      return render(data, found.record, found.catalog);
    };

  register('/models/:modelId/occupationGroups/:id', occupationGroupRoute((data, group, groupModel) => apiJson(data.occupationGroup(groupModel, group))));
  register(
    '/models/:modelId/occupationGroups/:id/parent',
    occupationGroupRoute((data, group, groupModel) => {
      const edge = groupModel.occupationParent.get(group.id);
      const parent = edge && groupModel.occupationGroups.get(edge.parentId);
      return parent
        ? apiJson(data.occupationGroup(groupModel, parent))
        : apiError(404, 'OCCUPATION_GROUP_PARENT_NOT_FOUND', 'Occupation group or parent not found');
    }),
  );
  register(
    '/models/:modelId/occupationGroups/:id/children',
    // Not paginated: every child at once, `limit: null`.
    occupationGroupRoute((data, group, groupModel) => {
      const children = (groupModel.occupationChildren.get(group.id) ?? []).flatMap((e) => {
        const child = groupModel.occupationNode(e.childId);
        return child ? [data.occupationGroupChild(groupModel, group.id, child, e.childType)] : [];
      });
      return apiJson({ data: children, limit: null, nextCursor: null });
    }),
  );
  register(
    '/models/:modelId/occupationGroups/:id/history',
    historyRoute('occupationGroup', 'GET_MODEL_NOT_FOUND', 'OCCUPATION_GROUP_NOT_FOUND', 'Occupation group not found'),
  );

  function historyRoute(kind: EntityKind, modelCode: 'MODEL_NOT_FOUND' | 'GET_MODEL_NOT_FOUND', notFoundCode: string, message: string): Handler {
    return (c, data, lp) => {
      const { model, missing } = modelFor(c, lp, data, modelCode);
      const id = requireObjectId('id', c.req.param('id') ?? '', lp);
      if (!model) return missing;
      const found = data.find(kind, id);
      return found ? apiJson(data.history(kind, found.record)) : apiError(404, notFoundCode, message);
    };
  }

  return {
    name: 'tabiya',
    faults,
    fetch: async (request) => app.fetch(request),
    reset() {
      faults.reset();
      tokens.clear();
    },
  };
}

/** The path the backend Lambda sees: without `/api/partner` or `/api/app`. */
function lambdaPathOf(path: string): string {
  for (const prefix of PREFIXES) if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  return path;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortById<T extends { id: string } | { record: { id: string } }>(items: T[]): T[] {
  const idOf = (item: T) => ('record' in item ? item.record.id : item.id);
  return items.sort((a, b) => compareIds(idOf(a), idOf(b)));
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
