/**
 * Configuration from environment variables (see `.env.example` and docs/server.md). Edge-safe: takes the
 * variables as a plain object (`process.env`, a Worker's `env`, `Deno.env.toObject()`). The first missing or
 * malformed variable throws a ConfigError whose one-line message names it.
 */
import type { PartnerEndpointConfig, TabiyaAuth } from './config.js';
import { checkConfig, ConfigError } from './config-check.js';

export type EnvSource = Record<string, string | undefined>;

/** Every variable configFromEnv reads, for docs and tests. */
export const ENV_VARIABLES = [
  'CAREERKIT_ALLOWED_ORIGINS',
  'CAREERKIT_SEALING_KEY',
  'CAREERKIT_PREVIOUS_SEALING_KEYS',
  'CAREERKIT_BASE_PATH',
  'CAREERKIT_HANDLE_TTL_SECONDS',
  'CAREERKIT_UPSTREAM_TIMEOUT_MS',
  'CAREERKIT_RATE_LIMIT_PER_MINUTE',
  'CAREERKIT_TRUSTED_PROXIES',
  'CAREERKIT_CACHE_MAX_BYTES',
  'CAREERKIT_CACHE_TTL_JOBS_SECONDS',
  'CAREERKIT_CACHE_TTL_LOOKUPS_SECONDS',
  'CAREERKIT_CACHE_TTL_TAXONOMY_SECONDS',
  'CAREERKIT_ADMIN_TOKEN',
  'CAREERKIT_LOG',
  'SMARTCV_BASE_URL',
  'SMARTCV_CLIENT_ID',
  'SMARTCV_CLIENT_SECRET',
  'SMARTCV_REDIRECT_URIS',
  'SMARTCV_KEEP_TOKEN',
  'JOBSPACE_BASE_URL',
  'JOBSPACE_CLIENT_ID',
  'JOBSPACE_CLIENT_SECRET',
  'JOBSPACE_ORGANISATION',
  'JOBSPACE_UPSTREAM_FILTERS',
  'TABIYA_BASE_URL',
  'TABIYA_API_KEY',
  'TABIYA_TOKEN_URL',
  'TABIYA_CLIENT_ID',
  'TABIYA_CLIENT_SECRET',
  'TABIYA_MODEL_ID',
  'TABIYA_SEARCH_INDEX',
  'TABIYA_INDEX_REFRESH_SECONDS',
] as const;

export type EnvVariable = (typeof ENV_VARIABLES)[number];

/** Config field → variable, so errors from the shared config check name the variable the operator sets. */
const FIELD_TO_VARIABLE: Record<string, EnvVariable> = {
  basePath: 'CAREERKIT_BASE_PATH',
  allowedOrigins: 'CAREERKIT_ALLOWED_ORIGINS',
  sealingKey: 'CAREERKIT_SEALING_KEY',
  previousSealingKeys: 'CAREERKIT_PREVIOUS_SEALING_KEYS',
  handleTtlSeconds: 'CAREERKIT_HANDLE_TTL_SECONDS',
  upstreamTimeoutMs: 'CAREERKIT_UPSTREAM_TIMEOUT_MS',
  rateLimitPerMinute: 'CAREERKIT_RATE_LIMIT_PER_MINUTE',
  trustedProxies: 'CAREERKIT_TRUSTED_PROXIES',
  cacheMaxBytes: 'CAREERKIT_CACHE_MAX_BYTES',
  'cacheTtlSeconds.jobs': 'CAREERKIT_CACHE_TTL_JOBS_SECONDS',
  'cacheTtlSeconds.lookups': 'CAREERKIT_CACHE_TTL_LOOKUPS_SECONDS',
  'cacheTtlSeconds.taxonomy': 'CAREERKIT_CACHE_TTL_TAXONOMY_SECONDS',
  'smartcv.baseUrl': 'SMARTCV_BASE_URL',
  'smartcv.clientId': 'SMARTCV_CLIENT_ID',
  'smartcv.clientSecret': 'SMARTCV_CLIENT_SECRET',
  'smartcv.redirectUris': 'SMARTCV_REDIRECT_URIS',
  'jobspace.baseUrl': 'JOBSPACE_BASE_URL',
  'jobspace.clientId': 'JOBSPACE_CLIENT_ID',
  'jobspace.clientSecret': 'JOBSPACE_CLIENT_SECRET',
  'tabiya.baseUrl': 'TABIYA_BASE_URL',
  'tabiya.auth.apiKey': 'TABIYA_API_KEY',
  'tabiya.auth.tokenUrl': 'TABIYA_TOKEN_URL',
  'tabiya.auth.clientId': 'TABIYA_CLIENT_ID',
  'tabiya.auth.clientSecret': 'TABIYA_CLIENT_SECRET',
  'tabiya.modelId': 'TABIYA_MODEL_ID',
  'tabiya.indexRefreshSeconds': 'TABIYA_INDEX_REFRESH_SECONDS',
};

