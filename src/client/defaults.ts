/**
 * Page-wide defaults set by `configure()`. Its own module (no ky, no client) so elements that must stay tiny
 * can read them without pulling in the HTTP client.
 */
export interface PageDefaults {
  endpoint?: string;
  locale?: string;
  fetch?: typeof fetch;
}

let pageDefaults: PageDefaults = {};

export function setPageDefaults(defaults: PageDefaults): void {
  pageDefaults = { ...pageDefaults, ...defaults };
}

export function pageDefault(): Readonly<PageDefaults> {
  return pageDefaults;
}
