/**
 * Section 4: the endpoint's skill index over the full ESCO model shipped in data/taxonomy/ vs the upstream's regex
 * search (what the Tabiya simulator runs when a model has no embeddings), on the same 1,000 typo'd queries drawn
 * from real labels; CV-skill suggestion precision and recall over test/fixtures/cv-skill-labels.json; the same
 * index figures for Tabiya's 1,000-skill sample beside them; and the sandbox stack's time to a ready index
 * (filled through the simulator's paginated API) for both.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { createSandboxStack } from '../../src/sandbox/stack.js';
import type { TaxonomyModel } from '../../src/sandbox/taxonomy-data.js';
import { loadEscoDataset, loadSampleDataset, sandboxTaxonomyLoader, type SandboxTaxonomy } from '../../src/sandbox/taxonomy-data.node.js';
import { newestFirst, upstreamRegexSearch } from '../../src/sandbox/tabiya/index.js';
import { indexableSkills as indexable, suggestionQuality, typoQueries, type LabelJudgement, type SuggestionQuality } from '../../src/server/taxonomy/measure.js';
import { SkillIndex } from '../../src/server/taxonomy/skill-index.js';
import { percentile, round } from './stats.js';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Share of queries whose source skill is among the first 5 results. */
  top5Rate: number;
}

export interface SearchResult {
  skipped?: string;
  skills: number;
  queries: number;
  seed: number;
  loadMs: number;
  buildMs: number;
  indexHeapMb: number;
  heapExact: boolean;
  index: LatencySummary;
  /** Over the first `queries` of the same list (the regex scan is ~10× slower; all 1,000 would take ~30-45 s). */
  regex: LatencySummary & { fields: string[]; queries: number };
  /** regex p50 / index p50 (and p95), over the queries both ran. */
  ratioP50: number;
  ratioP95: number;
  /** Per-query ms, ascending, for the chart. */
  samples: { index: number[]; regex: number[] };
  /** CV-skill suggestions (top match per label, default confidence floor) over the relevance fixture. */
  suggestions: Omit<SuggestionQuality, 'wrong' | 'missed'>;
  /** The same figures on Tabiya's 1,000-skill sample (its skills matched to the fixture by ESCO URI). */
  sample: { skills: number; buildMs: number; indexHeapMb: number; p95: number; top5Rate: number; suggestions: Omit<SuggestionQuality, 'wrong' | 'missed'> };
  /** Sandbox stack, Node: from creation to a ready endpoint index (data load, simulator pages, index build). */
  stack: Record<SandboxTaxonomy, { readyMs: number; heapMb: number }>;
}

const FIXTURE = new URL('../../test/fixtures/cv-skill-labels.json', import.meta.url);
const ESCO_SKILL_URI = 'http://data.europa.eu/esco/skill/';

/** Suggestion quality of an index; skills are compared by ESCO URI, so the sample (own UUIDs) is judged alike. */
function quality(index: SkillIndex, model: TaxonomyModel): Omit<SuggestionQuality, 'wrong' | 'missed'> {
  const judgements = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { labels: LabelJudgement[] }).labels;
  const uriOf = new Map(model.skills.map((s) => [s.UUID, s.originUri]));
  const { wrong: _wrong, missed: _missed, ...q } = suggestionQuality(
    judgements.map((j) => ({ label: j.label, accept: j.accept.map((a) => ({ uuid: ESCO_SKILL_URI + a.uuid })) })),
    (labels) =>
      index.match(labels, { perLabel: 1 }).results.map((r) => {
        const skill = r.matches[0]?.skill;
        return skill && { uuid: uriOf.get(skill.uuid) ?? '', preferredLabel: skill.preferredLabel };
      }),
  );
  return q;
}

/** Heap after a forced GC (approximate without one). */
const heapNow = (gc: (() => void) | undefined) => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

async function stackReady(which: SandboxTaxonomy, gc: (() => void) | undefined): Promise<{ readyMs: number; heapMb: number }> {
  const before = heapNow(gc);
  const start = performance.now();
  const stack = createSandboxStack({ origin: 'http://bench.invalid', taxonomy: sandboxTaxonomyLoader(which) });
  await stack.endpoint.ready?.();
  const readyMs = performance.now() - start;
  const heapMb = (heapNow(gc) - before) / 1048576;
  return { readyMs: Math.round(readyMs), heapMb: round(heapMb, 1) };
}

