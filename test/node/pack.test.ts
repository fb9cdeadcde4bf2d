/**
 * The npm package as a partner gets it: `npm pack` on a fresh copy of the sources (no dist/, so prepack must build),
 * installed from the tarball into an empty project with `--engine-strict`, then every `exports` entry imported
 * (Node entries) or bundled for the browser (element entries, which need a DOM), the CDN files parsed with their
 * chunks, the sandbox served from the installed files, and the CLI run.
 *
 * Needs the npm registry or a warm npm cache (`--prefer-offline`) for the package's dependencies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  engines: { node: string };
  exports: Record<string, string | { types: string; import: string }>;
  bin: Record<string, string>;
};

/** Entries that run in Node; the others are browser code (elements, React wrappers, the callback page). */
const NODE_ENTRIES = new Set(['./server', './server/node', './server/express', './sandbox', './client']);

interface Semver {
  subset(sub: string, dom: string): boolean;
}
// semver is what npm itself uses to check engines (present through the dev tooling; not a careerkit dependency).
const semver = createRequire(import.meta.url)('semver') as Semver;

test('npm pack builds on a fresh copy; the tarball installs with --engine-strict and every entry, CDN file and the CLI work', { timeout: 180_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'careerkit-pack-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));

  // A fresh copy of the sources (tracked and new files, nothing ignored: no dist/, no .build/), sharing node_modules.
  const source = join(work, 'source');
  const { stdout: listed } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, maxBuffer: 1 << 26 });
  for (const file of listed.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(source, file)), { recursive: true });
    cpSync(join(ROOT, file), join(source, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  assert.equal(existsSync(join(source, 'dist')), false);

  const { stdout: packed } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: source, maxBuffer: 1 << 26 });
  const [info] = JSON.parse(packed.slice(packed.indexOf('[\n'))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const files = new Set(info!.files.map((f) => f.path));

  // Complete: every exports target, the bin, the CDN entries, the taxonomy sample and the examples are in it.
  for (const [name, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : [target.types, target.import]) {
      if (path.includes('*')) continue;
      assert.ok(files.has(path.replace(/^\.\//, '')), `${name}: ${path} is missing from the package`);
    }
  }
  for (const path of Object.values(pkg.bin)) assert.ok(files.has(path.replace(/^\.\//, '')), `bin ${path} missing`);
  for (const cdn of ['careerkit', 'job-list', 'apply-button', 'skill-picker', 'callback']) assert.ok(files.has(`dist/cdn/${cdn}.js`), `dist/cdn/${cdn}.js missing`);
  assert.ok(files.has('data/taxonomy/tabiya-sample.json.gz'));
  // Without build metadata or build-only output.
  const unwanted = [...files].filter((f) => /^dist\/(cdn\/meta|node|demo)\/|^\.build\/|\.tsbuildinfo$|^(src|test|bench|scripts|stories|demo)\//.test(f));
  assert.deepEqual(unwanted, []);

  // An empty partner project installs the tarball (and React, an optional peer) with engines enforced.
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-site', private: true, type: 'module' }));
  await run(
    'npm',
    ['install', join(work, info!.filename), 'react@19', 'react-dom@19', '--engine-strict', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts=false'],
    { cwd: app, maxBuffer: 1 << 26, env: { ...process.env, npm_config_engine_strict: 'true' } },
  );
  const installed = join(app, 'node_modules', pkg.name);

  // Engines: careerkit's range is inside every installed runtime package's own (not just the Node running this).
  const tooWide: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.bin') continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path);
        continue;
      }
      const manifest = join(path, 'package.json');
      if (existsSync(manifest)) {
        const { name, version, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string; engines?: { node?: string } };
        if (engines?.node && !semver.subset(pkg.engines.node, engines.node)) tooWide.push(`${name}@${version} needs node ${engines.node}`);
      }
      if (existsSync(join(path, 'node_modules'))) visit(join(path, 'node_modules'));
    }
  };
  visit(join(app, 'node_modules'));
  assert.deepEqual(tooWide, [], `careerkit says node ${pkg.engines.node}`);

  // Node entries are imported from the partner project (by package name, through `exports`); the sandbox answers
  // from the installed files (its taxonomy sample included).
  const nodeNames = [...NODE_ENTRIES].map((e) => pkg.name + e.slice(1));
  const probe = `
    for (const name of ${JSON.stringify(nodeNames)}) {
      const mod = await import(name);
      if (Object.keys(mod).length === 0) throw new Error(name + ' exports nothing');
    }
    const { createSandboxStack, sandboxMiddleware, sandboxListener } = await import('careerkit/sandbox');
    if (typeof sandboxMiddleware !== 'function' || typeof sandboxListener !== 'function') throw new Error('no sandbox middleware under node');
    const stack = createSandboxStack({ origin: 'http://localhost:1' });
    const res = await stack.fetch(new Request('http://localhost:1/careerkit/taxonomy/skills?q=manage&limit=1', { headers: { origin: 'http://localhost:1', 'x-careerkit': '1' } }));
    const body = await res.json();
    console.log(JSON.stringify({ status: res.status, items: (body.items ?? []).length }));
  `;
  writeFileSync(join(app, 'probe.mjs'), probe);
  const { stdout: probed } = await run(process.execPath, ['probe.mjs'], { cwd: app });
  const answer = JSON.parse(probed.trim().split('\n').at(-1)!) as { status: number; items: number };
  assert.equal(answer.status, 200, probed);
  assert.ok(answer.items >= 1, probed);

  // Every entry (browser ones included) resolves with all its imports from the installed package and parses.
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (name.includes('*') || typeof target === 'string') continue;
    const node = NODE_ENTRIES.has(name);
    const result = await build({
      stdin: { contents: `import * as entry from '${pkg.name + name.slice(1)}'; globalThis.__entry = entry;`, resolveDir: app, loader: 'js' },
      absWorkingDir: app,
      nodePaths: [],
      bundle: true,
      write: false,
      format: 'esm',
      platform: node ? 'node' : 'browser',
      packages: node ? 'external' : undefined,
      conditions: node ? [] : ['browser', 'production'],
      logLevel: 'silent',
    });
    assert.equal(result.errors.length, 0, name);
  }

  // Edge runtimes and browsers get the portable sandbox (no node:http adapter, no @hono/node-server).
  const edge = await build({
    stdin: { contents: `export * from '${pkg.name}/sandbox';`, resolveDir: app, loader: 'js' },
    absWorkingDir: app,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker', 'browser'],
    external: ['node:*'],
    logLevel: 'silent',
  });
  const edgeInputs = Object.keys(edge.metafile.inputs);
  assert.ok(edgeInputs.some((f) => f.endsWith('dist/sandbox/index.js')));
  assert.deepEqual(edgeInputs.filter((f) => /@hono\/node-server|sandbox\/middleware/.test(f)), []);

  // The CDN files parse with their chunks, as a partner hosts them (no npm resolution at all).
  const cdn = join(installed, 'dist', 'cdn');
  assert.equal(existsSync(join(cdn, 'meta')), false, 'build metadata in dist/cdn');
  for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js'))) {
    const result = await build({ entryPoints: [join(cdn, file)], bundle: true, write: false, format: 'esm', splitting: true, outdir: join(work, 'out'), logLevel: 'silent', external: ['node:*'] });
    assert.equal(result.errors.length, 0, file);
  }

  // The CLI from node_modules/.bin.
  const { stdout: help } = await run(join(app, 'node_modules', '.bin', 'careerkit'), ['--help'], { cwd: app });
  assert.match(help, /usage: careerkit serve/);
});
