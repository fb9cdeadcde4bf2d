/**
 * End to end over the running demo (scripts/demo-server.ts, started here on a free port) with real Chromium:
 * browse jobs, filter by country, open a job, Apply with SmartCV (popup and redirect), approve on the sandbox
 * consent page, check the prefill and the suggested skills, accept two, submit and check the payload. Also on the
 * script-tag page, which loads only the CDN bundle. Screenshots of every step go to test-artifacts/e2e/.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDemo, type Demo } from '../../scripts/demo-server.js';
import { CHROMIUM_FLAGS, requireChromium } from '../../scripts/chromium.mjs';

const ARTIFACTS = 'test-artifacts/e2e';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The sandbox candidate chosen on the consent page, and what SmartCV holds for them. */
const CANDIDATE = { profile: 'everyday', given_name: 'Thabo', family_name: 'Nkosi', email: 'thabo.nkosi@example.com' };

let demo: Demo;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

interface LoadedJob {
  id: string;
  title: string;
  country?: string;
}

/** Screenshots numbered per test: `<test>-<nn>-<step>.png`. */
function shooter(name: string) {
  let step = 0;
  return async (label: string, target: Page = page) => {
    step += 1;
    await target.screenshot({ path: `${ARTIFACTS}/${name}-${String(step).padStart(2, '0')}-${label}.png`, fullPage: true });
  };
}

/** Every `ck-jobs-loaded` of the page, reduced to what the checks need. */
const loadedPages = (target: Page) => target.evaluate(() => (window as unknown as { __ckLoaded: LoadedJob[][] }).__ckLoaded);

async function openPage(path: string) {
  await page.goto(new URL(path, demo.url).href);
  await page.locator('ck-job-list [part~="card"]').first().waitFor();
}

/** Picks Kenya in the list's country filter; answers the jobs of the filtered page (all in Kenya). */
async function filterByCountry(): Promise<LoadedJob[]> {
  const before = (await loadedPages(page)).length;
  await page.locator('ck-job-list select#country').selectOption({ label: 'Kenya' });
  await page.waitForFunction((n) => (window as unknown as { __ckLoaded: unknown[] }).__ckLoaded.length > n, before);
  const jobs = (await loadedPages(page)).at(-1)!;
  assert.ok(jobs.length > 0, 'no jobs in Kenya');
  for (const job of jobs) assert.equal(job.country, 'KE', `${job.title} is not in Kenya`);
  assert.match(page.url(), /jobs_country=/, 'the filter is not in the URL (sync-url)');
  await page.locator(`ck-job-list [data-id="${jobs[0].id}"]`).waitFor();
  return jobs;
}

/** Consent page (in the popup or this tab): choose the sandbox candidate and approve. */
async function approveConsent(target: Page, shot: ReturnType<typeof shooter>) {
  await target.waitForURL(/\/sandbox\/smartcv\/oauth\/authorize/);
  await target.locator('form#consent').waitFor();
  await target.locator(`input[name="profile"][value="${CANDIDATE.profile}"]`).check();
  await shot('consent', target);
  await target.locator('button[name="decision"][value="approve"]').click();
}

/** Apply with SmartCV in `mode`, approve, and wait for the prefilled form. */
async function signIn(mode: 'popup' | 'redirect', shot: ReturnType<typeof shooter>, returnPath: RegExp) {
  const button = page.locator('ck-apply-button button');
  if (mode === 'popup') {
    const [popup] = await Promise.all([context.waitForEvent('page'), button.click()]);
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await approveConsent(popup, shot);
    await closed;
  } else {
    await button.click();
    await approveConsent(page, shot);
    await page.waitForURL(returnPath);
  }
  await page.waitForFunction((email) => document.querySelector<HTMLInputElement>('#email')?.value === email, CANDIDATE.email, { timeout: 10_000 });
  for (const name of ['given_name', 'family_name', 'email'] as const) {
    assert.equal(await page.locator(`form#application [name="${name}"]`).inputValue(), CANDIDATE[name], `${name} not prefilled`);
  }
}

/** Waits for the profile's skill suggestions, accepts two, answers their UUIDs in order. */
async function acceptTwoSuggestions(shot: ReturnType<typeof shooter>): Promise<string[]> {
  const suggestions = page.locator('ck-skill-picker [part~="suggestion"]');
  await page.waitForFunction(() => (document.querySelector('ck-skill-picker')?.shadowRoot?.querySelectorAll('[part~="suggestion"]').length ?? 0) >= 2, null, {
    timeout: 10_000,
  });
  await shot('suggested');
  assert.ok((await suggestions.count()) >= 2);
  for (let i = 0; i < 2; i++) await page.locator('ck-skill-picker [part~="suggestion-accept"]').first().click();
  await page.locator('ck-skill-picker [part~="chip"]').nth(1).waitFor();
  const value = await page.evaluate(() => (document.querySelector('ck-skill-picker') as HTMLElement & { value: string[] }).value);
  assert.equal(value.length, 2);
  await shot('accepted');
  return value;
}

/** Submits the application form; answers the JSON payload the page shows. */
async function submit(shot: ReturnType<typeof shooter>): Promise<Record<string, unknown>> {
  await page.locator('form#application button[type="submit"]').click();
  const out = page.locator('#payload');
  await out.waitFor();
  await shot('payload');
  return JSON.parse((await out.textContent()) ?? '') as Record<string, unknown>;
}

