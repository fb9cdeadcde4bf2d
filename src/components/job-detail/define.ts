import { CkJobDetail, type JobLoadedDetail } from './job-detail.js';
import { CkProvider } from '../provider/provider.js';

export { CkJobDetail, CkProvider };
export type { JobLoadedDetail };
// <ck-provider> comes with the detail, defined first: a page importing only careerkit/job-detail may wrap the detail in
// a provider, whose endpoint and locale reach it from its first update.
if (!customElements.get('ck-provider')) customElements.define('ck-provider', CkProvider);
if (!customElements.get('ck-job-detail')) customElements.define('ck-job-detail', CkJobDetail);

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-detail': CkJobDetail;
    'ck-provider': CkProvider;
  }
}
