/**
 * The partner endpoint's public wire types: what `careerkit/server` answers and what the browser
 * client and the elements consume. Fields marked optional may be missing; nulls are never invented.
 */

/** Codes the endpoint itself answers with (the wire strings). */
export type EndpointErrorCode =
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'INTERNAL';

/** SmartCV codes the endpoint passes through by name (token and profile calls). */
export type SmartcvErrorCode =
  | 'INVALID_CODE'
  | 'INVALID_STATE'
  | 'INVALID_CLIENT'
  | 'INVALID_REDIRECT_URI'
  | 'INVALID_SCOPE'
  | 'UNAUTHORIZED_CLIENT'
  | 'ACCESS_DENIED'
  | 'TOKEN_EXPIRED'
  | 'RATE_LIMIT_EXCEEDED'
  | 'SERVER_ERROR'
  | 'TEMPORARILY_UNAVAILABLE'
  | 'INTERNAL_ERROR';

/**
 * Codes the browser side adds: no answer (`NETWORK`, `TIMEOUT`), an unreadable one (`BAD_RESPONSE`), a cancelled
 * call (`ABORTED`), and the sign-in's own outcomes (`DENIED`, `POPUP_CLOSED`, `ORIGIN_MISMATCH`, `UNKNOWN`).
 */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE' | 'ABORTED' | 'DENIED' | 'POPUP_CLOSED' | 'ORIGIN_MISMATCH' | 'UNKNOWN';

/** Every code the endpoint answers with: its own, or SmartCV's passed through by name. */
export type ServerErrorCode = EndpointErrorCode | SmartcvErrorCode;

/** Every code the kit knows and handles. */
export type ErrorCode = EndpointErrorCode | SmartcvErrorCode | ClientErrorCode;

/**
 * What `CareerkitError.code` holds: a known `ErrorCode`, or a code an upstream added later, passed through by name
 * (the `string & {}` keeps editor completion of the known ones).
 */
export type AnyErrorCode = ErrorCode | (string & {});

/** One error shape for every failure the endpoint reports. */
export interface ErrorBody {
  error: {
    /** Stable code: an `EndpointErrorCode`, or a SmartCV code passed through by name (`SmartcvErrorCode`, or a
     * code SmartCV added after this version: `AnyErrorCode` keeps completion of the known ones). */
    code: AnyErrorCode;
    message: string;
    /** Seconds until a retry may succeed (429). Mirrors the `Retry-After` header. */
    retryAfter?: number;
    /** Per-field messages for validation failures. */
    fields?: Record<string, string>;
  };
}

