/** Id helpers for the taxonomy data: MongoDB-style 24-hex ids and deterministic UUIDs. Browser-safe. */

export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/;

export function isObjectId(value: string): boolean {
  return OBJECT_ID_PATTERN.test(value);
}

/** cyrb128: a fast, well-mixed, non-cryptographic 128-bit string hash, as four 32-bit words. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** 32 hex digits derived from `text`. */
export function hashHex(text: string): string {
  return cyrb128(text).map(hex8).join('');
}

/** A stable 24-hex id derived from `text` (e.g. an ESCO concept URI). */
export function hashedObjectId(text: string): string {
  return hashHex(text).slice(0, 24);
}

/** A stable, well-formed (version 4 layout) UUID derived from `text`. */
export function hashedUuid(text: string): string {
  const h = hashHex(text).split('');
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/**
 * An ObjectId-shaped id: 8 hex of seconds since epoch, a 10-hex tag naming the collection, a 6-hex counter.
 * Sequential ids from one import sort in import order, as real ObjectIds do.
 */
export function sequentialObjectId(createdAtMs: number, tag: string, counter: number): string {
  if (!/^[0-9a-f]{10}$/.test(tag)) throw new Error(`object id tag must be 10 hex digits: ${tag}`);
  if (counter < 0 || counter > 0xffffff) throw new Error(`object id counter out of range: ${counter}`);
  return hex8(Math.floor(createdAtMs / 1000)) + tag + counter.toString(16).padStart(6, '0');
}

/** The UUID at the end of an ESCO concept URI, if there is one. */
export function uuidFromUri(uri: string): string | undefined {
  const match = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(uri);
  return match?.[1].toLowerCase();
}
