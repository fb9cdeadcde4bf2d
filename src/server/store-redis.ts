/**
 * `careerkit/server/redis`: a Store on Redis or Valkey, so several endpoint instances share one rate limit, one
 * answer cache, one SmartCV budget and one single-flight lock per cache key.
 *
 * Client: node-redis v5 (`redis`), the client Redis itself maintains: typed commands, RESP3, Node 20 in its
 * engines, and it also runs on Bun and Deno (npm:redis). ioredis works as well but is in maintenance mode and its
 * maintainers point new projects to node-redis.
 *
 * Redis gone must not mean the endpoint gone: every command has a short timeout, commands are refused at once
 * while the client reconnects (no offline queue that grows with traffic) and the client reconnects in the
 * background with capped, jittered backoff. The endpoint then treats a failing store as a miss (cache), an open
 * gate (rate limits and the budget, with a warn log line) and no lock (single-flight falls back to per instance).
 *
 * Node-only in practice (TCP sockets): the edge handler never imports this module.
 */
import { createClient } from 'redis';
import { storeUrlProblem } from './config-check.js';
import type { Store } from './store.js';

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS). */
  url: string;
  /** Prefix of every key, so one Redis can serve several partners or apps. Default `careerkit:`. */
  prefix?: string;
  /** Longest wait for one command, in ms, before it fails (and the endpoint falls open). Default 500. */
  commandTimeoutMs?: number;
  /** Longest wait for a connection attempt, in ms. Default 2000. */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts, in ms. Default 5000. */
  maxReconnectDelayMs?: number;
  /**
   * After a failed command, fail every call at once for this long (ms) before trying Redis again. Covers a Redis
   * that stalls without closing the connection, where each command would otherwise wait the full timeout. Default 1000.
   */
  cooldownMs?: number;
  /** Told when the connection state changes (one line per change, never per command). */
  onStateChange?: (state: 'ready' | 'down', error?: unknown) => void;
}

/** INCRBY, and an expiry set only when the counter has none yet (its window starts with its first count). */
const INCREMENT = `local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v`;

/** Deletes a lock only when it still holds this caller's token (never someone else's after ours expired). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const randomToken = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
};

/** Thrown without reaching Redis while the store's breaker is open (a command failed moments ago). */
export class StoreUnavailableError extends Error {
  constructor() {
    super('The Redis store failed moments ago; not retrying yet');
    this.name = 'StoreUnavailableError';
  }
}

/** A command that got no answer within the command timeout. */
export class StoreTimeoutError extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'StoreTimeoutError';
  }
}

export class RedisStore implements Store {
  readonly kind = 'redis';
  readonly #client;
  readonly #prefix: string;
  readonly #timeout: number;
  /** Tokens of the locks this instance holds, so release() deletes only its own. */
  readonly #locks = new Map<string, string>();
  readonly #onStateChange: RedisStoreOptions['onStateChange'];
  #state: 'connecting' | 'ready' | 'down' = 'connecting';
  readonly #cooldownMs: number;
  /** Until when calls fail without reaching Redis (a short circuit breaker after a failure). */
  #openUntil = 0;
  /** A first command after the cooldown is testing Redis: the others keep failing fast until it answers. */
  #probing = false;
  #connecting: Promise<unknown>;
  #closed = false;