/** GET /config: everything the widgets need, nothing secret. */
export interface PublicConfig {
  smartcv: {
    authorizeUrl: string;
    clientId: string;
    redirectUris: string[];
    scope: 'profile:read';
  };
  taxonomy: { modelId: string; name: string; locale: string };
  features: { apply: boolean; jobs: boolean; skills: boolean; jobAdmin: boolean };
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface Country extends NamedRef {
  /** ISO 3166-1 alpha-2, upper case. */
  code?: string;
}

export interface JobLocation {
  display?: string;
  city?: string;
  postcode?: string;
  country?: Country;
}

export interface JobSalary {
  from?: number;
  to?: number;
  currency?: string;
  frequency?: string;
  /** Upstream's human text, e.g. "£28k-£32k". */
  text?: string;
}

/** A job, normalized from The Job Space's list or detail shape. */
export interface Job {
  id: string;
  title: string;
  reference?: string;
  organisation?: NamedRef;
  logoUrl?: string;
  location?: JobLocation;
  type?: NamedRef;
  category?: NamedRef;
  salary?: JobSalary;
  summary?: string;
  /** Upstream HTML, unsanitized. Browsers must sanitize before rendering (the elements use DOMPurify). */
  descriptionHtml?: string;
  /** ISO 8601. */
  postedAt?: string;
  closesAt?: string;
  applyUrl?: string;
}

/** GET /jobs */
export interface JobPage {
  items: Job[];
  page: number;
  pageSize: number;
  total: number;
}

export interface JobQuery {
  page?: number;
  pageSize?: number;
  country?: string;
  type?: string;
  category?: string;
  q?: string;
}

/** GET /jobs/lookups */
export interface JobLookups {
  countries: Country[];
  types: NamedRef[];
  categories: NamedRef[];
}

/** Input of POST /jobs and POST /jobs/:id (admin only). */
export interface JobInput {
  title: string;
  descriptionHtml: string;
  summary?: string;
  reference?: string;
  typeId: string;
  categoryId: string;
  countryId: string;
  locationDisplay?: string;
  postcode?: string;
  salary?: { from?: number; to?: number; currency?: string; frequency?: string; text?: string };
  openDate?: string;
  closeDate?: string;
  /** Organisation handle to post for; default: the endpoint's configured one. */
  organisation?: string;
  benefits?: string;
  skills?: string;
  /** Address line 1. */
  premise?: string;
  /** Town or city. */
  city?: string;
  /** County, state or region. */
  region?: string;
  /** Where candidates apply: an external URL (REDIRECT) or on the board itself (SIGNUP, the default). */
  applyUrl?: string;
}

export type SkillType = 'skill/competence' | 'knowledge' | 'language' | 'attitude' | '';
export type ReuseLevel = 'sector-specific' | 'occupation-specific' | 'cross-sector' | 'transversal' | '';

/** A taxonomy skill as the endpoint returns it. */
export interface TaxonomySkill {
  /** Tabiya's 24-hex id (used in routes). */
  id: string;
  /** The stable UUID; this is what a form submits. */
  uuid: string;
  modelId: string;
  preferredLabel: string;
  altLabels: string[];
  description?: string;
  skillType: SkillType;
  reuseLevel: ReuseLevel;
  /** When a search matched an alternative label rather than the preferred one. */
  matchedLabel?: string;
  /** Relevance in 0..1 for search and match answers. */
  score?: number;
}

/** GET /taxonomy/skills?q&limit&cursor */
export interface SkillSearchPage {
  items: TaxonomySkill[];
  nextCursor: string | null;
  /** Where the answer came from: the endpoint's in-memory index, or the upstream API. */
  source: 'index' | 'upstream';
}

export interface SkillGroupNode {
  kind: 'group';
  id: string;
  uuid: string;
  code: string;
  preferredLabel: string;
  description?: string;
  hasChildren: boolean;
}

export interface SkillLeafNode {
  kind: 'skill';
  skill: TaxonomySkill;
}

/** GET /taxonomy/skill-groups?parent=&cursor= */
export interface SkillGroupPage {
  items: Array<SkillGroupNode | SkillLeafNode>;
  nextCursor: string | null;
}

export interface Occupation {
  id: string;
  uuid: string;
  code: string;
  preferredLabel: string;
  altLabels: string[];
  description?: string;
}

export interface OccupationSkills {
  occupation: Occupation;
  essential: TaxonomySkill[];
  optional: TaxonomySkill[];
}

/** POST /taxonomy/skills/match {labels} */
export interface SkillMatchResult {
  results: Array<{ label: string; matches: Array<{ skill: TaxonomySkill; score: number }> }>;
}

export interface TaxonomyModel {
  id: string;
  name: string;
  locale: string;
  version?: string;
  released: boolean;
  description?: string;
}

/** The normalized SmartCV profile. Every field may be missing. */
export interface CandidateProfile {
  name?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
  location?: string;
  headline?: string;
  cvUrl?: string;
  pictureUrl?: string;
  skills?: string[];
  languages?: string[];
  experience?: Array<{
    title?: string;
    company?: string;
    location?: string;
    startDate?: string;
    endDate?: string;
    current?: boolean;
    description?: string;
  }>;
  education?: Array<{ degree?: string; institution?: string; graduationYear?: number; field?: string }>;
  certifications?: Array<{ name?: string; issuer?: string; year?: number }>;
  links?: { linkedin?: string; github?: string; portfolio?: string; [key: string]: string | undefined };
}

/** Token response of POST /smartcv/token; `access_token` is a sealed handle, never the SmartCV token. */
export interface HandleTokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: 'profile:read';
}

/**
 * Error answer of POST /smartcv/token only: the OAuth shape (RFC 6749 §5.2) that oidc-client-ts surfaces as an
 * `ErrorResponse` (`error`, `error_description`), plus our stable `code` (INVALID_CODE, RATE_LIMITED, …).
 */
export interface TokenErrorBody {
  error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'access_denied' | 'temporarily_unavailable' | 'server_error';
  error_description: string;
  code: string;
  retryAfter?: number;
}

/** GET /taxonomy/models */
export interface TaxonomyModelList {
  items: TaxonomyModel[];
}

/** GET /taxonomy/occupations?q&limit&cursor */
export interface OccupationPage {
  items: Occupation[];
  nextCursor: string | null;
}

/** GET /readyz */
export interface ReadinessReport {
  ready: boolean;
  /** Per configured upstream: 'ok' or the error code met. */
  upstreams: Partial<Record<'smartcv' | 'jobspace' | 'tabiya', string>>;
  index: { state: 'off' | 'idle' | 'building' | 'ready' | 'failed'; size: number; builtAt?: string };
  /** SmartCV's hourly budget as this endpoint counts it (when SmartCV is configured). */
  smartcvBudget?: { remaining: number; failedExchangesLeft: number; retryAfter?: number };
  /** The Store kind (`memory`, `redis`, …) and whether it answered. */
  store?: { kind: string; ok: boolean };
}