function checkPayload(payload: Record<string, unknown>, jobId: string, skills: string[]) {
  assert.equal(payload.job_id, jobId);
  assert.equal(payload.given_name, CANDIDATE.given_name);
  assert.equal(payload.family_name, CANDIDATE.family_name);
  assert.equal(payload.email, CANDIDATE.email);
  assert.deepEqual(payload.skills, skills);
  for (const uuid of skills) assert.match(uuid, UUID);
}

/** Search page → filter → job page → application page (the Vite-built site). */
async function searchToApplication(shot: ReturnType<typeof shooter>): Promise<LoadedJob> {
  await openPage('/');
  await shot('jobs');
  const [job] = await filterByCountry();
  await shot('filtered');
  await page.locator(`ck-job-list [data-id="${job.id}"] [part~="title"]`).click();
  await page.waitForURL(/\/job\.html\?id=/);
  assert.equal(new URL(page.url()).searchParams.get('id'), job.id);
  await page.locator('ck-job-detail [part~="title"]').waitFor();
  assert.equal((await page.locator('ck-job-detail [part~="title"]').textContent())?.trim(), job.title);
  await shot('job');
  await page.locator('#apply-link').click();
  await page.waitForURL(/\/apply\.html\?job=/);
  await page.locator('#job-summary').waitFor();
  await shot('application');
  return job;
}

describe('demo career site, end to end', { timeout: 120_000 }, () => {
  before(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await startDemo({ port: 0, watch: false });
    browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  beforeEach(async (t) => {
    // SmartCV allows 100 sign-ins an hour: every test starts from a fresh sandbox.
    const reset = await fetch(new URL('/__stack/reset', demo.url), { method: 'POST', headers: { 'x-careerkit': '1', 'content-type': 'application/json' } });
    assert.equal(reset.status, 200);
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    await context.addInitScript(() => {
      const loaded: unknown[] = [];
      (window as unknown as { __ckLoaded: unknown[] }).__ckLoaded = loaded;
      document.addEventListener('ck-jobs-loaded', (event) => {
        const items = (event as CustomEvent<{ items: Array<{ id: string; title: string; location?: { country?: { code?: string } } }> }>).detail.items;
        loaded.push(items.map((job) => ({ id: job.id, title: job.title, country: job.location?.country?.code })));
      });
    });
    page = await context.newPage();
    errors = [];
    page.on('pageerror', (error) => errors.push(`${t.name}: ${error.message}`));
  });

  it('search, filter, job, Apply with SmartCV in a popup, two suggested skills, payload', async () => {
    const shot = shooter('popup');
    const job = await searchToApplication(shot);
    await signIn('popup', shot, /\/apply\.html/);
    await shot('prefilled');
    const skills = await acceptTwoSuggestions(shot);
    checkPayload(await submit(shot), job.id, skills);
    assert.deepEqual(errors, []);
  });

  it('the same with a full-page redirect to SmartCV and back', async () => {
    const shot = shooter('redirect');
    const job = await searchToApplication(shot);
    await page.locator('input[name="signin-mode"][value="redirect"]').check();
    assert.match(page.url(), /mode=redirect/);
    await signIn('redirect', shot, /\/apply\.html\?job=.*mode=redirect/);
    await shot('prefilled');
    const skills = await acceptTwoSuggestions(shot);
    checkPayload(await submit(shot), job.id, skills);
    assert.deepEqual(errors, []);
  });

  for (const mode of ['popup', 'redirect'] as const) {
    it(`script-tag page (CDN bundle only), ${mode}: filter, open the job inline, apply, payload`, async () => {
      const shot = shooter(`script-tag-${mode}`);
      const scripts: string[] = [];
      const documents: string[] = [];
      context.on('request', (request) => {
        // Scripts of the script-tag page and of its callback page (not of the SmartCV pages in between).
        const path = new URL(request.url()).pathname;
        if (request.resourceType() === 'document') documents.push(path);
        if (request.resourceType() === 'script' && /\/(script-tag|callback-cdn)\.html/.test(request.frame().url())) scripts.push(path);
      });
      await openPage(mode === 'redirect' ? '/script-tag.html?mode=redirect' : '/script-tag.html');
      await shot('jobs');
      const [job] = await filterByCountry();
      await shot('filtered');
      await page.locator(`ck-job-list [data-id="${job.id}"] [part~="title"]`).click();
      await page.locator('ck-job-detail [part~="title"]').waitFor();
      assert.equal((await page.locator('ck-job-detail [part~="title"]').textContent())?.trim(), job.title);
      assert.equal(await page.locator('ck-apply-button').getAttribute('job-id'), job.id);
      await shot('job');
      await signIn(mode, shot, /\/script-tag\.html\?.*mode=redirect/);
      await shot('prefilled');
      const skills = await acceptTwoSuggestions(shot);
      checkPayload(await submit(shot), job.id, skills);
      // The button's redirect-uri: SmartCV answered to the script-tag callback page, not the Vite-built one.
      assert.ok(documents.includes('/callback-cdn.html'), `callback pages: ${documents.join(', ')}`);
      assert.ok(!documents.includes('/callback.html'));
      // Nothing but the script-tag bundle and its own chunks: no dev-server code on these pages.
      assert.ok(scripts.includes('/cdn/callback.js'));
      for (const path of scripts) assert.match(path, /^\/cdn\//, `${path} is not from the bundle`);
      assert.deepEqual(errors, []);
    });
  }
});
