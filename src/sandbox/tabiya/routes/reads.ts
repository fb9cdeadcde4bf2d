/**
 * What every read route shares: registration (GET answers, other methods get 403 for writes or 405), the model and
 * id checks in the upstream's order, keyset pages, regex search and id-ascending relation lists.
 */
import { Hono, type Context } from 'hono';
import type { OccupationGroupRecord, OccupationRecord, OccupationToSkillRelation, SkillGroupRecord, SkillRecord } from '../../taxonomy-data.js';
import { relationFields, type Catalog, type EntityKind, type ModelCatalog } from '../catalog.js';
import {
  apiError,
  apiJson,
  BadRequest,
  keysetPage,
  parseListQuery,
  requireObjectId,
  type KeysetCursor,
  type ListQuery,
  order,
  type QueryRules,
} from '../http.js';
import { upstreamRegexSearch, type SearchField } from '../search.js';
import type { TabiyaState } from '../state.js';
import { lambdaPathOf } from './gateway.js';

const SKILL_SEARCH_FIELDS: readonly SearchField[] = ['preferredLabel', 'description', 'altLabels'];
const GROUP_SEARCH_FIELDS: readonly SearchField[] = ['preferredLabel', 'description', 'altLabels', 'scopeNote'];
export const RULES = {
  skills: { defaultLimit: 10, cursorMaxLength: 1720, searchFields: SKILL_SEARCH_FIELDS },
  skillRelations: { defaultLimit: 10, cursorMaxLength: 1024 },
  occupations: { defaultLimit: 10, cursorMaxLength: 1024, searchFields: SKILL_SEARCH_FIELDS },
  occupationRelations: { defaultLimit: 10, cursorMaxLength: 1024 },
  // The handlers use 100 although the schemas say 20 and 10 (docs/contracts/tabiya.md §2).
  skillGroups: { defaultLimit: 100, cursorMaxLength: 1720, searchFields: GROUP_SEARCH_FIELDS },
  skillGroupRelations: { defaultLimit: 20, cursorMaxLength: 1720 },
  occupationGroups: { defaultLimit: 100, cursorMaxLength: 1720, searchFields: SKILL_SEARCH_FIELDS },
} satisfies Record<string, QueryRules>;

export type Handler = (c: Context, data: Catalog, lambdaPath: string) => Response | Promise<Response>;
export type Register = (pattern: string, handler: Handler, methods?: 'read' | 'info') => void;

/** A sub-app of read routes, mounted under each gateway prefix; `build` registers its patterns. */
export function readRoutes(state: TabiyaState, build: (register: Register) => void): Hono {
  const app = new Hono();
  build((pattern, handler, methods = 'read') => {
    app.get(pattern, async (c) => {
      try {
        return await handler(c, await state.catalog(), lambdaPathOf(c.req.path));
      } catch (error) {
        if (error instanceof BadRequest) return error.toResponse();
        return apiError(500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error', error instanceof Error ? error.message : '');
      }
    });
    app.all(pattern, (c) =>
      methods === 'read' && ['POST', 'PUT', 'PATCH'].includes(c.req.method)
        ? apiError(403, 'FORBIDDEN', 'Forbidden')
        : apiError(405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed'),
    );
  });
  return app;
}

export const url = (c: Context) => new URL(c.req.url);

type ModelNotFound = 'MODEL_NOT_FOUND' | 'GET_MODEL_NOT_FOUND';

/** Path ids checked first (400), then the query (400), then the model (404). */
export function modelFor(c: Context, lambdaPath: string, data: Catalog, notFoundCode: ModelNotFound) {
  const modelId = requireObjectId('modelId', c.req.param('modelId') ?? '', lambdaPath);
  const model = data.model(modelId);
  return model
    ? { model }
    : { missing: apiError(404, notFoundCode, 'Model not found', `No model found with id: ${modelId}`) };
}

/**
 * A route under `/models/:modelId/<collection>/:id`: the model id, the id, the query when `rules` are given (each
 * a 400 when malformed), then the model (404), then `render`.
 */
export const entityRoute =
  (
    modelCode: ModelNotFound,
    render: (data: Catalog, model: ModelCatalog, id: string, query: ListQuery) => Response,
    rules?: QueryRules,
  ): Handler =>
  (c, data, lp) => {
    const { model, missing } = modelFor(c, lp, data, modelCode);
    const id = requireObjectId('id', c.req.param('id') ?? '', lp);
    const query = rules ? parseListQuery(url(c), lp, rules) : { limit: 0, searchFields: [] };
    if (!model) return missing;
    return render(data, model, id, query);
  };

export function historyRoute(kind: EntityKind, modelCode: ModelNotFound, notFoundCode: string, message: string): Handler {
  return entityRoute(modelCode, (data, _model, id) => {
    const found = data.find(kind, id);
    return found ? apiJson(data.history(kind, found.record)) : apiError(404, notFoundCode, message);
  });
}

export const pageResponse = <T>(items: readonly T[], query: ListQuery, keyOf: (item: T) => KeysetCursor, after: typeof order.newestFirst, render: (item: T) => unknown) => {
  const page = keysetPage(items, query, keyOf, after);
  return apiJson({ data: page.items.map(render), limit: query.limit, nextCursor: page.nextCursor });
};
export const keyOf = (r: { id: string; createdAt: string }): KeysetCursor => ({ id: r.id, createdAt: r.createdAt });

export const search = <T extends SkillRecord | SkillGroupRecord | OccupationRecord | OccupationGroupRecord>(list: T[], query: ListQuery) =>
  query.query === undefined ? list : upstreamRegexSearch(list, query.query, query.searchFields as SearchField[]);

export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortById<T extends { id: string } | { record: { id: string } }>(items: T[]): T[] {
  const idOf = (item: T) => ('record' in item ? item.record.id : item.id);
  return items.sort((a, b) => compareIds(idOf(a), idOf(b)));
}

/** A skill's parent or child: a skill or a skill group of the same model. */
export const skillOrGroup = (data: Catalog, model: ModelCatalog, id: string) => {
  const skill = model.skills.get(id);
  if (skill) return { record: skill as SkillRecord | SkillGroupRecord, json: () => data.skill(model, skill) };
  const group = model.skillGroups.get(id);
  return group ? { record: group as SkillRecord | SkillGroupRecord, json: () => data.skillGroup(model, group) } : undefined;
};

/** A skill ↔ occupation list: the related records that exist, by id ascending, each with the relation's fields. */
export function relationPage<T extends { id: string; createdAt: string }>(
  relations: readonly OccupationToSkillRelation[],
  lookup: (r: OccupationToSkillRelation) => T | undefined,
  query: ListQuery,
  render: (record: T) => object,
): Response {
  const links = sortById(
    relations.flatMap((r) => {
      const record = lookup(r);
      return record ? [{ record, r }] : [];
    }),
  );
  return pageResponse(links, query, (l) => keyOf(l.record), order.idAscending, ({ record, r }) => ({ ...render(record), ...relationFields(r) }));
}
