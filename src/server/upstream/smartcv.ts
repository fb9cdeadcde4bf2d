/**
 * SmartCV (Tabbio) OAuth client, per docs/contracts/smartcv.md: JSON token exchange (with PKCE verifier and
 * redirect_uri, which the seed omits but the sandbox checks), profile read, revoke. Errors keep SmartCV's own
 * code names.
 */
import type { CandidateProfile, ServerErrorCode } from '../../types.js';
import { EndpointError, passThrough, type ErrorStatus, type PassedThroughCode } from '../errors.js';
import { httpUrl, isRecord, malformed, text, UpstreamHttp, type Trace } from './http.js';

const NAME = 'SmartCV';

export interface SmartcvClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  timeoutMs: number;
  now: () => number;
}

export interface SmartcvToken {
  accessToken: string;
  expiresIn: number;
  scope: string;
}

/** Status the endpoint answers for each SmartCV code (INVALID_CLIENT is the partner's misconfiguration). */
const CODE_STATUS = new Map<string, ErrorStatus>([
  ['INVALID_REQUEST', 400],
  ['INVALID_CLIENT', 502],
  ['INVALID_REDIRECT_URI', 400],
  ['INVALID_CODE', 400],
  ['UNAUTHORIZED', 401],
  ['TOKEN_EXPIRED', 401],
  ['ACCESS_DENIED', 403],
  ['RATE_LIMIT_EXCEEDED', 429],
]);

const STATUS_CODE: Record<number, ServerErrorCode> = { 400: 'INVALID_REQUEST', 401: 'UNAUTHORIZED', 403: 'ACCESS_DENIED', 404: 'NOT_FOUND' };

/** An upstream code worth passing on: UPPER_SNAKE text of at most 64 characters, nothing else. */
const codeShaped = (value: unknown) => (typeof value === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(value) ? passThrough(value) : undefined);

/** Reads `{success:false, error:{code,message}}`, `{success:false, code, message}` or a bare body. */
export function smartcvError(status: number, body: unknown): EndpointError {
  let code: ServerErrorCode | PassedThroughCode | undefined;
  let message: string | undefined;
  if (isRecord(body)) {
    const inner = isRecord(body.error) ? body.error : body;
    code = codeShaped(inner.code);
    if (typeof inner.message === 'string') message = inner.message.slice(0, 300);
    else code = codeShaped(body.error) ?? code;
  }
  code ??= STATUS_CODE[status] ?? 'UPSTREAM_UNAVAILABLE';
  const mapped: ErrorStatus =
    CODE_STATUS.get(code) ?? (status >= 400 && status < 500 ? (Math.min(status, 499) as ErrorStatus) : 502);
  const safeStatus: ErrorStatus = [400, 401, 403, 404, 409, 422, 429, 502].includes(mapped) ? mapped : 400;
  return new EndpointError(safeStatus, code, message ?? `SmartCV refused the request (${code})`);
}

export class SmartcvClient {
  readonly #http: UpstreamHttp;
  readonly #clientId: string;
  readonly #clientSecret: string;

  constructor(options: SmartcvClientOptions) {
    this.#clientId = options.clientId;
    this.#clientSecret = options.clientSecret;
    this.#http = UpstreamHttp.over(options, NAME, options.baseUrl, { accept: 'application/json' });
  }

