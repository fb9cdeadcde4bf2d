/** `GET /api/address/country`, `GET /api/job/type`, `GET /api/job/category`. */
import { Hono } from 'hono';
import { CATEGORIES, COUNTRIES, JOB_TYPES } from '../reference-data.js';
import { dateObject } from '../shapes.js';

/** Lookup rows carry timestamps; the upstream created them long ago. */
const LOOKUP_CREATED = Date.UTC(2016, 9, 30, 21, 25, 27);

const lookup = (rows: readonly { id: number; handle: string }[]) =>
  rows.map(({ id, handle }) => ({ id, handle, created_at: dateObject(LOOKUP_CREATED), updated_at: dateObject(LOOKUP_CREATED) }));

export function lookupRoutes(): Hono {
  const app = new Hono();
  app.get('/api/address/country', (c) => c.json({ data: COUNTRIES.map(({ id, iso, name }) => ({ id, iso, name })) }));
  app.get('/api/job/type', (c) => c.json({ data: lookup(JOB_TYPES) }));
  app.get('/api/job/category', (c) => c.json({ data: lookup(CATEGORIES) }));
  return app;
}
