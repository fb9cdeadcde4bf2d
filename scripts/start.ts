// `npm start`: the demo career site, the partner endpoint and the three simulators on one port.
import { createServer } from 'vite';
import { buildCdn } from './build.mjs';

await buildCdn({ outdir: 'demo/cdn' });
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
console.log(`\ncareerkit demo on the embedded sandbox (no credentials needed): ${url}`);
console.log(`  partner endpoint: ${url}careerkit/config`);
console.log(`  simulators:       ${url}sandbox/{smartcv,tabiya,jobspace}/`);
