/**
 * Every event the careerkit elements fire, in one map: the elements dispatch through `emit` (typed by this map),
 * the global `HTMLElementEventMap` is augmented from it, and the React wrappers take their event types from it.
 * Lit-free and type-only apart from `emit`, so the apply button's shell and its lazy chunk share it.
 */
import type { CareerkitError } from '../client/errors.js';
import type { CandidateProfile, Job } from '../types.js';
import type { SelectedSkill } from '../components/skill-picker/skill-picker.js';

/** `detail` of `ck-error` (every element): `error.code` is an `ErrorCode`; the apply button's `message` is localized. */
export interface ErrorDetail {
  error: CareerkitError;
}
/** `detail` of `ck-job-select`. */
export interface JobSelectDetail {
  job: Job;
}
/** `detail` of `ck-jobs-loaded`. */
export interface JobsLoadedDetail {
  page: number;
  total: number;
  items: Job[];
}
/** `detail` of `ck-job-loaded`. */
export interface JobLoadedDetail {
  job: Job;
}
/** `detail` of `ck-profile`. */
export interface ApplyProfileDetail {
  profile: CandidateProfile;
  jobId: string | null;
  /** Names of the form fields that were filled, in document order. */
  filled: string[];
}
/** `detail` of `ck-cancel`. */
export interface ApplyCancelDetail {
  /** `denied`: the candidate chose not to share; `closed`: the SmartCV window was closed. */
  reason: 'denied' | 'closed';
  jobId: string | null;
}
/** `detail` of the apply button's `ck-error`: `error.message` is localized and ready to show, and
 * `error.retryAfter` says when a new try may succeed. */
export type ApplyErrorDetail = ErrorDetail;
/** `detail` of `ck-redirect`. */
export interface ApplyRedirectDetail {
  /** SmartCV's authorize URL. */
  url: string;
  reason: 'mode' | 'popup-blocked';
}
/** `detail` of `ck-revoke`. */
export interface ApplyRevokeDetail {
  /** Whether a handle was held and revoked. */
  revoked: boolean;
}
/** `detail` of `ck-skills-change`. */
export interface SkillsChangeDetail {
  skills: SelectedSkill[];
}

/** Event name → event, for every careerkit event. */
export interface CareerkitEventMap {
  'ck-error': CustomEvent<ErrorDetail>;
  'ck-job-select': CustomEvent<JobSelectDetail>;
  'ck-jobs-loaded': CustomEvent<JobsLoadedDetail>;
  'ck-job-loaded': CustomEvent<JobLoadedDetail>;
  'ck-job-detail-close': CustomEvent<Record<string, never>>;
  'ck-profile': CustomEvent<ApplyProfileDetail>;
  'ck-cancel': CustomEvent<ApplyCancelDetail>;
  'ck-redirect': CustomEvent<ApplyRedirectDetail>;
  'ck-revoke': CustomEvent<ApplyRevokeDetail>;
  'ck-skills-change': CustomEvent<SkillsChangeDetail>;
}

export type CareerkitEventName = keyof CareerkitEventMap;
export type DetailOf<K extends CareerkitEventName> = CareerkitEventMap[K]['detail'];

/** Dispatches a careerkit event (bubbling, composed); returns false when a cancelable one was prevented. */
export function emit<K extends CareerkitEventName>(target: EventTarget, type: K, detail: DetailOf<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CareerkitEventMap {}
}
