/** Configuration of the partner endpoint. Everything secret lives here and never reaches a browser. */
import type { Store } from './store.js';

export type TabiyaAuth =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'm2m'; tokenUrl: string; clientId: string; clientSecret: string };

export interface PartnerEndpointConfig {
  /** Path prefix of every route. Default `/careerkit`. */
  basePath?: string;
  /** Exact origins allowed by CORS, e.g. `https://careers.example.com`. */
  allowedOrigins: string[];
  /** 32 random bytes, base64url: seals SmartCV tokens into handles. Same key on every instance. */
  sealingKey: string;
  /**
   * Earlier sealing keys that still open handles (never seal): for rotation, put the new key in `sealingKey`, the
   * old one here, and drop it once the longest handle lifetime has passed.
   */
  previousSealingKeys?: string[];
  /** The sandbox stack sets this (it uses a published key); never set it in production. */
  sandbox?: boolean;
  /** Lifetime of a sealed handle in seconds. Default 300. */
  handleTtlSeconds?: number;
  smartcv?: {
    /** e.g. https://api.tabbio.com */
    baseUrl: string;
    clientId: string;
    clientSecret: string;
    /** Exact redirect URIs the partner registered with SmartCV. */
    redirectUris: string[];
    /** Keep the SmartCV token after the profile is read (default: revoke it at once). */
    keepSmartcvToken?: boolean;
    /** SmartCV's request budget per hour for this partner (default 100, per the contract). */
    budgetPerHour?: number;
    /** Share of that budget failed code exchanges may spend, from all clients together (default 0.25). */
    failedExchangeShare?: number;
    /** Failed code exchanges one client address may cause per hour before a local 429 (default 3). */
    failedExchangesPerClient?: number;
  };
  jobspace?: {
    /** e.g. https://www.thejobspace.com */
    baseUrl: string;
    clientId: string;
    clientSecret: string;
    /** Organisation handle new jobs are posted for (from the credentials' organisation list). */
    organisation?: string;
    /**
     * Send list filters upstream (`filter[country]`, `filter[type]`, `filter[category]`, `q`). The documented API has
     * none, so by default the endpoint filters a cached full scan itself; turn on only for deployments that filter.
     */
    upstreamFilters?: boolean;
  };
  tabiya?: {
    /** e.g. https://taxonomy.tabiya.tech */
    baseUrl: string;
    auth: TabiyaAuth;
    /** Model to serve; default: the first released model. */
    modelId?: string;
    /** Build an in-memory search index of the model's skills (default true). */
    searchIndex?: boolean;
    /** Rebuild the index this often, in seconds (default 86400). */
    indexRefreshSeconds?: number;
  };
  /** Upstream request timeout in ms. Default 8000. */
  upstreamTimeoutMs?: number;
  /** How long safe GET answers are cached, in seconds. Defaults: jobs 30, lookups 600, taxonomy 300. */
  cacheTtlSeconds?: { jobs?: number; lookups?: number; taxonomy?: number };
  /** Requests per minute per client IP. Default 300; 0 turns it off. */
  rateLimitPerMinute?: number;
  /** Decides who may create or update jobs. Default: nobody (403). */
  authorizeAdmin?: (request: Request) => boolean | Promise<boolean>;
  /** Shared state for cache, rate limits, the SmartCV budget and single-flight locks. Default: in memory (one instance). */
  store?: Store;
  /**
   * `redis://host:port[/db]` (or `rediss://`): share state across instances in Redis/Valkey. Node entry points
   * (serveNode, the CLI, the Express middleware) create the store from it; elsewhere pass
   * `store: new RedisStore({ url })` from `careerkit/server/redis`. Ignored when `store` is set.
   */
  storeUrl?: string;
  /** The fetch used for upstream calls (the sandbox stack routes it in process). */
  fetch?: typeof fetch;
  /** Where one structured line per request goes. Default console.log; `false` silences it. */
  log?: ((line: Record<string, unknown>) => void) | false;
  /**
   * Finds the client address for rate limits and budgets. Default: the socket or platform address the adapter
   * passes (`info.clientIp`), or with `trustedProxies` the X-Forwarded-For hop those proxies wrote.
   */
  clientIp?: (request: Request) => string | undefined;
  /**
   * How many reverse proxies in front of the endpoint append to X-Forwarded-For (default 0: the header is ignored,
   * since the client can write anything in it). With N, the client is the N-th hop from the right.
   */
  trustedProxies?: number;
  /** Most bytes the default in-memory answer cache may hold (default 32 MiB). Ignored with a custom `store`. */
  cacheMaxBytes?: number;
  /** Clock, for tests. */
  now?: () => number;
}
