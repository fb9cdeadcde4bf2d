import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import {
  createTabiyaSandbox,
  loadDatasetFromUrl,
  parseDataset,
  searchSkillsUpstreamStyle,
  TaxonomyDataError,
  type TaxonomyDataset,
  type TaxonomyModel,
} from '../../src/sandbox/tabiya/index.js';
import { loadEscoFull, loadSampleDataset } from '../../src/sandbox/taxonomy-data.node.js';
import { parseCsv, parseCsvRecords } from '../../src/sandbox/tabiya/csv.js';

const API_KEY = 'test-api-key';
const M2M = { clientId: 'test-m2m-client', clientSecret: 'test-m2m-secret' };
const ORIGIN = 'https://taxonomy.example';
const ESCO_DIR = new URL('../../../shared/data/taxonomy/esco-full', import.meta.url).pathname;
const SAMPLE_GZ = new URL('../../data/taxonomy/tabiya-sample.json.gz', import.meta.url);
const HEX24 = /^[0-9a-f]{24}$/;

type Json = Record<string, unknown>;
interface Page {
  data: Json[];
  limit: number | null;
  nextCursor: string | null;
}

let clock = Date.parse('2026-03-01T10:00:00.000Z');
let dataset: TaxonomyDataset;
let en: TaxonomyModel;
let fr: TaxonomyModel;
const sim = createTabiyaSandbox({ apiKey: API_KEY, m2m: M2M, baseUrl: ORIGIN, now: () => clock });

before(async () => {
  dataset = await loadSampleDataset();
  [en, fr] = dataset.models;
});

