/** @jsxRuntime classic */
/** @jsx React.createElement */
// React 19 over the real sandbox stack: the careerkit/react wrappers and the JSX tags. React is CommonJS, so
// default imports and the classic pragma (stack.md pitfall 7).
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { expect, waitUntil } from '@open-wc/testing';
import { ApplyButton, JobDetail, JobList, Provider, SkillPicker, type Job } from '../../src/react/index.js';
import type {} from '../../src/react/jsx.js';
import type { CkApplyButton, CkJobList, CkSkillPicker } from '../../src/index.js';
import { answerConsent, capturePopups, resetStack } from './apply-button-support.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: ReactDOMClient.Root;

async function render(element: React.ReactNode) {
  await React.act(async () => root.render(element));
}

/** Resource timings of the endpoint's job list requests since `mark`. */
const jobRequests = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && /\/careerkit\/jobs\?/.test(entry.name));

/** Two real skills from the stack's taxonomy. */
async function twoSkills(): Promise<Array<{ uuid: string; preferredLabel: string }>> {
  const answer = await (await fetch('/careerkit/taxonomy/skills?q=customer&limit=10', { headers: { 'X-Careerkit': '1' } })).json();
  const items = (answer.items ?? answer.skills ?? []) as Array<{ uuid: string; preferredLabel: string }>;
  expect(items.length).to.be.greaterThan(1);
  return items.slice(0, 2).map(({ uuid, preferredLabel }) => ({ uuid, preferredLabel }));
}

