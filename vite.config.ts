import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { sandboxStackPlugin } from './src/sandbox/vite-plugin.js';

// The demo career site: `npm start` serves it with the sandbox stack on the same origin.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [sandboxStackPlugin()],
  server: { port: Number(process.env.PORT ?? 8787), host: process.env.HOST ?? 'localhost', fs: { allow: ['..'] } },
  build: {
    outDir: resolve('dist/demo'),
    emptyOutDir: true,
  },
});
