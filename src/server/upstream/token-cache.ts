/**
 * A client_credentials access token kept in memory: reused until 60 s before it expires, with at most one
 * refresh in flight (concurrent callers share it). Per instance on purpose: tokens never go to the Store.
 */
export interface FetchedToken {
  accessToken: string;
  /** Lifetime in seconds as the token endpoint reported it. */
  expiresIn: number;
}

const EARLY_REFRESH_MS = 60_000;

export class TokenCache {
  #token?: { value: string; expiresAt: number };
  #inFlight?: Promise<string>;
  readonly #fetchToken: () => Promise<FetchedToken>;
  readonly #now: () => number;

  constructor(fetchToken: () => Promise<FetchedToken>, now: () => number) {
    this.#fetchToken = fetchToken;
    this.#now = now;
  }

  /** The cached token, or a fresh one. */
  get(): Promise<string> {
    if (this.#token && this.#now() < this.#token.expiresAt - EARLY_REFRESH_MS) return Promise.resolve(this.#token.value);
    if (!this.#inFlight) {
      this.#inFlight = this.#fetchToken()
        .then(({ accessToken, expiresIn }) => {
          this.#token = { value: accessToken, expiresAt: this.#now() + expiresIn * 1000 };
          return accessToken;
        })
        .finally(() => {
          this.#inFlight = undefined;
        });
    }
    return this.#inFlight;
  }

  /** Drop a token the upstream refused, unless a newer one already replaced it. */
  invalidate(rejected?: string): void {
    if (rejected === undefined || this.#token?.value === rejected) this.#token = undefined;
  }

  clear(): void {
    this.#token = undefined;
  }
}
