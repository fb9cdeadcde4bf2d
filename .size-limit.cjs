// Gzip budgets of the script-tag files (the issues' budgets; tighten as the kit shrinks).
// An entry counts with every chunk it imports statically, i.e. what the browser must load before the element
// works; the lazy auth chunk counts with what it adds beyond the button shell. esbuild's metafile tells which.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const CDN = 'dist/cdn';

function graph(name) {
  try {
    return JSON.parse(readFileSync(join(CDN, 'meta', `${name}.json`), 'utf8')).outputs;
  } catch {
    return undefined;
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
  return outputs ? staticClosure(outputs, entry) : [entry];
}

function lazyChunkFiles(name, chunkPrefix) {
  const outputs = graph(name);
  if (!outputs) return [`${CDN}/chunks/${chunkPrefix}-missing.js`];
  const chunk = Object.keys(outputs).find((f) => f.startsWith(`${CDN}/chunks/${chunkPrefix}-`) && f.endsWith('.js'));
  if (!chunk) return [`${CDN}/chunks/${chunkPrefix}-missing.js`];
  const alreadyLoaded = new Set(staticClosure(outputs, `${CDN}/${name}.js`));
  return staticClosure(outputs, chunk).filter((f) => !alreadyLoaded.has(f));
}

module.exports = [
  { name: 'cdn/job-list.js (lit + ky + element)', path: entryFiles('job-list'), limit: '20 kB', gzip: true },
  { name: 'cdn/apply-button.js (button shell, no lit)', path: entryFiles('apply-button'), limit: '5 kB', gzip: true },
  { name: 'cdn auth chunk (lazy SmartCV sign-in)', path: lazyChunkFiles('apply-button', 'auth'), limit: '20 kB', gzip: true },
  { name: 'cdn/skill-picker.js (lit + ky + element)', path: entryFiles('skill-picker'), limit: '22 kB', gzip: true },
];
