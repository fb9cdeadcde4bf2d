/**
 * Browser-facing pages, exempt from Accept/Bearer and not counted in `stats()`: logos at `/media/logo/{handle}.svg`
 * and a small HTML page at `/api/job/{id}/apply`, where `links.apply` points.
 */
import { Hono } from 'hono';
import { logoPath, ORGANISATION_BY_ID } from '../records.js';
import { logoSvg, ORGANISATIONS } from '../reference-data.js';
import { escapeHtml } from '../shapes.js';
import type { JobspaceState } from '../state.js';

const APPLY_PAGE = /^\/api\/job\/\d+\/apply$/;
/** Pages a browser opens directly (logos, the apply link): no vendor Accept header, no token. */
export const isBrowserPage = (path: string) => path.startsWith('/media/') || APPLY_PAGE.test(path);

const svgHeaders = {
  'content-type': 'image/svg+xml',
  'cache-control': 'public, max-age=86400',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
};

export function pageRoutes({ jobs }: JobspaceState): Hono {
  const app = new Hono();
  app.get('/media/logo/:file{[a-z0-9-]+\\.svg}', (c) => {
    const org = ORGANISATIONS.find((o) => logoPath(o) === c.req.path);
    const svg = org && logoSvg(org);
    return svg ? c.body(svg, 200, svgHeaders) : c.text('Not Found', 404);
  });

  app.get('/api/job/:id{[0-9]+}/apply', (c) => {
    const job = jobs.get(Number(c.req.param('id')));
    if (!job) return c.html('<!doctype html><title>Not found</title><p>No such job.</p>', 404);
    const org = ORGANISATION_BY_ID.get(job.organisationId);
    return c.html(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Apply: ${escapeHtml(job.title)}</title>` +
        `<main><h1>Apply for ${escapeHtml(job.title)}</h1><p>${escapeHtml(org?.name ?? '')}</p>` +
        '<p>This is The Job Space sandbox: applications are not collected here.</p></main></html>',
      200,
      { 'content-security-policy': "default-src 'none'" },
    );
  });
  return app;
}
