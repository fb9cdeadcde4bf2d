/**
 * The candidate's flows end to end in the engine CK_ENGINE names (chromium, firefox, webkit), through the shared
 * driver (test/support/e2e-driver.ts): search, filter by country, open a job, Apply with SmartCV in a popup,
 * approve on the sandbox consent page, prefill, accept two suggested skills, submit and check the payload; and the
 * script-tag page (CDN bundle only) with a full-page redirect. demo.test.ts covers more detail in Chromium via
 * Playwright (request-level checks this driver does not have). Screenshots go to test-artifacts/e2e-<engine>/.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { startDemo, type Demo } from '../../scripts/demo-server.js';
import { selectedEngine, whyNotAvailable } from '../support/engines.mjs';
import { deepQuery, launchDriver, waitFor, waitForSelector, waitForUrl, type Driver } from '../support/e2e-driver.js';

const engine = selectedEngine();
const ARTIFACTS = `test-artifacts/e2e-${engine}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CANDIDATE = { profile: 'everyday', given_name: 'Thabo', family_name: 'Nkosi', email: 'thabo.nkosi@example.com' };

interface LoadedJob {
  id: string;
  title: string;
  country?: string;
}

let demo: Demo;
let driver: Driver;

function shooter(name: string) {
  let step = 0;
  return async (label: string) => {
    step += 1;
    await driver.screenshot(`${ARTIFACTS}/${name}-${String(step).padStart(2, '0')}-${label}.png`);
  };
}

async function openPage(path: string) {
  await driver.goto(new URL(path, demo.url).href);
  await waitForSelector(driver, 'ck-job-list >>> [part~="card"]');
}

/** Picks Kenya in the list's country filter (value + change, as a user's pick); answers the filtered jobs. */
async function filterByCountry(): Promise<LoadedJob[]> {
  // The country options come from the lookups request, which may answer after the first cards (a busy machine).
  await waitFor(
    driver,
    () => [...((deepQuery('ck-job-list >>> select#country') as HTMLSelectElement | null)?.options ?? [])].some((o) => o.textContent?.trim() === 'Kenya'),
    [],
    'the Kenya option',
  );
  await driver.evaluate(() => {
    const w = window as unknown as { __ckLoaded: LoadedJob[][] };
    w.__ckLoaded = [];
    document.addEventListener('ck-jobs-loaded', (event) => {
      const items = (event as CustomEvent<{ items: Array<{ id: string; title: string; location?: { country?: { code?: string } } }> }>).detail.items;
      w.__ckLoaded.push(items.map((job) => ({ id: job.id, title: job.title, country: job.location?.country?.code })));
    });
    const select = deepQuery('ck-job-list >>> select#country') as HTMLSelectElement;
    const kenya = [...select.options].find((o) => o.textContent?.trim() === 'Kenya');
    if (!kenya) throw new Error('no Kenya option');
    select.value = kenya.value;
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  });
  const jobs = await waitFor<LoadedJob[]>(driver, () => (window as unknown as { __ckLoaded: LoadedJob[][] }).__ckLoaded.at(-1), [], 'the filtered page');
  assert.ok(jobs.length > 0, 'no jobs in Kenya');
  for (const job of jobs) assert.equal(job.country, 'KE', `${job.title} is not in Kenya`);
  assert.match(await driver.url(), /jobs_country=/, 'the filter is not in the URL (sync-url)');
  await waitForSelector(driver, `ck-job-list >>> [data-id="${jobs[0].id}"]`);
  return jobs;
}

const text = (selector: string) => driver.evaluate<string | undefined>((s: string) => deepQuery(s)?.textContent?.trim(), selector);

async function approveConsent(shot: ReturnType<typeof shooter>) {
  await waitForUrl(driver, /\/sandbox\/smartcv\/oauth\/authorize/);
  await waitForSelector(driver, 'form#consent');
  await driver.click(`input[name="profile"][value="${CANDIDATE.profile}"]`);
  await shot('consent');
  await driver.click('button[name="decision"][value="approve"]');
}

async function signIn(mode: 'popup' | 'redirect', shot: ReturnType<typeof shooter>, returnPath: RegExp) {
  if (mode === 'popup') {
    await driver.withPopup(
      () => driver.click('ck-apply-button >>> button'),
      () => approveConsent(shot),
    );
  } else {
    await driver.click('ck-apply-button >>> button');
    await approveConsent(shot);
    await waitForUrl(driver, returnPath);
  }
  await waitFor(driver, (email: string) => (document.querySelector('#email') as HTMLInputElement | null)?.value === email, [CANDIDATE.email], 'the prefilled email');
  for (const name of ['given_name', 'family_name', 'email'] as const) {
    const value = await driver.evaluate<string>((n: string) => (document.querySelector(`form#application [name="${n}"]`) as HTMLInputElement).value, name);
    assert.equal(value, CANDIDATE[name], `${name} not prefilled`);
  }
}

