/**
 * React wrappers (`careerkit/react`): every careerkit element as a React component with typed props and typed
 * event callbacks, built with @lit/react (props are set as element properties, events mapped to `on…` callbacks).
 * React 19 can also use the tags directly: import `careerkit/react/jsx` (./jsx.ts) for their JSX types.
 *
 * @example
 * <JobList pageSize={10} country="KE" onJobSelect={(event) => open(event.detail.job)} />
 * <ApplyButton jobId={job.id} form="application" onProfile={(event) => setProfile(event.detail.profile)} />
 * <SkillPicker name="skills" suggestFrom={profile?.skills ?? []} onSkillsChange={(event) => save(event.detail.skills)} />
 */
// A default import: React ships CommonJS, and named imports break in some ESM dev servers (stack.md pitfall 7).
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CkProvider } from '../components/provider/define.js';
import { CkJobList } from '../components/job-list/define.js';
import { CkJobDetail } from '../components/job-detail/define.js';
import { CkApplyButton } from '../components/apply-button/define.js';
import { CkSkillPicker } from '../components/skill-picker/define.js';
import type { CareerkitEventMap, CareerkitEventName } from '../shared/events.js';

/** Typed event name for @lit/react's `events` map, its type taken from `CareerkitEventMap`. */
const event = <K extends CareerkitEventName>(name: K) => name as EventName<CareerkitEventMap[K]>;

/** `<ck-provider>`: endpoint and locale for every careerkit element inside. */
export const Provider = createComponent({ tagName: 'ck-provider', elementClass: CkProvider, react: React });

/** `<ck-job-list>`: searchable, filterable job list. */
export const JobList = createComponent({
  tagName: 'ck-job-list',
  elementClass: CkJobList,
  react: React,
  events: {
    /** A job was chosen; `preventDefault()` keeps the inline detail closed. */
    onJobSelect: event('ck-job-select'),
    /** A page of jobs arrived. */
    onJobsLoaded: event('ck-jobs-loaded'),
    onError: event('ck-error'),
  },
});

/** `<ck-job-detail>`: one job, loaded by `jobId` or given as `job`. */
export const JobDetail = createComponent({
  tagName: 'ck-job-detail',
  elementClass: CkJobDetail,
  react: React,
  events: {
    /** A job is shown in full (after its fetch, or when `job` is given with its description); once per job. */
    onJobLoaded: event('ck-job-loaded'),
    /** The back/close control was used. */
    onClose: event('ck-job-detail-close'),
    onError: event('ck-error'),
  },
});

/** `<ck-apply-button>`: Apply with SmartCV, prefilling the form named by `form`. */
export const ApplyButton = createComponent({
  tagName: 'ck-apply-button',
  elementClass: CkApplyButton,
  react: React,
  events: {
    /** The profile was imported (the form, if any, was filled first). */
    onProfile: event('ck-profile'),
    /** The candidate denied access or closed the SmartCV window. */
    onCancel: event('ck-cancel'),
    onError: event('ck-error'),
    /** About to leave for SmartCV (redirect mode or blocked popup); `preventDefault()` to navigate yourself. */
    onRedirect: event('ck-redirect'),
    /** `revoke()` finished. */
    onRevoke: event('ck-revoke'),
  },
});

/** `<ck-skill-picker>`: form-associated taxonomy skill picker. */
export const SkillPicker = createComponent({
  tagName: 'ck-skill-picker',
  elementClass: CkSkillPicker,
  react: React,
  events: {
    /** The selection changed (a user action; setting `selected` fires nothing). */
    onSkillsChange: event('ck-skills-change'),
  },
});

export { CkProvider, CkJobList, CkJobDetail, CkApplyButton, CkSkillPicker };
export type {
  CareerkitEventMap,
  ErrorDetail,
  JobSelectDetail,
  JobsLoadedDetail,
  JobLoadedDetail,
  ApplyCancelDetail,
  ApplyErrorDetail,
  ApplyProfileDetail,
  ApplyRedirectDetail,
  ApplyRevokeDetail,
  SkillsChangeDetail,
} from '../shared/events.js';
export type { SelectedSkill } from '../components/skill-picker/define.js';
export type { FieldMap, ProfileField } from '../components/apply-button/define.js';
export { configure } from '../client/client.js';
export { CareerkitError } from '../client/errors.js';
export type * from '../types.js';
