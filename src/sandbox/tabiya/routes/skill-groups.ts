/** `/models/{m}/skillGroups[/{id}[/children|parents|history]]`. */
import type { Hono } from 'hono';
import type { Catalog, ModelCatalog } from '../catalog.js';
import { apiError, apiJson, invalidQuery, order, parseListQuery, type ListQuery, type QueryRules } from '../http.js';
import { isObjectId } from '../ids.js';
import type { SkillGroupRecord } from '../../taxonomy-data.js';
import type { TabiyaState } from '../state.js';
import { entityRoute, historyRoute, keyOf, modelFor, pageResponse, readRoutes, RULES, search, skillOrGroup, sortById, url, type Handler } from './reads.js';

/** Skill-group detail routes: GET_MODEL_NOT_FOUND for the model, then SKILL_GROUP_NOT_FOUND. */
const skillGroupRoute = (
  message: string,
  render: (data: Catalog, model: ModelCatalog, group: SkillGroupRecord, query: ListQuery, groupModel: ModelCatalog) => Response,
  rules?: QueryRules,
): Handler =>
  entityRoute(
    'GET_MODEL_NOT_FOUND',
    (data, model, id, query) => {
      const found = data.find('skillGroup', id);
      if (!found) return apiError(404, 'SKILL_GROUP_NOT_FOUND', message, `No skill group found with id: ${id}`);
      return render(data, model, found.record, query, found.catalog);
    },
    rules,
  );

export const skillGroupRoutes = (state: TabiyaState): Hono =>
  readRoutes(state, (register) => {
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
  });
