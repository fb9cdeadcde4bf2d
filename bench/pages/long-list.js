// Driven by bench/lib/browser.ts: mounts <ck-job-list virtual> in controlled mode with N jobs (real sandbox jobs,
// repeated with fresh ids), then scrolls the page by script and records requestAnimationFrame timestamps.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const content = (el) => el.shadowRoot?.querySelector('[part~="card"]');

async function makeJobs(count) {
  const response = await fetch('/careerkit/jobs?pageSize=100');
  if (!response.ok) throw new Error(`/careerkit/jobs answered ${response.status}`);
  const { items } = await response.json();
  if (!items.length) throw new Error('the sandbox has no jobs');
  return Array.from({ length: count }, (_, i) => {
    const job = items[i % items.length];
    return { ...job, id: `bench-${i + 1}`, title: `${job.title} #${i + 1}` };
  });
}

window.__longList = {
  /** Mounts the list; answers ms from setting `.jobs` to the first card painted. */
  async mount(count) {
    const jobs = await makeJobs(count);
    await customElements.whenDefined('ck-job-list');
    const el = document.createElement('ck-job-list');
    el.setAttribute('endpoint', '/careerkit');
    el.virtual = true;
    const start = performance.now();
    el.jobs = jobs;
    document.body.append(el);
    for (;;) {
      const card = content(el);
      if (card && card.getBoundingClientRect().height > 0) break;
      if (performance.now() - start > 15000) throw new Error('no card rendered within 15 s');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const firstRenderMs = performance.now() - start;
    const scroller = document.scrollingElement;
    return { firstRenderMs, scrollHeight: scroller.scrollHeight, rendered: el.shadowRoot.querySelectorAll('[part~="card"]').length };
  },

  /** Scrolls from `from` to `to` (fractions of the scroll range) over `durationMs`; answers frame timestamps. */
  async scroll(from, to, durationMs) {
    const scroller = document.scrollingElement;
    const max = scroller.scrollHeight - innerHeight;
    scroller.scrollTop = from * max;
    await nextFrame();
    await nextFrame();
    const stamps = [];
    let start;
    for (;;) {
      const t = await nextFrame();
      start ??= t;
      stamps.push(t);
      const progress = Math.min(1, (t - start) / durationMs);
      scroller.scrollTop = (from + (to - from) * progress) * max;
      if (progress >= 1) break;
    }
    await nextFrame();
    await nextFrame();
    const el = document.querySelector('ck-job-list');
    const positions = [...el.shadowRoot.querySelectorAll('li[aria-posinset]')].map((li) => Number(li.getAttribute('aria-posinset')));
    return { stamps, distancePx: Math.abs(to - from) * max, lastVisible: Math.max(0, ...positions), rendered: positions.length };
  },
};
