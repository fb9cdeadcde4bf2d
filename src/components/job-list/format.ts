/** Intl helpers shared by the job list and the job detail (dates relative to now, counts). */
import type { Job } from '../../types.js';

const DAY = 86_400_000;

/** "today", "3 days ago", "2 weeks ago", "last month"… in the given locale; '' for a missing or bad date. */
export function relativeDate(iso: string | undefined, locale: string, now = Date.now()): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  // Calendar days in the reader's time zone, so "today" and "yesterday" agree with the date shown beside them.
  const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
  const days = Math.round((midnight(time) - midnight(now)) / DAY);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(days);
  if (abs < 7) return format.format(days, 'day');
  if (abs < 30) return format.format(Math.round(days / 7), 'week');
  if (abs < 365) return format.format(Math.round(days / 30), 'month');
  return format.format(Math.round(days / 365), 'year');
}

/** A calendar date in the locale, e.g. "12 Oct 2026". */
export function calendarDate(iso: string | undefined, locale: string): string {
  const time = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
}

export const formatNumber = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);

/** The upstream's salary text, else a range built from the numbers. */
export function salaryText(job: Job, locale: string): string {
  const salary = job.salary;
  if (!salary) return '';
  if (salary.text) return salary.text;
  const { from, to, currency } = salary;
  if (from === undefined && to === undefined) return '';
  const options: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency, maximumFractionDigits: 0 }
    : { maximumFractionDigits: 0 };
  try {
    const format = new Intl.NumberFormat(locale, options);
    if (from !== undefined && to !== undefined && from !== to) return (format as Intl.NumberFormat & { formatRange(a: number, b: number): string }).formatRange(from, to);
    return format.format((from ?? to) as number);
  } catch {
    return '';
  }
}

interface HtmlPolicy {
  createHTML(value: string): string;
}
let textPolicy: HtmlPolicy | null | undefined;

/**
 * The string for DOMParser as Trusted Types ask for it: pages with `require-trusted-types-for 'script'` refuse plain
 * strings there. The `careerkit-text` policy serves only this inert parse, whose text is all that is kept.
 */
function parserInput(value: string): string {
  if (textPolicy === undefined) {
    const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes;
    try {
      textPolicy = trustedTypes?.createPolicy('careerkit-text', { createHTML: (html) => html }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not list careerkit-text: parse as before (and let the CSP say so).
      textPolicy = null;
    }
  }
  return textPolicy ? textPolicy.createHTML(value) : value;
}

/** Plain text of a possibly-HTML upstream string (titles and summaries arrive with markup sometimes). */
export function plainText(value: string | undefined): string {
  if (!value) return '';
  if (!/[<&]/.test(value)) return value;
  // DOMParser documents are inert: no script runs and no image loads while we read the text.
  return new DOMParser().parseFromString(parserInput(value), 'text/html').body.textContent?.trim() ?? '';
}
