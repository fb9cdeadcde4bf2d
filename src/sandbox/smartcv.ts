// PLACEHOLDER: replaced by the SmartCV simulator work.
import { Hono } from 'hono';
import { FaultSwitch } from './faults.js';
import type { Simulator, SimulatorOptions } from './simulator.js';

export interface SmartcvClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}
export interface SmartcvSandboxOptions extends SimulatorOptions {
  clients: SmartcvClient[];
  /** Requests per hour per client (default 100, as the seed says). */
  rateLimitPerHour?: number;
}

export function createSmartcvSandbox(_options: SmartcvSandboxOptions): Simulator {
  const app = new Hono();
  const faults = new FaultSwitch();
  app.all('*', (c) => c.text('not yet', 501));
  return { name: 'smartcv', faults, fetch: async (r) => app.fetch(r), reset: () => faults.reset() };
}
