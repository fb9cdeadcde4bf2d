/**
 * Runs the HTTP conformance suite (conformance.ts) against the sandbox stack served by each runtime through the
 * entries a partner copies (examples/edge/*.ts): Node, Bun, Deno and workerd. Each entry is bundled with esbuild
 * (`careerkit/*` aliased to src/), started on a free port with CAREERKIT_SANDBOX_ORIGIN set, checked over real HTTP,
 * then stopped. Prints one line per runtime, `runtime (bun): N passed, N failed`, and exits non-zero on a failure.
 *
 *   node --import tsx test/runtimes/run.ts [node] [bun] [deno] [workerd]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { redisServerPath, startRedis, type RedisServer } from '../node/redis-harness.js';
import { conformanceChecks } from './conformance.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'node_modules/.bin');
const SAMPLE = join(ROOT, 'data/taxonomy/tabiya-sample.json.gz');
const RUNTIMES = ['node', 'bun', 'deno', 'workerd'] as const;
type Runtime = (typeof RUNTIMES)[number];
const ENTRY: Record<Runtime, string> = { node: 'node.ts', bun: 'bun.ts', deno: 'deno.ts', workerd: 'worker.ts' };

const ALIASES: Record<string, string> = {
  'careerkit/server': 'src/server/index.ts',
  'careerkit/server/node': 'src/server/node.ts',
  'careerkit/sandbox': 'src/sandbox/index.ts',
};

/** `careerkit/*` → the sources; on non-Node runtimes the Node-only taxonomy loader becomes a stub (never called: the entries pass a URL). */
const resolvePlugin = (nodeOnlyStub: boolean): Plugin => ({
  name: 'careerkit-sources',
  setup(b) {
    b.onResolve({ filter: /^careerkit\// }, (args) => {
      const target = ALIASES[args.path];
      return target ? { path: join(ROOT, target) } : undefined;
    });
    if (nodeOnlyStub) {
      b.onResolve({ filter: /taxonomy-data\.node\.js$/ }, () => ({ path: 'node-only', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: "export function loadSampleDataset() { throw new Error('Node only: pass the sandbox a taxonomy'); }",
        loader: 'js',
      }));
    }
  },
});

async function bundle(runtime: Runtime, outdir: string): Promise<string> {
  const outfile = join(outdir, `${runtime}.mjs`);
  const isNode = runtime === 'node';
  await build({
    entryPoints: [join(ROOT, 'examples/edge', ENTRY[runtime])],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: isNode ? 'node' : 'browser',
    conditions: isNode ? [] : ['worker', 'browser'],
    plugins: [resolvePlugin(!isNode)],
    banner: isNode ? { js: "import { createRequire as __ckRequire } from 'node:module'; const require = __ckRequire(import.meta.url);" } : {},
    logLevel: 'error',
  });
  return outfile;
}

