/**
 * Cache and rate-limit state behind one small interface, so a multi-instance deployment can plug a shared
 * store (Redis, KV, …) without touching the routes. In memory by default.
 */
export interface Store {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Adds 1 to a counter that expires `ttlSeconds` after it was created; returns the new value. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  delete(key: string): Promise<void>;
}

export class MemoryStore implements Store {
  #entries = new Map<string, { value: string; expiresAt: number }>();
  #now: () => number;
  #maxEntries: number;

  constructor(options: { now?: () => number; maxEntries?: number } = {}) {
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

  async increment(key: string, ttlSeconds: number) {
    const entry = this.#live(key);
    if (entry) {
      entry.value = String(Number(entry.value) + 1);
      return Number(entry.value);
    }
    await this.set(key, '1', ttlSeconds);
    return 1;
  }

  async delete(key: string) {
    this.#entries.delete(key);
  }
}
