// The job list and the application form in React 19 with careerkit/react (typed props and callbacks).
// The SmartCV callback page is ../script-tag/callback.html (or a route of yours that runs `import 'careerkit/callback'`).
import { useRef, useState, type FormEvent } from 'react';
import { ApplyButton, JobList, Provider, SkillPicker, type CandidateProfile, type Job, type SelectedSkill } from 'careerkit/react';

export function App() {
  const [job, setJob] = useState<Job | undefined>();
  const [profile, setProfile] = useState<CandidateProfile | undefined>();
  const [skills, setSkills] = useState<SelectedSkill[]>([]);
  const [notice, setNotice] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget); // given_name, email… and one `skills` entry (a UUID) per skill
    const body = {
      jobId: job?.id,
      ...Object.fromEntries([...data].filter(([key]) => key !== 'skills')),
      skills: skills.map((skill) => ({ uuid: skill.uuid, label: skill.preferredLabel })),
      cvUrl: profile?.cvUrl, // fetch and keep the file on your server when the application arrives
    };
    const res = await fetch('/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    setNotice(res.ok ? 'Application sent.' : 'Sending failed, please try again.');
  };

  return (
    <Provider endpoint="/careerkit">
      <JobList pageSize={10} detail="none" onJobSelect={(event) => setJob(event.detail.job)} />
      <section aria-labelledby="apply-title">
        <h2 id="apply-title">{job ? `Apply: ${job.title}` : 'Choose a job to apply'}</h2>
        <ApplyButton
          jobId={job?.id}
          form="application"
          redirectUri="/callback.html"
          disabled={!job}
          onProfile={(event) => {
            setProfile(event.detail.profile);
            setNotice('Your profile was imported: check the form, then send it.');
          }}
          onCancel={() => setNotice('No profile imported: you can fill in the form yourself.')}
          onError={(event) => setNotice(event.detail.error.message)}
        />
        <p role="status">{notice}</p>
        {/* Uncontrolled inputs: the button fills empty fields of this form directly. */}
        <form id="application" ref={form} onSubmit={submit}>
          <label>First name <input name="given_name" autoComplete="given-name" required /></label>
          <label>Last name <input name="family_name" autoComplete="family-name" /></label>
          <label>Email <input name="email" type="email" autoComplete="email" required /></label>
          <SkillPicker name="skills" label="Your skills" max={15} suggestFrom={profile?.skills ?? []} onSkillsChange={(event) => setSkills(event.detail.skills)} />
          <button type="submit" disabled={!job}>Send application</button>
        </form>
      </section>
    </Provider>
  );
}
