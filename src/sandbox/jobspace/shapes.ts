/**
 * Wire shapes of The Job Space API as the OLD (May 2017) docs show them, which is the generation the seed
 * documents (contract §6). Helpers here render the quirks faithfully: DateObjects, decimal strings,
 * geo as strings in one place and numbers in another, `data`-wrapped includes.
 */

/** `{utc, converted, formatted}`; `converted` is the same instant in US Eastern time. */
export interface DateObject {
  utc: string;
  converted: string;
  formatted: string;
}

export interface CountryRef {
  id: number;
  iso: string;
  name: string;
  /** Always 0/0 upstream. */
  geo: { lon: number; lat: number };
}

/** One job, as OLD list, read, create and update all return it. */
export interface JobspaceJob {
  id: number;
  reference: string;
  number_applied: number;
  job_title: string;
  job_title_suggest: {
    input: string[];
    output: string;
    payload: { id: number };
    context: { location: { lat: string; lon: string } };
  };
  slug: string;
  summary: string;
  description: string;
  benefits: string | null;
  skills: string | null;
  salary: {
    /** Decimal strings such as "30000.00". */
    from: string;
    to: string;
    text: string;
    frequency: string;
    /** Fields may be empty strings; `unicode` is an HTML entity or the plain symbol. */
    currency: { iso_code: string; symbol: string; unicode: string };
  };
  location: {
    display: string;
    postcode: { id: number; postcode: string };
    country: CountryRef;
    /** Strings here, numbers in `country.geo`. */
    geo: { lon: string; lat: string };
  };
  language: { data: { id: number; iso_code: string; name: string } };
  open_date: DateObject;
  close_date: DateObject;
  created_at: DateObject;
  updated_at: DateObject;
  deleted_at: DateObject | null;
  /** Only in the NEW docs; served here too so lists can name the employer. Clients must not require it. */
  organisation?: { data: { id: number; handle: string; name: string } };
  category: { data: { id: number; handle: string; parent: { id: number; handle: string } } };
  type: { data: { id: number; handle: string } };
  media: { data: { id: number; type: 'JOB_LOGO'; path: string }[] };
  address: null;
  links: { self: string; apply: string };
}

export interface Pagination {
  total: number;
  count: number;
  per_page: number;
  current_page: number;
  total_pages: number;
}

export type Aggregations = Record<
  'location.country.iso' | 'category.parent.handle' | 'type.handle',
  { key: string; doc_count: number }[]
>;

export interface JobspaceJobList {
  data: JobspaceJob[];
  /** `took` + `pagination` are OLD; `aggregations` is NEW (served as well, see the simulator's notes). */
  meta: { took: number; pagination: Pagination; aggregations: Aggregations };
}

export interface JobspaceErrorBody {
  data: { message: string; errors?: Record<string, string[]>; status_code: number };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const easternParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** Renders an instant (ms since epoch) as the upstream's DateObject, to the second. */
export function dateObject(ms: number): DateObject {
  const seconds = Math.floor(ms / 1000) * 1000;
  const utc = new Date(seconds).toISOString().slice(0, 19) + '+00:00';
  const parts = Object.fromEntries(easternParts.formatToParts(new Date(seconds)).map((p) => [p.type, p.value]));
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) =>
    Number(parts[k]),
  );
  const offsetMinutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - seconds) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const wall = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  return {
    utc,
    converted: `${year}-${pad(month)}-${pad(day)}T${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
    formatted: `${day} ${MONTHS[month - 1]} ${year} ${wall}`,
  };
}

/** "30000" → "30000.00", as MySQL decimals come out of the upstream. */
export const decimalString = (value: number | null): string => (value ?? 0).toFixed(2);

/** Upstream geo strings keep four decimals, e.g. "-1.4701". */
export const geoString = (value: number): string => value.toFixed(4);

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);

export function errorBody(status: number, message: string, errors?: Record<string, string[]>): JobspaceErrorBody {
  return { data: errors ? { message, errors, status_code: status } : { message, status_code: status } };
}

export const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** The upstream's text for exceptions without a message: "422 Unprocessable Entity". */
export const statusText = (status: number): string => `${status} ${REASON_PHRASES[status] ?? ''}`.trim();
