// PLACEHOLDER: replaced by the Tabiya simulator work.
import { Hono } from 'hono';
import { FaultSwitch } from './faults.js';
import type { Simulator, SimulatorOptions } from './simulator.js';

/** Placeholder shape; the simulator work defines the real dataset type. */
export type TaxonomyDataset = unknown;

export interface TabiyaSandboxOptions extends SimulatorOptions {
  apiKey: string;
  m2m: { clientId: string; clientSecret: string };
  /** The models' data, or a loader for it. Node default: the sample shipped in data/. */
  dataset?: TaxonomyDataset | (() => Promise<TaxonomyDataset>);
}

export function createTabiyaSandbox(_options: TabiyaSandboxOptions): Simulator {
  const app = new Hono();
  const faults = new FaultSwitch();
  app.all('*', (c) => c.text('not yet', 501));
  return { name: 'tabiya', faults, fetch: async (r) => app.fetch(r), reset: () => faults.reset() };
}
