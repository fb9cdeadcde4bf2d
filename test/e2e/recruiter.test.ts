/**
 * End to end over the running demo (scripts/demo-server.ts on a free port) with real Chromium: on /recruiter.html a
 * recruiter posts a job tagged with two ESCO skills (one from the title's occupation suggestions, one searched in the
 * picker), then finds it in `<ck-job-list>` by its title and sees its skills on the job page. Also: the same post
 * from any other page is refused (sandbox admin is enabled for the recruiter page only). Screenshots go to
 * test-artifacts/e2e/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemo, type Demo } from '../../scripts/demo-server.js';
import { CHROMIUM_FLAGS, requireChromium } from '../../scripts/chromium.mjs';

const ARTIFACTS = 'test-artifacts/e2e';
const TODAY = new Date().toISOString().slice(0, 10);

let demo: Demo;
let browser: Browser;
let page: Page;
let errors: string[];

const shot = async (label: string) => page.screenshot({ path: `${ARTIFACTS}/recruiter-${label}.png`, fullPage: true });

async function fill(selector: string, value: string) {
  await page.locator(`ck-job-editor ${selector}`).fill(value);
}

async function choose(selector: string, index = 1) {
  const select = page.locator(`ck-job-editor ${selector}`);
  const value = await select.locator('option').nth(index).getAttribute('value');
  await select.selectOption(value!);
}

describe('recruiter page, end to end', { timeout: 120_000 }, () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await startDemo({ port: 0, watch: false });
    browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_FLAGS });
    const reset = await fetch(new URL('/__stack/reset', demo.url), { method: 'POST', headers: { 'x-careerkit': '1', 'content-type': 'application/json' } });
    assert.equal(reset.status, 200);
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('posts a job with two ESCO skills, finds it in the job list by title, and shows its skills on the job page', async () => {
    const context = await browser.newContext();
    page = await context.newPage();
    errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('/recruiter.html', demo.url).href);
    await page.locator('ck-job-editor #f-typeId option:nth-child(2)').waitFor({ state: 'attached' });

    const title = `Head chef ${Date.now().toString(36)}`;
    await fill('#f-title', 'head chef');
    // The title matches the ESCO occupation "head chef": its essential skills are offered.
    const suggestion = page.locator('ck-job-editor [part~="suggestions"] button').first();
    await suggestion.waitFor({ timeout: 10_000 });
    const suggested = (await suggestion.textContent())!.replace('+', '').trim();
    await suggestion.click();
    await fill('#f-title', title);
    await fill('#f-reference', `E2E-${Date.now().toString(36)}`);
    await choose('#f-typeId');
    await choose('#f-categoryId');
    const description = page.locator('ck-job-editor #f-descriptionHtml');
    await description.click();
    await page.keyboard.type('You lead a kitchen of twelve.');
    await fill('#f-benefits', 'Meals, training, a day off each week');
    await page.locator('ck-job-editor #f-countryId').selectOption({ label: 'Kenya' });
    await fill('#f-premise', '1 Moi Avenue');
    await fill('#f-city', 'Nairobi');
    await fill('#f-region', 'Nairobi County');
    await fill('#f-postcode', '00100');
    await fill('#f-locationDisplay', 'Nairobi, Kenya');
    await fill('#f-salary-from', '120000');
    await fill('#f-salary-to', '160000');
    await page.locator('ck-job-editor #f-salary-currency').selectOption('KES');
    await page.locator('ck-job-editor #f-salary-frequency').selectOption('MONTHLY');
    await fill('#f-salary-text', 'KES 120k–160k a month');
    await fill('#f-openDate', TODAY);

    // A second skill, searched in the optional skills picker and chosen by keyboard.
    const optional = page.locator('ck-job-editor #skills-optional');
    await optional.locator('input[role="combobox"]').fill('manage');
    const option = optional.locator('[role="option"]').first();
    await option.waitFor({ timeout: 10_000 });
    await optional.locator('input[role="combobox"]').press('ArrowDown');
    await optional.locator('input[role="combobox"]').press('Enter');
    await optional.locator('[part~="chip"]').first().waitFor();
    const skills = await page.evaluate(() => document.querySelector('ck-job-editor')!.skills);
    assert.equal(skills.length, 2, `two skills tagged, got ${JSON.stringify(skills)}`);
    assert.equal(skills[0].preferredLabel, suggested);
    assert.equal(skills[0].level, 'essential');
    assert.equal(skills[1].level, 'optional');
    await shot('01-filled');

    const saved = page.evaluate(
      () => new Promise<{ id: string; title: string }>((resolve) => document.addEventListener('ck-job-saved', (e) => resolve((e as CustomEvent).detail.job), { once: true })),
    );
    await page.locator('ck-job-editor button[type="submit"]').click();
    const job = await saved;
    assert.equal(job.title, title);
    await page.locator('#saved').waitFor();
    await shot('02-posted');

    // Find it in the job list by its title.
    await page.goto(new URL('/', demo.url).href);
    await page.locator('ck-job-list [part~="card"]').first().waitFor();
    await page.locator('ck-job-list #q').fill(title);
    const card = page.locator(`ck-job-list [data-id="${job.id}"]`);
    await card.waitFor({ timeout: 10_000 });
    await shot('03-found');
    await card.locator('[part~="title"]').click();
    await page.waitForURL(/\/job\.html\?id=/);

    // Its skills on the job page, as chips, out of the prose.
    const chips = page.locator('ck-job-detail [part~="skill"]');
    await chips.first().waitFor({ timeout: 10_000 });
    const labels = (await chips.allTextContents()).map((s) => s.trim());
    assert.deepEqual(labels, skills.map((s) => s.preferredLabel));
    assert.equal(await page.locator('ck-job-detail [part~="skill"][part~="essential"]').count(), 1);
    const prose = (await page.locator('ck-job-detail [part~="description"]').textContent()) ?? '';
    assert.match(prose, /You lead a kitchen of twelve/);
    for (const skill of skills) assert.ok(!prose.includes(skill.preferredLabel), `${skill.preferredLabel} left in the prose`);
    await shot('04-job-page');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('refuses the same post from any other page (admin is for the recruiter page only)', async () => {
    const context = await browser.newContext();
    page = await context.newPage();
    await page.goto(new URL('/', demo.url).href);
    const status = await page.evaluate(async () => {
      const response = await fetch('/careerkit/jobs', { method: 'POST', headers: { 'content-type': 'application/json', 'x-careerkit': '1' }, body: '{}' });
      return response.status;
    });
    assert.equal(status, 403);
    await context.close();
  });
});
