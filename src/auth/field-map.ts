/**
 * Which form fields `<ck-apply-button form="…">` fills from the SmartCV profile. Each profile value goes to the
 * first fillable field whose `name` is in its list. Override per key with the element's `fieldMap` property;
 * `null` or `[]` turns a key off.
 */
import type { CandidateProfile } from '../types.js';

export type ProfileField =
  | 'name'
  | 'givenName'
  | 'familyName'
  | 'email'
  | 'phone'
  | 'location'
  | 'headline'
  | 'cvUrl'
  | 'pictureUrl'
  | 'skills'
  | 'languages'
  | 'experience'
  | 'education'
  | 'certifications'
  | 'links.linkedin'
  | 'links.github'
  | 'links.portfolio';

/** Profile key → form field names (first fillable match wins). */
export type FieldMap = Partial<Record<ProfileField, string | readonly string[] | null>>;

/** The documented default mapping; names follow HTML autocomplete tokens and common snake_case forms. */
export const DEFAULT_FIELD_MAP: Readonly<Record<ProfileField, readonly string[]>> = {
  name: ['name', 'full_name', 'fullName'],
  givenName: ['given-name', 'given_name', 'first_name', 'firstName'],
  familyName: ['family-name', 'family_name', 'last_name', 'lastName'],
  email: ['email'],
  phone: ['phone', 'tel'],
  location: ['location', 'city'],
  headline: ['headline'],
  cvUrl: ['cv_url', 'cvUrl', 'resume_url'],
  pictureUrl: ['photo_url', 'picture_url'],
  skills: ['skills'],
  languages: ['languages'],
  experience: ['experience'],
  education: ['education'],
  certifications: ['certifications'],
  'links.linkedin': ['linkedin'],
  'links.github': ['github'],
  'links.portfolio': ['portfolio', 'website'],
};

/**
 * HTML autocomplete tokens that also identify a field for a key (after the names above, and only while the key
 * is not overridden): `<input autocomplete="name" name="applicant">` gets the full name.
 */
export const AUTOCOMPLETE_TOKENS: Readonly<Partial<Record<ProfileField, string>>> = {
  name: 'name',
  givenName: 'given-name',
  familyName: 'family-name',
  email: 'email',
  phone: 'tel',
};

const lines = (items: Array<string | undefined>) => items.filter(Boolean).join('\n') || undefined;
const span = (from?: string | number, to?: string | number) => (from || to ? ` (${[from, to].filter(Boolean).join(' – ')})` : '');

/** The text each profile key fills in: lists comma-joined, histories one entry per line. */
export const PROFILE_VALUES: Record<ProfileField, (p: CandidateProfile) => string | undefined> = {
  name: (p) => p.name,
  givenName: (p) => p.givenName,
  familyName: (p) => p.familyName,
  email: (p) => p.email,
  phone: (p) => p.phone,
  location: (p) => p.location,
  headline: (p) => p.headline,
  cvUrl: (p) => p.cvUrl,
  pictureUrl: (p) => p.pictureUrl,
  skills: (p) => p.skills?.join(', ') || undefined,
  languages: (p) => p.languages?.join(', ') || undefined,
  experience: (p) =>
    lines(
      (p.experience ?? []).map((e) => {
        const head = [e.title, e.company].filter(Boolean).join(', ');
        return head ? head + span(e.startDate, e.current ? 'present' : e.endDate) : undefined;
      }),
    ),
  education: (p) =>
    lines((p.education ?? []).map((e) => [e.degree, e.field, e.institution].filter(Boolean).join(', ') + span(e.graduationYear) || undefined)),
  certifications: (p) => lines((p.certifications ?? []).map((c) => [c.name, c.issuer].filter(Boolean).join(', ') + span(c.year) || undefined)),
  'links.linkedin': (p) => p.links?.linkedin,
  'links.github': (p) => p.links?.github,
  'links.portfolio': (p) => p.links?.portfolio,
};
