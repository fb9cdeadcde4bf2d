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

/** Decodes and checks the 32-byte base64url sealing key (refusing obvious placeholders). Throws a one-line message naming the problem. */
export function decodeSealingKey(key: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(key.trim().replace(/=+$/, ''));
  } catch {
    throw new Error('sealingKey must be base64url');
  }
  if (bytes.length !== 32) throw new Error(`sealingKey must decode to 32 bytes (got ${bytes.length})`);
  // 32 random bytes have ~30 distinct values; a handful means a placeholder such as 43 × "A" (all zeros).
  if (new Set(bytes).size < 8) throw new Error('sealingKey looks like a placeholder, not 32 random bytes');
  return bytes;
}

export class HandleSealer {
  readonly #key: Uint8Array;
  readonly #ttlSeconds: number;
  readonly #now: () => number;

  constructor(key: Uint8Array, ttlSeconds: number, now: () => number) {
    this.#key = key;
    this.#ttlSeconds = ttlSeconds;
    this.#now = now;
  }

  /** Seals a token; lifetime = min(handle TTL, the token's own remaining life). */
  async seal(claims: HandleClaims, tokenExpiresIn: number): Promise<{ handle: string; expiresIn: number }> {
    const expiresIn = Math.max(1, Math.min(this.#ttlSeconds, Math.floor(tokenExpiresIn)));
    const nowSeconds = Math.floor(this.#now() / 1000);
    const handle = await new EncryptJWT({ tok: claims.token, org: claims.origin })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + expiresIn)
      .encrypt(this.#key);
    return { handle, expiresIn };
  }

  /** Opens a handle: tampered, foreign-key or malformed → UNAUTHORIZED; expired → TOKEN_EXPIRED. */
  async open(handle: string): Promise<HandleClaims> {
    try {
      const { payload } = await jwtDecrypt(handle, this.#key, {
        audience: AUDIENCE,
        currentDate: new Date(this.#now()),
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
        clockTolerance: 0,
      });
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