  constructor(options: RedisStoreOptions) {
    const problem = storeUrlProblem(options.url);
    if (problem) throw new TypeError(`RedisStore url ${problem}`);
    this.#prefix = options.prefix ?? 'careerkit:';
    this.#timeout = options.commandTimeoutMs ?? 500;
    this.#onStateChange = options.onStateChange;
    this.#cooldownMs = options.cooldownMs ?? 1000;
    const maxDelay = options.maxReconnectDelayMs ?? 5000;
    this.#client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: options.connectTimeoutMs ?? 2000,
        // Exponential backoff from 50 ms, capped, with jitter so many instances do not reconnect in lockstep.
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 10), maxDelay) + Math.floor(Math.random() * 50),
      },
    });
    // Without a listener node-redis's errors would be thrown as unhandled 'error' events.
    this.#client.on('error', (error: unknown) => this.#setState('down', error));
    this.#client.on('ready', () => {
      this.#openUntil = 0; // reconnected: no reason to keep failing fast
      this.#setState('ready');
    });
    this.#connecting = this.#client.connect().catch((error: unknown) => this.#setState('down', error));
  }

  #setState(state: 'ready' | 'down', error?: unknown) {
    if (this.#state === state || this.#closed) return;
    this.#state = state;
    this.#onStateChange?.(state, error);
  }

  /** `ready` once connected, `down` while reconnecting, `connecting` before the first connection. */
  get state(): 'connecting' | 'ready' | 'down' {
    return this.#state;
  }

  /** Resolves once the first connection is up, or after `timeoutMs` (the store then keeps trying in the background). */
  async connected(timeoutMs = 2000): Promise<boolean> {
    if (this.#client.isReady) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.#connecting,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return this.#client.isReady;
  }

  /**
   * Runs one command with a deadline, through the breaker: fails at once while the breaker is open (and while one
   * probe after the cooldown is still out), opens it on any failure. node-redis's own command timeout covers only
   * the wait before a command is written, not a Redis that stops answering after it, so this deadline replaces it
   * (the late reply is still read and dropped by the client, so the connection stays in step).
   */
  async #run<T>(command: () => Promise<T>): Promise<T> {
    const tripped = this.#openUntil > 0;
    if (tripped && (Date.now() < this.#openUntil || this.#probing)) throw new StoreUnavailableError();
    if (tripped) this.#probing = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const pending = command();
      // A command that loses the race still settles later (its late reply, or node-redis's own timeout): not unhandled.
      pending.catch(() => undefined);
      const result = await Promise.race([
        pending,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StoreTimeoutError(this.#timeout)), this.#timeout);
        }),
      ]);
      this.#openUntil = 0;
      if (this.#state === 'down' && this.#client.isReady) this.#setState('ready');
      return result;
    } catch (error) {
      this.#openUntil = Date.now() + this.#cooldownMs;
      this.#setState('down', error);
      throw error;
    } finally {
      clearTimeout(timer);
      if (tripped) this.#probing = false;
    }
  }

  #key(kind: 'c' | 'n' | 'l', key: string) {
    return `${this.#prefix}${kind}:${key}`;
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.#run(() => this.#client.get(this.#key('c', key)));
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.#run(() =>
      this.#client.set(this.#key('c', key), value, { expiration: { type: 'PX', value: Math.max(1, Math.round(ttlSeconds * 1000)) } }),
    );
  }

  async delete(key: string): Promise<void> {
    await this.#run(() => this.#client.del(this.#key('c', key)));
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const ttlMs = Math.max(1, Math.round(ttlSeconds * 1000));
    const value = await this.#run(() => this.#client.eval(INCREMENT, { keys: [this.#key('n', key)], arguments: [String(by), String(ttlMs)] }));
    return Number(value);
  }

  async count(key: string): Promise<number> {
    const value = await this.#run(() => this.#client.get(this.#key('n', key)));
    return value === null ? 0 : Number(value);
  }

  async acquire(key: string, ttlMs: number): Promise<boolean> {
    const token = randomToken();
    const answer = await this.#run(() =>
      this.#client.set(this.#key('l', key), token, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) } }),
    );
    if (answer !== 'OK') return false;
    this.#locks.set(key, token);
    return true;
  }

  async release(key: string): Promise<void> {
    const token = this.#locks.get(key);
    if (token === undefined) return;
    this.#locks.delete(key);
    await this.#run(() => this.#client.eval(RELEASE, { keys: [this.#key('l', key)], arguments: [token] }));
  }

  async ping(): Promise<void> {
    await this.#run(() => this.#client.ping());
  }

  /** Closes the connection, waiting up to the command timeout for answers still due, then drops it. */
  async close(): Promise<void> {
    this.#closed = true;
    if (!this.#client.isOpen) {
      this.#client.destroy();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const closed = await Promise.race([
      this.#client.close().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), this.#timeout);
      }),
    ]);
    clearTimeout(timer);
    if (!closed) this.#client.destroy();
  }
}

/**
 * The RedisStore for a config's `storeUrl`, logging its connection changes (one line per change) through the
 * config's log. Used by every Node entry (serveNode, the CLI, the Express middleware).
 */
export function redisStoreFor(config: { storeUrl: string; log?: false | ((line: Record<string, unknown>) => void) }): RedisStore {
  const log = config.log === false ? undefined : (config.log ?? ((line: Record<string, unknown>) => console.log(JSON.stringify(line))));
  return new RedisStore({
    url: config.storeUrl,
    onStateChange: (state, error) =>
      log?.({
        level: state === 'ready' ? 'info' : 'warn',
        msg: state === 'ready' ? 'store connected' : 'store unavailable',
        store: 'redis',
        error: error instanceof Error ? error.name : undefined,
      }),
  });
}
