/** `GET /avatars/<id>.svg` and `GET /cvs/<id>.pdf`: the files the seeded profiles link to. */
import { Hono } from 'hono';
import { avatarSvg, cvPdf } from '../assets.js';
import { findCandidate } from '../profiles.js';
import { htmlError } from '../responses.js';
import type { SmartcvState } from '../state.js';

const assetHeaders = (type: string) => ({
  'content-type': type,
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
  'cache-control': 'public, max-age=3600',
});

export function fileRoutes({ baseUrl }: SmartcvState): Hono {
  const app = new Hono();
  app.get('/avatars/:file', (c) => {
    const candidate = findCandidate(c.req.param('file').replace(/\.svg$/, ''));
    if (!candidate || !c.req.param('file').endsWith('.svg')) return htmlError(404, 'NOT_FOUND', 'Not found', 'No such picture.');
    return new Response(avatarSvg(candidate.profile(baseUrl).name), { headers: assetHeaders('image/svg+xml') });
  });
  app.get('/cvs/:file', (c) => {
    const candidate = findCandidate(c.req.param('file').replace(/\.pdf$/, ''));
    if (!candidate || !c.req.param('file').endsWith('.pdf')) return htmlError(404, 'NOT_FOUND', 'Not found', 'No such CV.');
    return new Response(cvPdf(candidate.profile(baseUrl)), { headers: assetHeaders('application/pdf') });
  });
  return app;
}
