import { CkJobList, loadDetail } from './job-list.js';
import type { CareerkitError } from '../../client/errors.js';
import type { Job } from '../../types.js';

export { CkJobList };
if (!customElements.get('ck-job-list')) customElements.define('ck-job-list', CkJobList);
// <ck-job-detail> (and, when a description shows, DOMPurify) come in their own chunk, off the critical path.
void loadDetail();

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-list': CkJobList;
  }
  interface HTMLElementEventMap {
    'ck-job-select': CustomEvent<{ job: Job }>;
    'ck-jobs-loaded': CustomEvent<{ page: number; total: number; items: Job[] }>;
    'ck-error': CustomEvent<{ error: CareerkitError }>;
  }
}
