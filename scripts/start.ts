// `npm start`: the demo career site, the partner endpoint and the three simulators on one port (8787 or $PORT).
import { startDemo } from './demo-server.js';

const demo = await startDemo({ port: Number(process.env.PORT ?? 8787), host: process.env.HOST ?? 'localhost' });
console.log(`\ncareerkit demo on the embedded sandbox (no credentials needed): ${demo.url}`);
console.log(`  script-tag page:  ${demo.url}script-tag.html   React page: ${demo.url}react/`);
console.log(`  partner endpoint: ${demo.url}careerkit/config`);
console.log(`  simulators:       ${demo.url}sandbox/{smartcv,tabiya,jobspace}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
}