  async exchangeCode(input: { code: string; codeVerifier?: string; redirectUri: string }, trace?: Trace): Promise<SmartcvToken> {
    const answer = await this.#http.request('/api/oauth/token', {
      method: 'POST',
      json: {
        grant_type: 'authorization_code',
        client_id: this.#clientId,
        client_secret: this.#clientSecret,
        code: input.code,
        redirect_uri: input.redirectUri,
        ...(input.codeVerifier ? { code_verifier: input.codeVerifier } : {}),
      },
      trace,
    });
    if (answer.status >= 400) throw smartcvError(answer.status, answer.body);
    const data = isRecord(answer.body) && isRecord(answer.body.data) ? answer.body.data : answer.body;
    if (!isRecord(data) || typeof data.access_token !== 'string' || data.access_token === '') {
      throw malformed(NAME, 'token response');
    }
    const expiresIn = Number(data.expires_in);
    return {
      accessToken: data.access_token,
      expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600,
      scope: typeof data.scope === 'string' ? data.scope : 'profile:read',
    };
  }

  async profile(accessToken: string, trace?: Trace): Promise<unknown> {
    const answer = await this.#http.request('/api/oauth/profile', {
      headers: { authorization: `Bearer ${accessToken}` },
      trace,
    });
    if (answer.status >= 400) throw smartcvError(answer.status, answer.body);
    if (!isRecord(answer.body)) throw malformed(NAME, 'profile');
    return isRecord(answer.body.data) ? answer.body.data : answer.body;
  }

  async revoke(accessToken: string, trace?: Trace): Promise<void> {
    const answer = await this.#http.request('/api/oauth/revoke', {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
      trace,
    });
    if (answer.status >= 400) throw smartcvError(answer.status, answer.body);
  }

  /** Any HTTP answer below 500 means SmartCV is reachable (the authorize page without parameters is a 400). */
  async ping(trace?: Trace): Promise<void> {
    await this.#http.request('/oauth/authorize', { trace });
  }
}

const year = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 1900 && n < 2200 ? n : undefined;
};

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.map(text).filter((s): s is string => s !== undefined) : undefined;

/** The object entries of an upstream array, each reshaped; undefined when it is not an array. */
const records = <T>(value: unknown, shape: (record: Record<string, unknown>) => T): T[] | undefined =>
  Array.isArray(value) ? value.filter(isRecord).map(shape) : undefined;

/** Removes keys whose value is undefined, so answers never carry invented nulls or empty keys. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const NAME_PART = /^\p{Lu}[\p{L}'’-]*$/u;

/** Splits "Given Family" only when it is exactly two capitalised words; anything else stays whole. */
export function splitName(name: string): { givenName?: string; familyName?: string } {
  const parts = name.split(/\s+/);
  if (parts.length === 2 && parts.every((p) => NAME_PART.test(p))) return { givenName: parts[0], familyName: parts[1] };
  return {};
}

/** SmartCV profile → CandidateProfile. Unknown, empty or null fields are left out, never invented. */
export function normalizeProfile(raw: unknown): CandidateProfile {
  const p = isRecord(raw) ? raw : {};
  const name = text(p.name);
  const email = text(p.email);
  const profile: CandidateProfile = compact({
    name,
    ...(name ? splitName(name) : {}),
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined,
    phone: text(p.phoneNumber) ?? text(p.phone),
    location: text(p.location),
    headline: text(p.headline),
    cvUrl: httpUrl(p.cvUrl),
    pictureUrl: httpUrl(p.profilePicture),
    skills: strings(p.skills),
    languages: strings(p.languages),
    experience: records(p.experience, (e) =>
      compact({
        title: text(e.title),
        company: text(e.company),
        location: text(e.location),
        startDate: text(e.startDate),
        endDate: text(e.endDate),
        current: typeof e.current === 'boolean' ? e.current : undefined,
        description: text(e.description),
      }),
    ),
    education: records(p.education, (e) =>
      compact({
        degree: text(e.degree),
        institution: text(e.institution),
        graduationYear: year(e.graduationYear),
        field: text(e.field),
      }),
    ),
    certifications: records(p.certifications, (c) => compact({ name: text(c.name), issuer: text(c.issuer), year: year(c.year) })),
  });
  if (isRecord(p.socialLinks)) {
    const links: NonNullable<CandidateProfile['links']> = {};
    for (const [key, value] of Object.entries(p.socialLinks)) {
      const url = httpUrl(value);
      if (url && /^[a-zA-Z][\w-]{0,40}$/.test(key)) links[key] = url;
    }
    if (Object.keys(links).length > 0) profile.links = links;
  }
  return profile;
}
