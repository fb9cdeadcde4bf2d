// `npm test`: every suite in one command. Prints each suite's own output, then one closing line
// "N passed, N failed" with the totals across suites; exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from './chromium.mjs';

await requireChromium();

const only = process.env.CK_SUITES?.split(',');
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

/** A folder of node:test files (run one file at a time: they start servers and browsers), counted by test. */
const nodeTestSuite = (name, dir) => ({
  name,
  async run() {
    const { code, output } = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...testFiles(dir)]);
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
    name: 'browser',
    async run() {
      const { code, output } = await run('node', ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs']);
      const m = lastMatch(output, /^(\d+) passed, (\d+) failed/gm);
      const passed = Number(m?.[1] ?? 0);
      const failed = Number(m?.[2] ?? 0);
      return { passed, failed: failed || (code === 0 ? 0 : 1) };
    },
  },
  {
    name: 'stories',
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
  { ...nodeTestSuite('e2e', 'test/e2e'), skipUnless: () => existsSync('test/e2e') },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const suite of suites) {
  if (only && !only.includes(suite.name)) continue;
  if (suite.skipUnless && !suite.skipUnless()) continue;
  console.log(`\n━━ ${suite.name} ━━`);
  const result = await suite.run();
  passed += result.passed;
  failed += result.failed;
  summary.push(`${suite.name}: ${result.passed} passed, ${result.failed} failed`);
}
console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
