// Application page: <ck-apply-button> prefills the form from SmartCV, <ck-skill-picker> offers the profile's
// skills as suggestions, and submitting shows the exact JSON a partner backend would receive.
import type { CkApplyButton, CkSkillPicker } from '../src/index.js';

const params = new URLSearchParams(location.search);
const jobId = params.get('job') ?? '';
const mode = params.get('mode') === 'redirect' ? 'redirect' : 'popup';

const button = document.querySelector('#smartcv') as CkApplyButton;
const picker = document.querySelector('#skills') as CkSkillPicker;
const form = document.querySelector<HTMLFormElement>('#application')!;

// Set before the elements load: in redirect mode the button resumes the sign-in for this very job on its first
// render, so its job id must already be there.
if (jobId) button.setAttribute('job-id', jobId);
button.setAttribute('mode', mode);
document.querySelector<HTMLInputElement>('#job-id-field')!.value = jobId;
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=signin-mode]')) {
  radio.checked = radio.value === mode;
  radio.addEventListener('change', () => {
    button.mode = radio.value as 'popup' | 'redirect';
    const url = new URL(location.href);
    if (radio.value === 'redirect') url.searchParams.set('mode', 'redirect');
    else url.searchParams.delete('mode');
    // The redirect comes back to this URL, so it keeps the mode.
    history.replaceState(history.state, '', url);
  });
}

const { getClient } = await import('../src/index.js');
await import('./app.js');

// ---- the event log: what a partner's own code would listen to ----
const log = document.querySelector('#event-log')!;
function logEvent(name: string, summary: string) {
  if (log.querySelector('.muted')) log.replaceChildren();
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = name;
  item.append(code, ` ${summary}`);
  log.prepend(item);
  while (log.children.length > 6) log.lastElementChild?.remove();
}

button.addEventListener('ck-profile', (event) => {
  const { profile, filled } = event.detail;
  logEvent('ck-profile', `${filled.length} fields filled, ${profile.skills?.length ?? 0} skills`);
  for (const name of filled) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLElement) field.classList.add('prefilled');
  }
  // The profile's free-text skills become suggestions; nothing is selected until the candidate accepts.
  picker.suggestFrom = profile.skills ?? [];
});
button.addEventListener('ck-cancel', (event) => logEvent('ck-cancel', event.detail.reason));
button.addEventListener('ck-error', (event) => logEvent('ck-error', `${event.detail.error.code}: ${event.detail.error.message}`));
button.addEventListener('ck-redirect', (event) => logEvent('ck-redirect', event.detail.reason));
picker.addEventListener('ck-skills-change', (event) => logEvent('ck-skills-change', `${event.detail.skills.length} selected`));
form.addEventListener('input', (event) => (event.target as HTMLElement).classList?.remove('prefilled'));

// ---- the job being applied for ----
const back = document.querySelector<HTMLAnchorElement>('#back-link')!;
if (jobId) {
  back.href = `/job.html?id=${encodeURIComponent(jobId)}`;
  getClient('/careerkit')
    .job(jobId)
    .then((job) => {
      back.textContent = job.title;
      // The job's title ranks the profile's skill suggestions (its occupation's essential skills first among equals).
      picker.jobTitle = job.title;
      document.title = `Apply: ${job.title} · Acacia Careers`;
      document.querySelector('#summary-job')!.textContent = job.title;
      const place = job.location?.display ?? [job.location?.city, job.location?.country?.name].filter(Boolean).join(', ');
      document.querySelector('#summary-meta')!.textContent = [job.organisation?.name, place, job.type?.name].filter(Boolean).join(' · ');
      document.querySelector<HTMLElement>('#job-summary')!.hidden = false;
    })
    .catch(() => undefined);
} else {
  back.textContent = 'Job';
}

// ---- submit: the exact payload ----
const out = document.querySelector<HTMLPreElement>('#payload')!;
const copy = document.querySelector<HTMLButtonElement>('#copy-payload')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  // What `fetch(url, {method: 'POST', body: JSON.stringify(payload)})` would send: the form's own entries, with
  // the skill picker's entries (one UUID per skill) as an array.
  const payload: Record<string, string | string[]> = {};
  for (const [key, value] of new FormData(form)) {
    const text = String(value);
    if (key === picker.name) payload[key] = [...((payload[key] as string[] | undefined) ?? []), text];
    else payload[key] = text;
  }
  payload[picker.name] ??= [];
  out.textContent = JSON.stringify(payload, null, 2);
  out.hidden = false;
  copy.hidden = false;
  document.querySelector('#payload-hint')!.textContent = 'POST /api/applications with this JSON body (skills are ESCO/Tabiya UUIDs):';
  logEvent('submit', `${payload[picker.name].length} skills`);
  out.focus();
});
copy.addEventListener('click', async () => {
  await navigator.clipboard?.writeText(out.textContent ?? '').catch(() => undefined);
  copy.textContent = 'Copied';
  setTimeout(() => (copy.textContent = 'Copy JSON'), 1500);
});
