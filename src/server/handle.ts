/**
 * Sealed handles: the SmartCV access token encrypted and authenticated (JWE, dir + A256GCM) with the endpoint's
 * key, bound to the calling origin and short-lived. The browser only ever holds this; any instance with the same
 * key can open it, so no session store is needed.
 */
import { base64url, EncryptJWT, jwtDecrypt } from 'jose';
import { EndpointError, unauthorized } from './errors.js';

const AUDIENCE = 'careerkit:smartcv-handle';

export interface HandleClaims {
  /** The SmartCV access token. */
  token: string;
  /** Origin the handle was issued to. */
  origin: string;
}

/**
 * The sealing key the sandbox stack uses. It is published (in this repository), so anyone can open and forge
 * handles sealed with it: refused everywhere but in the sandbox.
 */
export const PUBLISHED_SANDBOX_KEY = 'c2FuZGJveC1zZWFsaW5nLWtleS0zMi1ieXRlcy1vayE';

/**
 * Decodes and checks the 32-byte base64url sealing key (refusing placeholders, text and, outside the sandbox, the
 * published sandbox key). Throws a one-line message naming the problem.
 */
export function decodeSealingKey(key: string, options: { sandbox?: boolean } = {}): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(key.trim().replace(/=+$/, ''));
  } catch {
    throw new Error('sealingKey must be base64url');
  }
  if (bytes.length !== 32) throw new Error(`sealingKey must decode to 32 bytes (got ${bytes.length})`);
  // 32 random bytes have ~30 distinct values; a handful means a placeholder such as 43 × "A" (all zeros).
  if (new Set(bytes).size < 8) throw new Error('sealingKey looks like a placeholder, not 32 random bytes');
  if (!options.sandbox) {
    if (key.trim().replace(/=+$/, '') === PUBLISHED_SANDBOX_KEY) throw new Error('sealingKey is the published sandbox key; generate your own');
    // 32 random bytes are all printable ASCII with odds of about 1 in 10^17: this is a passphrase or a word.
    if (bytes.every((b) => b >= 0x20 && b <= 0x7e)) throw new Error('sealingKey is text (a passphrase?), not 32 random bytes');
  }
  return bytes;
}

/** A key's id: the first 8 characters of its SHA-256, base64url (names the key, reveals nothing). */
export async function keyId(key: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(key)));
  return base64url.encode(digest).slice(0, 8);
}

/** Seconds of clock difference between instances a handle's expiry tolerates. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** How long after its expiry a handle may still revoke its token (SmartCV tokens live an hour). */
const REVOKE_GRACE_SECONDS = 3600;

export class HandleSealer {
  /** The first key seals; every key opens (rotation: add the new key first, drop the old one a handle-life later). */
  readonly #keys: Uint8Array[];
  #ids?: Promise<string[]>;
  readonly #ttlSeconds: number;
  readonly #now: () => number;

  constructor(keys: Uint8Array | Uint8Array[], ttlSeconds: number, now: () => number) {
    this.#keys = Array.isArray(keys) ? keys : [keys];
    this.#ttlSeconds = ttlSeconds;
    this.#now = now;
  }

  #keyIds(): Promise<string[]> {
    this.#ids ??= Promise.all(this.#keys.map(keyId));
    return this.#ids;
  }

  /** Seals a token; lifetime = min(handle TTL, the token's own remaining life). */
  async seal(claims: HandleClaims, tokenExpiresIn: number): Promise<{ handle: string; expiresIn: number }> {
    const expiresIn = Math.max(1, Math.min(this.#ttlSeconds, Math.floor(tokenExpiresIn)));
    const nowSeconds = Math.floor(this.#now() / 1000);
    const [kid] = await this.#keyIds();
    const handle = await new EncryptJWT({ tok: claims.token, org: claims.origin })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid })
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + expiresIn)
      .encrypt(this.#keys[0]!);
    return { handle, expiresIn };
  }

  /**
   * Opens a handle with the key its `kid` names (handles without a kid: the first key): tampered, unknown-key or
   * malformed → UNAUTHORIZED; expired (beyond a small clock tolerance) → TOKEN_EXPIRED. `allowExpired` accepts a
   * handle up to an hour past its expiry (revoking must still work after the handle lapsed).
   */
  async open(handle: string, options: { allowExpired?: boolean } = {}): Promise<HandleClaims> {
    const ids = await this.#keyIds();
    try {
      const { payload } = await jwtDecrypt(
        handle,
        (header) => {
          const index = header.kid === undefined ? 0 : ids.indexOf(header.kid);
          if (index < 0) throw unauthorized('Invalid SmartCV handle');
          return this.#keys[index]!;
        },
        {
          audience: AUDIENCE,
          currentDate: new Date(this.#now()),
          keyManagementAlgorithms: ['dir'],
          contentEncryptionAlgorithms: ['A256GCM'],
          clockTolerance: options.allowExpired ? REVOKE_GRACE_SECONDS : CLOCK_TOLERANCE_SECONDS,
        },
      );
      if (typeof payload.tok !== 'string' || typeof payload.org !== 'string') throw unauthorized('Invalid handle');
      return { token: payload.tok, origin: payload.org };
    } catch (error) {
      if (error instanceof EndpointError) throw error;
      if (isExpired(error)) throw new EndpointError(401, 'TOKEN_EXPIRED', 'The SmartCV handle has expired; sign in again');
      throw unauthorized('Invalid SmartCV handle');
    }
  }
}

const isExpired = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_JWT_EXPIRED';
