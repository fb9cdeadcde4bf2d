import { CkJobList, loadClient, loadDetail } from './job-list.js';
import type { CareerkitError } from '../../client/errors.js';
import type { Job } from '../../types.js';

export { CkJobList };
if (!customElements.get('ck-job-list')) customElements.define('ck-job-list', CkJobList);
// The client and <ck-job-detail> (and, when a description shows, DOMPurify) come in their own chunks, fetched
// at once but off the critical path: the element paints its skeletons meanwhile.
void loadClient();
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
