/**
 * The version of the partner's job data: a counter in the shared Store, bumped by every job write through any
 * instance. Cached lists and jobs are keyed by it and the job scan is renewed when it moves, so a job posted
 * through one instance is listed by every instance at once (not after the list TTL). Costs one Store read per
 * jobs request.
 */
import type { Store } from '../store.js';

const KEY = 'jobs:version';
/** Counters expire; a long life keeps the version rising between writes (a reset to 0 is also handled). */
const TTL_SECONDS = 30 * 24 * 3600;

export class JobsVersion {
  readonly #store: Store;
  readonly #onChange: () => void;
  readonly #onStoreError: (error: unknown) => void;
  /** The shared counter as last read. */
  #seen?: number;
  /** Bumped here alone: by reset(), a write the store did not record, or a counter that went backwards. */
  #local = 0;

  constructor(options: { store: Store; onChange: () => void; onStoreError: (error: unknown) => void }) {
    this.#store = options.store;
    this.#onChange = options.onChange;
    this.#onStoreError = options.onStoreError;
  }

  /** The current version, for cache keys; calls `onChange` when another instance (or this one) moved it. */
  async current(): Promise<string> {
    let shared: number;
    try {
      shared = await this.#store.count(KEY);
    } catch (error) {
      // A store that is down: go on with what this instance knows.
      this.#onStoreError(error);
      shared = this.#seen ?? 0;
    }
    if (shared !== this.#seen) {
      // An expired or evicted counter reads lower: never reuse the keys of an older version.
      if (this.#seen !== undefined && shared < this.#seen) this.#local += 1;
      if (this.#seen !== undefined) this.#onChange();
      this.#seen = shared;
    }
    return `${this.#local}.${shared}`;
  }

  /** After a write: every instance moves to a new version. */
  async bump(): Promise<void> {
    this.#onChange();
    try {
      await this.#store.increment(KEY, TTL_SECONDS);
    } catch (error) {
      this.#onStoreError(error);
      this.#local += 1;
    }
  }

  /** Forget this instance's cached job answers (tests, sandbox reset). */
  reset(): void {
    this.#local += 1;
    this.#onChange();
  }
}
