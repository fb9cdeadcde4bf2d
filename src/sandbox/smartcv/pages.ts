/** HTML pages of the SmartCV simulator: the consent page and the error page (never a redirect). */
import { html } from 'hono/html';
import type { SeededCandidate } from './profiles.js';

const STYLES = `
:root { color-scheme: light dark; --bg:#f4f6f8; --card:#fff; --text:#1b1f24; --muted:#4a5360; --border:#c3cad3;
  --accent:#0b57d0; --accent-text:#fff; --accent-soft:#e8f0fe; --danger:#a50e0e; --focus:#0b57d0; }
@media (prefers-color-scheme: dark) { :root { --bg:#12161b; --card:#1c2229; --text:#e9edf1; --muted:#b4bec9;
  --border:#4a5561; --accent:#8ab4f8; --accent-text:#0b1a33; --accent-soft:#1f3049; --danger:#f28b82; --focus:#8ab4f8; } }
* { box-sizing: border-box; }
body { margin:0; min-height:100vh; font:16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", "Noto Sans SC", sans-serif;
  background:var(--bg); color:var(--text); display:flex; justify-content:center; align-items:flex-start; padding:2rem 1rem; }
main { width:100%; max-width:38rem; background:var(--card); border:1px solid var(--border); border-radius:12px; padding:1.75rem; }
.brand { font-weight:700; letter-spacing:.02em; color:var(--accent); margin:0 0 .75rem; }
h1 { font-size:1.5rem; line-height:1.25; margin:0 0 .5rem; }
p { margin:.5rem 0; }
.muted { color:var(--muted); }
.sandbox-note { background:var(--accent-soft); border-radius:8px; padding:.5rem .75rem; font-size:.9rem; }
ul.shared { margin:.25rem 0 1rem; padding-inline-start:1.25rem; }
fieldset { border:0; margin:1rem 0; padding:0; }
legend { font-weight:600; margin-bottom:.5rem; padding:0; }
.choice { display:flex; gap:.75rem; align-items:flex-start; border:1px solid var(--border); border-radius:8px; padding:.65rem .8rem; margin:.4rem 0; cursor:pointer; }
.choice:has(input:checked) { border-color:var(--accent); background:var(--accent-soft); }
.choice input { margin-top:.3rem; width:1.1rem; height:1.1rem; accent-color:var(--accent); flex:none; }
.choice .who { display:block; font-weight:600; overflow-wrap:anywhere; }
.choice .scenario { display:block; font-size:.9rem; color:var(--muted); overflow-wrap:anywhere; }
.actions { display:flex; flex-wrap:wrap; gap:.75rem; margin-top:1.25rem; }
button { font:inherit; font-weight:600; min-height:44px; min-width:8rem; padding:.6rem 1.25rem; border-radius:8px; cursor:pointer; border:2px solid var(--accent); }
button.approve { background:var(--accent); color:var(--accent-text); }
button.deny { background:transparent; color:var(--accent); }
:focus-visible { outline:3px solid var(--focus); outline-offset:2px; }
.error { color:var(--danger); font-weight:600; }
code { font-family:ui-monospace, monospace; overflow-wrap:anywhere; }
@media (prefers-reduced-motion: no-preference) { button { transition:filter .15s; } button:hover { filter:brightness(1.08); } }
`;

export interface ConsentPageInput {
  formAction: string;
  transactionId: string;
  /** Who asks: the host of the redirect URI (the only identity the seed gives a partner). */
  requester: string;
  candidates: readonly SeededCandidate[];
  selectedProfileId?: string;
  errorMessage?: string;
  nonce: string;
}

function layout(title: string, nonce: string, body: unknown) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style nonce="${nonce}">${STYLES}</style>
</head>
<body>
<main>
<p class="brand">SmartCV</p>
${body}
</main>
</body>
</html>`;
}

export function consentPage(input: ConsentPageInput): string {
  const selected = input.selectedProfileId ?? input.candidates[0]?.id;
  const choices = input.candidates.map(
    (c) => html`<label class="choice" for="profile-${c.id}">
<input type="radio" id="profile-${c.id}" name="profile" value="${c.id}" required ${c.id === selected ? html`checked` : ''}>
<span><span class="who"><bdi>${c.profile('').name}</bdi></span><span class="scenario">${c.scenario}</span></span>
</label>`,
  );
  const body = html`<h1>Share your SmartCV with <span dir="ltr">${input.requester}</span>?</h1>
<p><span dir="ltr">${input.requester}</span> asks to read your SmartCV profile (<code>profile:read</code>):</p>
<ul class="shared">
<li>name, email, phone number and location</li>
<li>headline, skills, languages and links</li>
<li>experience, education, certifications and your CV file</li>
</ul>
<p class="sandbox-note">This is the SmartCV sandbox: no real accounts. Pick the candidate to sign in as.</p>
${input.errorMessage ? html`<p class="error" role="alert" id="consent-error">${input.errorMessage}</p>` : ''}
<form id="consent" method="post" action="${input.formAction}">
<input type="hidden" name="transaction" value="${input.transactionId}">
<fieldset${input.errorMessage ? html` aria-describedby="consent-error"` : ''}>
<legend>Sign in as</legend>
${choices}
</fieldset>
<p class="muted">You can revoke access at any time. The site only receives your profile if you approve.</p>
<div class="actions">
<button type="submit" class="approve" name="decision" value="approve">Approve</button>
<button type="submit" class="deny" name="decision" value="deny">Deny</button>
</div>
</form>`;
  return String(layout('Share your SmartCV? – SmartCV', input.nonce, body));
}

export function errorPage(input: { title: string; message: string; code: string; nonce: string }): string {
  const body = html`<h1>${input.title}</h1>
<p>${input.message}</p>
<p class="muted">Error code: <code>${input.code}</code>. Go back to the site you came from and try again.</p>`;
  return String(layout(`${input.title} – SmartCV`, input.nonce, body));
}
