/**
 * Where the endpoint keeps state that should be shared by every instance of one partner: cached answers,
 * rate-limit counters, budget counters and short single-flight locks. `MemoryStore` serves one process;
 * a Redis/Valkey store (`store-redis.ts`) serves many.
 *
 * Cached answers and counters are kept apart on purpose: churn in the cache (many distinct searches) must
 * never evict or reset a counter (a rate limit, the SmartCV budget).
 */
export interface Store {
  /** `memory` or `redis`: reported by `/readyz`. */
  readonly kind: string;
  /** A cached answer, or undefined when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Caches an answer for `ttlSeconds`. A bounded store may evict it earlier (least recently used first). */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Adds `by` (default 1) to a counter that expires `ttlSeconds` after it was created and returns the new value.
   * Counters live apart from cached answers and are never evicted by cache pressure.
   */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
  /** Reads a counter without changing it (0 when absent or expired). */
  count(key: string): Promise<number>;
  /** A short lock for single-flight across instances: true when this caller holds it now. Expires after `ttlMs`. */
  acquire(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  /** Throws when the store cannot be reached (for `/readyz`). */
  ping(): Promise<void>;
  close?(): Promise<void>;
}

export interface MemoryStoreOptions {
  now?: () => number;
  /** Most entries in the answer cache (default 10,000). */
  maxEntries?: number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

export class MemoryStore implements Store {
  readonly kind = 'memory';
  #entries = new Map<string, Entry>();
  #counters = new Map<string, { value: number; expiresAt: number }>();
  #locks = new Map<string, number>();
  #now: () => number;
  #maxEntries: number;

  constructor(options: MemoryStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  #live(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  async get(key: string) {
    return this.#live(key)?.value;
  }

  async set(key: string, value: string, ttlSeconds: number) {
    if (this.#entries.size >= this.#maxEntries) {
      // Drop the oldest insertion: Map keeps insertion order.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlSeconds * 1000 });
  }

  async delete(key: string) {
    this.#entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number, by = 1) {
    const now = this.#now();
    const counter = this.#counters.get(key);
    if (counter && counter.expiresAt > now) {
      counter.value += by;
      return counter.value;
    }
    this.#counters.set(key, { value: by, expiresAt: now + ttlSeconds * 1000 });
    return by;
  }

  async count(key: string) {
    const counter = this.#counters.get(key);
    return counter && counter.expiresAt > this.#now() ? counter.value : 0;
  }

  async acquire(key: string, ttlMs: number) {
    const now = this.#now();
    const until = this.#locks.get(key);
    if (until !== undefined && until > now) return false;
    this.#locks.set(key, now + ttlMs);
    return true;
  }

  async release(key: string) {
    this.#locks.delete(key);
  }

  async ping() {}
}
