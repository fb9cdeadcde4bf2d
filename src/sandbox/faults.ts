/**
 * Fault injection shared by the three simulators, so tests and the demo can show every state.
 * Settings are per simulator; a Hono middleware applies them before the real route runs.
 */
import type { MiddlewareHandler } from 'hono';

export interface FaultSettings {
  /** Milliseconds added before every answer. */
  latencyMs: number;
  /** Fraction 0..1 of requests answered with a 500 (1 = every request). */
  errorRate: number;
  /** Answer every request with the upstream's own 429. */
  rateLimited: boolean;
  /** Never answer (until the client gives up or the request is aborted). */
  hang: boolean;
  /** Answer 200 with a body that is not valid JSON. */
  malformedJson: boolean;
}

export const NO_FAULTS: Readonly<FaultSettings> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  rateLimited: false,
  hang: false,
  malformedJson: false,
});

export class FaultSwitch {
  #settings: FaultSettings = { ...NO_FAULTS };
  #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  get settings(): Readonly<FaultSettings> {
    return this.#settings;
  }

  set(patch: Partial<FaultSettings>): void {
    this.#settings = { ...this.#settings, ...patch };
  }

  reset(): void {
    this.#settings = { ...NO_FAULTS };
  }

  /** True when this request should fail with a 500, drawn from `errorRate`. */
  rollError(): boolean {
    const rate = this.#settings.errorRate;
    return rate >= 1 || (rate > 0 && this.#random() < rate);
  }
}

export interface FaultResponses {
  /** The upstream's own 429 answer. */
  rateLimited: () => Response;
  /** The upstream's own 500 answer. */
  serverError: () => Response;
}

/** Resolves after `ms` (never when `ms` is Infinity), or at once when `signal` aborts, also when it had aborted before the call. */
const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    // setTimeout takes Infinity as 1 ms: a hang sets no timer at all.
    const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** A client that went away gets no answer worth sending: 499, as nginx logs it. */
const gone = () => new Response(null, { status: 499 });

/** Hono middleware applying a simulator's faults. `skip` exempts paths such as HTML pages. */
export function faultMiddleware(
  faults: FaultSwitch,
  responses: FaultResponses,
  skip: (path: string) => boolean = () => false,
): MiddlewareHandler {
  return async (c, next) => {
    if (skip(c.req.path)) return next();
    const s = faults.settings;
    const signal = c.req.raw.signal;
    if (s.latencyMs > 0) await wait(s.latencyMs, signal);
    if (s.hang) await wait(Infinity, signal);
    if (signal?.aborted) return gone();
    if (s.rateLimited) return responses.rateLimited();
    if (faults.rollError()) return responses.serverError();
    if (s.malformedJson) {
      return new Response('{"data": [ {"truncated": tr', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    return next();
  };
}

export { seededRandom } from '../shared/random.js';
