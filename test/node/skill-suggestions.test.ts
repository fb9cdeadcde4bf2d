/**
 * CV-skill suggestions on the full ESCO model (the derived model shipped in data/taxonomy/): precision and recall
 * over test/fixtures/cv-skill-labels.json, whose acceptable answers were picked by reading ESCO, not by running
 * the matcher. Precision first: a label maps to an acceptable skill or to none.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadEscoDataset } from '../../src/sandbox/taxonomy-data.node.js';
import type { TaxonomyModel } from '../../src/sandbox/taxonomy-data.js';
import { indexableSkills, suggestionQuality, type LabelJudgement } from '../../src/server/taxonomy/measure.js';
import { cvLabelQuery, SkillIndex } from '../../src/server/taxonomy/skill-index.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/cv-skill-labels.json', import.meta.url), 'utf8')) as {
  labels: Array<LabelJudgement & { kind: string; accept: Array<{ uuid: string; preferredLabel: string }> }>;
};

let model: TaxonomyModel;
let index: SkillIndex;

before(async () => {
  model = (await loadEscoDataset()).models[0]!;
  index = SkillIndex.build(indexableSkills(model));
});

const top = (labels: string[], options: Parameters<SkillIndex['match']>[1] = {}) =>
  index.match(labels, { perLabel: 1, ...options }).results.map((r) => r.matches[0]?.skill);

describe('CV-skill suggestions on full ESCO v1.1.1', () => {
  test('the fixture: ≥ 60 labels of every kind, each acceptable skill is an ESCO skill under that label', () => {
    assert.ok(fixture.labels.length >= 60, `${fixture.labels.length} labels`);
    for (const kind of ['tool', 'programming', 'language', 'soft', 'trade', 'junk']) {
      assert.ok(fixture.labels.some((l) => l.kind === kind), kind);
    }
    const byUuid = new Map(model.skills.map((s) => [s.UUID, s]));
    for (const { label, accept } of fixture.labels) {
      for (const a of accept) assert.equal(byUuid.get(a.uuid)?.preferredLabel, a.preferredLabel, `${label}: ${a.uuid}`);
    }
  });

  test('precision ≥ 90 % at recall ≥ 75 % (top suggestion per label, default confidence floor)', () => {
    const q = suggestionQuality(fixture.labels, (labels) => top(labels).map((s) => s && { uuid: s.uuid, preferredLabel: s.preferredLabel }));
    const detail = JSON.stringify({ wrong: q.wrong, missed: q.missed });
    assert.ok(q.precision >= 0.9, `precision ${q.precision} (${q.correct}/${q.suggested}): ${detail}`);
    assert.ok(q.recall >= 0.75, `recall ${q.recall} (${q.correct}/${q.answerable}): ${detail}`);
  });

  test('the misfires of the issue map to the right skill or to none', () => {
    const [react, firstAid, stock, excel] = top(['React', 'first aid', 'stock control', 'excel']);
    assert.equal(react, undefined, `React → ${react?.preferredLabel}`);
    assert.equal(firstAid?.preferredLabel, 'first aid');
    assert.notEqual(stock?.preferredLabel, 'control pyrotechnics stock');
    assert.notEqual(excel?.preferredLabel, 'pursue excellence in the creation of food products');
  });

  test("ESCO's hidden labels count when the whole CV label is one, without proficiency words", () => {
    const [detail, time, negotiation, creativity] = top(['Attention to detail', 'Time management', 'Negotiation skills', 'creativity']);
    assert.equal(detail?.preferredLabel, 'attend to detail');
    assert.match(detail?.matchedLabel ?? '', /^attention (to|for) detail$/);
    assert.equal(time?.preferredLabel, 'manage time');
    assert.equal(negotiation?.preferredLabel, 'negotiate compromises');
    assert.equal(creativity?.preferredLabel, 'think creatively');
    // Never a partial hidden-label match: 'NEC' is a hidden label of an ICT procurement skill.
    assert.equal(top(['NEC televisions'])[0], undefined);
  });

  test('Object.prototype words are plain text', () => {
    const words = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'Constructor civil', 'valueOf'];
    const { results } = index.match(words);
    assert.deepEqual(results.map((r) => r.label), words);
    for (const r of results) assert.deepEqual(r.matches, [], r.label);
    for (const w of words) assert.doesNotThrow(() => index.search(w), w);
  });

  test('cvLabelQuery drops notes, proficiency words and one-letter words', () => {
    assert.equal(cvLabelQuery('Microsoft Excel (advanced)'), 'microsoft excel');
    assert.equal(cvLabelQuery('Fluent Spanish'), 'spanish');
    assert.equal(cvLabelQuery('German [native]'), 'german');
    assert.equal(cvLabelQuery('N/A'), '');
    assert.equal(cvLabelQuery('C++ programming skills'), 'c++ programming');
  });
});