/** Bun and Deno run node-redis too: the RedisStore check, bundled for the runtime, against a real redis-server. */
async function redisStoreCheck(runtime: 'bun' | 'deno', dir: string, redis: RedisServer): Promise<void> {
  const outfile = join(dir, `redis-${runtime}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'test/runtimes/redis-store-check.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'node',
    banner: { js: "import { createRequire as __ckRequire } from 'node:module'; const require = __ckRequire(import.meta.url);" },
    logLevel: 'error',
  });
  const args = runtime === 'bun' ? ['run', outfile] : ['run', '--quiet', '--no-prompt', '--allow-net', '--allow-env', '--allow-read', '--allow-sys', outfile];
  const child = spawn(join(BIN, runtime), args, { env: { ...process.env, REDIS_URL: redis.url, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  clearTimeout(timer);
  if (code !== 0 || !output.includes('redis-store ok')) throw new Error(`exit ${code}: ${output.trim().slice(-600)}`);
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Serves the shipped taxonomy sample the way a partner would host it (edge runtimes have no file system). */
async function taxonomyServer() {
  const bytes = readFileSync(SAMPLE);
  const server = createHttpServer((req, res) => {
    if (req.url !== '/tabiya-sample.json.gz') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': bytes.length }).end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/tabiya-sample.json.gz`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

function workerdConfig(dir: string, bundlePath: string, port: number, env: Record<string, string>): string {
  const bindings = Object.entries(env)
    .map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`)
    .join(', ');
  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "${bundlePath.split('/').pop()}")],
  compatibilityDate = "2025-09-01",
  bindings = [${bindings}],
  globalOutbound = "internet",
);
`;
  const path = join(dir, 'workerd.capnp');
  writeFileSync(path, config);
  return path;
}

function start(runtime: Runtime, bundlePath: string, dir: string, port: number, env: Record<string, string>): ChildProcess {
  const childEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' };
  switch (runtime) {
    case 'node':
      return spawn(process.execPath, [bundlePath], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    case 'bun':
      return spawn(join(BIN, 'bun'), ['run', bundlePath], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    case 'deno':
      return spawn(join(BIN, 'deno'), ['run', '--quiet', '--no-prompt', '--allow-net', '--allow-env', bundlePath], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    case 'workerd':
      return spawn(join(BIN, 'workerd'), ['serve', workerdConfig(dir, bundlePath, port, env)], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

/** Polls /careerkit/healthz until it answers (or the process dies, or 30 s pass). */
async function waitUntilServing(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited (${child.exitCode ?? child.signalCode}): ${output().slice(-800)}`);
    try {
      const res = await fetch(`${base}/careerkit/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer within 30 s: ${output().slice(-800)}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await gone;
  clearTimeout(timer);
}

async function runOne(runtime: Runtime, dir: string, taxonomyUrl: string, redis?: RedisServer): Promise<{ passed: number; failed: number }> {
  const started = Date.now();
  const binary = runtime === 'node' ? process.execPath : join(BIN, runtime);
  if (!existsSync(binary)) {
    console.log(`runtime (${runtime}): ${binary} is missing (npm install brings it)`);
    return { passed: 0, failed: 1 };
  }
  const bundlePath = await bundle(runtime, dir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = { CAREERKIT_SANDBOX_ORIGIN: base, CAREERKIT_SANDBOX_TAXONOMY_URL: taxonomyUrl };
  const child = start(runtime, bundlePath, dir, port, env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let passed = 0;
  let failed = 0;
  try {
    await waitUntilServing(base, child, () => output);
    for (const check of conformanceChecks(base)) {
      try {
        await check.run();
        passed += 1;
        console.log(`  ✔ ${runtime}: ${check.name}`);
      } catch (error) {
        failed += 1;
        console.log(`  ✖ ${runtime}: ${check.name}\n    ${String((error as Error).message).split('\n').join('\n    ')}`);
      }
    }
  } catch (error) {
    failed += 1;
    console.log(`  ✖ ${runtime}: did not start: ${(error as Error).message}`);
  } finally {
    await stop(child);
  }
  if ((runtime === 'bun' || runtime === 'deno') && redis) {
    try {
      await redisStoreCheck(runtime, dir, redis);
      passed += 1;
      console.log(`  ✔ ${runtime}: RedisStore (node-redis) against a real redis-server`);
    } catch (error) {
      failed += 1;
      console.log(`  ✖ ${runtime}: RedisStore (node-redis) against a real redis-server\n    ${(error as Error).message}`);
    }
  }
  if (failed > 0 && output.trim()) console.log(`  ${runtime} output:\n    ${output.trim().split('\n').slice(-20).join('\n    ')}`);
  console.log(`  ${runtime}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`runtime (${runtime}): ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

const wanted = process.argv.slice(2).filter((a): a is Runtime => (RUNTIMES as readonly string[]).includes(a));
const dir = mkdtempSync(join(tmpdir(), 'careerkit-runtimes-'));
const taxonomy = await taxonomyServer();
const redis = redisServerPath() ? await startRedis() : undefined;
if (!redis) console.log('runtimes: the RedisStore checks on Bun and Deno are skipped: redis-server is not installed');
let failures = 0;
try {
  for (const runtime of wanted.length ? wanted : RUNTIMES) failures += (await runOne(runtime, dir, taxonomy.url, redis)).failed;
} finally {
  await redis?.stop();
  await taxonomy.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failures > 0 ? 1 : 0;
