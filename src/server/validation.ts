/** Input schemas (valibot) for every route; a failure becomes 400 INVALID_REQUEST with per-field messages. */
import * as v from 'valibot';
import { invalidRequest } from './errors.js';

export function parse<const S extends v.GenericSchema>(schema: S, input: unknown, what = 'request'): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const flat = v.flatten<S>(result.issues);
  const fields: Record<string, string> = {};
  for (const [path, messages] of Object.entries(flat.nested ?? {})) {
    if (Array.isArray(messages) && messages[0]) fields[path] = messages[0];
  }
  const first = flat.root?.[0] ?? Object.entries(fields).map(([k, m]) => `${k}: ${m}`)[0] ?? 'Invalid input';
  throw invalidRequest(`Invalid ${what}: ${first}`, Object.keys(fields).length ? fields : undefined);
}

/** A query integer within bounds (query values arrive as strings). */
const queryInt = (min: number, max: number, fallback: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,9}$/, 'must be a whole number'),
      v.transform(Number),
      v.minValue(min, `must be at least ${min}`),
      v.maxValue(max, `must be at most ${max}`),
    ),
    String(fallback),
  );

const trimmed = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

/** Search text: one line, no control characters (NUL, newlines…). */
const searchText = (max: number) => v.pipe(trimmed(max), v.regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'));

/** Filter values: an upstream id or handle/ISO code. */
const filterValue = v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[\w-]{1,64}$/, 'must be an id or code')));

export const jobsQuerySchema = v.object({
  page: queryInt(1, 100_000, 1),
  pageSize: queryInt(1, 100, 20),
  country: filterValue,
  type: filterValue,
  category: filterValue,
  q: v.optional(searchText(200)),
});

export const jobIdSchema = v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'must be a numeric job id'));

const isoDate = v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'));
const upstreamId = v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.regex(/^\d{1,12}$/, 'must be a numeric id'));
const money = v.pipe(v.number('must be a number'), v.finite(), v.minValue(0, 'must not be negative'), v.maxValue(1e9));

export const jobInputSchema = v.strictObject({
  title: v.pipe(trimmed(191), v.minLength(5, 'must be at least 5 characters')),
  descriptionHtml: v.pipe(trimmed(100_000), v.minLength(5, 'must be at least 5 characters')),
  summary: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300))),
  reference: v.optional(v.pipe(trimmed(191), v.minLength(5, 'must be at least 5 characters'))),
  typeId: upstreamId,
  categoryId: upstreamId,
  countryId: upstreamId,
  locationDisplay: v.optional(trimmed(191)),
  postcode: v.optional(trimmed(32)),
  salary: v.optional(
    v.strictObject({
      from: v.optional(money),
      to: v.optional(money),
      currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'))),
      frequency: v.optional(v.picklist(['HOURLY', 'DAILY', 'WEEKLY', 'FORTNIGHTLY', '4WEEKLY', 'MONTHLY', 'ANNUALLY'])),
      text: v.optional(trimmed(191)),
    }),
  ),
  openDate: v.optional(isoDate),
  closeDate: v.optional(isoDate),
  organisation: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'must be an organisation handle'))),
  benefits: v.optional(trimmed(6500)),
  skills: v.optional(trimmed(6500)),
  premise: v.optional(trimmed(255)),
  city: v.optional(trimmed(255)),
  region: v.optional(trimmed(255)),
  applyUrl: v.optional(v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'), v.maxLength(3000))),
});

const PKCE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The form oidc-client-ts posts to a token endpoint. */
export const tokenFormSchema = v.object({
  grant_type: v.literal('authorization_code', 'must be authorization_code'),
  code: trimmed(2048),
  // PKCE always (RFC 9700 §2.1.1): a code redeemed without a verifier is refused here, whatever SmartCV enforces.
  code_verifier: v.pipe(v.string('is required (PKCE)'), v.regex(PKCE_VERIFIER, 'must be a PKCE verifier (43-128 characters)')),
  // Compared byte for byte with the registered URIs: no trimming or other normalization.
  redirect_uri: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(2048, 'must be at most 2048 characters')),
  client_id: trimmed(256),
});

const HEX24 = /^[0-9a-f]{24}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const taxonomyIdSchema = v.pipe(v.string(), v.regex(HEX24, 'must be a 24-character hex id'));
export const skillIdSchema = v.pipe(
  v.string(),
  v.check((s) => HEX24.test(s) || UUID.test(s), 'must be a 24-character hex id or a UUID'),
);

/** Opaque cursors we issue, or the upstream's, passed back unchanged. */
const cursor = v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/=_-]{1,2048}$/, 'must be a cursor from a previous answer')));

/** The model a widget asks for; the endpoint serves one model and refuses any other by name. */
const modelIdParam = v.optional(v.pipe(v.string(), v.regex(HEX24, 'must be a 24-character hex model id')));

export const skillSearchSchema = v.object({
  q: v.optional(searchText(200)),
  modelId: modelIdParam,
  limit: queryInt(1, 100, 20),
  cursor,
});

export const skillGroupsSchema = v.object({
  parent: v.optional(taxonomyIdSchema),
  modelId: modelIdParam,
  cursor,
});

export const occupationSearchSchema = v.object({
  q: v.optional(searchText(200)),
  limit: queryInt(1, 100, 20),
  cursor,
});

export const matchSchema = v.strictObject({
  labels: v.pipe(
    v.array(
      v.pipe(
        v.string('must be text'),
        v.trim(),
        v.minLength(1, 'must not be empty'),
        v.maxLength(200, 'must be at most 200 characters'),
        v.regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
      ),
    ),
    v.minLength(1, 'must list at least one label'),
    v.maxLength(50, 'must list at most 50 labels'),
  ),
  perLabel: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
  modelId: modelIdParam,
  /** The job's occupation (24-hex id): its essential skills rank first among equal matches. */
  occupation: v.optional(v.pipe(v.string(), v.regex(HEX24, 'must be a 24-character hex occupation id'))),
  /** The job's title: when it is exactly an occupation's label, that occupation counts as `occupation`. */
  jobTitle: v.optional(v.pipe(v.string('must be text'), v.trim(), v.maxLength(200, 'must be at most 200 characters'), v.regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'))),
});
