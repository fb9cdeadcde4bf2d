import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/credentials.js';
import type { PartnerEndpointConfig } from '../../src/server/config.js';
import type {
  ErrorBody,
  OccupationPage,
  OccupationSkills,
  SkillGroupPage,
  SkillMatchResult,
  SkillSearchPage,
  TaxonomyModelList,
  TaxonomySkill,
} from '../../src/types.js';
import { harness, json, type Harness } from './endpoint-harness.js';

const errorCode = async (res: Response) => (await json<ErrorBody>(res)).error.code;

/** A harness whose upstream fetch is observed (and optionally rewritten) on its way to the simulators. */
function observed(endpoint: (urls: Harness['stack']['urls']) => Partial<PartnerEndpointConfig> = () => ({}), rewrite?: (url: URL) => void) {
  const requests: URL[] = [];
  const target: { stack?: Harness['stack'] } = {};
  const fetchUpstream: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    rewrite?.(url);
    requests.push(url);
    return target.stack!.fetch(new Request(url, request));
  };
  const probe = harness();
  const h = harness({ endpoint: { fetch: fetchUpstream, ...endpoint(probe.stack.urls) } });
  target.stack = h.stack;
  return { h, requests };
}

const m2m = (urls: Harness['stack']['urls']): Partial<PartnerEndpointConfig> => ({
  tabiya: {
    baseUrl: urls.tabiya,
    auth: {
      kind: 'm2m',
      tokenUrl: `${urls.tabiya}/oauth2/token`,
      clientId: SANDBOX_CREDENTIALS.tabiya.clientId,
      clientSecret: SANDBOX_CREDENTIALS.tabiya.clientSecret,
    },
  },
});

test('GET /taxonomy/models lists the released models; /config names the served one', async () => {
  const h = harness();
  const res = await h.call('/taxonomy/models');
  assert.equal(res.status, 200);
  const { items } = await json<TaxonomyModelList>(res);
  assert.ok(items.length >= 1);
  for (const model of items) {
    assert.match(model.id, /^[0-9a-f]{24}$/);
    assert.equal(model.released, true);
    assert.ok(model.name && model.locale);
  }
  const config = await json<{ taxonomy: { modelId: string; locale: string } }>(await h.call('/config'));
  assert.equal(config.taxonomy.modelId, items[0]!.id);
  assert.equal(config.taxonomy.locale, items[0]!.locale);
});

test('skill search: from upstream until the index is ready, then from the index with scores and opaque cursors', async () => {
  const h = harness();
  const early = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'manage', limit: '5' } }));
  assert.equal(early.source, 'upstream');
  assert.ok(early.items.every((s) => /manag/i.test([s.preferredLabel, ...s.altLabels].join(' '))));

  await h.stack.endpoint.ready?.();
  const first = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'manage', limit: '5' } }));
  assert.equal(first.source, 'index');
  assert.equal(first.items.length, 5);
  const scores = first.items.map((s) => s.score!);
  assert.ok(scores.every((s) => s > 0 && s <= 1));
  assert.deepEqual([...scores].sort((a, b) => b - a), scores, 'ranked');
  assert.ok(first.nextCursor);
  const second = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'manage', limit: '5', cursor: first.nextCursor! } }));
  assert.equal(second.source, 'index');
  assert.equal(second.items.filter((s) => first.items.some((f) => f.id === s.id)).length, 0, 'no overlap');

  const exact = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: first.items[0]!.preferredLabel, limit: '3' } }));
  assert.equal(exact.items[0]!.id, first.items[0]!.id, 'an exact label comes first');

  const nothing = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'zzqxj' } }));
  assert.deepEqual(nothing.items, []);
  assert.equal(nothing.nextCursor, null);
});

test('skill list without q pages the upstream with wrapped cursors', async () => {
  const h = harness({ endpoint: { tabiya: undefined } });
  assert.equal((await h.call('/taxonomy/skills')).status, 404, 'taxonomy not configured → NOT_FOUND');
  const t = harness();
  const p1 = await json<SkillSearchPage>(await t.call('/taxonomy/skills', { query: { limit: '50' } }));
  assert.equal(p1.source, 'upstream');
  assert.equal(p1.items.length, 50);
  const p2 = await json<SkillSearchPage>(await t.call('/taxonomy/skills', { query: { limit: '50', cursor: p1.nextCursor! } }));
  assert.equal(p2.items.length, 50);
  assert.equal(p2.items.filter((s) => p1.items.some((f) => f.id === s.id)).length, 0);
});