function call(path: string, init: RequestInit = {}) {
  return sim.fetch(new Request(ORIGIN + path, init));
}
/** GET on the API-key prefix. */
function partner(path: string) {
  return call(`/api/partner${path}`, { headers: { 'x-api-key': API_KEY } });
}
async function json<T = Json>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const text = await r.text();
  assert.equal(r.status, status, `HTTP ${r.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
async function upstreamError(res: Response | Promise<Response>, status: number, errorCode: string, message?: string) {
  const r = await res;
  assert.equal(r.headers.get('content-type'), null, 'upstream error bodies carry no content type');
  const body = await json<{ errorCode: string; message: string; details: string }>(r, status);
  assert.deepEqual(Object.keys(body).sort(), ['details', 'errorCode', 'message']);
  assert.equal(body.errorCode, errorCode);
  if (message !== undefined) assert.equal(body.message, message);
  return body;
}
async function allPages(path: string, limit = 100): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const sep = path.includes('?') ? '&' : '?';
    const page: Page = await json<Page>(partner(`${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
    assert.equal(page.limit, limit);
    assert.ok(page.data.length <= limit, 'page.data.length <= limit');
    items.push(...page.data);
    cursor = page.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}
function form(body: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  };
}
const basic = (id: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;
const skillByLabel = (model: TaxonomyModel, label: string) => {
  const skill = model.skills.find((s) => s.preferredLabel === label);
  assert.ok(skill, `skill "${label}" in the dataset`);
  return skill;
};

describe('gateway authentication', () => {
  test('/api/partner needs the exact API key and answers with the gateway 403 otherwise', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong' }, { 'x-api-key': `${API_KEY}x` }] as Array<Record<string, string>>) {
      const res = await call('/api/partner/info', { headers });
      assert.equal(res.headers.get('x-amzn-errortype'), 'ForbiddenException');
      assert.deepEqual(await json(res, 403), { message: 'Forbidden' });
    }
    const info = await json(partner('/info'));
    assert.equal(info.database, 'connected');
    assert.equal(info.path, `${ORIGIN}/api/partner/info`);
  });

  test('a bearer token from /oauth2/token (HTTP Basic) opens /api/app until it expires', async () => {
    const started = clock;
    const res = await call('/oauth2/token', form({ grant_type: 'client_credentials' }, { authorization: basic(M2M.clientId, M2M.clientSecret) }));
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await json<{ access_token: string; token_type: string; expires_in: number }>(res);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 3600);
    assert.equal(body.access_token.split('.').length, 3, 'JWT-shaped like Cognito');
    const bearer = { authorization: `Bearer ${body.access_token}` };
    assert.equal((await call('/api/app/models', { headers: bearer })).status, 200);
    clock = started + 3599_000;
    assert.equal((await call('/api/app/models', { headers: bearer })).status, 200);
    clock = started + 3600_000;
    const expired = await call('/api/app/models', { headers: bearer });
    assert.equal(expired.headers.get('x-amzn-errortype'), 'AccessDeniedException');
    assert.deepEqual(await json(expired, 403), { Message: 'User is not authorized to access this resource with an explicit deny' });
    clock = started;
  });

  test('client credentials in the form body work too, and reset() forgets issued tokens', async () => {
    const body = await json<{ access_token: string }>(call('/oauth2/token', form({ grant_type: 'client_credentials', client_id: M2M.clientId, client_secret: M2M.clientSecret })));
    const bearer = { authorization: `Bearer ${body.access_token}` };
    assert.equal((await call('/api/app/info', { headers: bearer })).status, 200);
    sim.reset();
    assert.equal((await call('/api/app/info', { headers: bearer })).status, 403);
  });

  test('/api/app denies other schemes and unknown tokens, but lets a request without Authorization through as anonymous', async () => {
    assert.equal((await call('/api/app/info', { headers: { authorization: 'Bearer not-a-token' } })).status, 403);
    assert.equal((await call('/api/app/info', { headers: { authorization: basic(M2M.clientId, M2M.clientSecret) } })).status, 403);
    assert.equal((await call('/api/app/info', { headers: { authorization: `Bearer ${API_KEY}` } })).status, 403);
    // The upstream authorizer allows anonymous reads (contracts/tabiya.md §1).
    const models = await json<Json[]>(call('/api/app/models'));
    assert.equal(models.length, 2);
  });

  test('the token endpoint answers OAuth errors', async () => {
    const wrongBasic = await call('/oauth2/token', form({ grant_type: 'client_credentials' }, { authorization: basic(M2M.clientId, 'nope') }));
    assert.match(wrongBasic.headers.get('www-authenticate') ?? '', /^Basic/);
    assert.deepEqual(await json(wrongBasic, 401), { error: 'invalid_client' });
    assert.deepEqual(await json(call('/oauth2/token', form({ grant_type: 'client_credentials', client_id: M2M.clientId, client_secret: 'nope' })), 400), {
      error: 'invalid_client',
    });
    assert.deepEqual(await json(call('/oauth2/token', form({ grant_type: 'client_credentials', client_id: 'someone-else', client_secret: M2M.clientSecret })), 400), {
      error: 'invalid_client',
    });
    assert.deepEqual(await json(call('/oauth2/token', form({ grant_type: 'client_credentials' })), 400), { error: 'invalid_client' });
    assert.deepEqual(
      await json(call('/oauth2/token', form({ grant_type: 'password', client_id: M2M.clientId, client_secret: M2M.clientSecret })), 400),
      { error: 'unsupported_grant_type' },
    );
    assert.deepEqual(await json(call('/oauth2/token', form({ client_id: M2M.clientId, client_secret: M2M.clientSecret })), 400), {
      error: 'invalid_request',
    });
    const jsonBody = await call('/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: M2M.clientId, client_secret: M2M.clientSecret }),
    });
    assert.deepEqual(await json(jsonBody, 400), { error: 'invalid_request' });
    const twoMethods = form(
      { grant_type: 'client_credentials', client_secret: M2M.clientSecret },
      { authorization: basic(M2M.clientId, M2M.clientSecret) },
    );
    assert.deepEqual(await json(call('/oauth2/token', twoMethods), 400), { error: 'invalid_request' });
    assert.equal((await call('/oauth2/token')).status, 405);
  });

  test('paths outside the two prefixes get the gateway 403; unknown routes the backend 404; no writes', async () => {
    assert.deepEqual(await json(call('/api/other/models', { headers: { 'x-api-key': API_KEY } }), 403), { message: 'Missing Authentication Token' });
    await upstreamError(partner('/nowhere'), 404, 'NOT_FOUND', 'Not Found');
    const post = call('/api/partner/models', { method: 'POST', headers: { 'x-api-key': API_KEY }, body: '{}' });
    await upstreamError(post, 403, 'FORBIDDEN', 'Forbidden');
    await upstreamError(call('/api/partner/info', { method: 'POST', headers: { 'x-api-key': API_KEY } }), 405, 'METHOD_NOT_ALLOWED');
    await upstreamError(call(`/api/partner/models/${en.info.id}/skills`, { method: 'DELETE', headers: { 'x-api-key': API_KEY } }), 405, 'METHOD_NOT_ALLOWED');
  });

  test('CORS preflight is a gateway mock that needs no credentials', async () => {
    const res = await call(`/api/partner/models/${en.info.id}/skills`, { method: 'OPTIONS' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /X-API-Key/);
  });
});

describe('models', () => {
  test('GET /models: a bare array of both released models with upstream fields and paths without the prefix', async () => {
    const models = await json<Json[]>(partner('/models'));
    assert.deepEqual(
      models.map((m) => m.id),
      [en.info.id, fr.info.id],
    );
    for (const m of models) {
      assert.match(String(m.id), HEX24);
      assert.equal(m.released, true);
      assert.equal('UUIDHistory' in m, false, 'the transform leaves UUIDHistory out');
      assert.equal(m.path, `${ORIGIN}/api/models/${m.id}`);
      assert.deepEqual(m.exportProcessState, []);
      assert.equal((m.importProcessState as Json).status, 'completed');
    }
    const [enInfo, frInfo] = models as Array<{ locale: { shortCode: string }; modelHistory: Json[]; description: string }>;
    assert.equal(enInfo.locale.shortCode, 'EU-en');
    assert.equal(frInfo.locale.shortCode, 'EU-fr');
    assert.match(enInfo.description, /synthetic/);
    assert.match(frInfo.description, /partial French model/);
    assert.deepEqual(
      frInfo.modelHistory.map((h) => h.id),
      [fr.info.id, en.info.id],
    );
  });
});

