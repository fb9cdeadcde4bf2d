import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Storybook's Vite pre-bundles browser dependencies up front; one it discovers mid-run makes Vite reload the
// page and the story tests fail at random. Every package the browser-side code imports must be listed.
const NODE_ONLY = /(^src\/server\/(node|express|cli|store-redis)\.ts$|^src\/sandbox\/middleware\.ts$|\.node\.ts$|^src\/react\/|^src\/sandbox\/vite-plugin\.ts$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

test('every bare import of the browser-side code is pre-bundled for Storybook', () => {
  const main = readFileSync('.storybook/main.ts', 'utf8');
  const listed = new Set([...main.slice(main.indexOf('BROWSER_DEPS'), main.indexOf('];')).matchAll(/'([^']+)'/g)].map((m) => m[1]));
  const imported = new Set<string>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('stories')]) {
    if (NODE_ONLY.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^'.][^']*)'/gm),
      ...text.matchAll(/\bimport\(\s*'([^'.][^']*)'\s*\)/g),
    ];
    for (const m of specifiers) {
      if (!m[1].startsWith('node:') && !/^(storybook|@storybook)\b/.test(m[1])) imported.add(m[1]);
    }
  }
  assert.ok(imported.has('lit'), 'the scan found the browser imports');
  const missing = [...imported].filter((name) => !listed.has(name)).sort();
  assert.deepEqual(missing, [], `add to BROWSER_DEPS in .storybook/main.ts: ${missing.join(', ')}`);
});
