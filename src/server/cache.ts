/**
 * Short-lived caching of safe answers in the Store, with ETags, and collapsing of identical concurrent loads
 * (one upstream call however many requests wait for it). Also the Store-backed per-IP rate limiter.
 */
import type { Store } from './store.js';

export interface CachedValue {
  /** Serialized JSON. */
  body: string;
  /** Strong ETag of `body`, quoted. */
  etag: string;
}

export async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  let binary = '';
  for (const byte of new Uint8Array(digest).subarray(0, 16)) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`;
}

export interface ResponseCacheOptions {
  onStoreError?: (error: unknown) => void;
  /** Answers larger than this (UTF-16 bytes of the JSON) are served but never stored. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How long a cross-instance load lock lives, in ms (an upstream timeout plus a margin). Default 10 s. */
  lockMs?: number;
  /** How long a request waits for another instance's load before loading itself (fail open), in ms. Default 2 s. */
  waitMs?: number;
  /** Poll interval while waiting for another instance's load. Default 50 ms. */
  pollMs?: number;
}

export class ResponseCache {
  readonly #store: Store;
  readonly #inFlight = new Map<string, Promise<CachedValue>>();
  readonly #onStoreError: (error: unknown) => void;
  readonly #maxBodyBytes: number;
  readonly #lockMs: number;
  readonly #waitMs: number;
  readonly #pollMs: number;
  /** Bumped by `clear()`: entries of earlier generations are never read again and expire on their own. */
  #generation = 0;

  constructor(store: Store, options: ResponseCacheOptions | ((error: unknown) => void) = {}) {
    const o = typeof options === 'function' ? { onStoreError: options } : options;
    this.#store = store;
    this.#onStoreError = o.onStoreError ?? (() => undefined);
    this.#maxBodyBytes = o.maxBodyBytes ?? 1024 * 1024;
    this.#lockMs = o.lockMs ?? 10_000;
    this.#waitMs = o.waitMs ?? 2_000;
    this.#pollMs = o.pollMs ?? 50;
  }

  /**
   * The cached answer for `key`, or `load()` run once for all concurrent callers and stored for `ttlSeconds`.
   * Concurrent callers in this process share one promise; across instances a short Store lock lets one load while
   * the others poll the Store briefly (and load themselves if it stays empty: fail open, never fail closed).
   * `hit` tells whether this caller got it without running a load of its own.
   */
  async get(name: string, ttlSeconds: number, load: () => Promise<unknown>): Promise<CachedValue & { hit: boolean }> {
    const key = `cache:${this.#generation}:${name}`;
    const stored = await this.#read(key);
    if (stored) return { ...stored, hit: true };
    const pending = this.#inFlight.get(key);
    if (pending) return { ...(await pending), hit: true };
    let hit = false;
    const loading = (async () => {
      const lock = `lock:${key}`;
      const held = ttlSeconds > 0 ? await this.#store.acquire(lock, this.#lockMs).catch(this.#failOpen) : true;
      if (!held) {
        const theirs = await this.#await(key);
        if (theirs) {
          hit = true;
          return theirs;
        }
      }
      try {
        const body = JSON.stringify(await load());
        const value = { body, etag: await etagOf(body) };
        if (ttlSeconds > 0 && body.length * 2 <= this.#maxBodyBytes) {
          await this.#store.set(key, JSON.stringify(value), ttlSeconds).catch(this.#onStoreError);
        }
        return value;
      } finally {
        if (held && ttlSeconds > 0) await this.#store.release(lock).catch(this.#onStoreError);
      }
    })().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    const value = await loading;
    return { ...value, hit };
  }

  /** A store that cannot lock must not stop anyone: log and load. */
  readonly #failOpen = (error: unknown): boolean => {
    this.#onStoreError(error);
    return true;
  };

  /** Polls the store while another instance loads `key`; undefined when it does not appear in time. */
  async #await(key: string): Promise<CachedValue | undefined> {
    for (let waited = 0; waited < this.#waitMs; waited += this.#pollMs) {
      await new Promise((resolve) => setTimeout(resolve, this.#pollMs));
      const value = await this.#read(key);
      if (value) return value;
    }
    return undefined;
  }

  /** Like `get`, but hands back the parsed value (for data the routes combine further). */
  async value<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    const { body } = await this.get(key, ttlSeconds, load);
    return JSON.parse(body) as T;
  }

  async #read(key: string): Promise<CachedValue | undefined> {
    try {
      const raw = await this.#store.get(key);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as Partial<CachedValue>;
      return typeof parsed.body === 'string' && typeof parsed.etag === 'string' ? { body: parsed.body, etag: parsed.etag } : undefined;
    } catch (error) {
      // A shared store that is down or holds garbage must not take the endpoint down: load instead.
      this.#onStoreError(error);
      return undefined;
    }
  }

  get generation(): number {
    return this.#generation;
  }

  /** Forget every cached answer (by moving to a new key generation) and the in-flight map. */
  clear(): void {
    this.#generation += 1;
    this.#inFlight.clear();
  }
}

/** Fixed one-minute windows per client key. Returns seconds to wait, or 0 when the request may pass. */
export async function rateLimitWait(
  store: Store,
  client: string,
  limitPerMinute: number,
  nowMs: number,
  generation = 0,
): Promise<number> {
  if (limitPerMinute <= 0) return 0;
  const window = Math.floor(nowMs / 60_000);
  const count = await store.increment(`rl:${generation}:${client}:${window}`, 60);
  if (count <= limitPerMinute) return 0;
  return Math.max(1, Math.ceil(((window + 1) * 60_000 - nowMs) / 1000));
}
