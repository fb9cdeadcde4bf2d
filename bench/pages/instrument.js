// Loaded (blocking, first thing in <head>) by each first-render page: records Long Tasks from the start and the
// moment each element in <body data-wait="tag,…"> shows its first meaningful content, painted (non-zero box).
window.__bench = { longTasks: [], readyAt: {} };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch (error) {
  window.__bench.longTaskError = String(error);
}

const CONTENT = {
  // a job card (the skeletons have no part), the picker's text input, the button itself
  'ck-job-list': (root) => root.querySelector('[part~="card"]'),
  'ck-skill-picker': (root) => root.querySelector('input'),
  'ck-apply-button': (root) => root.querySelector('button'),
};
const painted = (node) => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

function poll() {
  const bench = window.__bench;
  const wanted = (document.body?.dataset.wait ?? '').split(',').filter(Boolean);
  for (const tag of wanted) {
    if (bench.readyAt[tag] !== undefined) continue;
    const el = document.querySelector(tag);
    const node = el?.shadowRoot && CONTENT[tag]?.(el.shadowRoot);
    if (node && painted(node)) bench.readyAt[tag] = performance.now();
  }
  if (wanted.length > 0 && wanted.every((tag) => bench.readyAt[tag] !== undefined)) {
    bench.ready = performance.now();
    // Long tasks that finish right after first content still belong to the load.
    setTimeout(() => (bench.done = true), 150);
    return;
  }
  if (performance.now() > 15000) {
    bench.timeout = true;
    bench.done = true;
    return;
  }
  setTimeout(poll, 1);
}
poll();
