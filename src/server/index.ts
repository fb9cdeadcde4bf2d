/**
 * `careerkit/server`: the partner endpoint, edge-safe (no Node imports). Node adapters live in their own entries:
 * `careerkit/server/node` (serveNode) and `careerkit/server/express` (careerkitMiddleware).
 */
export { createPartnerEndpoint, CSRF_HEADER, type PartnerEndpoint, type EndpointEnv, type EndpointRequestInfo } from './endpoint.js';
export type { PartnerEndpointConfig, TabiyaAuth } from './config.js';
export { MemoryStore, type Store } from './store.js';
export { configFromEnv, ENV_VARIABLES, type EnvSource, type EnvVariable } from './env.js';
export { ConfigError } from './config-check.js';
export { EndpointError } from './errors.js';
export type * from '../types.js';
