/**
 * `/models/{m}/occupations[/{id}[/parent|children|skills|history]]` and
 * `/models/{m}/occupationGroups[/{id}[/parent|children|history]]`.
 */
import type { Hono } from 'hono';
import type { Catalog, ModelCatalog } from '../catalog.js';
import { apiError, apiJson, order, parseListQuery } from '../http.js';
import type { OccupationGroupRecord } from '../../taxonomy-data.js';
import type { TabiyaState } from '../state.js';
import { entityRoute, historyRoute, keyOf, modelFor, pageResponse, readRoutes, relationPage, RULES, search, sortById, url, type Handler } from './reads.js';

const occupationNotFound = (message = 'occupation not found') => apiError(404, 'OCCUPATION_NOT_FOUND', message);

const occupationGroupRoute = (render: (data: Catalog, group: OccupationGroupRecord, groupModel: ModelCatalog) => Response): Handler =>
  entityRoute('GET_MODEL_NOT_FOUND', (data, _model, id) => {
    const found = data.find('occupationGroup', id);
    if (!found) return apiError(404, 'OCCUPATION_GROUP_NOT_FOUND', 'Occupation group not found');
    return render(data, found.record, found.catalog);
  });

export const occupationRoutes = (state: TabiyaState): Hono =>
  readRoutes(state, (register) => {
    register('/models/:modelId/occupations', (c, data, lp) => {
      const { model, missing } = modelFor(c, lp, data, 'MODEL_NOT_FOUND');
      const query = parseListQuery(url(c), lp, RULES.occupations);
      if (!model) return missing;
      return pageResponse(search(model.occupationList, query), query, keyOf, order.idDescending, (o) => data.occupation(model, o));
    });
    register(
      '/models/:modelId/occupations/:id',
      entityRoute('MODEL_NOT_FOUND', (data, _model, id) => {
        const found = data.find('occupation', id);
        return found ? apiJson(data.occupation(found.catalog, found.record)) : occupationNotFound();
      }),
    );
    register(
      '/models/:modelId/occupations/:id/parent',
      entityRoute('MODEL_NOT_FOUND', (data, _model, id) => {
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
      entityRoute(
        'MODEL_NOT_FOUND',
        (data, model, id, query) => {
          if (!data.find('occupation', id)) return occupationNotFound();
          const children = sortById((model.occupationChildren.get(id) ?? []).flatMap((e) => model.occupations.get(e.childId) ?? []));
          return pageResponse(children, query, keyOf, order.idAscending, (o) => data.occupation(model, o));
        },
        RULES.occupationRelations,
      ),
    );
    register(
      '/models/:modelId/occupations/:id/skills',
      // An unknown occupation gives an empty page here, not a 404 (docs/contracts/tabiya.md §6.8).
      entityRoute(
        'MODEL_NOT_FOUND',
        (data, model, id, query) =>
          relationPage(model.skillsOfOccupation.get(id) ?? [], (r) => model.skills.get(r.skillId), query, (s) => data.skill(model, s)),
        RULES.occupationRelations,
      ),
    );
    register('/models/:modelId/occupations/:id/history', historyRoute('occupation', 'MODEL_NOT_FOUND', 'OCCUPATION_NOT_FOUND', 'occupation not found'));

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
  });
