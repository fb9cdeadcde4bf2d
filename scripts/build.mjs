// `npm run build`: the ESM library with types (tsc), the script-tag bundles (esbuild, one self-registering
// file per element plus the lazily loaded auth chunk), the bundled Node server, and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { cssLiterals, minifyCssInModules } from './css-literals.mjs';

export const CDN_ENTRIES = {
  careerkit: 'src/index.ts',
  'job-list': 'src/components/job-list/define.ts',
  'apply-button': 'src/components/apply-button/define.ts',
  'skill-picker': 'src/components/skill-picker/define.ts',
  'job-editor': 'src/components/job-editor/define.ts',
  callback: 'src/auth/callback-entry.ts',
};

/** esbuild's metafiles (which chunk each entry loads) for .size-limit.cjs: outside dist/, so never published or hosted. */
export const META_DIR = '.build/meta';

export async function buildCdn({ outdir = 'dist/cdn', minify = true, metadir = outdir === 'dist/cdn' ? META_DIR : undefined } = {}) {
  // One esbuild run per entry, so each script-tag file carries its own lit and ky and loads alone;
  // only dynamic imports (the auth chunk) are split off beside it.
  for (const [name, entry] of Object.entries(CDN_ENTRIES)) {
    if (!existsSync(entry)) continue;
    const result = await build({
      entryPoints: { [name]: entry },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify,
      target: 'es2022',
      platform: 'browser',
      conditions: ['browser', 'production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      // The all-in-one file's chunks go to their own folder so per-element budget globs (chunks/auth-*.js) match one file.
      chunkNames: name === 'careerkit' ? 'chunks/careerkit/[name]-[hash]' : 'chunks/[name]-[hash]',
      legalComments: 'none',
      logLevel: 'warning',
      metafile: Boolean(metadir),
      // Minified files get minified styles too: esbuild leaves the text of lit's css`` literals as written.
      plugins: minify ? [cssLiterals] : [],
    });
    // size-limit reads these to count each entry with the chunks it loads up front (see .size-limit.cjs).
    if (metadir) {
      mkdirSync(metadir, { recursive: true });
      writeFileSync(`${metadir}/${name}.json`, JSON.stringify(result.metafile));
    }
  }
}

export async function buildServer() {
  await build({
    entryPoints: { server: 'src/server/cli.ts' },
    outdir: 'dist/node',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __ckRequire } from 'node:module'; const require = __ckRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync('dist', { recursive: true, force: true });
  rmSync(META_DIR, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // Before the CDN and server builds write into dist/: only tsc's modules (the npm entry points) are rewritten.
  await minifyCssInModules('dist');
  await buildCdn();
  if (existsSync('src/server/cli.ts')) await buildServer();
  execFileSync('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', 'src/shared/**/*.ts', '--outdir', '.'], { stdio: 'inherit' });
  console.log('build: dist/ (library + types), dist/cdn/ (script tags), dist/node/server.js, custom-elements.json');
}