class Reader {
  constructor(private readonly env: EnvSource) {}

  optional(name: EnvVariable): string | undefined {
    const value = this.env[name];
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  required(name: EnvVariable, why = 'is missing'): string {
    const value = this.optional(name);
    if (value === undefined) throw new ConfigError(name, why);
    return value;
  }

  int(name: EnvVariable): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (!/^\d{1,10}$/.test(value)) throw new ConfigError(name, `must be a whole number (got "${value.slice(0, 40)}")`);
    return Number(value);
  }

  bool(name: EnvVariable): boolean | undefined {
    const value = this.optional(name)?.toLowerCase();
    if (value === undefined) return undefined;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    throw new ConfigError(name, 'must be true or false');
  }

  list(name: EnvVariable): string[] | undefined {
    const value = this.optional(name);
    return value === undefined ? undefined : value.split(/[\s,]+/).filter(Boolean);
  }

  requiredList(name: EnvVariable, why = 'is missing'): string[] {
    const value = this.list(name);
    if (value === undefined) throw new ConfigError(name, why);
    return value;
  }
}

/** Why a variable is required although it is optional on its own. */
const neededBecause = (trigger: EnvVariable): string => `is missing (needed because ${trigger} is set)`;

/** Builds and validates the endpoint config from environment variables. */
export function configFromEnv(env: EnvSource, overrides: Partial<PartnerEndpointConfig> = {}): PartnerEndpointConfig {
  const read = new Reader(env);
  const config: PartnerEndpointConfig = {
    allowedOrigins: read.requiredList('CAREERKIT_ALLOWED_ORIGINS'),
    sealingKey: read.required('CAREERKIT_SEALING_KEY', 'is missing (32 random bytes, base64url; e.g. `openssl rand -base64 32 | tr "+/" "-_" | tr -d =`)'),
  };
  const previousKeys = read.list('CAREERKIT_PREVIOUS_SEALING_KEYS');
  if (previousKeys !== undefined) config.previousSealingKeys = previousKeys;
  const basePath = read.optional('CAREERKIT_BASE_PATH');
  if (basePath !== undefined) config.basePath = basePath;
  const handleTtl = read.int('CAREERKIT_HANDLE_TTL_SECONDS');
  if (handleTtl !== undefined) config.handleTtlSeconds = handleTtl;
  const timeout = read.int('CAREERKIT_UPSTREAM_TIMEOUT_MS');
  if (timeout !== undefined) config.upstreamTimeoutMs = timeout;
  const rate = read.int('CAREERKIT_RATE_LIMIT_PER_MINUTE');
  if (rate !== undefined) config.rateLimitPerMinute = rate;
  const proxies = read.int('CAREERKIT_TRUSTED_PROXIES');
  if (proxies !== undefined) config.trustedProxies = proxies;
  const cacheBytes = read.int('CAREERKIT_CACHE_MAX_BYTES');
  if (cacheBytes !== undefined) config.cacheMaxBytes = cacheBytes;

  const cacheTtl = {
    jobs: read.int('CAREERKIT_CACHE_TTL_JOBS_SECONDS'),
    lookups: read.int('CAREERKIT_CACHE_TTL_LOOKUPS_SECONDS'),
    taxonomy: read.int('CAREERKIT_CACHE_TTL_TAXONOMY_SECONDS'),
  };
  if (Object.values(cacheTtl).some((v) => v !== undefined)) {
    config.cacheTtlSeconds = Object.fromEntries(Object.entries(cacheTtl).filter(([, v]) => v !== undefined));
  }

  const logMode = read.optional('CAREERKIT_LOG')?.toLowerCase();
  if (logMode !== undefined && logMode !== 'json' && logMode !== 'off') throw new ConfigError('CAREERKIT_LOG', 'must be json or off');
  if (logMode === 'off') config.log = false;

  const adminToken = read.optional('CAREERKIT_ADMIN_TOKEN');
  if (adminToken !== undefined) {
    if (adminToken.length < 24) throw new ConfigError('CAREERKIT_ADMIN_TOKEN', 'must be at least 24 characters');
    config.authorizeAdmin = (request) => bearerEquals(request, adminToken);
  }

  const smartcvUrl = read.optional('SMARTCV_BASE_URL');
  if (smartcvUrl !== undefined) {
    config.smartcv = {
      baseUrl: smartcvUrl,
      clientId: read.required('SMARTCV_CLIENT_ID', neededBecause('SMARTCV_BASE_URL')),
      clientSecret: read.required('SMARTCV_CLIENT_SECRET', neededBecause('SMARTCV_BASE_URL')),
      redirectUris: read.requiredList('SMARTCV_REDIRECT_URIS', neededBecause('SMARTCV_BASE_URL')),
    };
    const keep = read.bool('SMARTCV_KEEP_TOKEN');
    if (keep !== undefined) config.smartcv.keepSmartcvToken = keep;
  }

  const jobspaceUrl = read.optional('JOBSPACE_BASE_URL');
  if (jobspaceUrl !== undefined) {
    config.jobspace = {
      baseUrl: jobspaceUrl,
      clientId: read.required('JOBSPACE_CLIENT_ID', neededBecause('JOBSPACE_BASE_URL')),
      clientSecret: read.required('JOBSPACE_CLIENT_SECRET', neededBecause('JOBSPACE_BASE_URL')),
    };
    const organisation = read.optional('JOBSPACE_ORGANISATION');
    if (organisation !== undefined) config.jobspace.organisation = organisation;
    const upstreamFilters = read.bool('JOBSPACE_UPSTREAM_FILTERS');
    if (upstreamFilters !== undefined) config.jobspace.upstreamFilters = upstreamFilters;
  }

  const tabiyaUrl = read.optional('TABIYA_BASE_URL');
  if (tabiyaUrl !== undefined) {
    const apiKey = read.optional('TABIYA_API_KEY');
    const tokenUrl = read.optional('TABIYA_TOKEN_URL');
    let auth: TabiyaAuth;
    if (apiKey !== undefined && tokenUrl !== undefined) throw new ConfigError('TABIYA_API_KEY', 'and TABIYA_TOKEN_URL are both set; choose one');
    if (apiKey !== undefined) auth = { kind: 'apiKey', apiKey };
    else if (tokenUrl !== undefined) {
      auth = {
        kind: 'm2m',
        tokenUrl,
        clientId: read.required('TABIYA_CLIENT_ID', neededBecause('TABIYA_TOKEN_URL')),
        clientSecret: read.required('TABIYA_CLIENT_SECRET', neededBecause('TABIYA_TOKEN_URL')),
      };
    } else throw new ConfigError('TABIYA_API_KEY', 'is missing (set it, or TABIYA_TOKEN_URL for M2M, because TABIYA_BASE_URL is set)');
    config.tabiya = { baseUrl: tabiyaUrl, auth };
    const modelId = read.optional('TABIYA_MODEL_ID');
    if (modelId !== undefined) config.tabiya.modelId = modelId;
    const index = read.bool('TABIYA_SEARCH_INDEX');
    if (index !== undefined) config.tabiya.searchIndex = index;
    const refresh = read.int('TABIYA_INDEX_REFRESH_SECONDS');
    if (refresh !== undefined) config.tabiya.indexRefreshSeconds = refresh;
  }

  const merged = { ...config, ...overrides };
  try {
    checkConfig(merged);
  } catch (error) {
    if (error instanceof ConfigError) {
      const variable = FIELD_TO_VARIABLE[error.setting] ?? FIELD_TO_VARIABLE[error.setting.split('.').slice(0, 2).join('.')];
      if (variable) throw new ConfigError(variable, error.message.slice(error.setting.length + 1));
    }
    throw error;
  }
  return merged;
}

/** Constant-time comparison of `Authorization: Bearer <token>` with the configured admin token. */
function bearerEquals(request: Request, expected: string): boolean {
  const match = /^Bearer +(\S+)$/.exec(request.headers.get('authorization') ?? '');
  const given = match?.[1] ?? '';
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i += 1) diff |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return diff === 0;
}