/** A real `gc()` even without `--expose-gc` on the command line, so the heap delta is the index's own. */
function garbageCollector(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

function summarize(times: number[], hits: number): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  const r = (x: number) => round(x, 3);
  return {
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    max: r(sorted[sorted.length - 1]),
    mean: r(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    top5Rate: round(hits / times.length, 3),
  };
}

export const QUERY_COUNT = 1000;
export const QUERY_SEED = 42;
/** How many of the queries also go through the regex scan (BENCH_REGEX_QUERIES overrides)… */
export const REGEX_QUERY_COUNT = Number(process.env.BENCH_REGEX_QUERIES ?? 250);
/** …unless the scan has used this long (a busy machine), after at least 50 queries. */
const REGEX_BUDGET_MS = 8000;

export async function measureSearch(): Promise<SearchResult | { skipped: string }> {
  const gc = garbageCollector();
  // The stacks first, on a quiet heap: each loads its data once per process (then shared).
  const stack = { sample: await stackReady('sample', gc), esco: await stackReady('esco', gc) };
  const loadStart = performance.now();
  const dataset = await loadEscoDataset();
  const loadMs = performance.now() - loadStart;
  const model = dataset.models[0];
  const skills = indexable(model);
  const queries = typoQueries(skills, QUERY_COUNT, QUERY_SEED);

  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const index = SkillIndex.build(skills);
  const buildMs = performance.now() - buildStart;
  gc?.();
  const indexHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;

  // Upstream regex mode over labels (preferred + alt, like the index), in the API's newest-first order.
  const fields = ['preferredLabel', 'altLabels'] as const;
  const upstreamOrder = newestFirst(model.skills);
  const runIndex = (q: string) => index.search(q, { limit: 20 }).items.slice(0, 5).map((s) => s.id);
  const runRegex = (q: string) => upstreamRegexSearch(upstreamOrder, q, fields).slice(0, 5).map((s) => s.id);

  const timeAll = (run: (q: string) => string[], list: typeof queries, warmUp: number, budgetMs = Infinity) => {
    for (const { q } of list.slice(0, warmUp)) run(q);
    const times: number[] = [];
    let hits = 0;
    const start = performance.now();
    for (const { q, expectId } of list) {
      if (times.length >= 50 && performance.now() - start > budgetMs) break;
      const t = performance.now();
      const top5 = run(q);
      times.push(performance.now() - t);
      if (top5.includes(expectId)) hits++;
    }
    return { times, hits };
  };
  const regexQueries = queries.slice(0, Math.max(1, Math.min(queries.length, REGEX_QUERY_COUNT)));
  const byIndex = timeAll(runIndex, queries, 100);
  const byRegex = timeAll(runRegex, regexQueries, 10, REGEX_BUDGET_MS);
  const indexSummary = summarize(byIndex.times, byIndex.hits);
  const suggestions = quality(index, model);

  // The sample beside it: build, heap, typo queries, suggestions.
  const sampleModel = (await loadSampleDataset()).models[0];
  const sampleSkills = indexable(sampleModel);
  const sampleHeapBefore = heapNow(gc);
  const sampleStart = performance.now();
  const sampleIndex = SkillIndex.build(sampleSkills);
  const sampleBuildMs = performance.now() - sampleStart;
  const sampleHeapMb = (heapNow(gc) - sampleHeapBefore) / 1048576;
  const sampleQueries = typoQueries(sampleSkills, QUERY_COUNT, QUERY_SEED);
  const bySample = timeAll((q) => sampleIndex.search(q, { limit: 20 }).items.slice(0, 5).map((s) => s.id), sampleQueries, 100);
  const sampleSummary = summarize(bySample.times, bySample.hits);
  const regexSummary = summarize(byRegex.times, byRegex.hits);
  const indexOnSame = summarize(byIndex.times.slice(0, byRegex.times.length), 0);
  return {
    skills: index.size,
    queries: queries.length,
    seed: QUERY_SEED,
    loadMs: Math.round(loadMs),
    buildMs: Math.round(buildMs),
    indexHeapMb: round(indexHeapMb, 1),
    heapExact: gc !== undefined,
    index: indexSummary,
    regex: { ...regexSummary, fields: [...fields], queries: byRegex.times.length },
    ratioP50: round(regexSummary.p50 / indexOnSame.p50, 1),
    ratioP95: round(regexSummary.p95 / indexOnSame.p95, 1),
    samples: {
      index: byIndex.times.map((t) => round(t, 4)).sort((a, b) => a - b),
      regex: byRegex.times.map((t) => round(t, 4)).sort((a, b) => a - b),
    },
    suggestions,
    sample: {
      skills: sampleIndex.size,
      buildMs: Math.round(sampleBuildMs),
      indexHeapMb: round(sampleHeapMb, 1),
      p95: sampleSummary.p95,
      top5Rate: sampleSummary.top5Rate,
      suggestions: quality(sampleIndex, sampleModel),
    },
    stack,
  };
}
