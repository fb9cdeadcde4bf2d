/**
 * Sections 2 and 3, in headless Chromium against the bench server (stack + built CDN files, zero added latency):
 * first render of each script-tag entry, and the 10,000-job virtual list (first render, frames while scrolling).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';
import { median, percentile, round } from './stats.js';

export async function launchChromium(): Promise<Browser> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('Chromium not found (npm install provides @sparticuz/chromium; or set CHROME_PATH)');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

export interface FirstRenderRow {
  entry: string;
  /** Elements waited for. */
  elements: string[];
  loads: number;
  /** Median ms from the entry script's request start to first content (all elements). */
  fromScriptMs: number;
  /** Median ms from navigation start to first content. */
  fromNavigationMs: number;
  /** Median ms from the script's request start to the first request to the endpoint (the module waterfall before data). */
  firstApiRequestMs: number | null;
  /** Median per element, from the script's request start. */
  perElementMs: Record<string, number>;
  /** Median Long Tasks total (ms) and count, up to 150 ms after first content. */
  longTasksMs: number;
  longTaskCount: number;
  failures: number;
  /** True when the section's time budget cut the loads short (a very busy machine). */
  cutShort: boolean;
}

interface LoadSample {
  ready?: number;
  readyAt: Record<string, number>;
  scriptStart: number;
  apiStart: number | null;
  longTasks: Array<{ start: number; duration: number }>;
  timeout?: boolean;
}

export const FIRST_RENDER_PAGES: Array<{ entry: string; elements: string[] }> = [
  { entry: 'job-list', elements: ['ck-job-list'] },
  { entry: 'skill-picker', elements: ['ck-skill-picker'] },
  { entry: 'apply-button', elements: ['ck-apply-button'] },
  { entry: 'careerkit', elements: ['ck-job-list', 'ck-skill-picker', 'ck-apply-button'] },
];

async function loadOnce(browser: Browser, url: string, entry: string): Promise<LoadSample> {
  // A fresh context per load: cold HTTP cache, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench?: { done?: boolean } }).__bench?.done === true, null, {
      timeout: 20_000,
      polling: 50,
    });
    return await page.evaluate((name) => {
      const bench = (window as unknown as { __bench: Omit<LoadSample, 'scriptStart'> }).__bench;
      const resources = performance.getEntriesByType('resource');
      const script = resources.find((e) => new URL(e.name).pathname === `/cdn/${name}.js`);
      const api = resources.filter((e) => new URL(e.name).pathname.startsWith('/careerkit/')).map((e) => e.startTime);
      return { ...bench, scriptStart: script?.startTime ?? 0, apiStart: api.length ? Math.min(...api) : null };
    }, entry);
  } finally {
    await context.close();
  }
}

/** Keeps `npm run bench` under 3 minutes on a busy 2-core machine: past this, each page stops at 3 loads. */
const FIRST_RENDER_BUDGET_MS = 60_000;

export async function measureFirstRender(browser: Browser, origin: string, loads = 10): Promise<FirstRenderRow[]> {
  const rows: FirstRenderRow[] = [];
  const sectionStart = performance.now();
  for (const { entry, elements } of FIRST_RENDER_PAGES) {
    const url = `${origin}/pages/${entry}.html`;
    await loadOnce(browser, url, entry); // warm-up: server JIT and static files
    const samples: LoadSample[] = [];
    let failures = 0;
    let cutShort = false;
    for (let i = 0; i < loads; i++) {
      if (samples.length >= 3 && performance.now() - sectionStart > FIRST_RENDER_BUDGET_MS) {
        cutShort = true;
        break;
      }
      const sample = await loadOnce(browser, url, entry);
      if (sample.timeout || sample.ready === undefined) failures++;
      else samples.push(sample);
    }
    if (samples.length === 0) throw new Error(`${entry}: no load showed content within 15 s (${elements.join(', ')})`);
    const perElementMs = Object.fromEntries(
      elements.map((tag) => [tag, round(median(samples.map((s) => s.readyAt[tag] - s.scriptStart)))]),
    );
    const longTaskTotals = samples.map((s) => s.longTasks.reduce((sum, t) => sum + t.duration, 0));
    rows.push({
      entry: `${entry}.js`,
      elements,
      loads: samples.length,
      fromScriptMs: round(median(samples.map((s) => s.ready! - s.scriptStart))),
      fromNavigationMs: round(median(samples.map((s) => s.ready!))),
      firstApiRequestMs: samples.some((s) => s.apiStart === null) ? null : round(median(samples.map((s) => s.apiStart! - s.scriptStart))),
      perElementMs,
      longTasksMs: round(median(longTaskTotals)),
      longTaskCount: median(samples.map((s) => s.longTasks.length)),
      failures,
      cutShort,
    });
  }
  return rows;
}

