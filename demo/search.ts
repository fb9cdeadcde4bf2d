// Job search page: the list keeps its filters in the URL (sync-url); choosing a job opens the job page.
import './app.js';

const jobPage = (id: string) => `/job.html?id=${encodeURIComponent(id)}`;

// A shared card link (`?jobs_job=<id>`, what the list's title links point to) opens the job page too.
const shared = new URLSearchParams(location.search).get('jobs_job');
if (shared) location.replace(jobPage(shared));

const list = document.querySelector('ck-job-list')!;
list.addEventListener('ck-job-select', (event) => {
  // Remembered so the job page's breadcrumb leads back to the same search.
  sessionStorage.setItem('demo.search', location.search);
  location.href = jobPage(event.detail.job.id);
});
