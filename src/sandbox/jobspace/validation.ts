/**
 * Validation of the OLD create/update form (contract §6.3), with Laravel-style per-field messages
 * ("The open date field is required."). Both routes take the full field set (no partial update).
 */
import * as v from 'valibot';
import { APPLY_TYPES, CATEGORIES, COUNTRIES, CURRENCIES, JOB_TYPES, SALARY_FREQUENCIES } from './reference-data.js';

export type FormInput = Record<string, string | string[]>;

const label = (field: string) => field.replace(/_/g, ' ');
const requiredMessage = (field: string) => `The ${label(field)} field is required.`;
const tooLong = (field: string, max: number) => `The ${label(field)} may not be greater than ${max} characters.`;

const requiredText = (field: string, max: number) =>
  v.pipe(
    v.string(requiredMessage(field)),
    v.trim(),
    v.nonEmpty(requiredMessage(field)),
    v.maxLength(max, tooLong(field, max)),
  );

const optionalText = (field: string, max: number) =>
  v.optional(v.pipe(v.string(`The ${label(field)} must be a string.`), v.trim(), v.maxLength(max, tooLong(field, max))), '');

const lookupId = (field: string, valid: ReadonlySet<number>) =>
  v.pipe(
    v.string(requiredMessage(field)),
    v.trim(),
    v.nonEmpty(requiredMessage(field)),
    v.regex(/^\d+$/, `The ${label(field)} must be an integer.`),
    v.transform(Number),
    v.check((id) => valid.has(id), `The selected ${label(field)} is invalid.`),
  );

const oneOf = (field: string, values: readonly string[]) =>
  v.pipe(
    v.string(requiredMessage(field)),
    v.trim(),
    v.nonEmpty(requiredMessage(field)),
    v.check((value) => values.includes(value), `The selected ${label(field)} is invalid.`),
  );

/** `YYYY-MM-DD` (create docs) or `DD-MM-YYYY` (update docs and the first create docs) → midnight UTC. */
export function parseFormDate(value: string): number | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y) return undefined;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  return back.getUTCMonth() === Number(m) - 1 && back.getUTCDate() === Number(d) ? ms : undefined;
}

const formDate = (field: string) =>
  v.pipe(
    v.string(requiredMessage(field)),
    v.trim(),
    v.nonEmpty(requiredMessage(field)),
    v.check((s) => parseFormDate(s) !== undefined, `The ${label(field)} does not match the format Y-m-d.`),
    v.transform((s) => parseFormDate(s)!),
  );

const optionalAmount = (field: string) =>
  v.optional(
    v.pipe(
      v.string(`The ${label(field)} must be a number.`),
      v.trim(),
      v.check((s) => s === '' || (Number.isFinite(Number(s)) && Number(s) >= 0), `The ${label(field)} must be a number.`),
      v.transform((s) => (s === '' ? null : Number(s))),
    ),
    '',
  );

/** Any category but the root. */
const assignableCategoryIds = new Set(CATEGORIES.filter((c) => c.parentId !== null).map((c) => c.id));

const JobFormSchema = v.object(
  {
    organisation: requiredText('organisation', 255),
    job_category_id: lookupId('job_category_id', assignableCategoryIds),
    job_type_id: lookupId('job_type_id', new Set(JOB_TYPES.map((t) => t.id))),
    reference: requiredText('reference', 255),
    name: requiredText('name', 255),
    summary: optionalText('summary', 300),
    description: requiredText('description', 6500),
    benefits: requiredText('benefits', 6500),
    skills: requiredText('skills', 6500),
    open_date: formDate('open_date'),
    close_date: formDate('close_date'),
    country_id: lookupId('country_id', new Set(COUNTRIES.map((c) => c.id))),
    premise: requiredText('premise', 255),
    sub_premise: optionalText('sub_premise', 255),
    // In the docs' table but not in their sample request, so optional here.
    thoroughfare: optionalText('thoroughfare', 255),
    locality: optionalText('locality', 255),
    postal_code: optionalText('postal_code', 255),
    postcode: optionalText('postcode', 255),
    main_area: requiredText('main_area', 255),
    sub_area: optionalText('sub_area', 255),
    location_display: optionalText('location_display', 255),
    salary_frequency: oneOf('salary_frequency', SALARY_FREQUENCIES),
    salary_currency: oneOf('salary_currency', Object.keys(CURRENCIES)),
    salary_text: requiredText('salary_text', 255),
    salary_from: optionalAmount('salary_from'),
    salary_to: optionalAmount('salary_to'),
    apply_type: oneOf('apply_type', APPLY_TYPES),
    apply_url: optionalText('apply_url', 3000),
    sites: v.optional(v.array(v.pipe(v.string(), v.regex(/^\d+$/, 'must be an integer'), v.transform(Number))), []),
  },
  // A missing key reports against the object; name the field as Laravel would.
  (issue) => requiredMessage(String(issue.path?.[0]?.key ?? 'form')),
);

export type JobForm = v.InferOutput<typeof JobFormSchema>;

export type ValidationResult = { ok: true; form: JobForm } | { ok: false; errors: Record<string, string[]> };

/** Validates one form; `isReferenceTaken` checks uniqueness within the organisation. */
export function validateJobForm(
  input: FormInput,
  isReferenceTaken: (organisation: string, reference: string) => boolean,
  isKnownOrganisation: (organisation: string) => boolean,
): ValidationResult {
  const result = v.safeParse(JobFormSchema, input, { abortPipeEarly: true });
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((p) => String(p.key));
      const field = path.join('.');
      // Laravel names array items by index: "The sites.0 must be an integer."
      add(field, path[0] === 'sites' ? `The ${field} must be an integer.` : issue.message);
    }
  }
  const form = result.output as Partial<JobForm>;
  if (typeof form.organisation === 'string' && !errors.organisation && !isKnownOrganisation(form.organisation)) {
    add('organisation', 'The selected organisation is invalid.');
  }
  if (
    typeof form.organisation === 'string' &&
    typeof form.reference === 'string' &&
    !errors.reference &&
    isReferenceTaken(form.organisation, form.reference)
  ) {
    add('reference', 'The reference has already been taken.');
  }
  if (typeof form.open_date === 'number' && typeof form.close_date === 'number' && form.close_date < form.open_date) {
    add('close_date', 'The close date must be a date after or equal to open date.');
  }
  if (form.apply_type === 'REDIRECT' && !errors.apply_url) {
    if (!form.apply_url) add('apply_url', 'The apply url field is required when apply type is REDIRECT.');
    else if (!isHttpUrl(form.apply_url)) add('apply_url', 'The apply url format is invalid.');
  }
  if (typeof form.salary_from === 'number' && typeof form.salary_to === 'number' && form.salary_to < form.salary_from) {
    add('salary_to', 'The salary to must be greater than or equal to salary from.');
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, form: result.output as JobForm };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
