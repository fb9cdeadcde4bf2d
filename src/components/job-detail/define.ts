import { CkJobDetail } from './job-detail.js';
import type { CareerkitError } from '../../client/errors.js';

export { CkJobDetail };
if (!customElements.get('ck-job-detail')) customElements.define('ck-job-detail', CkJobDetail);

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-detail': CkJobDetail;
  }
  interface HTMLElementEventMap {
    'ck-job-detail-close': CustomEvent<Record<string, never>>;
    'ck-error': CustomEvent<{ error: CareerkitError }>;
  }
}