describe('skills', () => {
  test('paging with cursors to the end returns every skill once, newest first', async () => {
    const skills = await allPages(`/models/${en.info.id}/skills`);
    assert.equal(skills.length, en.skills.length);
    assert.equal(skills.length, 1000);
    assert.equal(new Set(skills.map((s) => s.id)).size, 1000);
    for (let i = 1; i < skills.length; i++) {
      const [a, b] = [skills[i - 1], skills[i]] as Array<{ createdAt: string; id: string }>;
      assert.ok(a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id), `order at ${i}`);
    }
    const odd = await allPages(`/models/${en.info.id}/skills`, 37);
    assert.deepEqual(
      odd.map((s) => s.id),
      skills.map((s) => s.id),
    );
  });

  test('the default limit is 10 and the page echoes it', async () => {
    const page = await json<Page>(partner(`/models/${en.info.id}/skills`));
    assert.equal(page.limit, 10);
    assert.equal(page.data.length, 10);
    assert.ok(page.nextCursor, 'page.nextCursor');
    assert.deepEqual(JSON.parse(atob(page.nextCursor)), { id: page.data[9].id, createdAt: page.data[9].createdAt });
  });

  test('limit must be an integer from 1 to 100', async () => {
    for (const limit of ['0', '101', '-1', '1.5', 'abc', '', '1000']) {
      const body = await upstreamError(partner(`/models/${en.info.id}/skills?limit=${limit}`), 400, 'INVALID_QUERY_PARAMETER', 'Invalid json schema');
      assert.equal(JSON.parse(body.details).reason, 'Invalid query parameters');
    }
    assert.equal((await json<Page>(partner(`/models/${en.info.id}/skills?limit=1`))).data.length, 1);
    assert.equal((await json<Page>(partner(`/models/${en.info.id}/skills?limit=100`))).data.length, 100);
  });

  test('cursors that are not keyset cursors are refused', async () => {
    const base = `/models/${en.info.id}/skills?cursor=`;
    await upstreamError(partner(base + 'not-base64!'), 400, 'INVALID_QUERY_PARAMETER', 'Invalid cursor parameter');
    await upstreamError(partner(base + encodeURIComponent(btoa('{"offset":10}'))), 400, 'INVALID_QUERY_PARAMETER', 'Invalid cursor parameter');
    await upstreamError(partner(base + encodeURIComponent(btoa('{"id":"zz","createdAt":"x"}'))), 400, 'INVALID_QUERY_PARAMETER');
    await upstreamError(partner(base + 'A'.repeat(1721)), 400, 'INVALID_QUERY_PARAMETER', 'Invalid json schema');
  });

  test('search: case-insensitive substring over the chosen fields, regex characters taken literally', async () => {
    const hits = await allPages(`/models/${en.info.id}/skills?query=SAFETY`, 3);
    const expected = en.skills.filter((s) => s.preferredLabel.toLowerCase().includes('safety'));
    assert.ok(expected.length >= 2, 'expected.length >= 2');
    assert.deepEqual(new Set(hits.map((s) => s.id)), new Set(expected.map((s) => s.id)));

    const wide = await allPages(`/models/${en.info.id}/skills?query=safety&searchFields=preferredLabel,altLabels,description`);
    const wideExpected = en.skills.filter((s) =>
      [s.preferredLabel, s.description, ...s.altLabels].some((text) => text.toLowerCase().includes('safety')),
    );
    assert.equal(wide.length, wideExpected.length);
    assert.ok(wide.length > hits.length, 'wide.length > hits.length');

    const ruby = await allPages(`/models/${en.info.id}/skills?query=${encodeURIComponent('Ruby (computer')}`);
    assert.deepEqual(
      ruby.map((s) => s.preferredLabel),
      ['Ruby (computer programming)'],
    );
    assert.deepEqual(await allPages(`/models/${en.info.id}/skills?query=${encodeURIComponent('.*')}`), []);
  });

  test('search pages follow the upstream regex search exported for benchmarks', async () => {
    const viaApi = await allPages(`/models/${en.info.id}/skills?query=manage&searchFields=preferredLabel,altLabels`, 7);
    const direct = searchSkillsUpstreamStyle(en, 'manage', ['preferredLabel', 'altLabels']);
    assert.ok(direct.length > 20, 'direct.length > 20');
    assert.deepEqual(
      viaApi.map((s) => s.id),
      direct.map((s) => s.id),
    );
  });

  test('bad search parameters get 400', async () => {
    const m = `/models/${en.info.id}/skills`;
    await upstreamError(partner(`${m}?searchFields=preferredLabel`), 400, 'INVALID_QUERY_PARAMETER');
    await upstreamError(partner(`${m}?query=a&searchFields=preferredLabel,%20altLabels`), 400, 'INVALID_QUERY_PARAMETER');
    await upstreamError(partner(`${m}?query=a&searchFields=scopeNote`), 400, 'INVALID_QUERY_PARAMETER');
    await upstreamError(partner(`${m}?query=`), 400, 'INVALID_QUERY_PARAMETER');
    await upstreamError(partner(`${m}?query=${'a'.repeat(257)}`), 400, 'INVALID_QUERY_PARAMETER');
  });

  test('skill detail: the full object with embedded relations', async () => {
    const record = skillByLabel(en, 'apply conflict management');
    const skill = await json<Json & { parents: Json[]; requiredByOccupations: Json[] }>(partner(`/models/${en.info.id}/skills/${record.id}`));
    assert.equal(skill.id, record.id);
    assert.equal(skill.UUID, record.UUID);
    assert.equal(skill.originUUID, record.UUIDHistory.at(-1));
    assert.equal(skill.modelId, en.info.id);
    assert.equal(skill.path, `${ORIGIN}/api/models/${en.info.id}/skills/${record.id}`);
    assert.equal(skill.tabiyaPath, `${ORIGIN}/api/models/${en.info.id}/skills/${record.UUID}`);
    assert.equal(skill.skillType, 'skill/competence');
    assert.equal(skill.reuseLevel, 'cross-sector');
    assert.equal('objectType' in skill, false);
    for (const key of ['children', 'requiresSkills', 'requiredBySkills', 'definition', 'scopeNote', 'createdAt', 'updatedAt']) assert.ok(key in skill, key);
    const parentEdges = en.skillHierarchy.filter((e) => e.childId === record.id);
    assert.equal(skill.parents.length, parentEdges.length);
    assert.ok(skill.parents.every((p) => p.objectType !== 'skillgroup' || typeof p.code === 'string'), 'skill.parents.every((p) => p.objectType !== \'skillgroup\' || typeof p.code === \'string\')');
    const occupationLinks = en.occupationSkills.filter((r) => r.skillId === record.id);
    assert.equal(skill.requiredByOccupations.length, occupationLinks.length);
    assert.ok(skill.requiredByOccupations.length > 100, 'skill.requiredByOccupations.length > 100');
    assert.ok(skill.requiredByOccupations.every((o) => o.relationType === 'essential' || o.relationType === 'optional'), 'skill.requiredByOccupations.every((o) => o.relationType === \'essential\' || o.relationType === \'optional\')');
  });

  test('skill detail ignores the model, as upstream; bad and unknown ids', async () => {
    const frSkill = fr.skills[0];
    const viaOtherModel = await json(partner(`/models/${en.info.id}/skills/${frSkill.id}`));
    assert.equal(viaOtherModel.modelId, fr.info.id);
    const unknownModel = 'ffffffffffffffffffffffff';
    assert.equal((await json(partner(`/models/${unknownModel}/skills/${en.skills[0].id}`))).id, en.skills[0].id);
    await upstreamError(partner(`/models/${en.info.id}/skills/${'0'.repeat(24)}`), 404, 'SKILL_NOT_FOUND', 'Skill not found');
    const bad = await upstreamError(partner(`/models/${en.info.id}/skills/${en.skills[0].UUID}`), 400, 'INVALID_JSON_SCHEMA', 'Invalid json schema');
    assert.equal(JSON.parse(bad.details).reason, 'Invalid id');
    await upstreamError(partner(`/models/${en.info.id.toUpperCase()}/skills`), 400, 'INVALID_JSON_SCHEMA');
    await upstreamError(partner(`/models/${unknownModel}/skills`), 404, 'MODEL_NOT_FOUND', 'Model not found');
  });

  test('relation lists: parents, children, occupations and related (both directions), paginated', async () => {
    const withSkillChildren = en.skillHierarchy.find((e) => e.parentType === 'skill' && e.childType === 'skill');
    assert.ok(withSkillChildren, 'withSkillChildren');
    const parentSkill = withSkillChildren.parentId;
    const children = await allPages(`/models/${en.info.id}/skills/${parentSkill}/children`, 1);
    const expectedChildren = en.skillHierarchy.filter((e) => e.parentId === parentSkill).map((e) => e.childId);
    assert.deepEqual(children.map((c) => c.id).sort(), [...expectedChildren].sort());
    assert.ok(children.every((c) => 'skillType' in c && 'requiredByOccupations' in c), 'full skill objects');

    const parents = await allPages(`/models/${en.info.id}/skills/${withSkillChildren.childId}/parents`);
    assert.ok(parents.some((p) => p.id === parentSkill && 'skillType' in p), 'parents.some((p) => p.id === parentSkill && \'skillType\' in p)');
    const groupParent = parents.find((p) => !('skillType' in p));
    if (groupParent) assert.ok('code' in groupParent, '\'code\' in groupParent');

    const record = skillByLabel(en, 'communicate with customers');
    const occupations = await allPages(`/models/${en.info.id}/skills/${record.id}/occupations`, 50);
    const expected = en.occupationSkills.filter((r) => r.skillId === record.id);
    assert.equal(occupations.length, expected.length);
    assert.equal(new Set(occupations.map((o) => o.id)).size, expected.length);
    assert.ok(occupations.every((o) => 'occupationType' in o && 'relationType' in o && o.signallingValue === null), 'occupations.every((o) => \'occupationType\' in o && \'relationType\' in o && o.signallingValue === null)');

    const relation = en.skillRelations[0];
    for (const [id, other] of [
      [relation.requiringId, relation.requiredId],
      [relation.requiredId, relation.requiringId],
    ]) {
      const related = await allPages(`/models/${en.info.id}/skills/${id}/related`);
      const hit = related.find((s) => s.id === other);
      assert.ok(hit, 'related lists both directions');
      assert.equal(hit.relationType, relation.relationType);
    }
    await upstreamError(partner(`/models/${en.info.id}/skills/${'0'.repeat(24)}/parents`), 404, 'SKILL_NOT_FOUND');
    await upstreamError(partner(`/models/${'a'.repeat(24)}/skills/${record.id}/occupations`), 404, 'MODEL_NOT_FOUND');
    await upstreamError(partner(`/models/${en.info.id}/skills/${record.id}/related?limit=101`), 400, 'INVALID_QUERY_PARAMETER');
  });

  test('history lists the skill in each model of its UUID history', async () => {
    const frSkill = fr.skills.find((s) => s.preferredLabel === 'gérer les conflits');
    assert.ok(frSkill, 'the French model carries the translated label');
    const history = await json<Array<{ id: string; model: { id: string } }>>(partner(`/models/${fr.info.id}/skills/${frSkill.id}/history`));
    assert.deepEqual(
      history.map((h) => h.model.id),
      [fr.info.id, en.info.id],
    );
    assert.equal(history[1].id, skillByLabel(en, 'apply conflict management').id);
  });
});

