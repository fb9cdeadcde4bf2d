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
import { CkJobDetail, type JobLoadedDetail } from '../components/job-detail/define.js';
import {
  CkApplyButton,
  type ApplyCancelDetail,
  type ApplyErrorDetail,
  type ApplyProfileDetail,
  type ApplyRedirectDetail,
  type ApplyRevokeDetail,
} from '../components/apply-button/define.js';
import { CkSkillPicker, type SkillsChangeDetail } from '../components/skill-picker/define.js';
import { CkJobEditor, type JobSavedDetail } from '../components/job-editor/define.js';
import type { CareerkitError } from '../client/errors.js';
import type { Job } from '../types.js';

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
/** `detail` of `ck-error` (every element). */
export interface ErrorDetail {
  error: CareerkitError;
}

/** Typed event name for @lit/react's `events` map. */
const event = <D>(name: string) => name as EventName<CustomEvent<D>>;

/** `<ck-provider>`: endpoint and locale for every careerkit element inside. */
export const Provider = createComponent({ tagName: 'ck-provider', elementClass: CkProvider, react: React });

/** `<ck-job-list>`: searchable, filterable job list. */
export const JobList = createComponent({
  tagName: 'ck-job-list',
  elementClass: CkJobList,
  react: React,
  events: {
    /** A job was chosen; `preventDefault()` keeps the inline detail closed. */
    onJobSelect: event<JobSelectDetail>('ck-job-select'),
    /** A page of jobs arrived. */
    onJobsLoaded: event<JobsLoadedDetail>('ck-jobs-loaded'),
    onError: event<ErrorDetail>('ck-error'),
  },
});

/** `<ck-job-detail>`: one job, loaded by `jobId` or given as `job`. */
export const JobDetail = createComponent({
  tagName: 'ck-job-detail',
  elementClass: CkJobDetail,
  react: React,
  events: {
    /** A job is shown in full (after its fetch, or when `job` is given with its description); once per job. */
    onJobLoaded: event<JobLoadedDetail>('ck-job-loaded'),
    /** The back/close control was used. */
    onClose: event<Record<string, never>>('ck-job-detail-close'),
    onError: event<ErrorDetail>('ck-error'),
  },
});

/** `<ck-apply-button>`: Apply with SmartCV, prefilling the form named by `form`. */
export const ApplyButton = createComponent({
  tagName: 'ck-apply-button',
  elementClass: CkApplyButton,
  react: React,
  events: {
    /** The profile was imported (the form, if any, was filled first). */
    onProfile: event<ApplyProfileDetail>('ck-profile'),
    /** The candidate denied access or closed the SmartCV window. */
    onCancel: event<ApplyCancelDetail>('ck-cancel'),
    onError: event<ApplyErrorDetail>('ck-error'),
    /** About to leave for SmartCV (redirect mode or blocked popup); `preventDefault()` to navigate yourself. */
    onRedirect: event<ApplyRedirectDetail>('ck-redirect'),
    /** `revoke()` finished. */
    onRevoke: event<ApplyRevokeDetail>('ck-revoke'),
  },
});

/** `<ck-skill-picker>`: form-associated taxonomy skill picker. */
export const SkillPicker = createComponent({
  tagName: 'ck-skill-picker',
  elementClass: CkSkillPicker,
  react: React,
  events: {
    /** The selection changed (a user action; setting `selected` fires nothing). */
    onSkillsChange: event<SkillsChangeDetail>('ck-skills-change'),
  },
});

/** `<ck-job-editor>`: a recruiter posts a job (or edits one with `jobId`), tagged with ESCO skills. */
export const JobEditor = createComponent({
  tagName: 'ck-job-editor',
  elementClass: CkJobEditor,
  react: React,
  events: {
    /** The job was posted (`created`) or updated. */
    onJobSaved: event<JobSavedDetail>('ck-job-saved'),
    onError: event<ErrorDetail>('ck-error'),
  },
});

export { CkProvider, CkJobList, CkJobDetail, CkApplyButton, CkSkillPicker, CkJobEditor };
export type {
  ApplyCancelDetail,
  ApplyErrorDetail,
  ApplyProfileDetail,
  ApplyRedirectDetail,
  ApplyRevokeDetail,
  JobLoadedDetail,
  JobSavedDetail,
  SkillsChangeDetail,
};
export type { TaggedSkill, SkillLevel } from '../components/job-editor/define.js';
export type { SelectedSkill } from '../components/skill-picker/define.js';
export type { FieldMap, ProfileField } from '../components/apply-button/define.js';
export { configure } from '../client/client.js';
export { CareerkitError } from '../client/errors.js';
export type * from '../types.js';
