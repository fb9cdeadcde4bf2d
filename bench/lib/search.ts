/**
 * Section 4: the endpoint's skill index over the full ESCO set vs the upstream's regex search (what the Tabiya
 * simulator runs when a model has no embeddings), on the same 1,000 typo'd queries drawn from real labels.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { loadEscoFull } from '../../src/sandbox/taxonomy-data.node.js';
import { newestFirst, upstreamRegexSearch } from '../../src/sandbox/tabiya/index.js';
import { typoQueries } from '../../src/server/taxonomy/measure.js';
import { SkillIndex, type IndexableSkill } from '../../src/server/taxonomy/skill-index.js';
import { ESCO_DIR } from './paths.js';
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
  if (!existsSync(join(ESCO_DIR, 'skills_en.csv'))) return { skipped: `ESCO CSVs not found in ${ESCO_DIR}` };
  const loadStart = performance.now();
  const dataset = await loadEscoFull(ESCO_DIR, { occupations: false });
  const loadMs = performance.now() - loadStart;
  const model = dataset.models[0];
  const skills: IndexableSkill[] = model.skills.map((s) => ({
    id: s.id,
    uuid: s.UUID,
    modelId: model.info.id,
    preferredLabel: s.preferredLabel,
    altLabels: s.altLabels,
    description: s.description,
    skillType: s.skillType,
    reuseLevel: s.reuseLevel,
  }));
  const queries = typoQueries(skills, QUERY_COUNT, QUERY_SEED);

  const gc = garbageCollector();
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
  };
}
