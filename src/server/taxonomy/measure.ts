/** Build-time, latency and memory figures for the skill index, for the benchmark (Node only). */
import { SkillIndex, type IndexableSkill } from './skill-index.js';
import { seededRandom } from '../../shared/random.js';

/** A query, optionally with the skill (id or uuid) it should find, to measure how often it lands in the top 5. */
export type MeasureQuery = string | { q: string; expectId?: string };

export interface SkillIndexMeasurement {
  skills: number;
  queries: number;
  buildMs: number;
  /** Process CPU time of the build, ms. */
  buildCpuMs: number;
  /** Per-query search latency, ms. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /**
   * The same percentiles in process CPU time, which the scheduler's pauses on a busy shared machine do not
   * inflate. It includes V8's helper threads (GC), so on a quiet machine it can exceed wall time.
   */
  cpuP50: number;
  cpuP95: number;
  /** Heap in use after the build (whole process), MB. */
  heapUsedMb: number;
  /** Heap the index itself holds (after − before build), MB; exact only when node runs with --expose-gc. */
  indexHeapMb: number;
  /** Share of queries with `expectId` whose skill ranked in the top 5, when any query names one. */
  top5Rate?: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
const ms = (x: number): number => Math.round(x * 1000) / 1000;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Builds an index over `skills`, then runs every query once (after a short warm-up) and reports timings. */
export function measureSkillIndex(skills: IndexableSkill[], queries: MeasureQuery[]): SkillIndexMeasurement {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildCpu = process.cpuUsage();
  const start = performance.now();
  const index = SkillIndex.build(skills);
  const buildMs = performance.now() - start;
  const buildCpuUsed = process.cpuUsage(buildCpu);
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;

  const list = queries.map((x) => (typeof x === 'string' ? { q: x } : x));
  for (const { q } of list.slice(0, 100)) index.search(q, { limit: 20 });

  const times: number[] = [];
  const cpuTimes: number[] = [];
  let expected = 0;
  let found = 0;
  for (const { q, expectId } of list) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const { items } = index.search(q, { limit: 20 });
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    if (expectId !== undefined) {
      expected++;
      if (items.slice(0, 5).some((s) => s.id === expectId || s.uuid === expectId)) found++;
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    skills: index.size,
    queries: list.length,
    buildMs: Math.round(buildMs),
    buildCpuMs: Math.round((buildCpuUsed.user + buildCpuUsed.system) / 1000),
    p50: ms(percentile(times, 50)),
    p95: ms(percentile(times, 95)),
    p99: ms(percentile(times, 99)),
    max: ms(times[times.length - 1] ?? 0),
    cpuP50: ms(percentile(cpuTimes, 50)),
    cpuP95: ms(percentile(cpuTimes, 95)),
    heapUsedMb: mb(heapAfter),
    indexHeapMb: mb(heapAfter - heapBefore),
    ...(expected > 0 ? { top5Rate: Math.round((found / expected) * 1000) / 1000 } : {}),
  };
}

/**
 * `count` queries drawn from real labels (preferred or alt), each with one typo (substitution, deletion,
 * insertion or adjacent swap) in one word of 4+ letters, tagged with the skill they came from.
 */
export function typoQueries(skills: IndexableSkill[], count: number, seed = 42): Array<{ q: string; expectId: string }> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: Array<{ q: string; expectId: string }> = [];
  if (skills.length === 0) return out;
  while (out.length < count) {
    const skill = pick(skills);
    const label = rnd() < 0.7 || skill.altLabels.length === 0 ? skill.preferredLabel : pick(skill.altLabels);
    const words = label.split(' ');
    const candidates = words.map((w, i) => i).filter((i) => /^[a-z]{4,}$/i.test(words[i]));
    if (candidates.length === 0) continue;
    const wi = pick(candidates);
    const w = words[wi];
    const at = Math.floor(rnd() * w.length);
    const kind = Math.floor(rnd() * 4);
    words[wi] =
      kind === 0
        ? w.slice(0, at) + pick([...letters]) + w.slice(at + 1)
        : kind === 1
          ? w.slice(0, at) + w.slice(at + 1)
          : kind === 2
            ? w.slice(0, at) + pick([...letters]) + w.slice(at)
            : at + 1 < w.length
              ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)
              : w.slice(0, -2) + w[w.length - 1] + w[w.length - 2];
    out.push({ q: words.join(' '), expectId: skill.id });
  }
  return out;
}
