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
import type { CkJobDetail, JobLoadedDetail } from '../components/job-detail/define.js';
import type {
  ApplyCancelDetail,
  ApplyErrorDetail,
  ApplyProfileDetail,
  ApplyRedirectDetail,
  ApplyRevokeDetail,
  CkApplyButton,
} from '../components/apply-button/define.js';
import type { CkSkillPicker, SkillsChangeDetail } from '../components/skill-picker/define.js';
import type { CkJobEditor, JobSavedDetail } from '../components/job-editor/define.js';
import type { ErrorDetail, JobSelectDetail, JobsLoadedDetail } from './index.js';

type Handler<D> = (event: CustomEvent<D>) => void;

/** React's own props for an element, minus names the element defines itself. */
type Host<E extends HTMLElement, Own extends PropertyKey> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, Own> & {
  /** Plain `class` works on custom elements in React 19. */
  class?: string;
};

type Shared = 'endpoint' | 'locale' | 'theme';

export type CkProviderProps = Host<CkProvider, 'endpoint' | 'locale'> & Partial<Pick<CkProvider, 'endpoint' | 'locale'>>;

type JobListKeys = Shared | 'pageSize' | 'country' | 'type' | 'category' | 'q' | 'page' | 'syncUrl' | 'urlPrefix' | 'virtual' | 'pagination' | 'detail' | 'jobs' | 'total' | 'headingLevel';
export type CkJobListProps = Host<CkJobList, JobListKeys> &
  Partial<Pick<CkJobList, JobListKeys>> & {
    'onck-job-select'?: Handler<JobSelectDetail>;
    'onck-jobs-loaded'?: Handler<JobsLoadedDetail>;
    'onck-error'?: Handler<ErrorDetail>;
  };

type JobDetailKeys = Shared | 'job' | 'jobId' | 'headingLevel';
export type CkJobDetailProps = Host<CkJobDetail, JobDetailKeys> &
  Partial<Pick<CkJobDetail, JobDetailKeys>> & {
    'onck-job-loaded'?: Handler<JobLoadedDetail>;
    'onck-job-detail-close'?: Handler<Record<string, never>>;
    'onck-error'?: Handler<ErrorDetail>;
  };

type ApplyKeys = Shared | 'jobId' | 'mode' | 'redirectUri' | 'form' | 'overwrite' | 'variant' | 'size' | 'disabled' | 'fieldMap';
export type CkApplyButtonProps = Host<CkApplyButton, ApplyKeys> &
  Partial<Pick<CkApplyButton, ApplyKeys>> & {
    'onck-profile'?: Handler<ApplyProfileDetail>;
    'onck-cancel'?: Handler<ApplyCancelDetail>;
    'onck-error'?: Handler<ApplyErrorDetail>;
    'onck-redirect'?: Handler<ApplyRedirectDetail>;
    'onck-revoke'?: Handler<ApplyRevokeDetail>;
  };

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
  Partial<Pick<CkSkillPicker, PickerKeys>> & {
    'onck-skills-change'?: Handler<SkillsChangeDetail>;
  };

type JobEditorKeys = Shared | 'jobId' | 'headingLevel' | 'noPreview';
export type CkJobEditorProps = Host<CkJobEditor, JobEditorKeys> &
  Partial<Pick<CkJobEditor, JobEditorKeys>> & {
    'onck-job-saved'?: Handler<JobSavedDetail>;
    'onck-error'?: Handler<ErrorDetail>;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ck-provider': CkProviderProps;
      'ck-job-list': CkJobListProps;
      'ck-job-detail': CkJobDetailProps;
      'ck-apply-button': CkApplyButtonProps;
      'ck-skill-picker': CkSkillPickerProps;
      'ck-job-editor': CkJobEditorProps;
    }
  }
}
