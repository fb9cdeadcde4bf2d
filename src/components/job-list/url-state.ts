/** The list's shareable state in the page's query string, under a prefix (`jobs_q`, `jobs_page`, …). */
export interface ListUrlState {
  q: string;
  country: string;
  type: string;
  category: string;
  page: number;
  job: string;
}

export const URL_KEYS = ['q', 'country', 'type', 'category', 'page', 'job'] as const;

/** Reads the values present in the URL; absent keys stay absent so the caller keeps its presets. */
export function readUrlState(prefix: string, search = location.search): Partial<ListUrlState> {
  const params = new URLSearchParams(search);
  const out: Partial<ListUrlState> = {};
  for (const key of URL_KEYS) {
    const value = params.get(prefix + key);
    if (value === null) continue;
    if (key === 'page') {
      const page = Number.parseInt(value, 10);
      if (page >= 1) out.page = page;
    } else out[key] = value.slice(0, 200);
  }
  return out;
}

/** The current URL with the list's keys replaced; a key equal to its default is left out. */
export function urlWithState(prefix: string, state: ListUrlState, defaults: ListUrlState, href = location.href): string {
  const url = new URL(href);
  for (const key of URL_KEYS) {
    if (state[key] === defaults[key]) url.searchParams.delete(prefix + key);
    else url.searchParams.set(prefix + key, String(state[key]));
  }
  return url.href;
}
