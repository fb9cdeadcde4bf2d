/**
 * Taxonomy routes: models, skill search (the in-memory index once ready, else the upstream), skill lookup, the
 * skill-group tree, occupations and their skills, and label matching.
 */
import { Hono } from 'hono';
import type {
  Occupation,
  OccupationPage,
  OccupationSkills,
  SkillGroupNode,
  SkillGroupPage,
  SkillMatchResult,
  SkillSearchPage,
  TaxonomyModelList,
  TaxonomySkill,
} from '../../types.js';
import { cachedJson, json, keepAlive, limitBody, readJson, required, withTimeout, type EndpointContext, type EndpointDeps, type EndpointEnv } from '../context.js';
import type { CursorCodec } from '../cursor.js';
import { invalidRequest, notFound } from '../errors.js';
import { errorHandler, guard } from '../middleware.js';
import { normalizeText, tokenize } from '../taxonomy/text.js';
import type { Trace } from '../upstream/http.js';
import { keepMatching, labelWords, type UpstreamPage } from '../upstream/tabiya.js';
import { matchSchema, occupationSearchSchema, parse, skillGroupsSchema, skillIdSchema, skillSearchSchema, taxonomyIdSchema } from '../validation.js';

const HEX24 = /^[0-9a-f]{24}$/;

/** A taxonomy search as the cache key and upstream query: normalized tokens ("C++" and "C#" stay apart), else undefined. */
const searchKey = (q: string | undefined): string | undefined => (q ? tokenize(normalizeText(q)).join(' ') || undefined : undefined);

/** Share of label words found in the skill's best label, 0..1 (used only when the index is off). */
function overlapScore(label: string, skill: TaxonomySkill): number {
  const words = (s: string) => new Set(labelWords(s).filter((w) => w.length > 1));
  const wanted = words(label);
  if (wanted.size === 0) return 0;
  let best = 0;
  for (const candidate of [skill.preferredLabel, ...skill.altLabels]) {
    const have = words(candidate);
    let shared = 0;
    for (const w of wanted) if (have.has(w)) shared += 1;
    best = Math.max(best, shared / Math.max(wanted.size, have.size));
  }
  return Math.round(best * 1000) / 1000;
}

