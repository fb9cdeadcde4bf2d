export { createClient, getClient, configure, type CareerkitClient, type ClientOptions, type CallOptions } from './client.js';
export { CareerkitError, parseRetryAfter } from './errors.js';
export { careerkitContext, type CareerkitContext } from './context.js';
