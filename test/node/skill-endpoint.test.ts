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
