/** `/models/{m}/skills[/{id}[/parents|children|occupations|related|history]]`. */
import type { Hono } from 'hono';
import type { Catalog, ModelCatalog } from '../catalog.js';
import { apiError, apiJson, order, parseListQuery, requireObjectId, type ListQuery } from '../http.js';
import type { SkillRecord } from '../../taxonomy-data.js';
import type { TabiyaState } from '../state.js';
import {
  compareIds,
  entityRoute,
  historyRoute,
  keyOf,
  modelFor,
  pageResponse,
  readRoutes,
  relationPage,
  RULES,
  search,
  skillOrGroup,
  sortById,
  url,
  type Handler,
} from './reads.js';

/** The four skill relation lists share their checks: model, then the skill itself. */
const skillRelation = (render: (data: Catalog, model: ModelCatalog, skill: SkillRecord, query: ListQuery) => Response): Handler =>
  entityRoute(
    'MODEL_NOT_FOUND',
    (data, model, id, query) => {
      const found = data.find('skill', id);
      if (!found) return apiError(404, 'SKILL_NOT_FOUND', 'Skill not found', `No skill found with id: ${id}`);
      return render(data, model, found.record, query);
    },
    RULES.skillRelations,
  );

export const skillRoutes = (state: TabiyaState): Hono =>
  readRoutes(state, (register) => {
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
      skillRelation((data, model, skill, query) =>
        relationPage(model.occupationsOfSkill.get(skill.id) ?? [], (r) => model.occupations.get(r.occupationId), query, (o) =>
          data.occupation(model, o),
        ),
      ),
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
  });
