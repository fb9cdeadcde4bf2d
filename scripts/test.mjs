// `npm test`: every suite in one command. Prints each suite's own output, then one summary line per suite (and
// per engine: `browser (firefox): N passed, N failed (12.3 s)`, or why an engine was not run), then one closing
// line "N passed, N failed" with the totals across suites; exits non-zero when anything failed.
// CK_SUITES=browser,e2e limits the suites (`browser:webkit` one engine); CK_ENGINES=chromium,firefox the engines.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumSource, requireChromium } from './chromium.mjs';
import { ENGINES, whyNotAvailable } from '../test/support/engines.mjs';

const chromiumPath = await requireChromium();
console.log(`Chromium: ${chromiumPath} (from ${chromiumSource})`);

const only = process.env.CK_SUITES?.split(',');
const engines = process.env.CK_ENGINES?.split(',') ?? ENGINES;
const strip = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output: strip(output) }));
  });
}

/** Node 20's test runner takes no globs: list `*.test.ts` files under a folder. */
const testFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => join(dir, f))
        .sort()
    : [];

const lastMatch = (text, regex) => {
  const all = [...text.matchAll(regex)];
  return all.at(-1);
};

/** node:test files (run one file at a time: they start servers and browsers), counted by test. */
const nodeTestSuite = (name, dir, { files = () => testFiles(dir), env = {} } = {}) => ({
  name,
  async run() {
    const list = files();
    if (list.length === 0) {
      console.log(`no test files for ${name}`);
      return { passed: 0, failed: 1 };
    }
    const { code, output } = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...list], env);
    const passed = Number(lastMatch(output, /^ℹ pass (\d+)/gm)?.[1] ?? 0);
    const failed = Number(lastMatch(output, /^ℹ fail (\d+)/gm)?.[1] ?? 0);
    return { passed, failed: failed || (code === 0 ? 0 : 1) };
  },
});

/** A step counted as one check: passes when the command exits 0. */
const single = (name, command, args) => ({
  name,
  async run() {
    const { code } = await run(command, args);
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  },
});

/** e2e files that drive any engine (through test/support/e2e-driver.ts); the others are Chromium-only (Playwright). */
const multiEngineE2e = () => testFiles('test/e2e').filter((f) => readFileSync(f, 'utf8').includes('support/e2e-driver'));

/** The suites that run in a browser, for one engine: `browser (firefox)`, … */
function engineSuites(engine, kinds) {
  const env = { CK_ENGINE: engine };
  const all = {
    browser: {
      async run() {
        const { code, output } = await run('node', ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], env);
        const m = lastMatch(output, /^(\d+) passed, (\d+) failed/gm);
        const passed = Number(m?.[1] ?? 0);
        const failed = Number(m?.[2] ?? 0);
        return { passed, failed: failed || (code === 0 ? 0 : 1) };
      },
    },
    stories: {
      skipUnless: () => existsSync('.storybook/main.ts'),
      async run() {
        rmSync('.vitest-report.json', { force: true });
        const { code } = await run('npx', ['vitest', 'run', '--project', 'storybook', '--reporter=default', '--reporter=json', '--outputFile.json=.vitest-report.json']);
        try {
          const report = JSON.parse(readFileSync('.vitest-report.json', 'utf8'));
          const failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
          return { passed: report.numPassedTests, failed: failed || (code === 0 ? 0 : 1) };
        } catch {
          return { passed: 0, failed: 1 };
        }
      },
    },
    e2e: {
      skipUnless: () => existsSync('test/e2e'),
      ...nodeTestSuite('e2e', 'test/e2e', { env, files: () => (engine === 'chromium' ? testFiles('test/e2e') : multiEngineE2e()) }),
    },
  };
  return kinds.map((kind) => ({ ...all[kind], name: `${kind} (${engine})`, kind, engine }));
}

const suites = [
  single('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  single('lint', 'npx', ['eslint', '.', '--max-warnings=0']),
  single('build', 'node', ['scripts/build.mjs']),
  {
    name: 'size',
    async run() {
      const { code, output } = await run('npx', ['size-limit', '--json']);
      try {
        const rows = JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1));
        const failed = rows.filter((r) => !r.passed).length;
        for (const r of rows) console.log(`size ${r.passed ? 'ok  ' : 'OVER'} ${r.name}: ${r.size} B gzip (limit ${r.sizeLimit} B)`);
        return { passed: rows.length - failed, failed: failed || (code === 0 ? 0 : 1) };
      } catch {
        return { passed: 0, failed: 1 };
      }
    },
  },
  nodeTestSuite('node', 'test/node'),
  {
    // The endpoint's HTTP conformance suite on Node, Bun, Deno and workerd: prints `runtime (name): N passed, N failed` per runtime.
    name: 'runtimes',
    skipUnless: () => existsSync('test/runtimes/run.ts'),
    async run() {
      const { code, output } = await run('node', ['--import', 'tsx', 'test/runtimes/run.ts']);
      const lines = [...output.matchAll(/^runtime \(\w+\): (\d+) passed, (\d+) failed/gm)];
      const passed = lines.reduce((sum, m) => sum + Number(m[1]), 0);
      const failed = lines.reduce((sum, m) => sum + Number(m[2]), 0);
      return { passed, failed: failed || (code === 0 ? 0 : 1) };
    },
  },
  ...engineSuites('chromium', ['browser', 'stories', 'e2e']),
  ...engineSuites('firefox', ['browser', 'e2e']),
  ...engineSuites('webkit', ['browser', 'e2e']),
];

const selected = (suite) => {
  if (suite.engine && !engines.includes(suite.engine)) return false;
  if (!only) return true;
  return only.includes(suite.name) || only.includes(suite.kind) || only.includes(`${suite.kind}:${suite.engine}`);
};

let passed = 0;
let failed = 0;
const summary = [];
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
for (const suite of suites) {
  if (suite.engine && !engines.includes(suite.engine) && (!only || only.includes(suite.kind))) {
    summary.push(`${suite.name}: not run, CK_ENGINES=${engines.join(',')} leaves ${suite.engine} out`);
    continue;
  }
  if (!selected(suite)) continue;
  if (suite.skipUnless && !suite.skipUnless()) continue;
  const missing = suite.engine ? whyNotAvailable(suite.engine) : undefined;
  if (missing) {
    const line = `${suite.name}: not run, ${suite.engine} is not installed: ${missing}`;
    console.log(`\n━━ ${line}`);
    summary.push(line);
    continue;
  }
  console.log(`\n━━ ${suite.name} ━━`);
  const t0 = performance.now();
  const result = await suite.run();
  passed += result.passed;
  failed += result.failed;
  summary.push(`${suite.name}: ${result.passed} passed, ${result.failed} failed (${seconds(performance.now() - t0)})`);
}
summary.push(`total time: ${seconds(performance.now() - started)}`);
console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
