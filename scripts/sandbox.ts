// `npm run sandbox`: the three upstream simulators (and the partner endpoint in front of them) on localhost.
import { serve } from '@hono/node-server';
import { createSandboxStack } from '../src/sandbox/stack.js';
import { parseSandboxTaxonomy, sandboxTaxonomyLoader } from '../src/sandbox/taxonomy-data.node.js';

const port = Number(process.env.PORT ?? 8788);
const origin = `http://localhost:${port}`;
// The full ESCO taxonomy unless CAREERKIT_TAXONOMY=sample.
const stack = createSandboxStack({ origin, taxonomy: sandboxTaxonomyLoader(parseSandboxTaxonomy(process.env.CAREERKIT_TAXONOMY)) });
serve({ fetch: (request) => stack.fetch(request), port, hostname: 'localhost' }, () => {
  console.log('careerkit sandbox running:');
  console.log(`  SmartCV (Tabbio OAuth): ${stack.urls.smartcv}`);
  console.log(`  Tabiya taxonomy:        ${stack.urls.tabiya}`);
  console.log(`  The Job Space:          ${stack.urls.jobspace}`);
  console.log(`  partner endpoint:       ${stack.urls.endpoint}`);
  console.log(`  fault switches:         ${origin}/__stack/faults (GET, PUT)`);
});
