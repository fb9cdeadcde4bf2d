/**
 * One place for every default of the partner endpoint: `resolveConfig()` checks a `PartnerEndpointConfig` and
 * fills in what it leaves out. The endpoint, the Express adapter and the CLI read settings only from here.
 */
import type { PartnerEndpointConfig } from './config.js';
import { checkConfig } from './config-check.js';
import { decodeSealingKey } from './handle.js';

export type LogSink = (line: Record<string, unknown>) => void;

export interface ResolvedConfig {
  /** The config as given (upstream credentials, hooks). */
  readonly given: PartnerEndpointConfig;
  /** The decoded sealing key (seals and opens). */
  readonly sealingKey: Uint8Array;
  /** The sealing key first, then the previous keys (all open handles). */
  readonly sealingKeys: Uint8Array[];
  readonly basePath: string;
  readonly allowedOrigins: ReadonlySet<string>;
  readonly now: () => number;
  readonly upstreamTimeoutMs: number;
  readonly rateLimitPerMinute: number;
  readonly trustedProxies: number;
  readonly cacheMaxBytes: number;
  readonly handleTtlSeconds: number;
  readonly ttl: { readonly jobs: number; readonly lookups: number; readonly taxonomy: number };
  readonly smartcvBudget: { readonly perHour: number; readonly failedShare: number; readonly failuresPerClient: number };
  /** Largest request body, in bytes. */
  readonly maxBodyBytes: number;
  readonly log: LogSink;
}

/** Every default in one object (docs/server.md lists the same values). */
export const DEFAULTS = {
  basePath: '/careerkit',
  upstreamTimeoutMs: 8000,
  rateLimitPerMinute: 300,
  trustedProxies: 0,
  cacheMaxBytes: 32 * 1024 * 1024,
  handleTtlSeconds: 300,
  ttl: { jobs: 30, lookups: 600, taxonomy: 300 },
  smartcvBudget: { perHour: 100, failedShare: 0.25, failuresPerClient: 3 },
  maxBodyBytes: 64 * 1024,
  indexRefreshSeconds: 86_400,
} as const;

/** The base path alone (adapters need it before an endpoint exists). */
export const basePathOf = (config: Pick<PartnerEndpointConfig, 'basePath'>): string => config.basePath ?? DEFAULTS.basePath;

/** Checks the config (throwing a ConfigError that names the first problem) and fills in every default. */
export function resolveConfig(config: PartnerEndpointConfig): ResolvedConfig {
  const sealingKey = checkConfig(config);
  const log: LogSink = config.log === false ? () => undefined : (config.log ?? ((line) => console.log(JSON.stringify(line))));
  return {
    given: config,
    sealingKey,
    sealingKeys: [sealingKey, ...(config.previousSealingKeys ?? []).map((k) => decodeSealingKey(k, { sandbox: config.sandbox === true }))],
    basePath: basePathOf(config),
    allowedOrigins: new Set(config.allowedOrigins),
    now: config.now ?? Date.now,
    upstreamTimeoutMs: config.upstreamTimeoutMs ?? DEFAULTS.upstreamTimeoutMs,
    rateLimitPerMinute: config.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
    trustedProxies: config.trustedProxies ?? DEFAULTS.trustedProxies,
    cacheMaxBytes: config.cacheMaxBytes ?? DEFAULTS.cacheMaxBytes,
    handleTtlSeconds: config.handleTtlSeconds ?? DEFAULTS.handleTtlSeconds,
    ttl: {
      jobs: config.cacheTtlSeconds?.jobs ?? DEFAULTS.ttl.jobs,
      lookups: config.cacheTtlSeconds?.lookups ?? DEFAULTS.ttl.lookups,
      taxonomy: config.cacheTtlSeconds?.taxonomy ?? DEFAULTS.ttl.taxonomy,
    },
    smartcvBudget: {
      perHour: config.smartcv?.budgetPerHour ?? DEFAULTS.smartcvBudget.perHour,
      failedShare: config.smartcv?.failedExchangeShare ?? DEFAULTS.smartcvBudget.failedShare,
      failuresPerClient: config.smartcv?.failedExchangesPerClient ?? DEFAULTS.smartcvBudget.failuresPerClient,
    },
    maxBodyBytes: DEFAULTS.maxBodyBytes,
    log,
  };
}
