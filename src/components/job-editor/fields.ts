/**
 * The editor's fields, their client-side rules (the endpoint's `jobInputSchema` and the Job Space contract's create
 * table: lengths, required fields, dates), and the mapping to and from the endpoint's `JobInput` / `Job`.
 */
import type { Job, JobInput } from '../../types.js';

/** Every field, in the order they appear (the first invalid one gets focus). */
export const FIELDS = [
  'title',
  'reference',
  'typeId',
  'categoryId',
  'summary',
  'descriptionHtml',
  'benefits',
  'countryId',
  'premise',
  'city',
  'region',
  'postcode',
  'locationDisplay',
  'salary.from',
  'salary.to',
  'salary.currency',
  'salary.frequency',
  'salary.text',
  'applyUrl',
  'openDate',
  'closeDate',
  'skills',
] as const;

export type Field = (typeof FIELDS)[number];
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
export const isField = (name: string): name is Field => FIELD_SET.has(name);

export type Values = Record<Exclude<Field, 'skills'>, string> & { applyMode: 'board' | 'url' };

export const FREQUENCIES = ['HOURLY', 'DAILY', 'WEEKLY', 'FORTNIGHTLY', '4WEEKLY', 'MONTHLY', 'ANNUALLY'] as const;

export function emptyValues(): Values {
  return {
    title: '',
    reference: '',
    typeId: '',
    categoryId: '',
    summary: '',
    descriptionHtml: '',
    benefits: '',
    countryId: '',
    premise: '',
    city: '',
    region: '',
    postcode: '',
    locationDisplay: '',
    'salary.from': '',
    'salary.to': '',
    'salary.currency': '',
    'salary.frequency': '',
    'salary.text': '',
    applyMode: 'board',
    applyUrl: '',
    openDate: '',
    closeDate: '',
  };
}

/** Text lengths: [min, max] (min 0 = no minimum). From the contract (5–191, summary 300) and the endpoint's schema. */
export const LENGTHS: Partial<Record<Field, [number, number]>> = {
  title: [5, 191],
  reference: [5, 191],
  summary: [0, 300],
  descriptionHtml: [5, 100_000],
  benefits: [0, 6500],
  premise: [0, 255],
  city: [0, 255],
  region: [0, 255],
  postcode: [0, 32],
  locationDisplay: [0, 191],
  'salary.text': [0, 191],
  applyUrl: [0, 3000],
};

/** Required by the contract's create table (and the endpoint's schema): every field but these. */
const OPTIONAL: ReadonlySet<Field> = new Set<Field>(['summary', 'applyUrl', 'closeDate', 'skills']);
export const REQUIRED: ReadonlySet<Field> = new Set(FIELDS.filter((field) => !OPTIONAL.has(field)));

export type Problem = { key: 'errRequired' | 'errNumber' | 'errSalaryOrder' | 'errDate' | 'errDateOrder' | 'errUrl' | 'errSkills' } | { key: 'errMin' | 'errMax'; n: number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
const amount = (s: string) => (s.trim() === '' ? undefined : Number(s));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^https?:\/\//i.test(value);
  } catch {
    return false;
  }
}

