import { CkJobDetail, type JobLoadedDetail } from './job-detail.js';

export { CkJobDetail };
export type { JobLoadedDetail };
if (!customElements.get('ck-job-detail')) customElements.define('ck-job-detail', CkJobDetail);

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-detail': CkJobDetail;
  }
}
