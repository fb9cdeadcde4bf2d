import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SkillIndex, MAX_RANKED_RESULTS, DEFAULT_MIN_MATCH_SCORE, type IndexableSkill } from '../../src/server/taxonomy/skill-index.js';
import { indexableSkills, typoQueries } from '../../src/server/taxonomy/measure.js';
import { WordIndex } from '../../src/server/taxonomy/word-index.js';
import { normalizeText, stem, editNeighbours, isAdjacentSwap } from '../../src/server/taxonomy/text.js';
import { ESCO_SKILLS_CSV, parseCsv, readEscoSkills } from '../support/taxonomy-csv.js';
import { loadSampleDataset } from '../../src/sandbox/taxonomy-data.node.js';

interface FixtureEntry {
  q: string;
  esco: string[] | null;
  sample: string[] | null;
  note?: string;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/skill-queries.json', import.meta.url), 'utf8')) as {
  topN: number;
  queries: FixtureEntry[];
};

let seq = 0;
function skill(preferredLabel: string, altLabels: string[] = [], extra: Partial<IndexableSkill> = {}): IndexableSkill {
  seq++;
  return {
    id: seq.toString(16).padStart(24, '0'),
    uuid: `00000000-0000-4000-8000-${seq.toString().padStart(12, '0')}`,
    modelId: 'm1',
    preferredLabel,
    altLabels,
    skillType: 'skill/competence',
    reuseLevel: 'cross-sector',
    ...extra,
  };
}

/** A small model written to exercise each ranking rule; always available. */
const inline: IndexableSkill[] = [
  skill('customer service', ['customer care', 'customer support'], { skillType: 'knowledge', description: 'Processes related to the customer.' }),
  skill('manage customer service', ['oversee customer service']),
  skill('provide training in customer service techniques'),
  skill('sales activities', ['selling activities']),
  skill('supervise sales activities'),
  skill('welding techniques', ['welding methods']),
  skill('welding techniques for underwater pipelines'),
  skill('JavaScript', ['Javascript', 'Client-side JavaScript'], { skillType: 'knowledge', reuseLevel: 'sector-specific' }),
  skill('JavaScript Framework', ['JS frameworks']),
  skill('Python (computer programming)', ['Python'], { skillType: 'knowledge' }),
  skill('computer programming', ['software programming']),
  skill('accounting', ['bookkeeping'], { skillType: 'knowledge' }),
  skill('use spreadsheets software', ['Microsoft Office Excel', 'use spreadsheets software', 'design spreadsheets']),
  skill('use microsoft office', ['have proficiency in MS office']),
  skill('teamwork principles', ['teamwork concepts'], { skillType: 'knowledge' }),
  skill('work in teams', ['cooperate with colleagues'], { reuseLevel: 'transversal' }),
  skill('provide first aid', ['administer first aid']),
  skill('first aid', ['first aid techniques'], { skillType: 'knowledge' }),
  skill('operate forklift', ['drive forklift', 'use a forklift']),
  skill('drive vehicles', ['driving vehicles', 'operate vehicles']),
  skill('prepare canapés', ['make canapés']),
  skill('perform cleaning duties', ['clean the work area'], { description: 'Carry out cleaning activities such as waste removal and vacuuming.' }),
  skill('C++', ['C plus plus'], { skillType: 'knowledge' }),
  skill('sort waste', [], { description: 'Manually or automatically sort waste to separate it into recyclable fractions.' }),
];

const labelsOf = (items: Array<{ preferredLabel: string }>): string[] => items.map((s) => s.preferredLabel);

