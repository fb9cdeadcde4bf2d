/**
 * The partner endpoint's taxonomy routes as the skill index drives them: fallback answers are never stored as if
 * they were the index's, and user text that names an Object.prototype member is plain text. Tabiya's sample (fast).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SkillMatchResult, SkillSearchPage } from '../../src/types.js';
import { harness, json } from './endpoint-harness.js';

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'Constructor civil', '__proto__ toString'];

test('a search answered by the upstream fallback while the index builds is not cached: once built, the index answers', async () => {
  const h = harness();
  const first = await h.call('/taxonomy/skills', { query: { q: 'first aid' } });
  const early = await json<SkillSearchPage>(first);
  assert.equal(early.source, 'upstream', 'the index was not built yet');
  assert.equal(first.headers.get('cache-control'), 'no-store');
  await h.stack.endpoint.ready?.();
  const later = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'first aid' } }));
  assert.equal(later.source, 'index');
  const again = await json<SkillSearchPage>(await h.call('/taxonomy/skills', { query: { q: 'first aid' } }));
  assert.deepEqual(
    again.items.map((s) => s.id),
    later.items.map((s) => s.id),
    'the same query gives the same answer once the index serves it',
  );
});

test('match and search take Object.prototype words as plain text (no 500, no match from the prototype)', async () => {
  const h = harness();
  await h.stack.endpoint.ready?.();
  const res = await h.call('/taxonomy/skills/match', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ labels: PROTOTYPE_WORDS }),
  });
  assert.equal(res.status, 200);
  const body = await json<SkillMatchResult>(res);
  assert.deepEqual(
    body.results.map((r) => r.label),
    PROTOTYPE_WORDS,
  );
  for (const q of PROTOTYPE_WORDS) {
    const search = await h.call('/taxonomy/skills', { query: { q } });
    assert.equal(search.status, 200, q);
    const page = await json<SkillSearchPage>(search);
    assert.equal(page.source, 'index');
  }
});

test('occupation-aware: the job title names an occupation, whose essential skills rank first among equal matches', async () => {
  const { createTabiyaSandbox } = await import('../../src/sandbox/tabiya/index.js');
  const { loadSampleDataset } = await import('../../src/sandbox/taxonomy-data.node.js');
  const { TabiyaClient } = await import('../../src/server/upstream/tabiya.js');
  const { SkillIndexService } = await import('../../src/server/taxonomy/index-service.js');
  const { SkillIndex } = await import('../../src/server/taxonomy/skill-index.js');
  const { SANDBOX_CREDENTIALS } = await import('../../src/sandbox/credentials.js');
  const dataset = await loadSampleDataset();
  const model = dataset.models[0]!;
  const sim = createTabiyaSandbox({ baseUrl: 'http://tabiya.test', apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey, m2m: { clientId: 'x', clientSecret: 'y' }, dataset });
  const client = new TabiyaClient({
    baseUrl: 'http://tabiya.test',
    auth: { kind: 'apiKey', apiKey: SANDBOX_CREDENTIALS.tabiya.apiKey },
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => sim.fetch(new Request(input, init))) as typeof fetch,
    timeoutMs: 10_000,
    now: Date.now,
  });
  const service = new SkillIndexService({ client, modelId: async () => model.info.id, refreshSeconds: 3600, now: Date.now, enabled: true });
  // An occupation with essential skills, named by its preferred label written differently.
  const essentialOf = new Map<string, string[]>();
  for (const r of model.occupationSkills) if (r.relationType === 'essential') essentialOf.set(r.occupationId, [...(essentialOf.get(r.occupationId) ?? []), r.skillId]);
  const occupation = model.occupations.find((o) => (essentialOf.get(o.id)?.length ?? 0) >= 3 && /^[a-z ]+$/.test(o.preferredLabel))!;
  const byTitle = await service.preferredFor({ jobTitle: `  ${occupation.preferredLabel.toUpperCase()} ` });
  assert.deepEqual([...byTitle].sort(), [...new Set(essentialOf.get(occupation.id))].sort());
  assert.deepEqual(await service.preferredFor({ occupation: occupation.id }), byTitle);
  assert.equal((await service.preferredFor({ jobTitle: 'constructor' })).size, 0, 'no occupation is titled that');
  assert.equal((await service.preferredFor({ jobTitle: '__proto__' })).size, 0);

  // Among equal matches, the preferred skill comes first.
  const twin = (id: string, reuseLevel: 'transversal' | 'sector-specific') => ({
    id,
    uuid: `00000000-0000-4000-8000-${id.slice(-12)}`,
    modelId: 'm',
    preferredLabel: 'bake bread',
    altLabels: [],
    skillType: 'skill/competence' as const,
    reuseLevel,
  });
  const index = SkillIndex.build([twin('a'.repeat(24), 'transversal'), twin('b'.repeat(24), 'sector-specific')]);
  const order = (prefer?: string[]) => index.match(['Bake bread'], { perLabel: 2, prefer }).results[0]!.matches.map((m) => m.skill.id[0]);
  assert.deepEqual(order(), ['a', 'b'], 'equal confidence: the more reusable skill first');
  assert.deepEqual(order(['b'.repeat(24)]), ['b', 'a'], "the occupation's essential skill first");
});

test('POST /taxonomy/skills/match takes the job occupation or title; a bad occupation id is a 400', async () => {
  const h = harness();
  const post = (body: unknown) =>
    h.call('/taxonomy/skills/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post({ labels: ['English'], jobTitle: 'nurse', occupation: 'f'.repeat(24) })).status, 200);
  assert.equal((await post({ labels: ['English'], jobTitle: 'constructor' })).status, 200);
  assert.equal((await post({ labels: ['English'], occupation: 'constructor' })).status, 400);
  assert.equal((await post({ labels: ['English'], jobTitle: 'x'.repeat(201) })).status, 400);
});
