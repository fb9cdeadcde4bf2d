// The React integration page: the same site through `careerkit/react` (typed props and callbacks), in StrictMode,
// with a controlled application form that the SmartCV import fills.
import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ApplyButton, JobList, Provider, SkillPicker, type CandidateProfile, type Job, type SelectedSkill } from '../../src/react/index.js';

interface Candidate {
  given_name: string;
  family_name: string;
  email: string;
}

const EMPTY: Candidate = { given_name: '', family_name: '', email: '' };

function Header() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="ribbon">
        <div className="bar">
          <span className="pill">Demo</span>
          <span>A partner career site running careerkit on its embedded sandbox: simulated jobs, people and skills.</span>
        </div>
      </div>
      <header className="site-header">
        <div className="bar">
          <a className="brand" href="/">
            <span>Acacia Careers<small>Work across Africa and Europe</small></span>
          </a>
          <nav className="site-nav" aria-label="Main">
            <a href="/">Find jobs</a>
            <a href="/script-tag.html">Script-tag integration</a>
            <a href="/react/" aria-current="page">React integration</a>
          </nav>
        </div>
      </header>
    </>
  );
}

function App() {
  const [job, setJob] = useState<Job | undefined>();
  const [profile, setProfile] = useState<CandidateProfile | undefined>();
  const [candidate, setCandidate] = useState<Candidate>(EMPTY);
  const [skills, setSkills] = useState<SelectedSkill[]>([]);
  const [payload, setPayload] = useState<string | undefined>();
  const [notice, setNotice] = useState('');

  const field = (name: keyof Candidate) => ({
    id: `react-${name}`,
    name,
    value: candidate[name],
    onChange: (event: { target: { value: string } }) => setCandidate((c) => ({ ...c, [name]: event.target.value })),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!event.currentTarget.reportValidity()) return;
    setPayload(JSON.stringify({ job_id: job?.id ?? '', ...candidate, skills: skills.map((s) => s.uuid) }, null, 2));
  };

  return (
    <Provider endpoint="/careerkit">
      <Header />
      <main id="main">
        <h1 className="page-title">careerkit in React 19</h1>
        <p className="page-lead">
          The same elements through <code>careerkit/react</code>: typed props and typed callbacks (<code>onJobSelect</code>,{' '}
          <code>onProfile</code>, <code>onSkillsChange</code>), a controlled form, StrictMode.
        </p>
        <div className="layout">
          <section aria-label="Jobs">
            <JobList pageSize={6} detail="none" onJobSelect={(event) => setJob(event.detail.job)} />
          </section>
          <aside aria-label="Application">
            <section className="panel" aria-labelledby="react-apply-title">
              <h2 id="react-apply-title">{job ? <>Apply: <bdi>{job.title}</bdi></> : 'Choose a job to apply'}</h2>
              <ApplyButton
                jobId={job?.id}
                form="react-application"
                disabled={!job}
                onProfile={(event) => {
                  setProfile(event.detail.profile);
                  setNotice(`Imported the profile of ${event.detail.profile.name ?? 'the candidate'}.`);
                }}
                onCancel={(event) => setNotice(event.detail.reason === 'denied' ? 'You chose not to share your profile.' : 'The SmartCV window was closed.')}
              />
              <p role="status" className="muted">{notice}</p>
              <form id="react-application" onSubmit={submit}>
                <div className="field"><label htmlFor="react-given_name">First name</label><input {...field('given_name')} required /></div>
                <div className="field"><label htmlFor="react-family_name">Last name</label><input {...field('family_name')} /></div>
                <div className="field"><label htmlFor="react-email">Email</label><input {...field('email')} type="email" required /></div>
                <div className="field">
                  <SkillPicker name="skills" label="Your skills" max={15} suggestFrom={profile?.skills ?? []} onSkillsChange={(event) => setSkills(event.detail.skills)} />
                </div>
                <button className="btn block" type="submit" disabled={!job}>Submit application</button>
              </form>
              {payload && <pre className="payload" tabIndex={0} aria-label="Application payload (JSON)">{payload}</pre>}
            </section>
          </aside>
        </div>
      </main>
    </Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
