#!/usr/bin/env node
/**
 * `careerkit serve [--sandbox [--taxonomy esco|sample]] [--port 8787] [--host 127.0.0.1] [--env-file .env]`
 *
 * Serves the partner endpoint configured from the environment (and `.env`, whose values never override variables
 * already set). `--sandbox` serves the embedded sandbox stack instead: the endpoint plus the three simulators on
 * one port, no credentials needed; its Tabiya simulator serves the full ESCO v1.1.1 model unless `--taxonomy sample`
 * (or CAREERKIT_TAXONOMY=sample) picks Tabiya's 1,000-skill sample.
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from './config-check.js';
import { configFromEnv } from './env.js';
import { serveNode } from './node.js';
import { basePathOf } from './resolve-config.js';

const USAGE = 'usage: careerkit serve [--sandbox [--taxonomy esco|sample]] [--port <n>] [--host <address>] [--env-file <path>]';

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sandbox: { type: 'boolean', default: false },
        taxonomy: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'env-file': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`careerkit: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals[0] !== 'serve' || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }

  const envFile = values['env-file'] ?? '.env';
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  else if (values['env-file']) {
    console.error(`careerkit: env file ${envFile} not found`);
    return 1;
  }

  const portText = values.port ?? process.env.PORT ?? '8787';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    console.error(`careerkit: PORT must be a port number (got "${portText}")`);
    return 1;
  }
  const port = Number(portText);
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';

  try {
    if (values.sandbox) {
      const { createSandboxStack } = await import('../sandbox/stack.js');
      const { parseSandboxTaxonomy, sandboxTaxonomyLoader } = await import('../sandbox/taxonomy-data.node.js');
      const taxonomy = parseSandboxTaxonomy(values.taxonomy ?? process.env.CAREERKIT_TAXONOMY);
      const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
      const stack = createSandboxStack({ origin: `http://${shownHost}:${port}`, taxonomy: sandboxTaxonomyLoader(taxonomy) });
      const running = await serveNode(stack, { port, host });
      console.log(`careerkit sandbox stack on ${stack.urls.endpoint} (simulators under http://${shownHost}:${port}/sandbox/; taxonomy: ${taxonomy})`);
      // Build the skill index now, so the first searches are answered by it rather than by the upstream fallback.
      void stack.endpoint.ready?.().catch(() => undefined);
      void running;
    } else {
      const config = configFromEnv(process.env);
      const running = await serveNode(config, { port, host });
      console.log(`careerkit partner endpoint on ${running.url}${basePathOf(config)}`);
    }
  } catch (error) {
    if (error instanceof ConfigError || (error as Error).name === 'TaxonomyDataError') {
      console.error(`careerkit: ${(error as Error).message}`);
      return 1;
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      console.error(`careerkit: cannot listen on ${host}:${port} (${String(code)})`);
      return 1;
    }
    throw error;
  }
  return 0;
}

/** True when this file is the program (also through an npm bin symlink), not an import. */
function invokedDirectly(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main().then((code) => {
    if (code !== 0) process.exit(code);
  });
}
