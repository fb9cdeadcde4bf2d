/**
 * `npm run bench`: size, speed and scale side by side, in one table, written to bench/results.json, with two
 * SVG charts and the README's "Performance" section text (bench/PERFORMANCE.md).
 *
 * BENCH_ONLY=bytes,render,longlist,search,throughput,economy,memory,scale runs a subset; results of sections not run are
 * kept from the previous results.json. Each section fails on its own ("failed: reason"); the exit code is
 * non-zero only when the harness itself crashes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { findChromium } from '../scripts/chromium.mjs';
import { launchChromium, measureFirstRender, measureLongList, type FirstRenderRow, type LongListResult } from './lib/browser.js';
import { measureBytes, ensureCdnBuilt, type BytesResult } from './lib/bytes.js';
import { measureEconomy, type EconomyResult } from './lib/economy.js';
import { measureMemoryUnderAttack, type MemoryResult } from './lib/memory.js';
import { BENCH_DIR, REPO_ROOT } from './lib/paths.js';
import { measureSearch, type SearchResult } from './lib/search.js';
import { startBenchServer, warmEndpoint, type BenchServer } from './lib/server.js';
import { kb } from './lib/stats.js';
import { bytesChart, latencyCdfChart, type BarDatum } from './lib/svg.js';
import { measureThroughput, type ThroughputResult } from './lib/throughput.js';
import { measureScale, scaleRows, type ScaleResult } from './lib/scale.js';

const SECTION_NAMES = ['bytes', 'render', 'longlist', 'search', 'throughput', 'economy', 'memory', 'scale'] as const;
type SectionName = (typeof SECTION_NAMES)[number];

interface SectionData {
  bytes: BytesResult;
  render: FirstRenderRow[];
  longlist: LongListResult;
  search: SearchResult | { skipped: string };
  throughput: ThroughputResult;
  economy: EconomyResult;
  memory: MemoryResult;
  scale: ScaleResult;
}

/** `load1`: the machine's 1-minute load average when the section started (this machine is shared). */
type SectionOutcome<K extends SectionName = SectionName> =
  | { ok: true; takenAt: string; seconds: number; load1: number; data: SectionData[K] }
  | { ok: false; takenAt: string; seconds: number; load1: number; error: string };

interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  loadAverageAtStart: number[];
}

interface Results {
  takenAt: string;
  machine: Machine;
  /** Wall time of the run that wrote this file, and the sections it ran (others are kept from earlier runs). */
  runtimeSeconds: number;
  ranSections: SectionName[];
  sections: Partial<{ [K in SectionName]: SectionOutcome<K> }>;
}

const RESULTS_FILE = join(BENCH_DIR, 'results.json');
const TARGETS = {
  searchP95Ms: 5,
  searchBuildMs: 2000,
  upstreamListCalls: 1,
  smartcvCallsPerApply: 3,
  /** The issues' budgets (gzip, before first paint) and the size-limit guards of the ready rows (.size-limit.cjs). */
  gzip: {
    'job-list.js': 20_000,
    'skill-picker.js': 22_000,
    'apply-button.js': 8_000,
    'chunks/auth-*.js': 20_000,
    'job-list.js ready': 30_000,
    'skill-picker.js ready': 28_000,
  } as Record<string, number>,
};

async function chromiumVersion(): Promise<string> {
  const path = await findChromium();
  if (!path) return 'not found';
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return /Chromium\s+[\d.]+/.exec(out)?.[0] ?? out.trim();
  } catch (error) {
    return `unknown (${(error as Error).message.split('\n')[0]})`;
  }
}

