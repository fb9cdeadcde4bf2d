/** Start-up validation of a PartnerEndpointConfig: the first problem stops start-up with one line naming it. */
import type { PartnerEndpointConfig } from './config.js';
import { decodeSealingKey } from './handle.js';

export class ConfigError extends Error {
  /** The config field or environment variable at fault. */
  readonly setting: string;

  constructor(setting: string, problem: string) {
    super(`${setting} ${problem}`);
    this.name = 'ConfigError';
    this.setting = setting;
  }
}

const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
};

const isOrigin = (value: unknown): boolean => {
  if (typeof value !== 'string' || !isHttpUrl(value)) return false;
  return new URL(value).origin === value;
};

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function intIn(path: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(path, `must be a whole number from ${min} to ${max}`);
  }
}

/** Throws a ConfigError for the first invalid field; returns the decoded sealing key. */
export function checkConfig(config: PartnerEndpointConfig): Uint8Array {
  if (config.basePath !== undefined && !/^(\/[\w.~-]+)+$/.test(config.basePath)) {
    throw new ConfigError('basePath', 'must look like /careerkit (leading slash, no trailing slash)');
  }
  if (!Array.isArray(config.allowedOrigins)) throw new ConfigError('allowedOrigins', 'must be a list of origins');
  for (const origin of config.allowedOrigins) {
    if (!isOrigin(origin)) throw new ConfigError('allowedOrigins', `has "${String(origin).slice(0, 80)}", which is not an origin like https://careers.example.com`);
  }
  if (!nonEmpty(config.sealingKey)) throw new ConfigError('sealingKey', 'is missing');
  let key: Uint8Array;
  try {
    key = decodeSealingKey(config.sealingKey, { sandbox: config.sandbox === true });
  } catch (error) {
    throw new ConfigError('sealingKey', `is malformed: ${(error as Error).message.replace(/^sealingKey /, '')}`);
  }
  for (const previous of config.previousSealingKeys ?? []) {
    try {
      decodeSealingKey(previous, { sandbox: config.sandbox === true });
    } catch (error) {
      throw new ConfigError('previousSealingKeys', `has a malformed key: ${(error as Error).message.replace(/^sealingKey /, '')}`);
    }
  }
  intIn('handleTtlSeconds', config.handleTtlSeconds, 10, 3600);
  intIn('upstreamTimeoutMs', config.upstreamTimeoutMs, 1, 120_000);
  intIn('rateLimitPerMinute', config.rateLimitPerMinute, 0, 1_000_000);
  intIn('trustedProxies', config.trustedProxies, 0, 10);
  intIn('cacheMaxBytes', config.cacheMaxBytes, 64 * 1024, 4 * 1024 ** 3);
  for (const name of ['jobs', 'lookups', 'taxonomy'] as const) {
    intIn(`cacheTtlSeconds.${name}`, config.cacheTtlSeconds?.[name], 0, 86_400);
  }

  const { smartcv, jobspace, tabiya } = config;
  if (smartcv) {
    intIn('smartcv.budgetPerHour', smartcv.budgetPerHour, 1, 1_000_000);
    intIn('smartcv.failedExchangesPerClient', smartcv.failedExchangesPerClient, 1, 1000);
    const share = smartcv.failedExchangeShare;
    if (share !== undefined && !(typeof share === 'number' && share > 0 && share <= 1)) {
      throw new ConfigError('smartcv.failedExchangeShare', 'must be a number above 0 and at most 1');
    }
    if (!isHttpUrl(smartcv.baseUrl)) throw new ConfigError('smartcv.baseUrl', 'must be an http(s) URL');
    if (!nonEmpty(smartcv.clientId)) throw new ConfigError('smartcv.clientId', 'is missing');
    if (!nonEmpty(smartcv.clientSecret)) throw new ConfigError('smartcv.clientSecret', 'is missing');
    if (!Array.isArray(smartcv.redirectUris) || smartcv.redirectUris.length === 0) {
      throw new ConfigError('smartcv.redirectUris', 'must list at least one redirect URI');
    }
    for (const uri of smartcv.redirectUris) {
      if (!isHttpUrl(uri) || uri.includes('#')) throw new ConfigError('smartcv.redirectUris', `has "${String(uri).slice(0, 80)}", which is not an absolute URL`);
    }
  }
  if (jobspace) {
    if (!isHttpUrl(jobspace.baseUrl)) throw new ConfigError('jobspace.baseUrl', 'must be an http(s) URL');
    if (!nonEmpty(jobspace.clientId)) throw new ConfigError('jobspace.clientId', 'is missing');
    if (!nonEmpty(jobspace.clientSecret)) throw new ConfigError('jobspace.clientSecret', 'is missing');
  }
  if (tabiya) {
    if (!isHttpUrl(tabiya.baseUrl)) throw new ConfigError('tabiya.baseUrl', 'must be an http(s) URL');
    const auth = tabiya.auth;
    if (!auth || (auth.kind !== 'apiKey' && auth.kind !== 'm2m')) throw new ConfigError('tabiya.auth', 'must be {kind:"apiKey"} or {kind:"m2m"}');
    if (auth.kind === 'apiKey' && !nonEmpty(auth.apiKey)) throw new ConfigError('tabiya.auth.apiKey', 'is missing');
    if (auth.kind === 'm2m') {
      if (!isHttpUrl(auth.tokenUrl)) throw new ConfigError('tabiya.auth.tokenUrl', 'must be an http(s) URL');
      if (!nonEmpty(auth.clientId)) throw new ConfigError('tabiya.auth.clientId', 'is missing');
      if (!nonEmpty(auth.clientSecret)) throw new ConfigError('tabiya.auth.clientSecret', 'is missing');
    }
    if (tabiya.modelId !== undefined && !/^[0-9a-f]{24}$/.test(tabiya.modelId)) {
      throw new ConfigError('tabiya.modelId', 'must be a 24-character hex model id');
    }
    intIn('tabiya.indexRefreshSeconds', tabiya.indexRefreshSeconds, 60, 30 * 86_400);
  }
  return key;
}
