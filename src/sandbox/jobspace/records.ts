/**
 * How the Job Space sandbox stores a job, and how it renders one in the OLD wire shape.
 */
import {
  CATEGORIES,
  COUNTRIES,
  CURRENCIES,
  JOB_TYPES,
  LANGUAGES,
  ORGANISATIONS,
  logoSvg,
  type CategoryRow,
  type CountryRow,
  type HandleRow,
  type LanguageCode,
  type Organisation,
} from './reference-data.js';
import { dateObject, decimalString, geoString, type JobspaceJob } from './shapes.js';

export interface JobRecord {
  id: number;
  organisationId: number;
  reference: string;
  numberApplied: number;
  title: string;
  summary: string;
  description: string;
  benefits: string | null;
  skills: string | null;
  salary: {
    from: number | null;
    to: number | null;
    text: string;
    frequency: string;
    /** null renders as empty currency strings, as some upstream jobs have. */
    currency: string | null;
    /** Render `unicode` as the HTML entity (true) or the plain symbol (false); the upstream does both. */
    entityUnicode: boolean;
  };
  location: { display: string; postcode: string; countryId: number; lat: number; lon: number };
  language: LanguageCode;
  categoryId: number;
  typeId: number;
  /** ms since epoch. */
  openDate: number;
  closeDate: number;
  createdAt: number;
  updatedAt: number;
  /** Fields only writes carry; kept so an update can round-trip them. */
  address: { premise: string; subPremise: string; thoroughfare: string; locality: string; mainArea: string; subArea: string };
  applyType: string;
  applyUrl: string | null;
  sites: number[];
}

const byId = <T extends { id: number }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

export const COUNTRY_BY_ID: ReadonlyMap<number, CountryRow> = byId(COUNTRIES);
export const COUNTRY_BY_ISO: ReadonlyMap<string, CountryRow> = new Map(COUNTRIES.map((c) => [c.iso, c]));
export const CATEGORY_BY_ID: ReadonlyMap<number, CategoryRow> = byId(CATEGORIES);
export const TYPE_BY_ID: ReadonlyMap<number, HandleRow> = byId(JOB_TYPES);
export const ORGANISATION_BY_ID: ReadonlyMap<number, Organisation> = byId(ORGANISATIONS);

/** Stable id for a postcode, so the same postcode always has the same `postcode.id`. */
export function postcodeId(postcode: string): number {
  let hash = 0x811c9dc5;
  for (const ch of postcode) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return 1000 + (hash % 90000);
}

/** Upstream postcodes are stored without spaces: `S1 4DP` → `S14DP`. */
export const normalisePostcode = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

/** Laravel-style slug of ASCII letters and digits; titles with none (e.g. Chinese) fall back to `job`. */
export function kebab(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'job';
}

export const logoPath = (org: Organisation) => `/media/logo/${org.handle}.svg`;

export function renderJob(job: JobRecord, baseUrl: string): JobspaceJob {
  const org = ORGANISATION_BY_ID.get(job.organisationId)!;
  const country = COUNTRY_BY_ID.get(job.location.countryId)!;
  const category = CATEGORY_BY_ID.get(job.categoryId)!;
  const parent = CATEGORY_BY_ID.get(category.parentId ?? 1)!;
  const type = TYPE_BY_ID.get(job.typeId)!;
  const currency = job.salary.currency ? CURRENCIES[job.salary.currency] : undefined;
  const lat = geoString(job.location.lat);
  const lon = geoString(job.location.lon);
  const postcode = normalisePostcode(job.location.postcode);
  return {
    id: job.id,
    reference: job.reference,
    number_applied: job.numberApplied,
    job_title: job.title,
    job_title_suggest: {
      input: [job.title],
      output: job.title,
      payload: { id: job.id },
      context: { location: { lat, lon } },
    },
    slug: `${org.handle}/${job.id}/${kebab(job.title)}`,
    summary: job.summary,
    description: job.description,
    benefits: job.benefits,
    skills: job.skills,
    salary: {
      from: decimalString(job.salary.from),
      to: decimalString(job.salary.to),
      text: job.salary.text,
      frequency: job.salary.frequency,
      currency: currency
        ? { iso_code: currency.iso_code, symbol: currency.symbol, unicode: job.salary.entityUnicode ? currency.unicode : currency.symbol }
        : { iso_code: '', symbol: '', unicode: '' },
    },
    location: {
      display: job.location.display,
      postcode: { id: postcodeId(postcode), postcode },
      country: { id: country.id, iso: country.iso, name: country.name, geo: { lon: 0, lat: 0 } },
      geo: { lon, lat },
    },
    language: { data: { ...LANGUAGES[job.language] } },
    open_date: dateObject(job.openDate),
    close_date: dateObject(job.closeDate),
    created_at: dateObject(job.createdAt),
    updated_at: dateObject(job.updatedAt),
    deleted_at: null,
    organisation: { data: { id: org.id, handle: org.handle, name: org.name } },
    category: { data: { id: category.id, handle: category.handle, parent: { id: parent.id, handle: parent.handle } } },
    type: { data: { id: type.id, handle: type.handle } },
    // Absolute URLs like the upstream's CDN paths; the simulator serves them (see jobspace.ts).
    media: { data: logoSvg(org) ? [{ id: org.id * 10 + 1, type: 'JOB_LOGO', path: `${baseUrl}${logoPath(org)}` }] : [] },
    address: null,
    links: { self: `${baseUrl}/api/job/${job.id}`, apply: `${baseUrl}/api/job/${job.id}/apply` },
  };
}