async function machine(): Promise<Machine> {
  const cpuList = cpus();
  return {
    cores: cpuList.length,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: await chromiumVersion(),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function selectedSections(): SectionName[] {
  const raw = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!raw?.length) return [...SECTION_NAMES];
  const unknown = raw.filter((s) => !(SECTION_NAMES as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; known: ${SECTION_NAMES.join(', ')}`);
  return SECTION_NAMES.filter((s) => raw.includes(s));
}

// ---- the table ------------------------------------------------------------------------------------------------

type Row = [section: string, measure: string, value: string, target: string];

const check = (ok: boolean) => (ok ? '✓' : '✗');
const ms = (x: number, digits = 1) => `${x.toFixed(digits)} ms`;

function rowsFor(name: SectionName, outcome: SectionOutcome): Row[] {
  const title: Record<SectionName, string> = {
    bytes: 'Bytes',
    render: 'First render',
    longlist: 'Long list',
    search: 'Skill search',
    throughput: 'Throughput',
    economy: 'Upstream economy',
    memory: 'Memory under attack',
    scale: 'Scale (Redis)',
  };
  const section = title[name];
  if (!outcome.ok) return [[section, 'failed', outcome.error, '']];
  const rows: Row[] = [];
  switch (name) {
    case 'scale':
      rows.push(...scaleRows(outcome.data as ScaleResult));
      break;
    case 'bytes': {
      const data = outcome.data as BytesResult;
      for (const r of data.rows) {
        const budget = TARGETS.gzip[r.name];
        const target = budget ? `≤ ${kb(budget)} gzip ${check(r.gzip <= budget)}` : (r.note ?? '');
        const label = r.kind === 'reference' ? `ref: ${r.name}` : r.kind === 'lazy' ? `${r.name} (lazy)` : r.name;
        const extra = r.kind !== 'reference' && r.kind !== 'lazy' && r.files > 1 ? ` · ${r.files} files` : '';
        rows.push([section, label, `gzip ${kb(r.gzip)} · brotli ${kb(r.brotli)} · min ${kb(r.min)}${extra}`, budget ? target : (r.note ?? '')]);
      }
      break;
    }
    case 'render': {
      for (const r of outcome.data as FirstRenderRow[]) {
        const what = r.elements.length > 1 ? 'all three elements' : { 'ck-job-list': 'cards shown', 'ck-skill-picker': 'input ready', 'ck-apply-button': 'button painted' }[r.elements[0]];
        const per = r.elements.length > 1 ? ` (${Object.entries(r.perElementMs).map(([t, v]) => `${t.replace('ck-', '')} ${v}`).join(', ')})` : '';
        rows.push([
          section,
          `${r.entry}: ${what}`,
          `${ms(r.fromScriptMs)} from script start${per} · long tasks ${ms(r.longTasksMs, 0)} (${r.longTaskCount})`,
          `median of ${r.loads} loads${r.cutShort ? ' (time budget)' : ''}${r.failures ? `, ${r.failures} failed` : ''}; ${ms(r.fromNavigationMs)} from navigation${r.firstApiRequestMs !== null ? `; first endpoint request at ${ms(r.firstApiRequestMs)}` : ''}`,
        ]);
      }
      break;
    }
    case 'longlist': {
      const d = outcome.data as LongListResult;
      rows.push([section, `first render, ${d.jobs.toLocaleString('en')} jobs (virtual, controlled)`, ms(d.firstRenderMs), `median of ${d.firstRenderRuns.length} loads, incl. the lazy virtualizer chunk`]);
      for (const s of d.scrolls) {
        rows.push([
          section,
          `scroll ${s.label}`,
          `median frame ${ms(s.medianFrameMs)} · p95 ${ms(s.p95FrameMs)} · dropped ${s.droppedFrames}/${s.frames} frames`,
          `dropped = frame > 25 ms; last item in view #${s.lastVisible}`,
        ]);
      }
      break;
    }
    case 'search': {
      const d = outcome.data as SectionData['search'];
      if ('skipped' in d && d.skipped !== undefined && !('index' in d)) {
        rows.push([section, 'skipped', d.skipped, '']);
        break;
      }
      const s = d as SearchResult;
      rows.push([section, `index build, ${s.skills.toLocaleString('en')} ESCO skills`, `${s.buildMs} ms · heap +${s.indexHeapMb} MB${s.heapExact ? '' : ' (approx.)'}`, `≤ ${TARGETS.searchBuildMs} ms ${check(s.buildMs <= TARGETS.searchBuildMs)}`]);
      rows.push([section, `index, ${s.queries} typo queries`, `p50 ${ms(s.index.p50, 2)} · p95 ${ms(s.index.p95, 2)} · p99 ${ms(s.index.p99, 2)} · top-5 hit ${(s.index.top5Rate * 100).toFixed(1)} %`, `p95 ≤ ${TARGETS.searchP95Ms} ms ${check(s.index.p95 <= TARGETS.searchP95Ms)}`]);
      const pr = (q: SearchResult['suggestions']) => `precision ${(q.precision * 100).toFixed(1)} % (${q.correct}/${q.suggested}) · recall ${(q.recall * 100).toFixed(1)} % (${q.correct}/${q.answerable})`;
      rows.push([section, `CV-skill suggestions, ${s.suggestions.labels} fixture labels, full ESCO`, pr(s.suggestions), `precision ≥ 90 % ${check(s.suggestions.precision >= 0.9)} · recall ≥ 75 % ${check(s.suggestions.recall >= 0.75)}`]);
      rows.push([section, `sample (${s.sample.skills.toLocaleString('en')} skills) beside it`, `build ${s.sample.buildMs} ms · heap +${s.sample.indexHeapMb} MB · p95 ${ms(s.sample.p95, 2)} · top-5 hit ${(s.sample.top5Rate * 100).toFixed(1)} %`, `suggestions: ${pr(s.sample.suggestions)}`]);
      rows.push([section, 'sandbox stack, start to ready index', `full ESCO ${s.stack.esco.readyMs} ms, heap +${s.stack.esco.heapMb} MB · sample ${s.stack.sample.readyMs} ms, heap +${s.stack.sample.heapMb} MB`, 'data load + simulator pages + index build']);
      rows.push([section, `upstream regex, first ${s.regex.queries} of them`, `p50 ${ms(s.regex.p50, 2)} · p95 ${ms(s.regex.p95, 2)} · p99 ${ms(s.regex.p99, 2)} · top-5 hit ${(s.regex.top5Rate * 100).toFixed(1)} %`, `regex ÷ index: ${s.ratioP50}× at p50, ${s.ratioP95}× at p95`]);
      break;
    }
    case 'throughput': {
      const d = outcome.data as ThroughputResult;
      for (const r of d.load) {
        rows.push([section, r.name, `${r.requestsPerSecond.toLocaleString('en')} req/s · p50 ${r.p50Ms} ms · p99 ${r.p99Ms} ms · errors ${r.errors} · non-2xx ${r.non2xx}`, `${r.connections} connections, ${r.durationS} s`]);
      }
      for (const r of d.sequential) rows.push([section, `sequential: ${r.name}`, `median ${ms(r.medianMs, 2)}`, `${r.requests} requests, one at a time`]);
      rows.push([section, 'proxy overhead, latency (endpoint ÷ direct)', `TTL 0 ${d.overheadRatioUncached}× · cached ${d.overheadRatioCached}×`, 'sequential medians above']);
      rows.push([section, 'under load, req/s (endpoint TTL 0 ÷ direct)', `${d.loadRatioUncached}×`, 'identical concurrent requests collapse into one upstream call']);
      break;
    }
    case 'economy': {
      const d = outcome.data as EconomyResult;
      rows.push([section, `${d.concurrentRequests} concurrent GET /jobs, cold cache`, `${d.upstreamListCalls} upstream list call(s) + ${d.upstreamTokenCalls} token · ${d.okResponses}/${d.concurrentRequests} OK`, `${TARGETS.upstreamListCalls} ${check(d.upstreamListCalls === TARGETS.upstreamListCalls)}`]);
      const remaining = d.smartcvCalls.at(-1)?.rateLimitRemaining;
      rows.push([
        section,
        'one Apply (token, profile, revoke)',
        `${d.smartcvCallsPerApply} SmartCV calls (${d.smartcvCalls.map((c) => c.path.replace('/api/oauth/', '')).join(', ')})${remaining != null ? ` · ${remaining}/${d.smartcvBudgetPerHour} left` : ''}${d.applyOk ? '' : ' · APPLY FAILED'}`,
        `${TARGETS.smartcvCallsPerApply} ${check(d.smartcvCallsPerApply === TARGETS.smartcvCallsPerApply)} → ${d.appliesPerHour ?? '?'} applies/hour/partner`,
      ]);
      break;
    }
    case 'memory': {
      const d = outcome.data as MemoryResult;
      rows.push([
        section,
        `${d.requests} distinct GET /jobs?pageSize=100&q=… (${d.heapLimitMb} MB heap)`,
        `RSS ${d.rssBeforeMb} → ${d.rssAfterMb} MB (+${d.growthMb} MB) · ${d.okResponses}/${d.requests} OK${d.alive ? '' : ' · SERVER DIED'}`,
        `< 150 MB growth ${check(d.alive && d.growthMb < 150)}`,
      ]);
      break;
    }
  }
  return rows;
}