describe('SkillIndex on an inline model', () => {
  const index = SkillIndex.build(inline);

  test('indexes every skill once; duplicate ids or uuids are skipped; build takes any iterable', () => {
    assert.equal(index.size, inline.length);
    function* pages(): Generator<IndexableSkill> {
      yield* inline.slice(0, 5);
      yield* inline.slice(3, 8); // overlapping page, as after a refresh
      yield { ...inline[0], id: 'other-id' }; // same uuid, new id
    }
    assert.equal(SkillIndex.build(pages()).size, 8);
    assert.equal(SkillIndex.build([]).size, 0);
    assert.deepEqual(SkillIndex.build([]).search('anything'), { items: [], total: 0 });
  });

  test('malformed skills are ignored or cleaned, never thrown on', () => {
    const bad = [
      null,
      {},
      { ...inline[0], id: '' },
      { ...inline[1], uuid: undefined },
      { ...inline[2], preferredLabel: '   ' },
      { ...inline[3], id: 'x1', uuid: 'u1', altLabels: undefined },
      { ...inline[4], id: 'x2', uuid: 'u2', altLabels: ['ok label', 7, null], description: 42 },
    ] as unknown as IndexableSkill[];
    const built = SkillIndex.build(bad);
    assert.equal(built.size, 2);
    assert.deepEqual(built.get('x1')?.altLabels, []);
    assert.deepEqual(built.get('x2')?.altLabels, ['ok label']);
    assert.equal(built.get('x2')?.description, undefined);
    assert.equal(built.search('ok label').items[0]?.matchedLabel, 'ok label');
  });

  test('buildAsync yields to the event loop and builds the same index, also from async pages', async () => {
    async function* pages(): AsyncGenerator<IndexableSkill> {
      for (const s of inline) {
        await Promise.resolve();
        yield s;
      }
    }
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const big = Array.from({ length: 3000 }, (_, k) => skill(`skill number ${k} of a big model`, [`alt ${k}`]));
    const [fromAsync, fromBig] = await Promise.all([SkillIndex.buildAsync(pages()), SkillIndex.buildAsync(big, { sliceMs: 1 })]);
    clearInterval(timer);
    assert.ok(ticks > 0, 'timers ran while building');
    assert.equal(fromAsync.size, index.size);
    assert.deepEqual(fromAsync.search('javscript'), index.search('javscript'));
    assert.equal(fromBig.size, 3000);
    assert.equal(fromBig.search('skill number 2999 of a big model').items[0].score, 1);
  });

  test('exact preferred label first, then labels starting with the query, then labels containing it', () => {
    assert.deepEqual(labelsOf(index.search('customer service').items).slice(0, 3), [
      'customer service',
      'manage customer service',
      'provide training in customer service techniques',
    ]);
    const sales = index.search('sales').items;
    assert.deepEqual(labelsOf(sales).slice(0, 2), ['sales activities', 'supervise sales activities']);
    assert.ok(sales[0].score! > sales[1].score!);
    const exact = index.search('customer service').items[0];
    assert.equal(exact.score, 1);
    assert.equal(exact.matchedLabel, undefined);
  });

  test('shorter labels rank ahead when both start with the query', () => {
    const items = labelsOf(index.search('welding techniques').items);
    assert.deepEqual(items.slice(0, 2), ['welding techniques', 'welding techniques for underwater pipelines']);
    const prefixOnly = labelsOf(index.search('welding').items);
    assert.ok(prefixOnly.indexOf('welding techniques') < prefixOnly.indexOf('welding techniques for underwater pipelines'));
  });

  test('one-letter misspellings still find the skill (deletion, swap, substitution, insertion)', () => {
    for (const [q, expected] of [
      ['javscript', 'JavaScript'],
      ['pyhton', 'Python (computer programming)'],
      ['acounting', 'accounting'],
      ['forklfit', 'operate forklift'],
      ['teamwrok', 'teamwork principles'],
      ['accounnting', 'accounting'],
      ['cusotmer service', 'customer service'],
    ]) {
      assert.equal(index.search(q).items[0]?.preferredLabel, expected, q);
    }
    // A typo is less certain than the exact word.
    assert.ok(index.search('javscript').items[0].score! < index.search('javascript').items[0].score!);
  });

  test('the last word matches as a prefix while typing, but not after a space', () => {
    assert.equal(index.search('forkl').items[0]?.preferredLabel, 'operate forklift');
    assert.equal(index.search('teamw').items[0]?.preferredLabel, 'teamwork principles');
    assert.deepEqual(index.search('forkl ').items, []);
  });

  test('inflections meet through stemming: "driving" finds "drive vehicles", "cleaning" finds "clean the work area"', () => {
    assert.ok(labelsOf(index.search('driving').items).includes('drive vehicles'));
    assert.ok(labelsOf(index.search('clean').items).includes('perform cleaning duties'));
  });

  test('case and diacritics are normalized', () => {
    assert.equal(index.search('canapes').items[0]?.preferredLabel, 'prepare canapés');
    assert.equal(index.search('PREPARE CANAPÉS').items[0]?.score, 1);
    assert.equal(index.search('JAVASCRIPT').items[0]?.preferredLabel, 'JavaScript');
  });

  test('matchedLabel names the alt label when an alt label matched better than the preferred one', () => {
    const excel = index.search('excel').items[0];
    assert.equal(excel.preferredLabel, 'use spreadsheets software');
    assert.equal(excel.matchedLabel, 'Microsoft Office Excel');
    const bookkeeping = index.search('bookkeeping').items[0];
    assert.equal(bookkeeping.preferredLabel, 'accounting');
    assert.equal(bookkeeping.matchedLabel, 'bookkeeping');
    assert.ok(bookkeeping.score! > 0.9, 'an exact alt label is a strong match');
    // The preferred label matched: no matchedLabel, even though an alt label repeats it.
    const spreadsheets = index.search('use spreadsheets software').items[0];
    assert.equal(spreadsheets.matchedLabel, undefined);
    assert.equal(spreadsheets.score, 1);
  });

  test('skills found only through their description rank last with low scores', () => {
    const { items } = index.search('recyclable');
    assert.equal(items[0]?.preferredLabel, 'sort waste');
    assert.ok(items[0].score! <= 0.25);
    const vacuuming = index.search('vacuuming welding').items;
    assert.equal(vacuuming.at(-1)?.preferredLabel, 'perform cleaning duties');
  });

  test('scores are in 0..1 and never increase down the list; items carry the full skill', () => {
    for (const q of ['customer', 'sales', 'javscript', 'programming', 'first aid', 'c++']) {
      const { items } = index.search(q);
      assert.ok(items.length > 0, q);
      for (let k = 0; k < items.length; k++) {
        assert.ok(items[k].score! >= 0 && items[k].score! <= 1, `${q}: ${items[k].score}`);
        if (k > 0) assert.ok(items[k].score! <= items[k - 1].score!, q);
      }
    }
    const js = index.search('javascript').items[0];
    const source = inline.find((s) => s.preferredLabel === 'JavaScript')!;
    assert.deepEqual(
      { ...js, score: undefined },
      { ...source, score: undefined },
    );
  });

  test('"C++" is its own word, not "C"', () => {
    assert.equal(index.search('c++').items[0]?.preferredLabel, 'C++');
    assert.equal(index.search('C++').items[0]?.score, 1);
  });

  test('limit and offset page through one stable ranking; total counts all ranked hits', () => {
    const all = index.search('e', { limit: 100 });
    const broad = index.search('customer service programming', { limit: 100 });
    assert.ok(broad.total >= 5);
    const page1 = index.search('customer service programming', { limit: 2 });
    const page2 = index.search('customer service programming', { limit: 2, offset: 2 });
    assert.equal(page1.total, broad.total);
    assert.equal(page2.total, broad.total);
    assert.deepEqual([...page1.items, ...page2.items].map((s) => s.id), broad.items.slice(0, 4).map((s) => s.id));
    assert.equal(index.search('customer service programming', { offset: broad.total }).items.length, 0);
    assert.ok(all.total <= MAX_RANKED_RESULTS);
    // Out-of-range options are clamped, never thrown.
    assert.equal(index.search('customer', { limit: -5 }).items.length, 1);
    assert.ok(index.search('customer', { limit: 10_000 }).items.length <= 100);
    assert.equal(index.search('customer', { offset: -3 }).items[0].preferredLabel, 'customer service');
    assert.doesNotThrow(() => index.search('customer', { limit: Number.NaN, offset: Number.POSITIVE_INFINITY }));
  });

  test('empty, whitespace-only and punctuation-only queries give no results', () => {
    for (const q of ['', '   ', '\n\t', '!!!', '-', 'of the and']) {
      assert.deepEqual(index.search(q), { items: [], total: 0 }, JSON.stringify(q));
    }
  });

  test('special characters and very long input never throw', () => {
    const nasty = [
      '.*+?^${}()|[]\\',
      '(customer',
      'customer)',
      '[a-z]+',
      '\\d{3}',
      '%00 <script>alert(1)</script>',
      '\u0000\uffff\ud800',
      '🚜 forklift 🚜',
      'x'.repeat(1000),
      'customer service '.repeat(60).slice(0, 1000),
      Array.from({ length: 1000 }, (_, k) => String.fromCharCode(33 + (k % 90))).join(''),
    ];
    for (const q of nasty) {
      assert.doesNotThrow(() => index.search(q), q.slice(0, 20));
      assert.doesNotThrow(() => index.match([q]), q.slice(0, 20));
    }
    assert.equal(index.search('🚜 forklift 🚜').items[0]?.preferredLabel, 'operate forklift');
    assert.equal(index.search('customer service '.repeat(60)).items[0]?.preferredLabel, 'customer service');
    // Wrong types from untyped callers are treated as empty input.
    assert.deepEqual(index.search(undefined as unknown as string), { items: [], total: 0 });
    assert.deepEqual(index.match(null as unknown as string[]), { results: [] });
    assert.deepEqual(index.match([42 as unknown as string]).results[0].matches, []);
  });

  test('get() finds a skill by id or uuid and returns a copy', () => {
    const source = inline[7];
    const byId = index.get(source.id);
    const byUuid = index.get(source.uuid);
    assert.equal(byId?.preferredLabel, 'JavaScript');
    assert.deepEqual(byId, byUuid);
    assert.equal(byId?.score, undefined);
    assert.equal(index.get('nope'), undefined);
    assert.equal(index.get(''), undefined);
    byId!.altLabels.push('mutated');
    assert.equal(index.get(source.id)!.altLabels.includes('mutated'), false);
  });

  test('match() maps CV-style labels to skills with confidence, best first', () => {
    const { results } = index.match([
      'MS Excel',
      'Microsoft Excel',
      'team work',
      'Teamwork',
      'JavaScript',
      'javscript',
      'customer service',
      'First Aid',
      'Python programming',
      'Forklift driving',
      'qwzrtx plokmbv',
    ]);
    const top = (label: string) => results.find((r) => r.label === label)!.matches[0]?.skill.preferredLabel;
    const topScore = (label: string) => results.find((r) => r.label === label)!.matches[0]?.score ?? 0;
    assert.deepEqual(
      results.map((r) => r.label),
      ['MS Excel', 'Microsoft Excel', 'team work', 'Teamwork', 'JavaScript', 'javscript', 'customer service', 'First Aid', 'Python programming', 'Forklift driving', 'qwzrtx plokmbv'],
    );
    // Precision first: a label the skill's labels only partly explain is no suggestion at the default floor…
    assert.equal(top('MS Excel'), undefined);
    assert.equal(top('Python programming'), undefined);
    // …though it is still the best candidate below it.
    const loose = (label: string) => index.match([label], { minScore: 0 }).results[0].matches[0]?.skill.preferredLabel;
    assert.equal(loose('MS Excel'), 'use spreadsheets software');
    assert.equal(loose('Microsoft Excel'), 'use spreadsheets software');
    assert.equal(loose('Python programming'), 'Python (computer programming)');
    assert.ok(['work in teams', 'teamwork principles'].includes(top('team work')!), top('team work'));
    assert.equal(loose('Teamwork'), 'teamwork principles');
    assert.equal(top('JavaScript'), 'JavaScript');
    assert.equal(top('javscript'), 'JavaScript', 'a typo of a whole label is still a suggestion');
    assert.equal(top('customer service'), 'customer service');
    assert.equal(top('First Aid'), 'first aid');
    assert.equal(top('Forklift driving'), 'operate forklift');
    assert.deepEqual(results.at(-1)!.matches, [], 'gibberish matches nothing');
    // Confidence: exact > typo > partial.
    assert.equal(topScore('JavaScript'), 1);
    assert.ok(topScore('JavaScript') > topScore('javscript'));
    assert.ok(topScore('javscript') >= DEFAULT_MIN_MATCH_SCORE);
    for (const r of results) {
      assert.ok(r.matches.length <= 3);
      for (let k = 0; k < r.matches.length; k++) {
        const m = r.matches[k];
        assert.ok(m.score >= 0.35 && m.score <= 1);
        assert.equal(m.skill.score, m.score);
        if (k > 0) assert.ok(m.score <= r.matches[k - 1].score);
      }
    }
  });

  test('match() honours perLabel and minScore', () => {
    const many = index.match(['customer service'], { perLabel: 10, minScore: 0 }).results[0].matches;
    assert.ok(many.length >= 3);
    assert.equal(index.match(['customer service'], { perLabel: 1 }).results[0].matches.length, 1);
    const strict = index.match(['customer service', 'javscript'], { minScore: 0.99 }).results;
    assert.deepEqual(strict[0].matches.map((m) => m.skill.preferredLabel), ['customer service']);
    assert.deepEqual(strict[1].matches, []);
    assert.deepEqual(index.match([]), { results: [] });
    assert.deepEqual(index.match(['', '   ']).results.map((r) => r.matches), [[], []]);
  });
});

