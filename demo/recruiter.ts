// Recruiter page: <ck-job-editor> posts a job (or edits one with ?id=); after saving, links to the job page and to
// the job list searched by the new title.
import './app.js';
import '../src/components/job-editor/define.js';

const editor = document.querySelector('ck-job-editor')!;
const id = new URLSearchParams(location.search).get('id');
if (id) editor.jobId = id;

editor.addEventListener('ck-job-saved', (event) => {
  const { job } = event.detail;
  const saved = document.querySelector<HTMLElement>('#saved')!;
  document.querySelector('#saved-title')!.textContent = job.title;
  document.querySelector<HTMLAnchorElement>('#saved-job')!.href = `/job.html?id=${encodeURIComponent(job.id)}`;
  document.querySelector<HTMLAnchorElement>('#saved-search')!.href = `/?jobs_q=${encodeURIComponent(job.title)}`;
  saved.hidden = false;
  // Editing from now on: a reload keeps the job.
  history.replaceState(null, '', `?id=${encodeURIComponent(job.id)}`);
});
