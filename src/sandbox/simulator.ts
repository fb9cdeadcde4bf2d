import type { FaultSwitch } from './faults.js';

/** A simulator of one upstream: a Web-standard fetch handler serving the upstream's real paths. */
export interface Simulator {
  readonly name: 'smartcv' | 'tabiya' | 'jobspace';
  /** Paths are relative to the simulator's own base URL (e.g. `/api/oauth/token`). */
  fetch(request: Request): Promise<Response>;
  readonly faults: FaultSwitch;
  /** Forget issued codes, tokens, counters and created data; faults back to none. */
  reset(): void;
}

export interface SimulatorOptions {
  /** The simulator's public base URL, used in links and forms it renders (default http://localhost). */
  baseUrl?: string;
  /** Seed for deterministic data (default 1). */
  seed?: number;
  /** Clock, for tests (ms since epoch). */
  now?: () => number;
}