test('skill search input is validated: limit, cursor, q', async () => {
  const h = harness();
  const queries: Record<string, string>[] = [{ limit: '0' }, { limit: '101' }, { limit: 'x' }, { cursor: 'not a cursor!' }, { cursor: 'eyJzIjoieCJ9' }, { q: ' ' }, { q: 'x'.repeat(201) }];
  for (const query of queries) {
    const res = await h.call('/taxonomy/skills', { query });
    assert.equal(res.status, 400, JSON.stringify(query));
    assert.equal(await errorCode(res), 'INVALID_REQUEST');
  }
});

test('old deployments that ignore `query`: only skills containing the text are answered', async () => {
  // Before search existed, list handlers read only limit and cursor.
  const { h, requests } = observed(
    (urls) => ({ tabiya: { baseUrl: urls.tabiya, auth: { kind: 'apiKey', apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey }, searchIndex: false } }),
    (url) => {
      url.searchParams.delete('query');
      url.searchParams.delete('searchFields');
    },
  );
  const unfiltered = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { limit: '100' } }));
  const word = unfiltered.items[0]!.preferredLabel.split(' ').find((w) => w.length >= 4)!;
  const res = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: word, limit: '100' } }));
  assert.ok(requests.some((u) => u.pathname.endsWith('/skills') && !u.searchParams.has('query')), 'upstream saw no query');
  assert.equal(res.source, 'upstream');
  assert.ok(res.items.length >= 1, `"${word}" kept`);
  assert.ok(res.items.length < unfiltered.items.length, 'the unrelated rest dropped');
  assert.ok(res.items.every((s) => [s.preferredLabel, ...s.altLabels].join(' ').toLowerCase().includes(word.toLowerCase())));
});

test('GET /taxonomy/skills/:id by id (upstream) and by UUID (index); 404 and 400', async () => {
  const h = harness();
  const page = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { limit: '1' } }));
  const listed = page.items[0]!;
  const byId = await h.call(`/taxonomy/skills/${listed.id}`);
  assert.equal(byId.status, 200);
  const skill = await json<TaxonomySkill>(byId);
  assert.equal(skill.uuid, listed.uuid);
  assert.ok(['skill/competence', 'knowledge', 'language', 'attitude', ''].includes(skill.skillType));
  const byUuid = await json<TaxonomySkill>(await h.call(`/taxonomy/skills/${listed.uuid}`));
  assert.equal(byUuid.id, listed.id);
  const missing = await h.call('/taxonomy/skills/ffffffffffffffffffffffff');
  assert.equal(missing.status, 404);
  assert.equal(await errorCode(missing), 'NOT_FOUND');
  assert.equal((await h.call('/taxonomy/skills/00000000-0000-4000-8000-000000000000')).status, 404);
  for (const bad of ['xyz', 'FFFFFFFFFFFFFFFFFFFFFFFF', '123']) {
    assert.equal((await h.call(`/taxonomy/skills/${bad}`)).status, 400, bad);
  }
});

test('skill groups: roots, children with skills filled from the index, cursors, 400/404', async () => {
  const h = harness();
  await h.stack.endpoint.ready?.();
  const roots = await json<SkillGroupPage>(await h.call('/taxonomy/skill-groups'));
  assert.ok(roots.items.length >= 3);
  assert.ok(roots.items.every((n) => n.kind === 'group' && n.hasChildren && n.code));

  // Walk down until a level holds skills.
  let parent = roots.items.find((n) => n.kind === 'group')!;
  let skillNode: TaxonomySkill | undefined;
  for (let depth = 0; depth < 6 && !skillNode; depth += 1) {
    assert.equal(parent.kind, 'group');
    const children = await json<SkillGroupPage>(await h.call('/taxonomy/skill-groups', { query: { parent: parent.id } }));
    assert.ok(children.items.length > 0, `children of ${parent.id}`);
    const leaf = children.items.find((n) => n.kind === 'skill');
    if (leaf?.kind === 'skill') skillNode = leaf.skill;
    else parent = children.items.find((n) => n.kind === 'group')!;
  }
  assert.ok(skillNode, 'found skills under the groups');
  assert.notEqual(skillNode.skillType, '', 'type filled in from the index');

  assert.equal((await h.call('/taxonomy/skill-groups', { query: { parent: 'nope' } })).status, 400);
  const unknown = await h.call('/taxonomy/skill-groups', { query: { parent: 'ffffffffffffffffffffffff' } });
  assert.equal(unknown.status, 404);
});