describe('skill groups', () => {
  test('roots: the four pillars; children and parents navigate the tree', async () => {
    const roots = await json<Page>(partner(`/models/${en.info.id}/skillGroups?root=TRUE`));
    assert.equal(roots.limit, 100);
    assert.deepEqual(roots.data.map((g) => g.code).sort(), ['K', 'L', 'S', 'T']);
    assert.ok(roots.data.every((g) => Array.isArray(g.parents) && (g.parents as unknown[]).length === 0), 'roots.data.every((g) => Array.isArray(g.parents) && (g.parents as unknown[]).length === 0)');
    const all = await json<Page>(partner(`/models/${en.info.id}/skillGroups?root=yes`));
    assert.equal(all.data.length, 100, '"root" other than true lists everything');

    const skillsRoot = roots.data.find((g) => g.code === 'S')!;
    const children = await json<Page>(partner(`/models/${en.info.id}/skillGroups/${skillsRoot.id}/children`));
    assert.equal(children.limit, 20);
    assert.deepEqual(children.data.map((c) => c.code).sort(), ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    for (const child of children.data) {
      assert.equal(child.parentId, skillsRoot.id);
      assert.equal(child.objectType, 'skillgroup');
      assert.equal('isLocalized' in child, false);
      assert.equal('children' in child, false, 'flattened child shape');
    }
    const s1 = children.data.find((c) => c.code === 'S1')!;
    const parents = await json<Page>(partner(`/models/${en.info.id}/skillGroups/${s1.id}/parents`));
    assert.deepEqual(
      parents.data.map((p) => p.id),
      [skillsRoot.id],
    );
    const detail = await json(partner(`/models/${en.info.id}/skillGroups/${s1.id}`));
    assert.equal(detail.preferredLabel, 'communication, collaboration and creativity');
  });

  test('children of a leaf group include skills with isLocalized and no code, all pages', async () => {
    const edge = en.skillHierarchy.find(
      (e) => e.parentType === 'skillgroup' && e.childType === 'skill' && en.skillHierarchy.filter((x) => x.parentId === e.parentId).length > 20,
    );
    assert.ok(edge, 'a group with more than one page of children');
    const all = await allPages(`/models/${en.info.id}/skillGroups/${edge.parentId}/children`, 20);
    assert.equal(all.length, en.skillHierarchy.filter((x) => x.parentId === edge.parentId).length);
    const skill = all.find((c) => c.objectType === 'skill')!;
    assert.equal(typeof skill.isLocalized, 'boolean');
    assert.equal('code' in skill, false);
  });

  test('reverse lookup with childrenIds + childrenType, and search over groups', async () => {
    const record = skillByLabel(en, 'apply conflict management');
    const expected = en.skillHierarchy.filter((e) => e.childId === record.id && e.parentType === 'skillgroup').map((e) => e.parentId);
    const page = await json<Page>(partner(`/models/${en.info.id}/skillGroups?childrenIds=${record.id}&childrenType=skill`));
    assert.deepEqual(page.data.map((g) => g.id).sort(), [...expected].sort());
    await upstreamError(partner(`/models/${en.info.id}/skillGroups?childrenIds=${record.id}`), 400, 'INVALID_QUERY_PARAMETER');
    await upstreamError(partner(`/models/${en.info.id}/skillGroups?childrenIds=${record.id}&childrenType=occupation`), 400, 'INVALID_QUERY_PARAMETER');
    const found = await json<Page>(partner(`/models/${en.info.id}/skillGroups?query=languages&searchFields=preferredLabel`));
    assert.ok(found.data.length > 0, 'found.data.length > 0');
    assert.ok(found.data.every((g) => String(g.preferredLabel).toLowerCase().includes('languages')), 'found.data.every((g) => String(g.preferredLabel).toLowerCase().includes(\'languages\'))');
  });

  test('group routes answer GET_MODEL_NOT_FOUND for an unknown model, SKILL_GROUP_NOT_FOUND for an unknown group', async () => {
    const unknown = 'b'.repeat(24);
    await upstreamError(partner(`/models/${unknown}/skillGroups`), 404, 'GET_MODEL_NOT_FOUND', 'Model not found');
    await upstreamError(partner(`/models/${unknown}/skillGroups/${en.skillGroups[0].id}`), 404, 'GET_MODEL_NOT_FOUND');
    await upstreamError(partner(`/models/${en.info.id}/skillGroups/${unknown}`), 404, 'SKILL_GROUP_NOT_FOUND', 'skill group not found');
    await upstreamError(partner(`/models/${en.info.id}/skillGroups/${unknown}/children`), 404, 'SKILL_GROUP_NOT_FOUND', 'Skill group not found');
    await upstreamError(partner(`/models/${en.info.id}/skillGroups/S1/children`), 400, 'INVALID_JSON_SCHEMA');
  });

  test('the French model serves French labels where translated, English elsewhere', async () => {
    const roots = await json<Page>(partner(`/models/${fr.info.id}/skillGroups?root=true`));
    assert.deepEqual(roots.data.map((g) => g.preferredLabel).sort(), [
      'aptitudes',
      'aptitudes et compétences transversales',
      'aptitudes et savoirs linguistiques',
      'savoirs',
    ]);
    assert.ok(roots.data.every((g) => g.modelId === fr.info.id && !en.skillGroups.some((e) => e.id === g.id)), 'roots.data.every((g) => g.modelId === fr.info.id && !en.skillGroups.some((e) => e.id === g.id))');
    const hits = await json<Page>(partner(`/models/${fr.info.id}/skills?query=conflits`));
    assert.deepEqual(
      hits.data.map((s) => s.preferredLabel),
      ['gérer les conflits'],
    );
    const untranslated = await json<Page>(partner(`/models/${fr.info.id}/skills?query=manage%20musical%20staff`));
    assert.equal(untranslated.data.length, 1);
  });
});

describe('occupations', () => {
  test('list: default limit 10, by id descending, and every occupation reachable', async () => {
    const page = await json<Page>(partner(`/models/${en.info.id}/occupations`));
    assert.equal(page.limit, 10);
    const ids = page.data.map((o) => String(o.id));
    assert.deepEqual(ids, [...ids].sort().reverse());
    const all = await allPages(`/models/${en.info.id}/occupations`);
    assert.equal(all.length, 3015);
    assert.equal(new Set(all.map((o) => o.id)).size, 3015);
  });

  test('search, detail with parent and skills, and the paginated skill list', async () => {
    const hits = await json<Page>(partner(`/models/${en.info.id}/occupations?query=technical%20director`));
    const director = hits.data.find((o) => o.code === '2654.1.7');
    assert.ok(director, 'the ESCO technical director');
    const detail = await json<Json & { parent: Json; requiresSkills: Json[] }>(partner(`/models/${en.info.id}/occupations/${director.id}`));
    assert.equal(detail.occupationType, 'escooccupation');
    const edge = en.occupationHierarchy.find((e) => e.childId === director.id)!;
    assert.deepEqual([detail.parent.id, detail.parent.objectType], [edge.parentId, edge.parentType]);
    const skills = await allPages(`/models/${en.info.id}/occupations/${director.id}/skills`, 2);
    assert.equal(skills.length, detail.requiresSkills.length);
    assert.ok(skills.length > 0, 'skills.length > 0');
    assert.ok(skills.every((s) => 'skillType' in s && (s.relationType === 'essential' || s.relationType === 'optional')), 'skills.every((s) => \'skillType\' in s && (s.relationType === \'essential\' || s.relationType === \'optional\'))');
    const parent = await json(partner(`/models/${en.info.id}/occupations/${director.id}/parent`));
    assert.equal(parent.id, edge.parentId);
    assert.equal('skillType' in parent, false);
  });

  test('local occupations carry signalling values instead of relation types', async () => {
    const local = en.occupationSkills.find((r) => r.signallingValueLabel === 'medium');
    assert.ok(local, 'local');
    const skills = await allPages(`/models/${en.info.id}/occupations/${local.occupationId}/skills`);
    const hit = skills.find((s) => s.id === local.skillId)!;
    assert.equal(hit.relationType, null);
    assert.equal(hit.signallingValueLabel, 'medium');
    assert.equal(hit.signallingValue, 0.5);
  });

  test('unknown ids: 404 on detail, an empty page on /skills, MODEL_NOT_FOUND on an unknown model', async () => {
    const unknown = 'c'.repeat(24);
    await upstreamError(partner(`/models/${en.info.id}/occupations/${unknown}`), 404, 'OCCUPATION_NOT_FOUND', 'occupation not found');
    const empty = await json<Page>(partner(`/models/${en.info.id}/occupations/${unknown}/skills`));
    assert.deepEqual(empty, { data: [], limit: 10, nextCursor: null });
    await upstreamError(partner(`/models/${unknown}/occupations`), 404, 'MODEL_NOT_FOUND');
    await upstreamError(partner(`/models/${unknown}/occupations/${en.occupations[0].id}`), 404, 'MODEL_NOT_FOUND');
    await upstreamError(partner(`/models/${en.info.id}/occupations/key_20422`), 400, 'INVALID_JSON_SCHEMA');
  });

  test('occupation groups: roots, unpaginated children, parent', async () => {
    const roots = await json<Page>(partner(`/models/${en.info.id}/occupationGroups?root=true`));
    assert.ok(roots.data.some((g) => g.code === '2'), 'roots.data.some((g) => g.code === \'2\')');
    const managers = roots.data.find((g) => g.code === '1')!;
    const children = await json<Page>(partner(`/models/${en.info.id}/occupationGroups/${managers.id}/children`));
    assert.equal(children.limit, null);
    assert.equal(children.nextCursor, null);
    assert.ok(children.data.length > 0 && children.data.every((c) => c.parentId === managers.id), 'children.data.length > 0 && children.data.every((c) => c.parentId === managers.id)');
    const parent = await json(partner(`/models/${en.info.id}/occupationGroups/${children.data[0].id}/parent`));
    assert.equal(parent.id, managers.id);
    await upstreamError(partner(`/models/${en.info.id}/occupationGroups/${managers.id}/parent`), 404, 'OCCUPATION_GROUP_PARENT_NOT_FOUND');
  });
});

describe('faults', () => {
  test('errorRate 1 gives each route family its upstream 500; rate limit is the gateway 429; reset() clears', async () => {
    sim.faults.set({ errorRate: 1 });
    await upstreamError(partner(`/models/${en.info.id}/skills`), 500, 'DB_FAILED_TO_RETRIEVE_SKILLS');
    await upstreamError(partner(`/models/${en.info.id}/skills/${en.skills[0].id}`), 500, 'DB_FAILED_TO_RETRIEVE_SKILL');
    await upstreamError(partner(`/models/${en.info.id}/skills/${en.skills[0].id}/related`), 500, 'DB_FAILED_TO_RETRIEVE_RELATED_SKILLS');
    await upstreamError(partner(`/models/${en.info.id}/occupations/${en.occupations[0].id}/skills`), 500, 'DB_FAILED_TO_RETRIEVE_OCCUPATIONS');
    await upstreamError(partner(`/models/${en.info.id}/skillGroups?root=true`), 500, 'DB_FAILED_TO_RETRIEVE_SKILL_GROUPS');
    await upstreamError(partner('/models'), 500, 'DB_FAILED_TO_RETRIEVE_MODELS');
    await upstreamError(partner('/info'), 500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error');
    assert.equal((await call('/api/partner/models')).status, 403, 'the gateway checks the key before anything else');
    sim.faults.set({ errorRate: 0, rateLimited: true });
    const limited = await partner('/models');
    assert.equal(limited.headers.get('x-amzn-errortype'), 'TooManyRequestsException');
    assert.deepEqual(await json(limited, 429), { message: 'Too Many Requests' });
    sim.faults.set({ rateLimited: false, malformedJson: true });
    const malformed = await partner('/models');
    assert.equal(malformed.status, 200);
    await assert.rejects(malformed.json());
    sim.reset();
    assert.equal((await partner('/models')).status, 200);
  });
});

describe('dataset option and loaders', () => {
  test('a dataset loader that fails gives a 500, and the next request tries again', async () => {
    let attempts = 0;
    const flaky = createTabiyaSandbox({
      apiKey: API_KEY,
      m2m: M2M,
      dataset: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('disk on fire');
        return dataset;
      },
    });
    const first = await flaky.fetch(new Request('http://localhost/api/partner/models', { headers: { 'x-api-key': API_KEY } }));
    const body = await json<{ errorCode: string; details: string }>(first, 500);
    assert.equal(body.errorCode, 'INTERNAL_SERVER_ERROR');
    const second = await flaky.fetch(new Request('http://localhost/api/partner/models', { headers: { 'x-api-key': API_KEY } }));
    assert.equal((await json<Json[]>(second)).length, 2);
    assert.equal(attempts, 2);
  });

  test('loadSampleDataset: 1,000 skills and 640 groups per model, unique 24-hex ids, attribution', async () => {
    assert.equal(dataset.models.length, 2);
    for (const model of dataset.models) {
      assert.equal(model.skills.length, 1000);
      assert.equal(model.skillGroups.length, 640);
      assert.equal(model.occupations.length, 3015);
      assert.equal(model.occupationGroups.length, 624);
      assert.equal(model.skillHierarchy.length, 1636);
      assert.equal(model.occupationSkills.length, 8679);
      const ids = [model.info.id, ...[model.skills, model.skillGroups, model.occupations, model.occupationGroups].flat().map((e) => e.id)];
      assert.ok(ids.every((id) => HEX24.test(id)), 'ids.every((id) => HEX24.test(id))');
      assert.equal(new Set(ids).size, ids.length);
    }
    assert.equal(fr.info.UUIDHistory[1], en.info.UUID);
    const translated = fr.skills.filter((s, i) => s.preferredLabel !== en.skills[i].preferredLabel);
    assert.equal(translated.length, 66);
    assert.match(dataset.attribution.join(' '), /© Tabiya.*CC BY 4\.0.*ESCO classification of the European Commission/s);
    assert.equal(await loadSampleDataset(), dataset, 'parsed once per process');
  });

  test('loadDatasetFromUrl decompresses gzip with DecompressionStream, or takes already-decoded JSON', async () => {
    const gz = readFileSync(SAMPLE_GZ);
    const serve = (bytes: Uint8Array, status = 200) => (async () => new Response(bytes as Uint8Array<ArrayBuffer>, { status })) as typeof fetch;
    const fromGz = await loadDatasetFromUrl('https://cdn.example/tabiya-sample.json.gz', serve(gz));
    assert.equal(fromGz.models[0].skills.length, 1000);
    assert.equal(fromGz.models[1].info.id, fr.info.id);
    const fromPlain = await loadDatasetFromUrl('https://cdn.example/x', serve(gunzipSync(gz)));
    assert.equal(fromPlain.models[0].skillGroups.length, 640);
    await assert.rejects(loadDatasetFromUrl('https://cdn.example/x', serve(new Uint8Array(), 404)), TaxonomyDataError);
    await assert.rejects(loadDatasetFromUrl('https://cdn.example/x', serve(new TextEncoder().encode('{nope'))), TaxonomyDataError);
  });

  test('parseDataset rejects files that are not the compact format', () => {
    assert.throws(() => parseDataset(null), TaxonomyDataError);
    assert.throws(() => parseDataset({ format: 'other', models: [] }), TaxonomyDataError);
    const bad = JSON.parse(gunzipSync(readFileSync(SAMPLE_GZ)).toString('utf8'));
    bad.models[0].skills[0].id = 'key_19422';
    assert.throws(() => parseDataset(bad), /24 hex/);
  });

  test('loadEscoFull: 13,896 skills with URI-derived UUIDs', async (t) => {
    if (!existsSync(ESCO_DIR)) {
      t.skip(`full ESCO CSVs not found at ${ESCO_DIR} (reference data outside the repository)`);
      return;
    }
    const esco = await loadEscoFull(ESCO_DIR);
    const [model] = esco.models;
    assert.equal(model.skills.length, 13_896);
    assert.equal(model.skillGroups.length, 640);
    assert.equal(model.occupations.length, 3007);
    assert.ok(model.skillHierarchy.length > 20_000, 'model.skillHierarchy.length > 20_000');
    assert.ok(model.occupationSkills.length > 120_000, 'model.occupationSkills.length > 120_000');
    const ids = new Set(model.skills.map((s) => s.id));
    assert.equal(ids.size, 13_896);
    assert.ok([...ids].every((id) => HEX24.test(id)), '[...ids].every((id) => HEX24.test(id))');
    const skill = model.skills.find((s) => s.originUri.endsWith('0005c151-5b5a-4a66-8aac-60e734beb1ab'))!;
    assert.equal(skill.UUID, '0005c151-5b5a-4a66-8aac-60e734beb1ab');
    assert.ok(skill.altLabels.includes(skill.preferredLabel), 'skill.altLabels.includes(skill.preferredLabel)');
    assert.match(esco.attribution[0], /ESCO classification of the European Commission/);
    const served = createTabiyaSandbox({ apiKey: API_KEY, m2m: M2M, dataset: esco });
    const page = await json<Page>(
      served.fetch(new Request(`http://localhost/api/partner/models/${model.info.id}/skills?query=python&limit=100`, { headers: { 'x-api-key': API_KEY } })),
    );
    assert.ok(page.data.some((s) => s.preferredLabel === 'Python (computer programming)'), 'page.data.some((s) => s.preferredLabel === \'Python (computer programming)\')');
  });
});

describe('CSV reader', () => {
  test('quoted cells with commas, doubled quotes and line breaks; CRLF; short rows; BOM', () => {
    const text = '\ufeffA,B,C\r\n"x, y","say ""hi""","line 1\nline 2"\r\nbare,,\r\nshort\n';
    assert.deepEqual(parseCsv(text), [
      ['A', 'B', 'C'],
      ['x, y', 'say "hi"', 'line 1\nline 2'],
      ['bare', '', ''],
      ['short'],
    ]);
    assert.deepEqual(parseCsvRecords(text)[2], { A: 'short', B: '', C: '' });
    assert.throws(() => parseCsv('"never closed'), /unterminated/);
  });
});
