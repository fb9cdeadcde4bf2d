/**
 * examples/script-tag as a partner runs it: its pages and the script-tag build (dist/cdn, as /assets/careerkit/)
 * served next to the sandbox by `sandboxListener`, in real Chromium. The job list renders, choosing a job hands its
 * id to the slotted apply button and the page's own script, and the callback page and its script are reachable.
 * Needs `npm run build` (dist/cdn); skips without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { requireChromium, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { sandboxListener } from '../../src/sandbox/middleware.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CDN = join(ROOT, 'dist/cdn');
const SITE = join(ROOT, 'examples/script-tag');
const TYPES = new Map([['.html', 'text/html; charset=utf-8'], ['.js', 'text/javascript; charset=utf-8']]);

test('examples/script-tag runs on the sandbox inside a plain node:http server', { skip: !existsSync(join(CDN, 'careerkit.js')) && 'dist/cdn missing: run npm run build', timeout: 60_000 }, async (t) => {
  const server = createServer(
    sandboxListener({ redirectUris: ['/callback.html'] }, (req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!));
      const file = path.startsWith('/assets/careerkit/') ? join(CDN, path.slice('/assets/careerkit/'.length)) : join(SITE, path === '/' ? 'index.html' : path);
      if (!(file.startsWith(CDN) || file.startsWith(SITE)) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream' }).end(readFileSync(file));
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_FLAGS });
  t.after(async () => {
    await browser.close();
    server.closeAllConnections();
    server.close();
  });

  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  page.on('response', (response) => void (response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)));

  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (document.querySelector('ck-job-list')?.shadowRoot?.querySelectorAll('[part~=card]').length ?? 0) === 10, null, { timeout: 20_000 });
  await page.locator('ck-job-list [part~=card]').first().click();
  await page.waitForFunction(() => document.getElementById('applying-for')?.textContent?.startsWith('Applying for: '), null, { timeout: 10_000 });
  const ids = await page.evaluate(() => ({
    button: (document.getElementById('smartcv') as HTMLElement & { jobId?: string }).jobId,
    field: (document.querySelector('[name=job_id]') as HTMLInputElement).value,
  }));
  assert.ok(ids.button, 'the slotted apply button got no job id');
  assert.equal(ids.field, ids.button);
  // The button is rendered and usable inside the job's details.
  assert.equal(await page.locator('ck-apply-button >> button').isEnabled(), true);

  // The callback page loads its one script (and nothing else).
  const callback = await browser.newPage();
  const scripts: string[] = [];
  callback.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
  await callback.goto(`${origin}/callback.html`);
  await callback.waitForLoadState('networkidle');
  assert.ok(scripts.includes('/assets/careerkit/callback.js'), scripts.join(', '));
  assert.ok(scripts.every((path) => path.startsWith('/assets/careerkit/')), scripts.join(', '));

  assert.deepEqual(problems, []);
});
