/**
 * The elements on a page whose CSP requires Trusted Types (`require-trusted-types-for 'script'`): every HTML sink
 * then throws unless it gets TrustedHTML. The page is an iframe with that CSP (meta tag), loading the kit from the
 * sources against the sandbox stack of the test server; nothing may throw or report a violation, and the elements
 * must render: the apply button, the job list, a job detail with an untrusted description (DOMPurify), the text of
 * upstream titles with markup (plainText) and the skill picker with search results.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '../../src/client/client.js';

const page = (origin: string) => `<!doctype html>
<html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
<script>
  window.problems = [];
  document.addEventListener('securitypolicyviolation', (e) => problems.push('violation ' + e.violatedDirective + ': ' + e.sample));
  addEventListener('error', (e) => problems.push('error ' + e.message));
  addEventListener('unhandledrejection', (e) => problems.push('rejection ' + (e.reason && e.reason.message || e.reason)));
</script>
</head><body>
<ck-provider endpoint="${origin}/careerkit">
  <ck-apply-button job-id="1"></ck-apply-button>
  <ck-job-list page-size="3" detail="none"></ck-job-list>
  <ck-job-detail></ck-job-detail>
  <ck-skill-picker name="skills" label="Skills"></ck-skill-picker>
</ck-provider>
<script type="module">
  import '${origin}/src/index.ts';
  import '${origin}/src/components/job-detail/define.ts';
  window.kitLoaded = true;
</script>
</body></html>`;

interface FrameWindow extends Window {
  problems: string[];
  kitLoaded?: boolean;
}

describe('Trusted Types: require-trusted-types-for script', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('every element renders with no violation and no error', async () => {
    frame = document.createElement('iframe');
    frame.srcdoc = page(location.origin);
    document.body.append(frame);
    const win = () => frame.contentWindow as FrameWindow;
    const doc = () => frame.contentDocument!;
    await waitUntil(() => win()?.kitLoaded, 'the kit did not load in the frame', { timeout: 8000 });

    // The policy is really enforced in the frame: a plain string into innerHTML throws.
    expect(() => {
      doc().createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML|Sink type mismatch/); // Chromium and WebKit name the type, Firefox the violation
    const ours = (problem: string) => problem.includes('<b>x</b>'); // that violation is reported later, asynchronously

    const button = doc().querySelector('ck-apply-button')!;
    await waitUntil(() => button.shadowRoot?.querySelector('button [part=label]')?.textContent, 'the apply button did not render', { timeout: 5000 });
    expect(button.shadowRoot!.querySelector('svg[part=mark] path')).to.exist;

    const list = doc().querySelector('ck-job-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~=card]').length === 3, 'the job list did not render 3 cards', { timeout: 8000 });

    // A job whose title carries markup and whose description is hostile HTML.
    const [job] = (await createClient('/careerkit').jobs({ pageSize: 1 })).items;
    const detail = doc().querySelector('ck-job-detail') as HTMLElement & { job?: unknown };
    detail.job = {
      ...job,
      descriptionHtml: '<p>Cook <strong>well</strong> <a href="https://example.com/more" onclick="window.pwned=1">more</a></p>',
    };
    await waitUntil(() => detail.shadowRoot?.textContent?.includes('Cook well'), 'the description did not render', { timeout: 8000 });
    expect(detail.shadowRoot!.querySelector('a[href="https://example.com/more"]')?.getAttribute('onclick')).to.equal(null);

    // The skill picker searches and lists options.
    const picker = doc().querySelector('ck-skill-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('input'), 'the skill picker did not render', { timeout: 5000 });
    const input = picker.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'manag';
    input.dispatchEvent(new (win() as unknown as typeof globalThis).InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('[role=option]').length > 0, 'no skill options', { timeout: 8000 });

    expect((win() as FrameWindow & { pwned?: number }).pwned).to.equal(undefined);
    await new Promise((done) => setTimeout(done, 100)); // violation events are queued
    expect(win().problems.filter((p) => !ours(p))).to.deep.equal([]);
  });
});