test('occupations: search, and essential/optional skills of one', async () => {
  const h = harness();
  const found = await json<OccupationPage>(await h.call('/taxonomy/occupations', { query: { q: 'baker', limit: '5' } }));
  assert.ok(found.items.length > 0);
  assert.ok(found.items.every((o) => /baker/i.test([o.preferredLabel, ...o.altLabels].join(' '))));
  const occupation = found.items[0]!;
  const res = await h.call(`/taxonomy/occupations/${occupation.id}/skills`);
  assert.equal(res.status, 200);
  const skills = await json<OccupationSkills>(res);
  assert.equal(skills.occupation.id, occupation.id);
  assert.ok(skills.essential.length > 0);
  assert.ok([...skills.essential, ...skills.optional].every((s) => /^[0-9a-f]{24}$/.test(s.id) && s.preferredLabel));
  const missing = await h.call('/taxonomy/occupations/ffffffffffffffffffffffff/skills');
  assert.equal(missing.status, 404);
  assert.equal((await h.call('/taxonomy/occupations/zz/skills')).status, 400);
});

test('POST /taxonomy/skills/match: best skills per free-text label with 0..1 scores; input limits', async () => {
  const h = harness();
  const post = (body: unknown, csrf = true) =>
    h.call('/taxonomy/skills/match', { method: 'POST', csrf, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const res = await post({ labels: ['Agile project management', 'Microsoft Excel', 'baking bread', 'qqqzzz'] });
  assert.equal(res.status, 200);
  const result = await json<SkillMatchResult>(res);
  assert.equal(result.results.length, 4);
  assert.equal(result.results[0]!.label, 'Agile project management');
  assert.ok(result.results[0]!.matches.length > 0);
  assert.match(result.results[0]!.matches[0]!.skill.preferredLabel, /manag/i);
  for (const r of result.results) for (const m of r.matches) assert.ok(m.score > 0 && m.score <= 1);
  assert.deepEqual(result.results[3]!.matches, []);

  for (const bad of [{}, { labels: 'x' }, { labels: [] }, { labels: Array(51).fill('a') }, { labels: ['x'.repeat(201)] }, { labels: [3] }, { labels: ['a'], other: 1 }]) {
    const r = await post(bad);
    assert.equal(r.status, 400, JSON.stringify(bad).slice(0, 60));
    assert.equal(await errorCode(r), 'INVALID_REQUEST');
  }
  assert.equal((await post({ labels: ['x'] }, false)).status, 403);
});

test('match without the index falls back to the upstream search, still scored', async () => {
  const { h } = observed((urls) => ({ tabiya: { baseUrl: urls.tabiya, auth: { kind: 'apiKey', apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey }, searchIndex: false } }));
  const res = await h.call('/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ labels: ['bake bread'] }) });
  assert.equal(res.status, 200);
  const result = await json<SkillMatchResult>(res);
  assert.ok(result.results[0]!.matches.every((m) => m.score > 0 && m.score <= 1));
  const search = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'bread' } }));
  assert.equal(search.source, 'upstream', 'index off');
});

test('M2M auth on /api/app: one token for many requests, fresh one when refused', async () => {
  const { h, requests } = observed(m2m);
  await h.stack.endpoint.ready?.();
  await Promise.all([
    h.call('/taxonomy/models'),
    h.call('/taxonomy/skills', { query: { limit: '3' } }),
    h.call('/taxonomy/skill-groups'),
    h.call('/taxonomy/occupations', { query: { q: 'nurse' } }),
  ]);
  const tokenCalls = requests.filter((u) => u.pathname.endsWith('/oauth2/token'));
  assert.equal(tokenCalls.length, 1);
  assert.ok(requests.filter((u) => u.pathname.includes('/api/app/')).length > 10, 'the index fill went through /api/app');
  assert.ok(!requests.some((u) => u.pathname.includes('/api/partner/')));

  h.stack.simulators.tabiya.reset(); // the upstream forgets its tokens
  const res = await h.call('/taxonomy/occupations', { query: { q: 'teacher' } });
  assert.equal(res.status, 200);
  assert.equal(requests.filter((u) => u.pathname.endsWith('/oauth2/token')).length, 2);
});

