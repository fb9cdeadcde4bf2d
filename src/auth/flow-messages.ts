/**
 * Messages shown after a sign-in attempt, shipped in the lazily loaded auth chunk (they are only needed once
 * the flow has run). Calm wording for cancellations; every error says what the candidate can do next.
 */
import type { Catalog, Messages } from '../i18n/translate.js';
import type { ErrorCode } from '../types.js';
import { fr } from './flow-messages.fr.js';
import { es } from './flow-messages.es.js';
import { sw } from './flow-messages.sw.js';

export type FlowKey =
  | 'imported'
  | 'importedFields'
  | 'denied'
  | 'closed'
  | 'retryMinutes'
  | 'retrySeconds'
  | 'invalidCode'
  | 'withdrawn'
  | 'expired'
  | 'invalidState'
  | 'setup'
  | 'invalidRequest'
  | 'unavailable'
  | 'upstreamDown'
  | 'originMismatch'
  | 'unknown'
  | 'undo'
  | 'undone'
  | 'nameNotSplit'
  | 'windowOpen'
  | 'show'
  | 'cancel';

/** The strings of the sign-in flow: the keys every language file must have. */
export type FlowMessages = Messages<FlowKey>;

/** English, built in. */
export const en: FlowMessages = {
  imported: 'Profile imported.',
  importedFields: ({ count }, plural) =>
    `Profile imported: ${count} ${plural(Number(count)) === 'one' ? 'field' : 'fields'} filled in. Please check them before you send your application.`,
  denied: 'You chose not to share your SmartCV profile. Nothing was imported.',
  closed: 'The SmartCV window was closed. Nothing was imported.',
  retryMinutes: ({ n }, plural) => `SmartCV is busy right now. Try again in ${n} ${plural(Number(n)) === 'one' ? 'minute' : 'minutes'}.`,
  retrySeconds: ({ n }, plural) => `SmartCV is busy right now. Try again in ${n} ${plural(Number(n)) === 'one' ? 'second' : 'seconds'}.`,
  withdrawn: 'SmartCV did not allow access to your profile, so nothing was imported. You can fill in the form yourself.',
  invalidCode: 'This sign-in has expired or was already used. Please try again.',
  expired: 'Your SmartCV sign-in expired. Please try again.',
  invalidState: 'This sign-in answer did not come from this page, so it was ignored. Please try again.',
  setup: 'Apply with SmartCV is not set up correctly on this site. Please fill in the form yourself.',
  invalidRequest: 'SmartCV could not handle the sign-in request. Please try again.',
  unavailable: 'SmartCV cannot be reached right now. Check your connection and try again.',
  upstreamDown: 'SmartCV is having trouble right now, so nothing was imported. Please try again in a few minutes, or fill in the form yourself.',
  originMismatch: 'Apply with SmartCV is set up for {callback}, but this page is on {page}. Open the site at {callback}, or ask the site to register a callback page for {page}.',
  unknown: 'Your profile could not be imported. Please try again or fill in the form yourself.',
  undo: 'Undo import',
  undone: ({ count }, plural) => `Import undone: ${count} ${plural(Number(count)) === 'one' ? 'field' : 'fields'} set back to what you had before.`,
  nameNotSplit: 'Your name was not filled in: it cannot be split into first and last name safely. Please type it yourself.',
  windowOpen: 'Waiting for SmartCV… (window open)',
  show: 'Show window',
  cancel: 'Cancel',
};

/** Every language at hand (small enough that loading them on demand would cost more than it saves). */
export const flowMessages: Catalog<FlowKey> = { en, fr, es, sw };

/** Message for each error code (SmartCV's own, the endpoint's, and the browser's). */
export const ERROR_KEYS: Partial<Record<ErrorCode, FlowKey>> = {
  INVALID_CODE: 'invalidCode',
  ACCESS_DENIED: 'withdrawn',
  TOKEN_EXPIRED: 'expired',
  UNAUTHORIZED: 'expired',
  INVALID_STATE: 'invalidState',
  INVALID_CLIENT: 'setup',
  INVALID_REDIRECT_URI: 'setup',
  INVALID_SCOPE: 'setup',
  UNAUTHORIZED_CLIENT: 'setup',
  FORBIDDEN: 'setup',
  NOT_FOUND: 'setup',
  INVALID_REQUEST: 'invalidRequest',
  NETWORK: 'unavailable',
  TIMEOUT: 'unavailable',
  // SmartCV (or the endpoint before it) answered with a failure: the candidate's connection is fine.
  UPSTREAM_UNAVAILABLE: 'upstreamDown',
  UPSTREAM_TIMEOUT: 'upstreamDown',
  SERVER_ERROR: 'upstreamDown',
  TEMPORARILY_UNAVAILABLE: 'upstreamDown',
  INTERNAL_ERROR: 'upstreamDown',
  BAD_RESPONSE: 'upstreamDown',
  ORIGIN_MISMATCH: 'originMismatch',
};

/** The message key for a code from anywhere (upstream text included): own keys only, else `unknown`. */
export function errorKey(code: string): FlowKey {
  return (Object.hasOwn(ERROR_KEYS, code) && ERROR_KEYS[code as ErrorCode]) || 'unknown';
}