describe('text helpers', () => {
  test('normalizeText folds case, diacritics, compatibility forms and possessives', () => {
    assert.equal(normalizeText('Café Crème'), 'cafe creme');
    assert.equal(normalizeText('ﬁrst Driver’s'), 'first driver');
  });

  test('stem joins inflections and leaves short words alone', () => {
    assert.equal(stem('driving'), stem('drive'));
    assert.equal(stem('drives'), stem('drive'));
    assert.equal(stem('welding'), 'weld');
    assert.equal(stem('planning'), stem('plan'));
    assert.equal(stem('negotiation'), stem('negotiate'));
    assert.equal(stem('sales'), stem('sale'));
    assert.equal(stem('bus'), 'bus');
    assert.equal(stem('business'), 'business');
  });

  test('editNeighbours finds the real words one typo away', () => {
    const words = new Set(['python', 'pylon', 'javascript', 'accounting', 'counting', 'cleaning', 'clean', 'license']);
    const isWord = (w: string) => words.has(w);
    const all = { substitutions: true, insertionsAndDeletions: true };
    const swapsOnly = { substitutions: false, insertionsAndDeletions: false };
    assert.deepEqual(editNeighbours('pyhton', isWord, all), ['python']);
    assert.deepEqual(editNeighbours('pyhton', isWord, swapsOnly), ['python'], 'swaps only');
    assert.deepEqual(editNeighbours('javscript', isWord, all), ['javascript'], 'insertion');
    assert.deepEqual(editNeighbours('acounting', isWord, all).sort(), ['accounting', 'counting'], 'insertion or deletion');
    assert.deepEqual(editNeighbours('cleening', isWord, all), ['cleaning'], 'substitution');
    assert.deepEqual(editNeighbours('pythonn', isWord, all), ['python'], 'deletion');
    assert.deepEqual(editNeighbours('cleening', isWord, swapsOnly), [], 'a substitution is not a swap');
    assert.deepEqual(editNeighbours('licence', isWord, { substitutions: true, insertionsAndDeletions: false }), ['license']);
    assert.deepEqual(editNeighbours('javscript', isWord, { substitutions: true, insertionsAndDeletions: false }), []);
    assert.deepEqual(editNeighbours('python', isWord, all), [], 'two edits away is not a neighbour');
    assert.ok(isAdjacentSwap('pyhton', 'python'));
    assert.ok(!isAdjacentSwap('pyston', 'python'));
    assert.ok(!isAdjacentSwap('python', 'python'));
  });
});

