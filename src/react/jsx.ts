/**
 * JSX types for using the careerkit tags directly in React 19 (`careerkit/react/jsx`):
 *
 *   import 'careerkit';             // defines the elements
 *   import type {} from 'careerkit/react/jsx';
 *   <ck-job-list pageSize={10} onck-job-select={(event) => open(event.detail.job)} />
 *
 * React 19 sets a prop as a property when the element has one (so camelCase property names and object values
 * work), else as an attribute, and `on<event-name>` adds a listener for that exact event name.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CkProvider } from '../components/provider/define.js';
import type { CkJobList } from '../components/job-list/define.js';
import type { CkJobDetail } from '../components/job-detail/define.js';
import type { CkApplyButton } from '../components/apply-button/define.js';
import type { CkSkillPicker } from '../components/skill-picker/define.js';
import type { CareerkitEventMap, CareerkitEventName } from '../shared/events.js';

/** `onck-…` handler props for the named events, typed from `CareerkitEventMap`. */
type Handlers<K extends CareerkitEventName> = { [E in K as `on${E}`]?: (event: CareerkitEventMap[E]) => void };

/** React's own props for an element, minus names the element defines itself. */
type Host<E extends HTMLElement, Own extends PropertyKey> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, Own> & {
  /** Plain `class` works on custom elements in React 19. */
  class?: string;
};

type Shared = 'endpoint' | 'locale' | 'theme';

export type CkProviderProps = Host<CkProvider, 'endpoint' | 'locale'> & Partial<Pick<CkProvider, 'endpoint' | 'locale'>>;

type JobListKeys = Shared | 'pageSize' | 'country' | 'type' | 'category' | 'q' | 'page' | 'syncUrl' | 'urlPrefix' | 'virtual' | 'pagination' | 'detail' | 'jobs' | 'total' | 'headingLevel';
export type CkJobListProps = Host<CkJobList, JobListKeys> &
  Partial<Pick<CkJobList, JobListKeys>> &
  Handlers<'ck-job-select' | 'ck-jobs-loaded' | 'ck-error'>;

type JobDetailKeys = Shared | 'job' | 'jobId' | 'headingLevel';
export type CkJobDetailProps = Host<CkJobDetail, JobDetailKeys> &
  Partial<Pick<CkJobDetail, JobDetailKeys>> &
  Handlers<'ck-job-loaded' | 'ck-job-detail-close' | 'ck-error'>;

type ApplyKeys = Shared | 'jobId' | 'mode' | 'redirectUri' | 'form' | 'overwrite' | 'variant' | 'size' | 'disabled' | 'fieldMap';
export type CkApplyButtonProps = Host<CkApplyButton, ApplyKeys> &
  Partial<Pick<CkApplyButton, ApplyKeys>> &
  Handlers<'ck-profile' | 'ck-cancel' | 'ck-error' | 'ck-redirect' | 'ck-revoke'>;

type PickerKeys =
  | Shared
  | 'name'
  | 'required'
  | 'max'
  | 'disabled'
  | 'placeholder'
  | 'label'
  | 'helpText'
  | 'allowCustom'
  | 'modelId'
  | 'suggestFrom'
  | 'selected'
  | 'value';
export type CkSkillPickerProps = Host<CkSkillPicker, PickerKeys> &
  Partial<Pick<CkSkillPicker, PickerKeys>> &
  Handlers<'ck-skills-change'>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ck-provider': CkProviderProps;
      'ck-job-list': CkJobListProps;
      'ck-job-detail': CkJobDetailProps;
      'ck-apply-button': CkApplyButtonProps;
      'ck-skill-picker': CkSkillPickerProps;
    }
  }
}
