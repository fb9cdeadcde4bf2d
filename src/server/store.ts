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
  /**
   * Most bytes the answer cache may hold (keys and values, counted as UTF-16: 2 bytes a code unit, plus a fixed
   * per-entry overhead). Default 32 MiB. Least recently used answers leave first.
   */
  maxBytes?: number;
  /** Answers larger than this are not cached at all (default: an eighth of `maxBytes`). */
  maxEntryBytes?: number;
  /** Most live counters (rate-limit windows, budgets). Default 100,000 (a few MB); past it the oldest goes. */
  maxCounters?: number;
  /** How often expired answers, counters and locks are swept (checked on every call; no timer). Default 30 s. */
  sweepIntervalMs?: number;
}

interface Entry {
  value: string;
  expiresAt: number;
  bytes: number;
}

/** Rough V8 cost of one Map entry with its record, beyond the strings themselves. */
const ENTRY_OVERHEAD = 96;
const sizeOf = (key: string, value: string) => 2 * (key.length + value.length) + ENTRY_OVERHEAD;

/**
 * One process's store. Answers: LRU bounded in bytes, expired ones swept. Counters and locks live in their own
 * maps, so no amount of cache churn resets a rate limit. No timers: sweeps run from calls (edge-safe, and an
 * idle store costs nothing).
 */
export class MemoryStore implements Store {
  readonly kind = 'memory';
  /** Map order is recency order: a read moves an entry to the end, eviction takes from the front. */
  #entries = new Map<string, Entry>();
  #counters = new Map<string, { value: number; expiresAt: number }>();
  #locks = new Map<string, number>();
  #now: () => number;
  #bytes = 0;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly #maxCounters: number;
  readonly #sweepIntervalMs: number;
  #nextSweep = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    this.maxEntryBytes = options.maxEntryBytes ?? Math.floor(this.maxBytes / 8);
    this.#maxCounters = options.maxCounters ?? 100_000;
    this.#sweepIntervalMs = options.sweepIntervalMs ?? 30_000;
  }

  /** Bytes the answer cache holds now (estimate, see `maxBytes`). */
  get bytes(): number {
    return this.#bytes;
  }

  /** Live answers, counters and locks (for tests and the bench). */
  get size(): { entries: number; counters: number; locks: number } {
    return { entries: this.#entries.size, counters: this.#counters.size, locks: this.#locks.size };
  }

  #sweep(now: number) {
    if (now < this.#nextSweep) return;
    this.#nextSweep = now + this.#sweepIntervalMs;
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#drop(key, entry);
    for (const [key, counter] of this.#counters) if (counter.expiresAt <= now) this.#counters.delete(key);
    for (const [key, until] of this.#locks) if (until <= now) this.#locks.delete(key);
  }

  #drop(key: string, entry: Entry) {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  async get(key: string) {
    const now = this.#now();
    this.#sweep(now);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.#drop(key, entry);
      return undefined;
    }
    // Most recently used: to the back of the line.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds: number) {
    const now = this.#now();
    this.#sweep(now);
    const old = this.#entries.get(key);
    if (old) this.#drop(key, old);
    const bytes = sizeOf(key, value);
    if (bytes > this.maxEntryBytes || ttlSeconds <= 0) return;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes + bytes <= this.maxBytes) break;
      this.#drop(oldest, entry);
    }
    this.#entries.set(key, { value, expiresAt: now + ttlSeconds * 1000, bytes });
    this.#bytes += bytes;
  }

  async delete(key: string) {
    const entry = this.#entries.get(key);
    if (entry) this.#drop(key, entry);
  }

  async increment(key: string, ttlSeconds: number, by = 1) {
    const now = this.#now();
    this.#sweep(now);
    const counter = this.#counters.get(key);
    if (counter && counter.expiresAt > now) {
      counter.value += by;
      return counter.value;
    }
    if (counter) this.#counters.delete(key);
    else if (this.#counters.size >= this.#maxCounters) {
      // A flood of distinct clients: the oldest window goes (insertion order), never a cached answer's business.
      const oldest = this.#counters.keys().next().value;
      if (oldest !== undefined) this.#counters.delete(oldest);
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
    this.#sweep(now);
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