describe('WordIndex', () => {
  test('ranks documents by the summed rarity of the query words they contain; repeats count once', () => {
    const words = new WordIndex();
    words.add(0, ['waste', 'sort', 'waste', 'waste']);
    words.add(1, ['waste', 'recyclable']);
    words.add(2, ['waste']);
    words.add(3, ['timber']);
    assert.deepEqual(words.search(['recyclable', 'waste']).map((h) => h.doc), [1, 0, 2]);
    assert.deepEqual(words.search(['waste']).map((h) => h.doc), [0, 1, 2], 'equal scores keep document order');
    assert.deepEqual(words.search(['nothing']), []);
    assert.ok(words.search(['recyclable'])[0].score > words.search(['waste'])[0].score);
  });
});

describe('taxonomy CSV reader', () => {
  test('handles quoted cells with commas, newlines and doubled quotes, CRLF and a BOM', () => {
    const rows = parseCsv('\ufeffa,b,c\r\n"x, y","line1\nline2","say ""hi"""\r\nplain,,last\n');
    assert.deepEqual(rows, [
      ['a', 'b', 'c'],
      ['x, y', 'line1\nline2', 'say "hi"'],
      ['plain', '', 'last'],
    ]);
  });
});

describe('relevance fixture', () => {
  test('has ≥ 15 queries, misspellings, and ≥ 10 with expectations on the sample model', () => {
    assert.ok(fixture.queries.length >= 15);
    assert.equal(fixture.topN, 5);
    assert.ok(fixture.queries.filter((e) => e.esco !== null).length >= 15);
    assert.ok(fixture.queries.filter((e) => e.sample !== null).length >= 10);
    for (const q of ['javscript', 'acounting']) assert.ok(fixture.queries.some((e) => e.q === q), q);
  });
});

