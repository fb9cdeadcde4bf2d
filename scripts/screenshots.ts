// `npx tsx scripts/screenshots.ts [outdir]`: the README's demo screenshots (docs/images/), in Chromium, at a desktop
// (1280×800) and a phone (375×812) size. Starts the demo on the embedded sandbox (sample taxonomy) on a free port,
// hides the demo's floating "Sandbox controls" panel so the elements show, and closes everything after.
import { chromium, type Browser } from 'playwright';
import { startDemo } from './demo-server.js';
import { BROWSER_ENV, CHROMIUM_FLAGS, requireChromium } from './chromium.mjs';

const outdir = process.argv[2] ?? 'docs/images';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const CONTROL = { 'x-careerkit': '1', 'content-type': 'application/json' };

const demo = await startDemo({ port: 0, taxonomy: 'sample' });
let browser: Browser | undefined;
try {
  const url = (path: string) => new URL(path, demo.url).href;
  await fetch(url('/__stack/reset'), { method: 'POST', headers: CONTROL });
  const [job] = ((await (await fetch(url('/careerkit/jobs?pageSize=1'))).json()) as { items: Array<{ id: string }> }).items;
  browser = await chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_FLAGS, env: { ...process.env, ...BROWSER_ENV } });

  async function shoot(
    name: string,
    path: string,
    viewport: { width: number; height: number },
    ready: string,
    options: { dark?: boolean; settle?: number; scrollTo?: string } = {},
  ) {
    const page = await browser!.newPage({ viewport, locale: 'en-US', reducedMotion: 'reduce' });
    // The demo keeps its theme choice in sessionStorage (its "Dark theme" button).
    if (options.dark) await page.addInitScript(() => sessionStorage.setItem('demo.theme', 'dark'));
    await page.goto(url(path));
    await page.addStyleTag({ content: '.sandbox-controls { display: none !important; }' });
    await page.waitForFunction(ready, null, { timeout: 20_000 });
    if (options.scrollTo) await page.locator(options.scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(options.settle ?? 800);
    const file = `${outdir}/${name}`;
    await page.screenshot(name.endsWith('.jpg') ? { path: file, type: 'jpeg', quality: 80 } : { path: file });
    console.log(file);
    await page.close();
  }

  const cardsShown = `document.querySelector('ck-job-list')?.shadowRoot?.querySelectorAll('[part~="card"]').length > 0`;
  const jobShown = `document.querySelector('ck-job-detail')?.shadowRoot?.querySelector('#title')`;
  await shoot('demo-search.jpg', '/', DESKTOP, cardsShown);
  await shoot('demo-search-phone.png', '/', PHONE, cardsShown);
  await shoot('demo-job-dark.jpg', `/job.html?id=${encodeURIComponent(job.id)}`, DESKTOP, jobShown, { dark: true });
  await shoot('demo-job-phone.png', `/job.html?id=${encodeURIComponent(job.id)}`, PHONE, jobShown);

  // The application page on a phone while the SmartCV window is open: the status offers Show window and Cancel.
  {
    const page = await browser.newPage({ viewport: PHONE, locale: 'en-US', reducedMotion: 'reduce' });
    await page.goto(url(`/apply.html?job=${encodeURIComponent(job.id)}`));
    await page.addStyleTag({ content: '.sandbox-controls { display: none !important; }' });
    const button = page.locator('ck-apply-button button').first();
    await button.waitFor({ timeout: 20_000 });
    const popup = page.waitForEvent('popup');
    await button.click();
    await (await popup).waitForLoadState();
    await page.locator('ck-apply-button [part~="cancel"]').first().waitFor({ timeout: 10_000 });
    await page.locator('ck-apply-button').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.bringToFront();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outdir}/demo-apply-waiting-phone.png` });
    console.log(`${outdir}/demo-apply-waiting-phone.png`);
    await page.close();
  }

  // The application page on a desktop after Apply with SmartCV (popup, first sandbox candidate): the filled form,
  // the status with "Undo import", and the skills suggested from the profile, on the full ESCO taxonomy as
  // `npm start` serves it (the sample has too few skills to match a software engineer's).
  {
    const esco = await startDemo({ port: 0, taxonomy: 'esco' });
    // Taller than the others: the status, the form and the suggestions in one picture.
    const page = await browser.newPage({ viewport: { width: DESKTOP.width, height: 1000 }, locale: 'en-US', reducedMotion: 'reduce' });
    await page.goto(new URL(`/apply.html?job=${encodeURIComponent(job.id)}`, esco.url).href);
    await page.addStyleTag({ content: '.sandbox-controls { display: none !important; }' });
    const button = page.locator('ck-apply-button button').first();
    await button.waitFor({ timeout: 20_000 });
    const [popup] = await Promise.all([page.waitForEvent('popup'), button.click()]);
    await popup.locator('form#consent').waitFor({ timeout: 10_000 });
    await popup.locator('button[name="decision"][value="approve"]').click();
    await page.locator('ck-apply-button [part~="undo"]').first().waitFor({ timeout: 10_000 });
    await page.locator('ck-skill-picker [part~="suggestions-summary"]').first().waitFor({ timeout: 20_000 });
    await page.locator('ck-apply-button').evaluate((el) => el.closest('section, fieldset, div')!.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outdir}/demo-apply.png` });
    console.log(`${outdir}/demo-apply.png`);
    await page.close();
    await esco.close();
  }

  // A hanging Job Space: after 4 s the list says "Still loading…" above its skeletons. (A reset first: the
  // endpoint would answer the same page from its cache.)
  await fetch(url('/__stack/reset'), { method: 'POST', headers: CONTROL });
  await fetch(url('/__stack/faults'), { method: 'PUT', headers: CONTROL, body: JSON.stringify({ jobspace: { latencyMs: 30_000 } }) });
  const stillLoading = `document.querySelector('ck-job-list')?.shadowRoot?.querySelector('.still-loading')`;
  await shoot('demo-still-loading-phone.png', '/', PHONE, stillLoading, { settle: 200, scrollTo: 'ck-job-list' });
  await fetch(url('/__stack/reset'), { method: 'POST', headers: CONTROL });
} finally {
  await browser?.close();
  await demo.close();
}
