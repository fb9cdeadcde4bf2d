/**
 * Section 1: transfer size of every script-tag entry (with the chunks it imports statically, i.e. what loads
 * before the element can render), of the lazily loaded auth chunk, and of reference libraries bundled the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildCdn, CDN_ENTRIES } from '../../scripts/build.mjs';
import { CDN_DIR, REPO_ROOT } from './paths.js';

export interface ByteRow {
  name: string;
  kind: 'entry' | 'ready' | 'lazy' | 'reference';
  /** Files counted (entry + static imports); 1 for references. */
  files: number;
  min: number;
  gzip: number;
  brotli: number;
  /** False for figures copied from anchors.md rather than measured in this run. */
  measured: boolean;
  note?: string;
  /** Per file (paths relative to dist/cdn), for entries and chunks. */
  breakdown?: Array<{ file: string; min: number; gzip: number }>;
}

export interface BytesResult {
  built: boolean;
  rows: ByteRow[];
}

const gzipSize = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;
const brotliSize = (b: Uint8Array) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/cdn when an entry is missing or any source file is newer than the oldest entry. */
export async function ensureCdnBuilt(): Promise<boolean> {
  const outputs = Object.keys(CDN_ENTRIES)
    .filter((name) => existsSync(join(REPO_ROOT, CDN_ENTRIES[name])))
    .map((name) => join(CDN_DIR, `${name}.js`));
  const stale =
    outputs.some((file) => !existsSync(file)) ||
    Math.min(...outputs.map((file) => statSync(file).mtimeMs)) < newestMtime(join(REPO_ROOT, 'src'));
  if (stale) await buildCdn();
  return stale;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function imports(file: string, pattern: RegExp): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));
}

/** The file and everything it imports statically, transitively. */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file, STATIC_IMPORT)) staticClosure(dep, seen);
  return seen;
}

/**
 * What an element loads before it does its main job: its static closure plus the chunks it fetches right away
 * (the HTTP client, search), i.e. every reachable chunk but the on-demand ones. Same rule as `.size-limit.cjs`.
 */
const ON_DEMAND: Record<string, RegExp> = {
  'job-list.js': /\/(define|sanitize|virtualize|flow)-[^/]*\.js$/,
  'skill-picker.js': /\/(messages\.\w+|skill-(suggestions|tree|details))-[^/]*\.js$/,
};

function readyClosure(file: string, onDemand: RegExp, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || (seen.size > 0 && onDemand.test(file))) return seen;
  seen.add(file);
  for (const dep of [...imports(file, STATIC_IMPORT), ...imports(file, DYNAMIC_IMPORT)]) readyClosure(dep, onDemand, seen);
  return seen;
}

function measureFiles(files: Iterable<string>): Pick<ByteRow, 'files' | 'min' | 'gzip' | 'brotli' | 'breakdown'> {
  const out = { files: 0, min: 0, gzip: 0, brotli: 0, breakdown: [] as NonNullable<ByteRow['breakdown']> };
  for (const file of files) {
    const bytes = readFileSync(file);
    const gzip = gzipSize(bytes);
    out.files++;
    out.min += bytes.length;
    out.gzip += gzip;
    out.brotli += brotliSize(bytes);
    out.breakdown.push({ file: relative(CDN_DIR, file), min: bytes.length, gzip });
  }
  return out;
}

async function bundleReference(source: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** anchors.md §D1 (esbuild, ESM, minified, production condition); Shoelace is not a dependency here. */
const SHOELACE_SELECT = { min: 106_700, gzip: 31_700, brotli: 27_500 };

export async function measureBytes(): Promise<BytesResult> {
  const built = await ensureCdnBuilt();
  const rows: ByteRow[] = [];
  const entries = readdirSync(CDN_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const closures = new Map<string, Set<string>>();
  for (const name of entries) {
    const file = join(CDN_DIR, name);
    const closure = staticClosure(file);
    closures.set(name, closure);
    rows.push({
      name: `${name}`,
      kind: 'entry',
      ...measureFiles(closure),
      measured: true,
      note: closure.size > 1 ? `entry + ${closure.size - 1} shared chunk(s)` : undefined,
    });
  }
  for (const [name, onDemand] of Object.entries(ON_DEMAND)) {
    const file = join(CDN_DIR, name);
    if (!existsSync(file)) continue;
    const ready = readyClosure(file, onDemand);
    rows.push({ name: `${name} ready`, kind: 'ready', ...measureFiles(ready), measured: true, note: 'with the chunks it fetches at once (HTTP client, search)' });
  }
  // The auth chunk the apply button imports on click, less what the button already loaded.
  const button = join(CDN_DIR, 'apply-button.js');
  if (existsSync(button)) {
    const auth = imports(button, DYNAMIC_IMPORT).find((f) => /\/auth-[^/]*\.js$/.test(f));
    if (auth) {
      const already = closures.get('apply-button.js')!;
      const extra = [...staticClosure(auth)].filter((f) => !already.has(f));
      rows.push({
        name: relative(CDN_DIR, auth).replace(/-[A-Z0-9]{8}\.js$/, '-*.js'),
        kind: 'lazy',
        ...measureFiles(extra),
        measured: true,
        note: 'loaded on click by apply-button.js',
      });
    }
  }
  for (const [name, source, note] of [
    ['lit 3 (LitElement, html, css)', "export { LitElement, html, css } from 'lit';", 'anchors §D1: 5.8 kB gzip'],
    ['oidc-client-ts UserManager', "export { UserManager } from 'oidc-client-ts';", 'anchors §D1: 17.1 kB gzip'],
  ] as const) {
    const bytes = await bundleReference(source);
    rows.push({ name, kind: 'reference', files: 1, min: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes), measured: true, note });
  }
  rows.push({
    name: 'Shoelace sl-select + sl-option',
    kind: 'reference',
    files: 1,
    ...SHOELACE_SELECT,
    measured: false,
    note: '(from anchors.md, not measured here)',
  });
  return { built, rows };
}