/** The sample model as the project ships it (data/taxonomy), so its relevance is checked even without ../shared. */
async function shippedSampleSkills(): Promise<IndexableSkill[]> {
  return indexableSkills((await loadSampleDataset()).models[0]!);
}

for (const dataset of ['esco', 'sample'] as const) {
  const path = dataset === 'esco' ? ESCO_SKILLS_CSV : 'data/taxonomy/tabiya-sample.json.gz';
  describe(`relevance on ${dataset === 'esco' ? 'full ESCO v1.1.1' : 'the shipped Tabiya sample model'}`, () => {
    let skills: IndexableSkill[] | null = null;
    let index: SkillIndex | null = null;
    before(async () => {
      skills = dataset === 'esco' ? readEscoSkills() : await shippedSampleSkills();
      if (skills) index = SkillIndex.build(skills);
    });

    test(`fixture labels are real ${dataset} preferred labels and rank in the top ${fixture.topN}`, (t) => {
      if (!skills || !index) return t.skip(`${path} not present`);
      const known = new Set(skills.map((s) => s.preferredLabel));
      const failures: string[] = [];
      for (const entry of fixture.queries) {
        const expected = entry[dataset];
        if (!expected) continue;
        for (const label of expected) assert.ok(known.has(label), `fixture label "${label}" is not a ${dataset} preferredLabel`);
        const top = labelsOf(index.search(entry.q, { limit: fixture.topN }).items);
        const missing = expected.filter((l) => !top.includes(l));
        if (missing.length > 0) failures.push(`"${entry.q}": missing ${JSON.stringify(missing)}; got ${JSON.stringify(top)}`);
      }
      assert.deepEqual(failures, []);
    });

    test('real labels with one typo find their own skill in the top 5 (≥ 95 %)', (t) => {
      if (!skills || !index) return t.skip(`${path} not present`);
      const queries = typoQueries(skills, 300, 7);
      const hits = queries.filter(({ q, expectId }) => index!.search(q, { limit: 5 }).items.some((s) => s.id === expectId));
      assert.ok(hits.length / queries.length >= 0.95, `${hits.length}/${queries.length}`);
    });

    test('every skill is findable by its exact preferred label with score 1 (first 500)', (t) => {
      if (!skills || !index) return t.skip(`${path} not present`);
      for (const s of skills.slice(0, 500)) {
        const { items } = index.search(s.preferredLabel, { limit: 10 });
        const found = items.find((x) => x.id === s.id);
        assert.ok(found, s.preferredLabel);
        assert.equal(found.score, 1, s.preferredLabel);
      }
    });

    test('match() handles everyday CV labels and rejects gibberish', (t) => {
      if (!skills || !index) return t.skip(`${path} not present`);
      const { results } = index.match(['customer service', 'First Aid', 'zxqv blorptang', '']);
      assert.equal(results.length, 4);
      if (dataset === 'esco') {
        assert.equal(results[0].matches[0]?.skill.preferredLabel, 'customer service');
        assert.equal(results[1].matches[0]?.skill.preferredLabel, 'first aid');
      } else {
        assert.equal(results[0].matches[0]?.skill.preferredLabel, 'communicate with customers');
        assert.equal(results[0].matches[0]?.skill.matchedLabel, 'provide customer service');
      }
      assert.deepEqual(results[2].matches, []);
      assert.deepEqual(results[3].matches, []);
    });
  });
}
