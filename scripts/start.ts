// `npm start`: the demo career site, the partner endpoint and the three simulators on one port (8787 or $PORT).
// The full ESCO taxonomy unless CAREERKIT_TAXONOMY=sample.
import { startDemo } from './demo-server.js';
import { parseSandboxTaxonomy } from '../src/sandbox/taxonomy-data.node.js';

const taxonomy = parseSandboxTaxonomy(process.env.CAREERKIT_TAXONOMY);
const demo = await startDemo({ port: Number(process.env.PORT ?? 8787), host: process.env.HOST ?? 'localhost', taxonomy });
console.log(`\ncareerkit demo on the embedded sandbox (no credentials needed): ${demo.url}`);
console.log(`  script-tag page:  ${demo.url}script-tag.html   React page: ${demo.url}react/`);
console.log(`  partner endpoint: ${demo.url}careerkit/config`);
console.log(`  simulators:       ${demo.url}sandbox/{smartcv,tabiya,jobspace}/ (taxonomy: ${taxonomy})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
}