test('taxonomy upstream faults map to stable codes; /readyz reports them with 503', async () => {
  const t = harness({ endpoint: { upstreamTimeoutMs: 120 } });
  await t.call('/taxonomy/models');
  const faults = t.stack.simulators.tabiya.faults;
  faults.set({ errorRate: 1 });
  let res = await t.call('/taxonomy/occupations', { query: { q: 'cook' } });
  assert.equal(res.status, 502);
  assert.equal(await errorCode(res), 'UPSTREAM_UNAVAILABLE');
  const ready = await t.call('/readyz');
  assert.equal(ready.status, 503);
  const report = await json<{ ready: boolean; upstreams: Record<string, string> }>(ready);
  assert.equal(report.ready, false);
  assert.equal(report.upstreams.tabiya, 'UPSTREAM_UNAVAILABLE');
  assert.equal(report.upstreams.jobspace, 'ok');

  faults.reset();
  faults.set({ hang: true });
  res = await t.call('/taxonomy/occupations', { query: { q: 'chef' } });
  assert.equal(res.status, 504);
  faults.reset();
  faults.set({ rateLimited: true });
  res = await t.call('/taxonomy/occupations', { query: { q: 'farmer' } });
  assert.equal(res.status, 429);
  assert.ok(Number(res.headers.get('retry-after')) >= 1);

  // The index cannot fill while the upstream fails: match says so instead of hanging.
  faults.reset();
  faults.set({ errorRate: 1 });
  res = await t.call('/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ labels: ['x'] }) });
  assert.equal(res.status, 502);
  faults.reset();
  // /readyz answers from a report up to 5 s old; reset() forgets it.
  assert.equal((await t.call('/readyz')).status, 503, 'the cached report');
  await t.stack.endpoint.reset();
  assert.equal((await t.call('/readyz')).status, 200);
});

test('reset() forgets caches and the index (the stack’s /__stack/reset)', async () => {
  const { h, requests } = observed();
  await h.stack.endpoint.ready?.();
  await h.call('/taxonomy/models');
  const before = requests.length;
  await h.call('/taxonomy/models');
  assert.equal(requests.length, before, 'cached');
  const reset = await h.stack.fetch(new Request('http://localhost:9999/__stack/reset', { method: 'POST', headers: { 'x-careerkit': '1', 'content-type': 'application/json' } }));
  assert.equal(reset.status, 200);
  const search = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'bread' } }));
  assert.equal(search.source, 'upstream', 'index dropped');
  assert.ok(requests.length > before, 'cache dropped');
});

test('a widget naming a model: the served one is accepted, any other refused by name', async () => {
  const h = harness();
  const served = (await json<{ taxonomy: { modelId: string } }>(await h.call('/config'))).taxonomy.modelId;
  const other = served.replace(/.$/, (ch) => (ch === '0' ? '1' : '0'));
  const match = (modelId: string) =>
    h.call('/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ labels: ['cooking'], modelId }) });
  assert.equal((await match(served)).status, 200);
  const refused = await match(other);
  assert.equal(refused.status, 400);
  assert.match((await json<ErrorBody>(refused)).error.message, new RegExp(served));
  assert.equal((await h.call('/taxonomy/skills', { query: { q: 'cooking', modelId: served } })).status, 200);
  assert.equal((await h.call('/taxonomy/skills', { query: { q: 'cooking', modelId: other } })).status, 400);
  assert.equal((await h.call('/taxonomy/skill-groups', { query: { modelId: other } })).status, 400);
  assert.equal((await h.call('/taxonomy/skills', { query: { q: 'cooking', modelId: 'nope' } })).status, 400);
});

test('the skill index build is handed to the request’s waitUntil (info.waitUntil or Hono’s executionCtx), so workerd keeps it alive', async () => {
  const h = harness();
  const handed: Promise<unknown>[] = [];
  const search = (waitUntil?: (work: Promise<unknown>) => void) =>
    h.stack.fetch(new Request('http://localhost:9999/careerkit/taxonomy/skills?q=communication', { headers: { origin: 'http://localhost:9999' } }), {
      waitUntil,
    });
  const first = await json<SkillSearchPage>(await search((work) => handed.push(work)));
  assert.equal(first.source, 'upstream', 'the first search starts the build and answers from the upstream');
  assert.ok(handed.length >= 1, 'the running build was handed to waitUntil');
  await Promise.all(handed);
  const second = await json<SkillSearchPage>(await search());
  assert.equal(second.source, 'index', 'the handed promise settles once the index is installed');

  // Without a platform hook (Node) nothing is handed and nothing throws.
  const plain = harness();
  const res = await plain.call('/taxonomy/skills', { query: { q: 'communication' } });
  assert.equal(res.status, 200);
});
