/**
 * Our pagination cursors are opaque and signed: base64url JSON saying whether the index (an offset) or the upstream
 * (its cursor) answered, followed by a 16-byte HMAC-SHA-256 tag (22 base64url characters) under a key derived from
 * the sealing key. A forged or edited cursor never reaches Tabiya.
 */
import { base64url } from 'jose';
import { invalidRequest } from './errors.js';

export type Cursor = { s: 'i'; o: number } | { s: 'u'; c: string };

const TAG_CHARS = 22;
const encoder = new TextEncoder();

export class CursorCodec {
  readonly #key: Promise<CryptoKey>;

  constructor(secret: Uint8Array) {
    const material = new Uint8Array([...encoder.encode('careerkit:cursor:'), ...secret]);
    this.#key = crypto.subtle
      .digest('SHA-256', material)
      .then((raw) => crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
  }

  async #tag(payload: string): Promise<string> {
    const mac = await crypto.subtle.sign('HMAC', await this.#key, encoder.encode(payload));
    return base64url.encode(new Uint8Array(mac).subarray(0, 16));
  }

  async encode(cursor: Cursor): Promise<string> {
    const payload = base64url.encode(JSON.stringify(cursor));
    return payload + (await this.#tag(payload));
  }

  /** The cursor, or a 400 naming the field when it is not one this endpoint issued. */
  async decode(raw: string | undefined): Promise<Cursor | undefined> {
    if (raw === undefined) return undefined;
    const refuse = () => invalidRequest('The cursor is not one this endpoint issued', { cursor: 'must be a cursor from a previous answer' });
    if (raw.length <= TAG_CHARS) throw refuse();
    const payload = raw.slice(0, -TAG_CHARS);
    if (!timingSafeEqual(raw.slice(-TAG_CHARS), await this.#tag(payload))) throw refuse();
    try {
      const value: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
      if (typeof value === 'object' && value !== null) {
        const v = value as Record<string, unknown>;
        if (v.s === 'i' && typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.o <= 10_000) return { s: 'i', o: v.o };
        if (v.s === 'u' && typeof v.c === 'string' && v.c.length > 0 && v.c.length <= 1720) return { s: 'u', c: v.c };
      }
    } catch {
      // fall through
    }
    throw refuse();
  }
}

function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
