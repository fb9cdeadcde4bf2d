import { CkJobDetail, type JobLoadedDetail } from './job-detail.js';
import type { CareerkitError } from '../../client/errors.js';

export { CkJobDetail };
export type { JobLoadedDetail };
if (!customElements.get('ck-job-detail')) customElements.define('ck-job-detail', CkJobDetail);

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-detail': CkJobDetail;
  }
  interface HTMLElementEventMap {
    'ck-job-loaded': CustomEvent<JobLoadedDetail>;
    'ck-job-detail-close': CustomEvent<Record<string, never>>;
    'ck-error': CustomEvent<{ error: CareerkitError }>;
  }
}
