/**
 * The full ESCO v1.1.1 English model shipped in data/taxonomy/ (built by scripts/convert-esco.ts): its contents,
 * its equality with the Commission's CSVs where those are at hand, and the Tabiya simulator serving it through
 * the same routes and keyset cursors as the sample.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createTabiyaSandbox } from '../../src/sandbox/tabiya/index.js';
import {
  ESCO_FILE_NAME,
  loadEscoDataset,
  loadEscoFull,
  parseSandboxTaxonomy,
  shippedDataFile,
} from '../../src/sandbox/taxonomy-data.node.js';
import { TaxonomyDataError } from '../../src/sandbox/taxonomy-data.js';

const ESCO_DIR = [process.env.ESCO_DIR, new URL('../../../shared/data/taxonomy/esco-full', import.meta.url).pathname, '/work/shared/data/taxonomy/esco-full'].find(
  (d) => d && existsSync(`${d}/skills_en.csv`),
);
const API_KEY = 'test-api-key';

describe('shipped full ESCO model', () => {
  test('is in the repository, a few MB, with all skills, groups, occupations and relations', async () => {
    const path = shippedDataFile(ESCO_FILE_NAME);
    assert.ok(path, 'data/taxonomy/esco-v1.1.1-en.json.gz is shipped');
    const { statSync } = await import('node:fs');
    const mb = statSync(path).size / 1048576;
    assert.ok(mb > 1 && mb < 5, `${mb.toFixed(2)} MB`);
    const dataset = await loadEscoDataset();
    const [model] = dataset.models;
    assert.equal(dataset.models.length, 1);
    assert.equal(model!.skills.length, 13_896);
    assert.equal(model!.skillGroups.length, 640);
    assert.equal(model!.occupations.length, 3007);
    assert.equal(model!.occupationGroups.length, 619);
    assert.ok(model!.skillHierarchy.length > 20_000);
    assert.equal(model!.occupationSkills.length, 123_788);
    assert.ok(model!.occupationSkills.some((r) => r.relationType === 'essential') && model!.occupationSkills.some((r) => r.relationType === 'optional'));
    assert.ok(model!.skills.filter((s) => s.hiddenLabels.length > 0).length >= 100, 'hidden labels kept');
    assert.ok(model!.skills.every((s) => s.description.length <= 400 && s.skillType !== undefined));
    assert.match(dataset.attribution.join(' '), /ESCO classification of the European Commission.*adapted from ESCO/s);
    const python = model!.skills.find((s) => s.preferredLabel === 'Python (computer programming)')!;
    assert.equal(python.UUID, 'ccd0a1d9-afda-43d9-b901-96344886e14d');
    assert.equal(python.reuseLevel, 'sector-specific');
  });

  test('gives the ids, labels and relations the ESCO CSVs give', async (t) => {
    if (!ESCO_DIR) return t.skip('the ESCO CSVs (../shared/data/taxonomy/esco-full) are not on this machine');
    const [shipped] = (await loadEscoDataset()).models;
    const [fromCsv] = (await loadEscoFull(ESCO_DIR)).models;
    assert.equal(shipped!.info.id, fromCsv!.info.id);
    assert.deepEqual(
      shipped!.skills.map((s) => [s.id, s.UUID, s.preferredLabel, s.altLabels, s.hiddenLabels, s.skillType, s.reuseLevel]),
      fromCsv!.skills.map((s) => [s.id, s.UUID, s.preferredLabel, s.altLabels, s.hiddenLabels, s.skillType, s.reuseLevel]),
    );
    const key = (r: { occupationId: string; skillId: string; relationType: string }) => `${r.occupationId}:${r.skillId}:${r.relationType}`;
    assert.deepEqual(new Set(shipped!.occupationSkills.map(key)), new Set(fromCsv!.occupationSkills.map(key)));
    assert.deepEqual(
      shipped!.skillHierarchy.map((e) => `${e.parentId}>${e.childId}`).sort(),
      fromCsv!.skillHierarchy.map((e) => `${e.parentId}>${e.childId}`).sort(),
    );
  });

  test('the Tabiya simulator serves every skill through its keyset cursors, with hidden labels', async () => {
    const dataset = await loadEscoDataset();
    const model = dataset.models[0]!;
    const sim = createTabiyaSandbox({ apiKey: API_KEY, m2m: { clientId: 'c', clientSecret: 's' }, dataset });
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url = new URL(`http://localhost/api/partner/models/${model.info.id}/skills`);
      url.searchParams.set('limit', '100');
      if (cursor) url.searchParams.set('cursor', cursor);
      const res = await sim.fetch(new Request(url, { headers: { 'x-api-key': API_KEY } }));
      assert.equal(res.status, 200);
      const page = (await res.json()) as { data: Array<{ id: string; hiddenLabels?: string[] }>; nextCursor: string | null };
      for (const s of page.data) seen.add(s.id);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 200);
    assert.equal(seen.size, 13_896);
    assert.equal(pages, 139);
    const search = await sim.fetch(
      new Request(`http://localhost/api/partner/models/${model.info.id}/skills?query=attention%20to%20detail&limit=100`, { headers: { 'x-api-key': API_KEY } }),
    );
    assert.equal(search.status, 200);
  });

  test('the sandbox taxonomy choice: esco (default) or sample; anything else is an error', () => {
    assert.equal(parseSandboxTaxonomy(undefined), 'esco');
    assert.equal(parseSandboxTaxonomy(''), 'esco');
    assert.equal(parseSandboxTaxonomy('FULL'), 'esco');
    assert.equal(parseSandboxTaxonomy('sample'), 'sample');
    assert.throws(() => parseSandboxTaxonomy('constructor'), TaxonomyDataError);
  });
});
