// Gzip budgets of the script-tag files (the issues' budgets; tighten as the kit shrinks).
// An entry counts with every chunk it imports statically, i.e. what the browser must load before the element
// works; the lazy auth chunk counts with what it adds beyond the button shell. esbuild's metafile tells which.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const CDN = 'dist/cdn';
// Written by scripts/build.mjs beside dist/, never inside it (build metadata is neither published nor hosted).
const META = '.build/meta';

function graph(name) {
  const file = join(META, `${name}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')).outputs;
  } catch (error) {
    // Without the graph an entry would be measured alone and every budget would pass: refuse instead.
    throw new Error(`${file}: ${error.code ?? error.message}; run \`npm run build\` first`);
  }
}

/** Output files loaded before `start` runs: itself plus its static imports, transitively. */
function staticClosure(outputs, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const dep of outputs[file].imports ?? []) if (dep.kind === 'import-statement') visit(dep.path);
  };
  visit(start);
  return [...seen];
}

function entryFiles(name) {
  const outputs = graph(name);
  const entry = `${CDN}/${name}.js`;
  return staticClosure(outputs, entry);
}

/**
 * What an element needs before it does its main job: the entry, its static imports, and the chunks it fetches
 * right away (e.g. the HTTP client), i.e. every reachable chunk except the on-demand ones named by `onDemand`.
 */
function readyFiles(name, onDemand) {
  const outputs = graph(name);
  const entry = `${CDN}/${name}.js`;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs[file] || (file !== entry && onDemand.test(file))) return;
    seen.add(file);
    for (const dep of outputs[file].imports ?? []) visit(dep.path);
  };
  visit(entry);
  return [...seen];
}

function lazyChunkFiles(name, chunkPrefix) {
  const outputs = graph(name);
  const chunk = Object.keys(outputs).find((f) => f.startsWith(`${CDN}/chunks/${chunkPrefix}-`) && f.endsWith('.js'));
  if (!chunk) return [`${CDN}/chunks/${chunkPrefix}-missing.js`];
  const alreadyLoaded = new Set(staticClosure(outputs, `${CDN}/${name}.js`));
  return staticClosure(outputs, chunk).filter((f) => !alreadyLoaded.has(f));
}

// The issues' budgets apply to the script-tag entry as loaded before first paint ("entry" rows). The elements fetch
// ky (8.9 kB gzip on its own) beside that, so the "ready" rows count it too, with budgets that guard what ships now.
module.exports = [
  { name: 'cdn/job-list.js entry (lit + element, first paint)', path: entryFiles('job-list'), limit: '20 kB', gzip: true },
  { name: 'cdn/apply-button.js (button shell, no lit)', path: entryFiles('apply-button'), limit: '5 kB', gzip: true },
  { name: 'cdn/callback.js (OAuth callback page)', path: entryFiles('callback'), limit: '1.5 kB', gzip: true },
  { name: 'cdn auth chunk (lazy SmartCV sign-in)', path: lazyChunkFiles('apply-button', 'auth'), limit: '20 kB', gzip: true },
  { name: 'cdn/skill-picker.js entry (lit + element, first paint)', path: entryFiles('skill-picker'), limit: '22 kB', gzip: true },
  { name: 'cdn/job-list.js ready (+ ky client)', path: readyFiles('job-list', /\/(define|sanitize|virtualize|flow)-/), limit: '30 kB', gzip: true },
  { name: 'cdn/skill-picker.js ready (+ ky client, search)', path: readyFiles('skill-picker', /\/(messages\.\w+|skill-(suggestions|tree|details))-/), limit: '28 kB', gzip: true },
];
