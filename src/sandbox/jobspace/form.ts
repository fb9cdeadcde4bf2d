/** The job form: read from any body a client may send, and turned into a record once validated. */
import type { Context } from 'hono';
import { COUNTRY_BY_ID, type JobRecord } from './records.js';
import { COUNTRY_PROFILES, ORGANISATIONS } from './reference-data.js';
import type { FormInput, JobForm } from './validation.js';

/** Form fields as strings (multipart, urlencoded, or JSON for tolerance); `sites[]` becomes `sites`. */
export async function readForm(c: Context): Promise<FormInput> {
  const type = c.req.header('content-type') ?? '';
  let raw: Record<string, unknown> = {};
  try {
    raw = type.includes('application/json') ? await c.req.json() : await c.req.parseBody({ all: true });
  } catch {
    // An unreadable body counts as an empty form: validation then names every missing field.
  }
  // No prototype: a field named __proto__ or constructor is just a field.
  const form = Object.create(null) as FormInput;
  const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
  for (const [key, value] of Object.entries(raw ?? {})) {
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    if (Array.isArray(value) || key.endsWith('[]')) form[name] = ([] as unknown[]).concat(value).map(asText);
    else form[name] = asText(value);
  }
  return form;
}

export const findOrganisation = (value: string) => ORGANISATIONS.find((o) => o.handle.toLowerCase() === value.trim().toLowerCase());

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();

export function recordFromForm(form: JobForm, id: number, at: number, existing?: JobRecord): JobRecord {
  const organisation = findOrganisation(form.organisation)!;
  const country = COUNTRY_BY_ID.get(form.country_id)!;
  const profile = COUNTRY_PROFILES.find((p) => p.iso === country.iso);
  // "Geocoding": a known city, else the country's first city, else 0/0.
  const place = profile?.places.find((p) => p.city.toLowerCase() === form.main_area.toLowerCase()) ?? profile?.places[0];
  const postcode = form.postal_code || form.postcode;
  return {
    id,
    organisationId: organisation.id,
    reference: form.reference,
    numberApplied: existing?.numberApplied ?? 0,
    title: form.name,
    summary: form.summary || stripTags(form.description).slice(0, 300),
    description: form.description,
    benefits: form.benefits,
    skills: form.skills,
    salary: {
      from: form.salary_from,
      to: form.salary_to,
      text: form.salary_text,
      frequency: form.salary_frequency,
      currency: form.salary_currency,
      entityUnicode: true,
    },
    location: {
      display: form.location_display || [form.main_area, form.sub_area].filter(Boolean).join(', '),
      postcode,
      countryId: country.id,
      lat: place?.lat ?? 0,
      lon: place?.lon ?? 0,
    },
    language: profile?.language ?? 'en',
    categoryId: form.job_category_id,
    typeId: form.job_type_id,
    openDate: form.open_date,
    closeDate: form.close_date,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    address: {
      premise: form.premise,
      subPremise: form.sub_premise,
      thoroughfare: form.thoroughfare,
      locality: form.locality,
      mainArea: form.main_area,
      subArea: form.sub_area,
    },
    applyType: form.apply_type,
    applyUrl: form.apply_url || null,
    sites: form.sites,
  };
}
