import type { Context } from 'hono';
import { errorBody, statusText } from './shapes.js';

/** The upstream's JSON error body (Laravel's shape) with its status. */
export const fail = (c: Context, status: 401 | 404 | 405 | 406 | 422 | 429 | 500, errors?: Record<string, string[]>, message?: string) =>
  c.json(errorBody(status, message ?? statusText(status), errors), status);
