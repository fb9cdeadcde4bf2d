import { defineConfig } from 'vite';
import { demoViteConfig } from './scripts/demo-server.js';

// The demo career site. `npm start` (scripts/start.ts) runs the same config after building the script-tag
// bundles it serves at /cdn; plain `vite` serves the pages without them.
const { configFile: _configFile, ...config } = demoViteConfig({ port: Number(process.env.PORT ?? 8787) });
export default defineConfig(config);
