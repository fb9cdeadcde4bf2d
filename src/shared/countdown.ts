/**
 * The one retry countdown (rate limits): list, detail, picker and the apply flow use it instead of each
 * writing its own. Lit-free and structurally a Lit ReactiveController (`hostDisconnected`), so Lit elements
 * register it with `addController` and the apply button's vanilla shell and lazy chunk use it as is.
 */

/** Seconds to wait when a 429 names no Retry-After: one calm minute rather than hammering a busy upstream. */
export const DEFAULT_RETRY_AFTER = 60;

export class Countdown {
  /** Seconds left; 0 when not counting. */
  seconds = 0;
  #timer?: ReturnType<typeof setInterval>;
  #retry?: () => void;

  /** `changed` runs on every tick (re-render); `retry` when the wait is over or on "Try now". */
  constructor(private readonly changed: () => void) {}

  get active(): boolean {
    return this.seconds > 0;
  }

  /** Starts (or restarts) the wait: `retryAfter` seconds (from the error), else DEFAULT_RETRY_AFTER. */
  start(retryAfter: number | undefined, retry?: () => void): number {
    this.stop();
    this.#retry = retry;
    this.seconds = Math.max(1, Math.ceil(retryAfter ?? DEFAULT_RETRY_AFTER));
    this.#timer = setInterval(() => {
      this.seconds -= 1;
      if (this.seconds <= 0) this.now();
      else this.changed();
    }, 1000);
    this.changed();
    return this.seconds;
  }

  /** Ends the wait without retrying. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.seconds = 0;
  }

  /** Ends the wait and retries now ("Try now", or the countdown reaching zero). */
  now = (): void => {
    const retry = this.#retry;
    this.stop();
    this.#retry = undefined;
    this.changed();
    retry?.();
  };

  hostDisconnected(): void {
    this.stop();
  }
}
