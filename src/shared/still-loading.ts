/**
 * "Still loading…" after a few seconds of waiting: list, detail and picker use this one timer instead of each
 * writing its own. Like Countdown it is Lit-free and structurally a Lit ReactiveController (`hostDisconnected`):
 * Lit elements register it with `addController`, the picker's lazy search part uses it as is.
 *
 * `start()` when a request begins, `stop()` when its answer (or error) arrives. After `StillLoading.delay` ms
 * of waiting `slow` turns true, `changed` runs (re-render: the element shows the text) and `slow` runs once
 * (the element announces the text through its polite live region). A new `start()` restarts the wait.
 */
export class StillLoading {
  /** Milliseconds of waiting before the element says it is still loading. Tests shorten it. */
  static delay = 4000;

  /** True once the current wait has lasted `StillLoading.delay`; false when nothing is pending. */
  slow = false;
  #timer?: ReturnType<typeof setTimeout>;

  /** `changed` runs when `slow` flips (re-render); `slow` once per wait, when it turns slow (announce). */
  constructor(
    private readonly changed: () => void,
    private readonly onSlow: () => void,
  ) {}

  /** A wait begins (or restarts). */
  start(): void {
    this.stop();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.slow = true;
      this.changed();
      this.onSlow();
    }, StillLoading.delay);
  }

  /** The wait is over (answer, error or abort). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.slow) return;
    this.slow = false;
    this.changed();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