export interface ScrollRun {
  label: string;
  durationMs: number;
  distancePx: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  /** Frames longer than 1.5 × 16.7 ms. */
  droppedFrames: number;
  lastVisible: number;
}

export interface LongListResult {
  jobs: number;
  /** Median over `loads` page loads, ms from setting `.jobs` to the first card painted (incl. the lazy virtualizer chunk). */
  firstRenderMs: number;
  firstRenderRuns: number[];
  cardsRendered: number;
  scrollHeightPx: number;
  scrolls: ScrollRun[];
}

type LongListApi = {
  mount(count: number): Promise<{ firstRenderMs: number; scrollHeight: number; rendered: number }>;
  scroll(from: number, to: number, durationMs: number): Promise<{ stamps: number[]; distancePx: number; lastVisible: number }>;
};

export const FRAME_BUDGET_MS = 1000 / 60;
const DROPPED_FRAME_MS = 1.5 * FRAME_BUDGET_MS;

export async function measureLongList(browser: Browser, origin: string, jobs = 10_000, loads = 3): Promise<LongListResult> {
  const runs: number[] = [];
  let result: LongListResult | undefined;
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/pages/long-list.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => !!(window as unknown as { __longList?: unknown }).__longList);
      const mounted = await page.evaluate((n) => (window as unknown as { __longList: LongListApi }).__longList.mount(n), jobs);
      runs.push(mounted.firstRenderMs);
      if (i < loads - 1) continue;
      // Scroll only on the last load: a fling from top to bottom, then a steady read-speed scroll.
      const scrolls: ScrollRun[] = [];
      const range = Math.max(1, mounted.scrollHeight - 800);
      for (const [label, from, to, durationMs] of [
        ['top → bottom in 5 s (fling)', 0, 1, 5000],
        ['steady 1,500 px/s for 3 s (mid-list)', 0.5, 0.5 + 4500 / range, 3000],
      ] as const) {
        const run = await page.evaluate(
          ([f, t, d]) => (window as unknown as { __longList: LongListApi }).__longList.scroll(f, t, d),
          [from, to, durationMs] as const,
        );
        const deltas = run.stamps.slice(1).map((t, k) => t - run.stamps[k]);
        const sorted = [...deltas].sort((a, b) => a - b);
        scrolls.push({
          label,
          durationMs,
          distancePx: Math.round(run.distancePx),
          frames: deltas.length,
          medianFrameMs: round(median(deltas)),
          p95FrameMs: round(percentile(sorted, 95)),
          maxFrameMs: round(sorted[sorted.length - 1] ?? NaN),
          droppedFrames: deltas.filter((d) => d > DROPPED_FRAME_MS).length,
          lastVisible: run.lastVisible,
        });
      }
      result = {
        jobs,
        firstRenderMs: 0,
        firstRenderRuns: [],
        cardsRendered: mounted.rendered,
        scrollHeightPx: mounted.scrollHeight,
        scrolls,
      };
    } finally {
      await context.close();
    }
  }
  return { ...result!, firstRenderMs: round(median(runs)), firstRenderRuns: runs.map((r) => round(r)) };
}