function markdownTable(rows: Row[]): string {
  const header: Row = ['Section', 'Measure', 'Result', 'Target / note'];
  const all = [header, ...rows].map((r) => r.map((c) => c.replace(/\|/g, '\\|')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

// ---- charts and the README section ---------------------------------------------------------------------------

function writeCharts(results: Results): string[] {
  const written: string[] = [];
  const bytes = results.sections.bytes;
  if (bytes?.ok) {
    const data: BarDatum[] = bytes.data.rows.map((r) => ({
      label: r.kind === 'lazy' ? `${r.name} (lazy)` : r.name,
      value: r.gzip,
      kind: r.kind === 'reference' ? (r.measured ? 'reference' : 'anchor') : r.kind,
    }));
    writeFileSync(join(BENCH_DIR, 'bytes.svg'), bytesChart(data, 'Gzip bytes per script tag vs reference libraries'));
    written.push('bench/bytes.svg');
  }
  const search = results.sections.search;
  if (search?.ok && 'index' in search.data) {
    const s = search.data as SearchResult;
    writeFileSync(
      join(BENCH_DIR, 'search-latency.svg'),
      latencyCdfChart(
        [
          { label: `endpoint index (${s.samples.index.length} queries)`, samples: s.samples.index, color: '#1d4ed8' },
          { label: `upstream regex scan (${s.samples.regex.length} queries)`, samples: s.samples.regex, color: '#c2410c', dash: '6 4' },
        ],
        `Skill search over ${s.skills.toLocaleString('en')} ESCO skills, typo'd real labels`,
        TARGETS.searchP95Ms,
      ),
    );
    written.push('bench/search-latency.svg');
  }
  return written;
}

/** A few plain-language lines from whichever sections succeeded. */
function highlights(results: Results): string {
  const lines: string[] = [];
  const { bytes, render, search, economy, longlist } = results.sections;
  if (bytes?.ok) {
    const entries = bytes.data.rows.filter((r) => r.kind === 'entry' && r.name !== 'callback.js' && r.name !== 'careerkit.js');
    const lit = bytes.data.rows.find((r) => r.name.startsWith('lit'));
    const auth = bytes.data.rows.find((r) => r.kind === 'lazy');
    const ready = bytes.data.rows.filter((r) => r.kind === 'ready');
    lines.push(
      `One element's script tag costs ${entries.map((r) => `${kb(r.gzip)} (${r.name})`).join(', ')} gzip before first paint${lit ? ` (Lit alone is ${kb(lit.gzip)})` : ''}${ready.length ? `; with the HTTP client and first chunks they fetch beside it, ${ready.map((r) => `${r.name.replace(' ready', '')} is ${kb(r.gzip)}`).join(' and ')}` : ''}${auth ? `. Sign-in code (${kb(auth.gzip)}) loads only when Apply is clicked` : ''}.`,
    );
  }
  if (render?.ok) {
    lines.push(`First content ${render.data.map((r) => `${r.entry.replace('.js', '')} ${Math.round(r.fromScriptMs)} ms`).join(', ')} after the script starts loading (median of ${render.data[0]?.loads ?? 10} loads, localhost).`);
  }
  if (longlist?.ok) {
    const steady = longlist.data.scrolls.find((s) => s.label.startsWith('steady'));
    lines.push(`10,000 jobs in virtual mode render in ${Math.round(longlist.data.firstRenderMs)} ms${steady ? `; a steady scroll keeps a median frame of ${steady.medianFrameMs} ms (${steady.droppedFrames} of ${steady.frames} frames dropped)` : ''}.`);
  }
  if (search?.ok && 'index' in search.data) {
    const s = search.data as SearchResult;
    lines.push(`Skill search over ${s.skills.toLocaleString('en')} ESCO skills: p95 ${s.index.p95.toFixed(1)} ms and the right skill in the top 5 for ${(s.index.top5Rate * 100).toFixed(1)} % of typo'd queries, vs the upstream regex scan's ${(s.regex.top5Rate * 100).toFixed(1)} % at ${s.ratioP50}× the median time.`);
  }
  if (economy?.ok) {
    const e = economy.data;
    lines.push(`${e.concurrentRequests} identical job-list requests cost ${e.upstreamListCalls} upstream call; one Apply costs ${e.smartcvCallsPerApply} SmartCV calls, so its ${e.smartcvBudgetPerHour ?? '?'}/hour budget allows ${e.appliesPerHour ?? '?'} applies per hour per partner.`);
  }
  return lines.length ? `\n${lines.map((l) => `- ${l}`).join('\n')}\n` : '';
}

function performanceSection(results: Results, rows: Row[]): string {
  const m = results.machine;
  const outcomes = Object.values(results.sections) as SectionOutcome[];
  const dates = [...new Set(outcomes.map((s) => s.takenAt.slice(0, 10)))].sort();
  const loads = outcomes.map((s) => s.load1).filter((x) => typeof x === 'number');
  const loadText = loads.length ? `${Math.min(...loads)}–${Math.max(...loads)}` : m.loadAverageAtStart[0];
  return `## Performance

Figures from \`npm run bench\` taken on ${dates.join(', ')}, on a ${m.cores}-core ${m.cpu} (${m.memoryGb} GB, ${m.os}), Node ${m.node}, ${m.chromium} headless.
The machine was shared: its 1-minute load average was ${loadText} during the sections, so absolute times are pessimistic; compare the ratios measured in the same run.
The full numbers are in [\`bench/results.json\`](bench/results.json).
${highlights(results)}
${markdownTable(rows)}

![Gzip bytes of each script-tag entry and the lazy auth chunk, next to lit and Shoelace's select](bench/bytes.svg)

![Cumulative latency of 1,000 typo'd skill queries: the endpoint's index vs the upstream regex scan](bench/search-latency.svg)

How it is measured:
- **Bytes**: each \`dist/cdn/*.js\` entry with the chunks it imports statically (what loads before it can render), each file compressed alone with node:zlib (gzip -9, brotli q11), summed; the auth chunk is what \`apply-button.js\` imports on click, less what it already loaded. lit and oidc-client-ts are bundled in the same run with esbuild (minified ESM, \`production\` condition); Shoelace is not installed, so its figure is copied from anchors.md §D1.
- **First render**: headless Chromium, a fresh browser context per load (cold HTTP cache), the endpoint and simulators on localhost with no added latency; time from the entry script's request start until the element's first meaningful content has a non-zero box (a job card in the shadow root, the picker's input, the button); median of 10 loads after one warm-up; Long Tasks summed up to 150 ms after that.
- **Long list**: \`<ck-job-list virtual>\` with \`.jobs\` set to 10,000 jobs (real sandbox jobs repeated with fresh ids); frames are requestAnimationFrame intervals while a script scrolls the page; a frame over 25 ms (1.5 × 16.7 ms) counts as dropped.
- **Skill search**: ESCO v1.1.1 English as shipped in \`data/taxonomy/esco-v1.1.1-en.json.gz\` (adapted from ESCO; this service uses the ESCO classification of the European Commission); 1,000 queries from real preferred/alt labels with one typo each (seeded PRNG); the regex column runs the Tabiya simulator's upstream-style search (case-insensitive substring over preferred and alt labels, newest first) on up to the first ${(results.sections.search?.ok && 'regex' in results.sections.search.data && (results.sections.search.data as SearchResult).regex.queries) || 250} of them; heap is the delta around the build with forced GC.
- **Throughput**: autocannon, 50 connections, against the stack in its own process (rate limit off); proxy overhead compares one-at-a-time requests straight to the Job Space simulator with the same list through the endpoint, with and without its cache.
- **Scale (Redis)**: a redis-server spawned on a free port; 1 instance on the memory store, then 1 and 3 instances (one process each) on Redis, one autocannon per instance splitting 48 connections, 5 s per row; every request counts against a (never reached) per-client limit, so Redis rows pay one INCR per request and one GET per cached answer; memory is RSS and heap after warm-up and a forced GC.
- **Upstream economy**: a fresh stack; upstream calls counted by the Job Space simulator's \`stats()\` and by wrapping the SmartCV simulator's fetch (its X-RateLimit headers give the 100/hour budget).

Reproduce with \`npm run bench\` (about two minutes, nothing installed at run time; the build runs first when \`dist/cdn\` is missing or stale). \`BENCH_ONLY=bytes,render,longlist,search,throughput,economy,scale\` picks sections.
`;
}

// ---- main ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  process.chdir(REPO_ROOT);
  const sections = selectedSections();
  const info = await machine();
  console.log(
    `careerkit bench · ${new Date().toISOString()}\n` +
      `machine: ${info.cores} cores · ${info.cpu} · ${info.memoryGb} GB · ${info.os} · Node ${info.node} · ${info.chromium} · load ${info.loadAverageAtStart.join('/')}\n` +
      `sections: ${sections.join(', ')}\n`,
  );

  let browser: Browser | undefined;
  let server: BenchServer | undefined;
  const browserServer = async () => {
    await ensureCdnBuilt();
    if (!server) {
      server = await startBenchServer();
      await warmEndpoint(server.origin);
    }
    browser ??= await launchChromium();
    return { browser, origin: server.origin };
  };

  const runners: { [K in SectionName]: () => Promise<SectionData[K]> } = {
    bytes: () => measureBytes(),
    render: async () => {
      const { browser: b, origin } = await browserServer();
      return measureFirstRender(b, origin);
    },
    longlist: async () => {
      const { browser: b, origin } = await browserServer();
      return measureLongList(b, origin);
    },
    search: () => measureSearch(),
    throughput: () => measureThroughput(),
    economy: () => measureEconomy(),
    memory: () => measureMemoryUnderAttack(),
    scale: () => measureScale(),
  };

  const outcomes: Results['sections'] = {};
  try {
    for (const name of sections) {
      const t = performance.now();
      const takenAt = new Date().toISOString();
      const load1 = Math.round(loadavg()[0] * 100) / 100;
      process.stdout.write(`· ${name} … `);
      try {
        const data = await runners[name]();
        (outcomes as Record<string, SectionOutcome>)[name] = { ok: true, takenAt, seconds: Math.round((performance.now() - t) / 100) / 10, load1, data };
        console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        (outcomes as Record<string, SectionOutcome>)[name] = { ok: false, takenAt, seconds: Math.round((performance.now() - t) / 100) / 10, load1, error: reason };
        console.log(`failed: ${reason}`);
      }
      // Browser sections share one Chromium and server; close them before the load tests need the cores.
      if ((name === 'render' || name === 'longlist') && !sections.slice(sections.indexOf(name) + 1).some((n) => n === 'render' || n === 'longlist')) {
        await browser?.close().catch(() => undefined);
        await server?.close().catch(() => undefined);
        browser = undefined;
        server = undefined;
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }

  const runtimeSeconds = Math.round((performance.now() - started) / 100) / 10;
  const previous: Partial<Results> = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results) : {};
  const merged: Results = {
    takenAt: new Date().toISOString(),
    machine: info,
    runtimeSeconds,
    ranSections: sections,
    sections: { ...(sections.length < SECTION_NAMES.length ? previous.sections : {}), ...outcomes },
  };
  writeFileSync(RESULTS_FILE, JSON.stringify(merged, null, 2) + '\n');
  const charts = writeCharts(merged);
  const allRows = SECTION_NAMES.flatMap((n) => (merged.sections[n] ? rowsFor(n, merged.sections[n]!) : []));
  writeFileSync(join(BENCH_DIR, 'PERFORMANCE.md'), performanceSection(merged, allRows));

  const thisRun = sections.flatMap((n) => rowsFor(n, outcomes[n]!));
  console.log(`\n${markdownTable(thisRun)}\n`);
  console.log(`total ${runtimeSeconds} s · wrote bench/results.json, ${[...charts, 'bench/PERFORMANCE.md'].join(', ')}`);
}

main().catch((error: unknown) => {
  console.error('bench harness crashed:', error);
  process.exit(1);
});
