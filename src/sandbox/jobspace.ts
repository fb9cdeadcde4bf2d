// PLACEHOLDER: replaced by the Job Space simulator work.
import { Hono } from 'hono';
import { FaultSwitch } from './faults.js';
import type { Simulator, SimulatorOptions } from './simulator.js';

export interface JobspaceSandboxOptions extends SimulatorOptions {
  clientId: string;
  clientSecret: string;
  /** Number of seeded jobs (default 320). */
  jobCount?: number;
}

export function createJobspaceSandbox(_options: JobspaceSandboxOptions): Simulator {
  const app = new Hono();
  const faults = new FaultSwitch();
  app.all('*', (c) => c.text('not yet', 501));
  return { name: 'jobspace', faults, fetch: async (r) => app.fetch(r), reset: () => faults.reset() };
}
