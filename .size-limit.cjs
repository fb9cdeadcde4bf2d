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

// Budgets at what ships (measured 2026-12-03 on main with ky 1.14) plus ~0.3 kB, so growth shows. The "entry" rows
// are what loads before first paint; the "ready" rows add the chunks the element fetches at once (the ky client, search).
// Goal for both "ready" rows: under 25 kB (issue 16). Measured: job-list.js ready 26.86 kB, skill-picker.js ready
// 25.05 kB; the ky client chunk alone is 6.3 kB of each. Lower these limits as the elements and the client shrink.
// Issue 13 (round 2, third session): job-list.js and skill-picker.js define <ck-provider> too (+0.45 / +0.54 kB gzip),
// the elements say "still loading", the picker sends occupation/job-title; issue 18 moved every non-English string to
// lazy per-locale files (job-list entry −0.52 kB). Net: job-list entry 20.10 → 20.31 kB, picker entry 15.11 → 15.82 kB,
// auth chunk 19.56 → 20.51 kB (popup Show window/Cancel, redirect draft), shell 4.93 → 5.01 kB (status area).
// Round 2, fourth session: the picker waits for its language file through the shared StringsController (at most
// 2 s, then English; before, a stalled file meant no picker at all): picker entry 15.82 → 15.96 kB, ready 22.02 kB.
// Then the build minified the css`` literals (scripts/css-literals.mjs, Lightning CSS; esbuild leaves template text
// as written): job-list entry 20.33 → 19.87, shell 5.01 → 4.80, picker entry 15.96 → 15.47, job-list ready
// 23.08 → 22.64, picker ready 22.02 → 21.39, editor entry 28.89 → 28.18, editor all 67.08 → 65.71 kB. Budgets follow.
// The redirect draft comes back after the Back button too (no SmartCV answer): auth chunk 20.51 → 20.73 kB (lazy,
// on hover/focus), shell 4.80 → 4.85 kB (it looks for a draft before loading the chunk).
module.exports = [
  { name: 'cdn/job-list.js entry (lit + element, first paint)', path: entryFiles('job-list'), limit: '20 kB', gzip: true },
  { name: 'cdn/apply-button.js (button shell, no lit)', path: entryFiles('apply-button'), limit: '4.9 kB', gzip: true },
  { name: 'cdn/callback.js (OAuth callback page)', path: entryFiles('callback'), limit: '1.5 kB', gzip: true },
  { name: 'cdn auth chunk (lazy SmartCV sign-in)', path: lazyChunkFiles('apply-button', 'auth'), limit: '20.8 kB', gzip: true },
  { name: 'cdn/skill-picker.js entry (lit + element, first paint)', path: entryFiles('skill-picker'), limit: '15.6 kB', gzip: true },
  { name: 'cdn/job-list.js ready (+ client)', path: readyFiles('job-list', /\/(define|sanitize|virtualize|flow|messages\.\w+)-/), limit: '22.8 kB', gzip: true },
  { name: 'cdn/skill-picker.js ready (+ client, search)', path: readyFiles('skill-picker', /\/(messages\.\w+|skill-(suggestions|tree|details))-/), limit: '21.5 kB', gzip: true },
  // A recruiter tool on a recruiter page: lit, the editor and <ck-skill-picker> up front; ky, the <ck-job-detail> preview,
  // DOMPurify (the preview's and the submit's sanitizer), the picker's parts and the locales right after.
  { name: 'cdn/job-editor.js entry (lit, editor, picker)', path: entryFiles('job-editor'), limit: '28.3 kB', gzip: true },
  { name: 'cdn/job-editor.js everything it may load', path: readyFiles('job-editor', /$^/), limit: '66.5 kB', gzip: true },
];
