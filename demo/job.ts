// Job page: <ck-job-detail> loads the job; the apply links carry its id to the application page.
import './app.js';

const id = new URLSearchParams(location.search).get('id') ?? '';
const detail = document.querySelector('ck-job-detail')!;
const applyUrl = `/apply.html?job=${encodeURIComponent(id)}`;
const searchUrl = `/${sessionStorage.getItem('demo.search') ?? ''}`;

detail.jobId = id;
for (const link of document.querySelectorAll<HTMLAnchorElement>('#apply-link, #apply-side-link')) link.href = applyUrl;
document.querySelector<HTMLAnchorElement>('#back-link')!.href = searchUrl;
detail.addEventListener('ck-job-detail-close', () => (location.href = searchUrl));

// The page title and breadcrumb follow the loaded job.
detail.addEventListener('ck-job-loaded', (event) => {
  const { job } = event.detail;
  document.title = `${job.title} · Acacia Careers`;
  document.querySelector('#crumb-title')!.textContent = job.title;
});
