/**
 * The SmartCV budget guard. SmartCV allows a partner 100 requests an hour (contract: docs/contracts/smartcv.md);
 * every `POST /smartcv/token` with a junk code spends one. Without a guard, 101 junk exchanges lock every real
 * candidate out for an hour. Why this design (docs/server.md, "SmartCV budget guard"):
 *
 * - Per client: a client address whose exchanges SmartCV refused `failuresPerClient` times this hour gets a local
 *   429 until the hour ends. A real candidate fails at most once or twice (a reloaded callback page); an attacker
 *   from one address reaches SmartCV only that often.
 * - Global: failed exchanges from all clients together may spend at most `failedShare` of the hourly budget, in
 *   quarter-hour windows (a quarter of that share each), so a many-address attack is capped and any lock-out it
 *   causes lasts at most fifteen minutes, never SmartCV's whole hour.
 * - SmartCV's own 429: while its Retry-After runs, exchanges are answered 429 here without calling it.
 *
 * Counters live in the Store's counters (never evicted by cache churn, shared by every instance on a shared store).
 * A store that fails makes the guard fail open: it logs and lets the exchange through.
 */
import { EndpointError, rateLimited } from '../errors.js';
import type { Store } from '../store.js';

export interface SmartcvBudgetOptions {
  store: Store;
  now: () => number;
  /** SmartCV's requests per hour for this partner (default 100). */
  perHour: number;
  /** Share of the hourly budget failed exchanges may spend (default 0.25). */
  failedShare: number;
  /** Failed exchanges one client may cause per hour (default 3). */
  failuresPerClient: number;
  onStoreError: (error: unknown) => void;
  /** Prefixes every key; bumped by the endpoint's reset() so a reset starts a fresh budget. */
  generation?: () => number;
}

const HOUR = 3600;
const QUARTER = 900;

export interface BudgetReport {
  /** SmartCV calls left this hour by our count (all instances on the store). */
  remaining: number;
  /** Failed exchanges still allowed in this quarter-hour. */
  failedExchangesLeft: number;
  /** Seconds SmartCV asked us to wait, when it did. */
  retryAfter?: number;
}

export class SmartcvBudget {
  readonly #o: SmartcvBudgetOptions;

  constructor(options: SmartcvBudgetOptions) {
    this.#o = options;
  }

  #key(name: string): string {
    return `smartcv:${this.#o.generation?.() ?? 0}:${name}`;
  }

  /** Failed exchanges allowed per quarter-hour window, from all clients. */
  get failedPerQuarter(): number {
    return Math.max(1, Math.floor((this.#o.perHour * this.#o.failedShare) / 4));
  }

  #windows() {
    const seconds = Math.floor(this.#o.now() / 1000);
    const hour = Math.floor(seconds / HOUR);
    const quarter = Math.floor(seconds / QUARTER);
    return {
      seconds,
      hour,
      quarter,
      hourLeft: (hour + 1) * HOUR - seconds,
      quarterLeft: (quarter + 1) * QUARTER - seconds,
    };
  }

  /** Throws a local 429 when the exchange must not reach SmartCV now. */
  async admitExchange(client: string): Promise<void> {
    const w = this.#windows();
    const { store } = this.#o;
    try {
      const [blockedUntil, mine, all] = await Promise.all([
        store.count(this.#key('blocked-until')),
        store.count(this.#key(`fail:c:${w.hour}:${client}`)),
        store.count(this.#key(`fail:g:${w.quarter}`)),
      ]);
      if (blockedUntil > w.seconds) {
        throw rateLimited(Math.min(HOUR, blockedUntil - w.seconds), 'SmartCV is rate limiting this partner; try again later');
      }
      if (mine >= this.#o.failuresPerClient) {
        throw rateLimited(w.hourLeft, 'Too many failed sign-ins from this address; try again later');
      }
      if (all >= this.failedPerQuarter) {
        throw rateLimited(w.quarterLeft, 'Too many failed sign-ins; try again in a few minutes');
      }
    } catch (error) {
      if (error instanceof EndpointError) throw error;
      this.#o.onStoreError(error);
    }
  }

  /** Counts SmartCV calls made for a request (for the remaining budget). */
  async spent(calls: number): Promise<void> {
    if (calls <= 0) return;
    const w = this.#windows();
    await this.#o.store.increment(this.#key(`calls:${w.hour}`), HOUR, calls).catch(this.#o.onStoreError);
  }

  /** Records an exchange SmartCV refused (or, for its 429, the wait it asked for). */
  async failed(client: string, error: unknown): Promise<void> {
    if (!(error instanceof EndpointError)) return;
    const w = this.#windows();
    const { store } = this.#o;
    try {
      if (error.status === 429) {
        const wait = Math.max(1, Math.min(HOUR, error.retryAfter ?? 60));
        // Counters hold numbers: the first 429 stores "blocked until" (epoch seconds) for as long as it lasts.
        if ((await store.count(this.#key('blocked-until'))) === 0) await store.increment(this.#key('blocked-until'), wait, w.seconds + wait);
        return;
      }
      // Only refusals that cost SmartCV a request and say the input was bad (not our outages).
      if (error.status >= 400 && error.status < 500) {
        await Promise.all([
          store.increment(this.#key(`fail:c:${w.hour}:${client}`), HOUR),
          store.increment(this.#key(`fail:g:${w.quarter}`), QUARTER),
        ]);
      }
    } catch (storeError) {
      this.#o.onStoreError(storeError);
    }
  }

  async report(): Promise<BudgetReport> {
    const w = this.#windows();
    const { store } = this.#o;
    const [calls, failed, blockedUntil] = await Promise.all([
      store.count(this.#key(`calls:${w.hour}`)),
      store.count(this.#key(`fail:g:${w.quarter}`)),
      store.count(this.#key('blocked-until')),
    ]);
    const report: BudgetReport = {
      remaining: blockedUntil > w.seconds ? 0 : Math.max(0, this.#o.perHour - calls),
      failedExchangesLeft: Math.max(0, this.failedPerQuarter - failed),
    };
    if (blockedUntil > w.seconds) report.retryAfter = Math.min(HOUR, blockedUntil - w.seconds);
    return report;
  }
}
