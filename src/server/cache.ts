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

export class ResponseCache {
  readonly #store: Store;
  readonly #inFlight = new Map<string, Promise<CachedValue>>();
  readonly #onStoreError: (error: unknown) => void;
  /** Bumped by `clear()`: entries of earlier generations are never read again and expire on their own. */
  #generation = 0;

  constructor(store: Store, onStoreError: (error: unknown) => void = () => undefined) {
    this.#store = store;
    this.#onStoreError = onStoreError;
  }

  /**
   * The cached answer for `key`, or `load()` run once for all concurrent callers and stored for `ttlSeconds`.
   * `hit` tells whether this caller got it without running a load of its own.
   */
  async get(name: string, ttlSeconds: number, load: () => Promise<unknown>): Promise<CachedValue & { hit: boolean }> {
    const key = `cache:${this.#generation}:${name}`;
    const stored = await this.#read(key);
    if (stored) return { ...stored, hit: true };
    const pending = this.#inFlight.get(key);
    if (pending) return { ...(await pending), hit: true };
    const loading = (async () => {
      const body = JSON.stringify(await load());
      const value = { body, etag: await etagOf(body) };
      if (ttlSeconds > 0) {
        await this.#store.set(key, JSON.stringify(value), ttlSeconds).catch(this.#onStoreError);
      }
      return value;
    })().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    return { ...(await loading), hit: false };
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
