import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticClosure } from '../../bench/lib/bytes.js';
import { median, percentile } from '../../bench/lib/stats.js';
import { bytesChart, latencyCdfChart } from '../../bench/lib/svg.js';

test('median and nearest-rank percentile', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(sorted, 50), 50);
  assert.equal(percentile(sorted, 95), 95);
  assert.equal(percentile(sorted, 100), 100);
  assert.equal(percentile([7], 99), 7);
});

test('staticClosure follows static imports transitively and skips dynamic ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'entry.js'), 'import{a}from"./chunks/a.js";import"./chunks/side.js";const x=()=>import("./chunks/lazy.js");');
  writeFileSync(join(dir, 'chunks/a.js'), 'import{b}from"./b.js";export const a=b;');
  writeFileSync(join(dir, 'chunks/b.js'), 'export const b=1;');
  writeFileSync(join(dir, 'chunks/side.js'), 'console.log(1);');
  writeFileSync(join(dir, 'chunks/lazy.js'), 'export const lazy=1;');
  const files = [...staticClosure(join(dir, 'entry.js'))].map((f) => f.slice(dir.length + 1)).sort();
  assert.deepEqual(files, ['chunks/a.js', 'chunks/b.js', 'chunks/side.js', 'entry.js']);
});

test('charts are labelled SVG: title, desc, escaped text, one bar or line per datum', () => {
  const bars = bytesChart(
    [
      { label: 'job-list.js', value: 18_000, kind: 'entry' },
      { label: 'a <b> & c', value: 31_700, kind: 'anchor' },
    ],
    'Bytes',
  );
  assert.match(bars, /^<svg [^>]*role="img"[^>]*aria-labelledby="bytes-title bytes-desc"/);
  assert.match(bars, /<title id="bytes-title">Bytes<\/title>/);
  assert.match(bars, /<desc id="bytes-desc">[^<]*job-list\.js: 18\.0 kB gzip[^<]*not measured here/);
  assert.ok(bars.includes('a &lt;b&gt; &amp; c') && !bars.includes('a <b>'));
  assert.equal((bars.match(/<rect x="250" y="[\d.]+" width="[\d.]+" height="18"/g) ?? []).length, 2, 'one bar per datum');

  const cdf = latencyCdfChart(
    [
      { label: 'index', samples: [0.5, 1, 2, 4], color: '#00f' },
      { label: 'regex', samples: [10, 20, 40, 80], color: '#f00', dash: '4 2' },
    ],
    'Latency',
    5,
  );
  assert.match(cdf, /<title id="latency-title">Latency<\/title>/);
  assert.match(cdf, /index: p50 1\.00 ms, p95 4\.00 ms/);
  assert.equal((cdf.match(/<path /g) ?? []).length, 2);
  assert.ok(cdf.includes('target p95 ≤ 5 ms'));
});
