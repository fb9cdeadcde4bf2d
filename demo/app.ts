/**
 * Shared behaviour of the demo career site: loads careerkit, keeps the theme and language choices, and renders
 * the sandbox controls that switch the simulators' fault injection.
 */
import '../src/index.js';

const root = document.documentElement;
const saved = (key: string) => sessionStorage.getItem(`demo.${key}`);

function applyPreferences() {
  const theme = saved('theme') ?? 'light';
  root.dataset.theme = theme;
  // The elements follow the page's color-scheme (set by data-theme in site.css): no per-element theme needed.
  root.lang = saved('lang') ?? 'en';
  document.querySelector('#theme-toggle')?.setAttribute('aria-pressed', String(theme === 'dark'));
  const langSelect = document.querySelector<HTMLSelectElement>('#lang-select');
  if (langSelect) langSelect.value = root.lang;
}

document.querySelector('#theme-toggle')?.addEventListener('click', () => {
  sessionStorage.setItem('demo.theme', root.dataset.theme === 'dark' ? 'light' : 'dark');
  applyPreferences();
});
document.querySelector('#lang-select')?.addEventListener('change', (event) => {
  sessionStorage.setItem('demo.lang', (event.target as HTMLSelectElement).value);
  // Elements read the page language when they render: reload so every string follows.
  location.reload();
});
applyPreferences();

// ---- sandbox controls ----

type Upstream = 'jobspace' | 'tabiya' | 'smartcv';
type FaultState = Record<Upstream, Record<string, unknown>>;

const FAULTS = [
  { key: 'latencyMs', label: 'Slow (1.5 s)', on: 1500, off: 0 },
  { key: 'errorRate', label: 'Errors (500)', on: 1, off: 0 },
  { key: 'rateLimited', label: 'Rate limited (429)', on: true, off: false },
] as const;
const UPSTREAMS: Array<{ id: Upstream; name: string }> = [
  { id: 'jobspace', name: 'The Job Space (jobs)' },
  { id: 'tabiya', name: 'Tabiya (skills)' },
  { id: 'smartcv', name: 'SmartCV (profiles)' },
];

function faultsFromForm(host: HTMLElement): Record<Upstream, Record<string, unknown>> {
  const body = Object.fromEntries(UPSTREAMS.map((u) => [u.id, {}])) as Record<Upstream, Record<string, unknown>>;
  for (const box of host.querySelectorAll<HTMLInputElement>('input[data-fault]')) {
    const fault = FAULTS.find((f) => f.key === box.dataset.fault)!;
    body[box.dataset.upstream as Upstream][fault.key] = box.checked ? fault.on : fault.off;
  }
  return body;
}

function showCount(host: HTMLElement) {
  const on = host.querySelectorAll('input[data-fault]:checked').length;
  host.dataset.faults = on ? 'on' : 'off';
  host.querySelector('.count')!.textContent = on ? `${on} fault${on > 1 ? 's' : ''} on` : 'all normal';
}

/** The sandbox control API takes changes only with these (issue 11: no other page may switch faults). */
const SANDBOX_CONTROL_HEADERS = { 'x-careerkit': '1', 'content-type': 'application/json' };

async function renderSandboxControls() {
  const host = document.createElement('aside');
  host.className = 'sandbox-controls';
  host.setAttribute('aria-label', 'Sandbox controls');
  let state: FaultState | undefined;
  try {
    state = (await (await fetch('/__stack/faults')).json()) as FaultState;
  } catch {
    return;
  }
  host.innerHTML = `<details>
    <summary>Sandbox controls <span class="count"></span></summary>
    <div class="body">
      <p class="muted">Make the simulated upstreams misbehave to see the loading, error and rate-limited states.
      Switching clears the partner endpoint's caches; reload or act on the page to see the effect.</p>
      ${UPSTREAMS.map(
        (u) => `<fieldset><legend>${u.name}</legend>${FAULTS.map(
          (f) => `<label><input type="checkbox" data-upstream="${u.id}" data-fault="${f.key}" ${
            state[u.id]?.[f.key] === f.on ? 'checked' : ''
          }/> ${f.label}</label>`,
        ).join('')}</fieldset>`,
      ).join('')}
      <div class="actions">
        <button type="button" class="btn" id="sandbox-reload">Reload page</button>
        <button type="button" class="btn secondary" id="sandbox-reset">Reset sandbox</button>
      </div>
      <p role="status" class="muted" id="sandbox-status"></p>
    </div>
  </details>`;
  const status = host.querySelector('#sandbox-status')!;
  host.addEventListener('change', async () => {
    // Reset first, so cached answers don't hide the new fault, then switch every fault as ticked.
    await fetch('/__stack/reset', { method: 'POST', headers: SANDBOX_CONTROL_HEADERS });
    await fetch('/__stack/faults', { method: 'PUT', headers: SANDBOX_CONTROL_HEADERS, body: JSON.stringify(faultsFromForm(host)) });
    showCount(host);
    status.textContent = 'Switched. Reload the page or search again to see it.';
  });
  host.querySelector('#sandbox-reload')!.addEventListener('click', () => location.reload());
  host.querySelector('#sandbox-reset')!.addEventListener('click', async () => {
    await fetch('/__stack/reset', { method: 'POST', headers: SANDBOX_CONTROL_HEADERS });
    for (const box of host.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    showCount(host);
    status.textContent = 'Sandbox reset: every upstream answers normally again.';
  });
  showCount(host);
  document.body.append(host);
}

void renderSandboxControls();