describe('careerkit/react (React 19)', () => {
  beforeEach(async () => {
    await resetStack();
    host = document.createElement('div');
    document.body.append(host);
    root = ReactDOMClient.createRoot(host);
  });

  afterEach(async () => {
    await React.act(async () => root.unmount());
    host.remove();
  });

  it('JobList: props reach the element before it loads, onJobsLoaded and onJobSelect fire with typed details', async () => {
    const loaded: Array<{ total: number; items: Job[] }> = [];
    const selected: Job[] = [];
    await render(
      <Provider endpoint="/careerkit">
        <JobList pageSize={3} country="KE" detail="none" onJobsLoaded={(e) => loaded.push(e.detail)} onJobSelect={(e) => selected.push(e.detail.job)} />
      </Provider>,
    );
    const list = host.querySelector('ck-job-list') as CkJobList;
    expect(list.pageSize).to.equal(3);
    expect(list.country).to.equal('KE');
    await waitUntil(() => loaded.length > 0, 'ck-jobs-loaded did not reach onJobsLoaded', { timeout: 8000 });
    expect(loaded).to.have.length(1);
    expect(loaded[0].items.length).to.be.within(1, 3);
    for (const job of loaded[0].items) expect(job.location?.country?.code).to.equal('KE');

    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!.click();
    expect(selected.map((job) => job.id)).to.deep.equal([loaded[0].items[0].id]);
  });

  it('JobList: a prop change after mount reloads with the new filter', async () => {
    const loaded: Job[][] = [];
    const view = (country: string) => <JobList pageSize={2} country={country} detail="none" onJobsLoaded={(e) => loaded.push(e.detail.items)} />;
    await render(view('KE'));
    await waitUntil(() => loaded.length === 1, 'first page', { timeout: 8000 });
    await render(view('FR'));
    await waitUntil(() => loaded.length === 2, 'page after the country changed', { timeout: 8000 });
    for (const job of loaded[1]) expect(job.location?.country?.code).to.equal('FR');
  });

  it('StrictMode: one visible load, one listener call per event', async () => {
    const since = performance.now();
    let loads = 0;
    await render(
      <React.StrictMode>
        <JobList pageSize={4} detail="none" onJobsLoaded={() => loads++} />
      </React.StrictMode>,
    );
    const list = host.querySelector('ck-job-list') as CkJobList;
    await waitUntil(() => loads > 0, 'no load in StrictMode', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads).to.equal(1);
    expect(host.querySelectorAll('ck-job-list')).to.have.length(1);
    expect(list.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(4);
    // StrictMode's doubled effects must not send the list request twice.
    expect(jobRequests(since)).to.have.length(1);
  });

  it('JobDetail: loads by jobId, calls onJobLoaded once and onClose', async () => {
    let closed = 0;
    const loaded: Job[] = [];
    const jobs = await (await fetch('/careerkit/jobs?pageSize=1', { headers: { 'X-Careerkit': '1' } })).json();
    const job = jobs.items[0] as Job;
    await render(<JobDetail jobId={job.id} onJobLoaded={(e) => loaded.push(e.detail.job)} onClose={() => closed++} />);
    const detail = host.querySelector('ck-job-detail')!;
    await waitUntil(() => loaded.length > 0, 'onJobLoaded was not called', { timeout: 8000 });
    expect(loaded.map((j) => j.id)).to.deep.equal([job.id]);
    expect(detail.shownJob).to.equal(loaded[0]);
    await detail.updateComplete;
    detail.shadowRoot!.querySelector<HTMLElement>('[part~="back"]')!.click();
    expect(closed).to.equal(1);
  });

  it('ApplyButton: props reach the element; onRedirect (cancelable) and onRevoke fire', async () => {
    const redirects: string[] = [];
    const revokes: boolean[] = [];
    await render(
      <ApplyButton
        jobId="job-42"
        mode="redirect"
        variant="outline"
        onRedirect={(e) => {
          e.preventDefault(); // stay on the test page
          redirects.push(`${e.detail.reason} ${e.detail.url}`);
        }}
        onRevoke={(e) => revokes.push(e.detail.revoked)}
      />,
    );
    const button = host.querySelector('ck-apply-button') as CkApplyButton;
    expect(button.jobId).to.equal('job-42');
    expect(button.getAttribute('job-id')).to.equal('job-42');
    expect(button.mode).to.equal('redirect');
    expect(button.variant).to.equal('outline');
    await button.updateComplete;
    button.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => redirects.length > 0, 'onRedirect was not called', { timeout: 8000 });
    expect(redirects[0]).to.match(/^mode http:\/\/localhost:\d+\/sandbox\/smartcv\/oauth\/authorize\?/);
    await waitUntil(() => !button.busy, 'the button stayed busy after a prevented redirect');
    await button.revoke();
    expect(revokes).to.deep.equal([false]);
    sessionStorage.clear();
  });

  it('ApplyButton in a React form: popup sign-in prefills the form and onProfile gets the profile', async () => {
    const popups = capturePopups();
    const profiles: Array<{ email?: string; skills?: string[] }> = [];
    const filled: string[][] = [];
    try {
      await render(
        <form id="react-application">
          <input name="given_name" />
          <input name="email" type="email" />
          <ApplyButton
            jobId="job-7"
            form="react-application"
            onProfile={(e) => {
              profiles.push(e.detail.profile);
              filled.push(e.detail.filled);
            }}
          />
        </form>,
      );
      const button = host.querySelector('ck-apply-button') as CkApplyButton;
      await button.updateComplete;
      button.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => popups.opened.length === 1, 'no popup');
      await answerConsent(popups.opened[0], 'approve', 'everyday');
      await waitUntil(() => profiles.length === 1, 'onProfile was not called', { timeout: 10000 });
      expect(profiles[0].email).to.equal('thabo.nkosi@example.com');
      expect(profiles[0].skills).to.include('forklift driving');
      expect(filled[0]).to.deep.equal(['given_name', 'email']);
      expect(host.querySelector<HTMLInputElement>('input[name=email]')!.value).to.equal('thabo.nkosi@example.com');
    } finally {
      popups.restore();
    }
  });

  it('ApplyButton: prefill reaches React-controlled inputs (their onChange sees the values)', async () => {
    const popups = capturePopups();
    const seen: Record<string, string> = {};
    function ControlledForm() {
      const [email, setEmail] = React.useState('');
      const [name, setName] = React.useState('');
      seen.email = email;
      seen.name = name;
      return (
        <form id="controlled-application">
          <input name="given_name" value={name} onChange={(e) => setName(e.target.value)} />
          <input name="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <ApplyButton form="controlled-application" />
        </form>
      );
    }
    try {
      await render(<ControlledForm />);
      const button = host.querySelector('ck-apply-button') as CkApplyButton;
      await button.updateComplete;
      button.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => popups.opened.length === 1, 'no popup');
      await answerConsent(popups.opened[0], 'approve', 'everyday');
      // The prefill's input events update React state outside act(), as in a real page.
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
      await waitUntil(() => seen.email === 'thabo.nkosi@example.com', `React state did not get the prefilled email (state: "${seen.email}")`, { timeout: 6000 });
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
      expect(seen.name).to.equal('Thabo');
      // And React's next render keeps the value in the input.
      await render(<ControlledForm />);
      expect(host.querySelector<HTMLInputElement>('input[name=email]')!.value).to.equal('thabo.nkosi@example.com');
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
      popups.restore();
    }
  });

  it('SkillPicker in a React form: selected prop submits the UUIDs; suggestFrom + accept calls onSkillsChange', async () => {
    const skills = await twoSkills();
    const submitted: string[][] = [];
    const changes: string[][] = [];
    const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      submitted.push(new FormData(event.currentTarget).getAll('skills').map(String));
    };
    const view = (suggestFrom: string[]) => (
      <form onSubmit={onSubmit}>
        <SkillPicker name="skills" selected={skills} suggestFrom={suggestFrom} onSkillsChange={(e) => changes.push(e.detail.skills.map((s) => s.uuid))} />
        <button type="submit">Send</button>
      </form>
    );
    await render(view([]));
    const picker = host.querySelector('ck-skill-picker') as CkSkillPicker;
    expect(picker.value).to.deep.equal(skills.map((s) => s.uuid));
    // Setting `selected` is not a user change: no callback.
    expect(changes).to.have.length(0);

    await React.act(async () => host.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    expect(submitted).to.deep.equal([skills.map((s) => s.uuid)]);

    await render(view(['first aid']));
    const accept = () => picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="suggestion-accept"]');
    await waitUntil(() => accept(), 'no suggestion from suggestFrom', { timeout: 8000 });
    accept()!.click();
    expect(changes).to.have.length(1);
    expect(changes[0]).to.have.length(3);
    expect(changes[0].slice(0, 2)).to.deep.equal(skills.map((s) => s.uuid));
  });

  it('JSX tags: React 19 sets properties and on<event-name> listeners on the elements directly', async () => {
    const loaded: number[] = [];
    await render(<ck-job-list pageSize={2} detail="none" onck-jobs-loaded={(e) => loaded.push(e.detail.items.length)} />);
    const list = host.querySelector('ck-job-list') as CkJobList;
    expect(list.pageSize).to.equal(2);
    await waitUntil(() => loaded.length > 0, 'onck-jobs-loaded did not fire', { timeout: 8000 });
    expect(loaded).to.deep.equal([2]);
  });
});