export function taxonomyRoutes(deps: EndpointDeps & { cursors: CursorCodec }): Hono<EndpointEnv> {
  const { config, cache, index, cursors } = deps;
  const ttl = config.ttl.taxonomy;
  const client = () => required(deps.tabiya, 'The taxonomy');
  const indexWaitMs = Math.max(config.upstreamTimeoutMs, 30_000);
  const indexReady = (c: EndpointContext) => withTimeout(index!.ready(keepAlive(c)), indexWaitMs, 'The skill index is still being built; try again shortly');
  const app = new Hono<EndpointEnv>();
  app.onError(errorHandler(deps));
  app.use('*', guard(deps, { header: 'non-get' }));

  /** A widget may name the model it expects (`model-id`); this endpoint serves exactly one. */
  const assertServedModel = async (requested: string | undefined, trace: Trace) => {
    if (requested === undefined) return;
    const served = await deps.modelId(trace);
    if (requested !== served) {
      throw invalidRequest(`This endpoint serves taxonomy model ${served}, not ${requested}`, { modelId: 'is not the model this endpoint serves' });
    }
  };

  const upstreamCursor = async (raw: string | undefined) => {
    const cursor = await cursors.decode(raw);
    if (cursor && cursor.s !== 'u') throw invalidRequest('This cursor does not belong to this list');
    return cursor?.c;
  };
  const nextCursor = (upstream: string | null) => (upstream ? cursors.encode({ s: 'u', c: upstream }) : null);

  app.get('/models', async (c) => {
    client();
    return cachedJson(c, cache, 'tx:models:list', ttl, async (): Promise<TaxonomyModelList> => ({
      items: await deps.taxonomyModels(c.get('state').trace),
    }));
  });

  app.get('/skills', async (c) => {
    const tabiya = client();
    const query = parse(skillSearchSchema, c.req.query(), 'skill search');
    const cursor = await cursors.decode(query.cursor);
    const trace = c.get('state').trace;
    await assertServedModel(query.modelId, trace);
    const ready = index?.enabled ? index.current(keepAlive(c)) : undefined;
    if (query.q && ready && cursor?.s !== 'u') {
      const offset = cursor?.s === 'i' ? cursor.o : 0;
      const found = ready.search(query.q, { limit: query.limit, offset });
      const next = offset + found.items.length;
      const body: SkillSearchPage = {
        items: found.items,
        nextCursor: found.items.length > 0 && next < found.total ? await cursors.encode({ s: 'i', o: next }) : null,
        source: 'index',
      };
      return json(body, 200, { 'cache-control': 'no-cache' });
    }
    if (cursor?.s === 'i') throw invalidRequest('This cursor has expired; search again');
    const model = await deps.modelId(trace);
    const q = searchKey(query.q);
    const key = `tx:skills:${model}:${query.limit}:${q ?? ''}:${cursor?.s === 'u' ? cursor.c : ''}`;
    const load = async (): Promise<SkillSearchPage> => {
      const page = await tabiya.skills(model, { limit: query.limit, cursor: cursor?.s === 'u' ? cursor.c : undefined, query: q }, trace);
      return { items: q ? keepMatching(page.items, q) : page.items, nextCursor: await nextCursor(page.nextCursor), source: 'upstream' };
    };
    // A text search the index will answer once built: the fallback answer is served but never stored, so the
    // same query is not answered from it (rather than from the index) for the cache's lifetime.
    if (q && index?.enabled) return json(await load(), 200, { 'cache-control': 'no-store' });
    return cachedJson(c, cache, key, ttl, load);
  });

  app.post('/skills/match', limitBody(config.maxBodyBytes), async (c) => {
    const tabiya = client();
    const body = parse(matchSchema, await readJson(c), 'match request');
    await assertServedModel(body.modelId, c.get('state').trace);
    const perLabel = body.perLabel ?? 3;
    if (index?.enabled) {
      const ready = await indexReady(c);
      const prefer = await index.preferredFor({ occupation: body.occupation, jobTitle: body.jobTitle }, c.get('state').trace);
      const result: SkillMatchResult = ready.match(body.labels, { perLabel, prefer });
      return json(result);
    }
    // Without the index: the upstream search per label, scored by label word overlap.
    const trace = c.get('state').trace;
    const model = await deps.modelId(trace);
    const results: SkillMatchResult['results'] = [];
    for (const label of body.labels) {
      const page = await tabiya.skills(model, { limit: 20, query: label }, trace);
      const matches = page.items
        .map((skill) => ({ skill, score: overlapScore(label, skill) }))
        .filter((m) => m.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, perLabel);
      results.push({ label, matches });
    }
    return json({ results } satisfies SkillMatchResult);
  });

  app.get('/skills/:id', async (c) => {
    const tabiya = client();
    const id = parse(skillIdSchema, c.req.param('id'), 'skill id');
    const trace = c.get('state').trace;
    const fromIndex = index?.enabled ? index.current(keepAlive(c))?.get(id) : undefined;
    if (fromIndex) return json(fromIndex, 200, { 'cache-control': 'no-cache' });
    if (!HEX24.test(id)) {
      // The upstream takes no UUIDs in paths: only the index can resolve one.
      if (!index?.enabled) throw invalidRequest('Look skills up by their 24-character id');
      const skill = (await indexReady(c)).get(id);
      if (!skill) throw notFound('No such skill');
      return json(skill, 200, { 'cache-control': 'no-cache' });
    }
    const model = await deps.modelId(trace);
    return cachedJson(c, cache, `tx:skill:${model}:${id}`, ttl, () => tabiya.skill(model, id, trace));
  });

  app.get('/skill-groups', async (c) => {
    const tabiya = client();
    const query = parse(skillGroupsSchema, c.req.query(), 'skill group query');
    await assertServedModel(query.modelId, c.get('state').trace);
    const cursor = await upstreamCursor(query.cursor);
    const trace = c.get('state').trace;
    const model = await deps.modelId(trace);
    index?.current(keepAlive(c));
    const key = `tx:groups:${model}:${query.parent ?? 'root'}:${cursor ?? ''}`;
    const cached = await cache.get(key, ttl, () =>
      query.parent ? tabiya.skillGroupChildren(model, query.parent, cursor, trace) : tabiya.rootSkillGroups(model, cursor, trace),
    );
    c.get('state').cache = cached.hit ? 'hit' : 'miss';
    const answer = JSON.parse(cached.body) as UpstreamPage<SkillGroupNode | TaxonomySkill>;
    // Skills in the children shape lack type and reuse level: fill them in from the index when it has them.
    const ready = index?.enabled ? index.current(keepAlive(c)) : undefined;
    const body: SkillGroupPage = {
      items: answer.items.map((item) =>
        'kind' in item && item.kind === 'group'
          ? item
          : { kind: 'skill' as const, skill: ready?.get((item as TaxonomySkill).id) ?? (item as TaxonomySkill) },
      ),
      nextCursor: await nextCursor(answer.nextCursor),
    };
    return json(body, 200, { 'cache-control': 'no-cache' });
  });

  app.get('/occupations', async (c) => {
    const tabiya = client();
    const query = parse(occupationSearchSchema, c.req.query(), 'occupation search');
    const cursor = await upstreamCursor(query.cursor);
    const trace = c.get('state').trace;
    const model = await deps.modelId(trace);
    const q = searchKey(query.q);
    const key = `tx:occupations:${model}:${query.limit}:${q ?? ''}:${cursor ?? ''}`;
    return cachedJson(c, cache, key, ttl, async (): Promise<OccupationPage> => {
      const page = await tabiya.occupations(model, { limit: query.limit, cursor, query: q }, trace);
      return { items: q ? keepMatching(page.items, q) : page.items, nextCursor: await nextCursor(page.nextCursor) };
    });
  });

  app.get('/occupations/:id/skills', async (c) => {
    const tabiya = client();
    const id = parse(taxonomyIdSchema, c.req.param('id'), 'occupation id');
    const trace = c.get('state').trace;
    const model = await deps.modelId(trace);
    return cachedJson(c, cache, `tx:occupation-skills:${model}:${id}`, ttl, async (): Promise<OccupationSkills> => {
      const occupation: Occupation = await tabiya.occupation(model, id, trace);
      const essential: TaxonomySkill[] = [];
      const optional: TaxonomySkill[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 20; pages += 1) {
        const page = await tabiya.occupationSkills(model, id, cursor, trace);
        for (const link of page.items) {
          const essentialLink = link.relationType === 'essential' || (!link.relationType && link.signallingValueLabel === 'high');
          (essentialLink ? essential : optional).push(link.skill);
        }
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return { occupation, essential, optional };
    });
  });

  return app;
}