/** Counted like the endpoint counts: trimmed text. The description counts its visible text for the minimum. */
export function validate(values: Values, descriptionText: string, skillCount: number): Map<Field, Problem> {
  const problems = new Map<Field, Problem>();
  for (const field of FIELDS) {
    if (field === 'skills') continue;
    if (field === 'applyUrl' && values.applyMode !== 'url') continue;
    const value = field === 'descriptionHtml' ? descriptionText.trim() : values[field].trim();
    if (!value) {
      if (REQUIRED.has(field) || field === 'applyUrl') problems.set(field, { key: 'errRequired' });
      continue;
    }
    const length = LENGTHS[field];
    if (!length) continue;
    // The description's minimum counts its visible text, its maximum the HTML sent.
    const counted = field === 'descriptionHtml' ? values.descriptionHtml.length : value.length;
    if (value.length < length[0]) problems.set(field, { key: 'errMin', n: length[0] });
    else if (counted > length[1]) problems.set(field, { key: 'errMax', n: length[1] });
  }
  for (const field of ['salary.from', 'salary.to'] as const) {
    const n = amount(values[field]);
    if (n !== undefined && !(Number.isFinite(n) && n >= 0)) problems.set(field, { key: 'errNumber' });
  }
  const from = amount(values['salary.from']);
  const to = amount(values['salary.to']);
  if (!problems.has('salary.to') && from !== undefined && to !== undefined && to < from) problems.set('salary.to', { key: 'errSalaryOrder' });
  if (values.openDate && !isDate(values.openDate)) problems.set('openDate', { key: 'errDate' });
  if (values.closeDate && !isDate(values.closeDate)) problems.set('closeDate', { key: 'errDate' });
  else if (values.closeDate && isDate(values.openDate) && values.closeDate < values.openDate) problems.set('closeDate', { key: 'errDateOrder' });
  if (values.applyMode === 'url' && values.applyUrl && !problems.has('applyUrl') && !isHttpUrl(values.applyUrl.trim())) {
    problems.set('applyUrl', { key: 'errUrl' });
  }
  // The create form the endpoint posts (the OLD generation's) requires `skills`: at least one tag fills it.
  if (skillCount === 0) problems.set('skills', { key: 'errSkills' });
  return problems;
}

/** The endpoint's input from valid values; `description` is the sanitized HTML with the skill block. */
export function toJobInput(values: Values, description: string, skillsText: string): JobInput {
  const trimmed = (s: string) => s.trim() || undefined;
  const n = (s: string) => (s.trim() === '' ? undefined : Number(s));
  return {
    title: values.title.trim(),
    reference: values.reference.trim(),
    typeId: values.typeId,
    categoryId: values.categoryId,
    summary: trimmed(values.summary),
    descriptionHtml: description,
    benefits: trimmed(values.benefits),
    skills: trimmed(skillsText.slice(0, 6500)),
    countryId: values.countryId,
    premise: trimmed(values.premise),
    city: trimmed(values.city),
    region: trimmed(values.region),
    postcode: trimmed(values.postcode),
    locationDisplay: trimmed(values.locationDisplay),
    salary: {
      from: n(values['salary.from']),
      to: n(values['salary.to']),
      currency: values['salary.currency'] || undefined,
      frequency: values['salary.frequency'] || undefined,
      text: trimmed(values['salary.text']),
    },
    applyUrl: values.applyMode === 'url' ? values.applyUrl.trim() : undefined,
    openDate: values.openDate || undefined,
    closeDate: values.closeDate || undefined,
  };
}

const day = (iso: string | undefined) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '');

/**
 * Values of a job read back from the endpoint. `Job` carries no address line, region or benefits, and the city only
 * when the upstream's read shape has it (the Job Space's read shapes differ from its write form): those stay empty
 * for the recruiter to fill in again (the required-field check says which).
 */
export function fromJob(job: Job, prose: string): Values {
  const values = emptyValues();
  values.title = job.title ?? '';
  values.reference = job.reference ?? '';
  values.typeId = job.type?.id ?? '';
  values.categoryId = job.category?.id ?? '';
  values.summary = job.summary ?? '';
  values.descriptionHtml = prose;
  values.countryId = job.location?.country?.id ?? '';
  values.city = job.location?.city ?? '';
  values.postcode = job.location?.postcode ?? '';
  values.locationDisplay = job.location?.display ?? '';
  values['salary.from'] = job.salary?.from === undefined ? '' : String(job.salary.from);
  values['salary.to'] = job.salary?.to === undefined ? '' : String(job.salary.to);
  values['salary.currency'] = job.salary?.currency ?? '';
  values['salary.frequency'] = job.salary?.frequency ?? '';
  values['salary.text'] = job.salary?.text ?? '';
  values.applyMode = job.applyUrl ? 'url' : 'board';
  values.applyUrl = job.applyUrl ?? '';
  values.openDate = day(job.postedAt);
  values.closeDate = day(job.closesAt);
  return values;
}