async function acceptTwoSuggestions(shot: ReturnType<typeof shooter>): Promise<string[]> {
  const count = (part: string) =>
    driver.evaluate<number>((p: string) => document.querySelector('ck-skill-picker')?.shadowRoot?.querySelectorAll(`[part~="${p}"]`).length ?? 0, part);
  await waitFor(driver, () => (document.querySelector('ck-skill-picker')?.shadowRoot?.querySelectorAll('[part~="suggestion"]').length ?? 0) >= 2, [], 'two suggestions');
  await shot('suggested');
  for (let i = 0; i < 2; i++) {
    const chips = await count('chip');
    await driver.click('ck-skill-picker >>> [part~="suggestion-accept"]');
    await waitFor(driver, (n: number) => (document.querySelector('ck-skill-picker')?.shadowRoot?.querySelectorAll('[part~="chip"]').length ?? 0) > n, [chips], 'a new chip');
  }
  const value = await driver.evaluate<string[]>(() => (document.querySelector('ck-skill-picker') as HTMLElement & { value: string[] }).value);
  assert.equal(value.length, 2);
  await shot('accepted');
  return value;
}

async function submit(shot: ReturnType<typeof shooter>): Promise<Record<string, unknown>> {
  await driver.click('form#application button[type="submit"]');
  const payload = await waitFor<string>(driver, () => document.querySelector('#payload')?.textContent, [], 'the payload');
  await shot('payload');
  return JSON.parse(payload) as Record<string, unknown>;
}

function checkPayload(payload: Record<string, unknown>, jobId: string, skills: string[]) {
  assert.equal(payload.job_id, jobId);
  assert.equal(payload.given_name, CANDIDATE.given_name);
  assert.equal(payload.family_name, CANDIDATE.family_name);
  assert.equal(payload.email, CANDIDATE.email);
  assert.deepEqual(payload.skills, skills);
  for (const uuid of skills) assert.match(uuid, UUID);
}

const missing = whyNotAvailable(engine);

describe(`candidate flows end to end (${engine})`, { timeout: 180_000, skip: missing ? `${engine} not installed: ${missing}` : false }, () => {
  before(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await startDemo({ port: 0, watch: false });
    driver = await launchDriver(engine);
    console.log(`e2e engine: ${engine} ${driver.version}`);
  });

  after(async () => {
    await driver?.close();
    await demo?.close();
  });

  beforeEach(async () => {
    const reset = await fetch(new URL('/__stack/reset', demo.url), { method: 'POST', headers: { 'x-careerkit': '1', 'content-type': 'application/json' } });
    assert.equal(reset.status, 200);
  });

  it('search, filter, job, Apply with SmartCV in a popup, two suggested skills, payload', async () => {
    const shot = shooter('popup');
    await openPage('/');
    await shot('jobs');
    const [job] = await filterByCountry();
    await driver.click(`ck-job-list >>> [data-id="${job.id}"] [part~="title"]`);
    await waitForUrl(driver, /\/job\.html\?id=/);
    assert.equal(new URL(await driver.url()).searchParams.get('id'), job.id);
    await waitForSelector(driver, 'ck-job-detail >>> [part~="title"]');
    assert.equal(await text('ck-job-detail >>> [part~="title"]'), job.title);
    await shot('job');
    await driver.click('#apply-link');
    await waitForUrl(driver, /\/apply\.html\?job=/);
    await waitForSelector(driver, '#job-summary');
    await signIn('popup', shot, /\/apply\.html/);
    await shot('prefilled');
    const skills = await acceptTwoSuggestions(shot);
    checkPayload(await submit(shot), job.id, skills);
    assert.deepEqual(await driver.pageErrors(), []);
  });

  it('script-tag page (CDN bundle only), redirect: filter, open the job inline, apply, payload', async () => {
    const shot = shooter('script-tag-redirect');
    await openPage('/script-tag.html?mode=redirect');
    const [job] = await filterByCountry();
    await driver.click(`ck-job-list >>> [data-id="${job.id}"] [part~="title"]`);
    await waitForSelector(driver, 'ck-job-detail >>> [part~="title"]');
    assert.equal(await text('ck-job-detail >>> [part~="title"]'), job.title);
    assert.equal(await driver.evaluate<string | null>(() => document.querySelector('ck-apply-button')!.getAttribute('job-id')), job.id);
    await shot('job');
    await signIn('redirect', shot, /\/script-tag\.html\?.*mode=redirect/);
    await shot('prefilled');
    const skills = await acceptTwoSuggestions(shot);
    checkPayload(await submit(shot), job.id, skills);
    assert.deepEqual(await driver.pageErrors(), []);
  });
});
