import { CkJobList, loadDetail } from './job-list.js';
import { CkProvider } from '../provider/provider.js';
import { loadClient } from '../../shared/careerkit-base.js';
export type { JobSelectDetail, JobsLoadedDetail, ErrorDetail } from '../../shared/events.js';

export { CkJobList, CkProvider };
// <ck-provider> comes with the list, defined first: a page loading only job-list.js may wrap the list in a provider,
// and the provider answers the list's context request from the list's first update (no request to the default
// endpoint before the provider's settings arrive).
if (!customElements.get('ck-provider')) customElements.define('ck-provider', CkProvider);
if (!customElements.get('ck-job-list')) customElements.define('ck-job-list', CkJobList);
// The client comes in its own chunk, fetched at once but off the critical path: skeletons paint meanwhile.
// <ck-job-detail> (and DOMPurify, when a description shows) is only needed once a job is chosen: it loads when
// the page is idle, or earlier when a job opens.
void loadClient();
const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
whenIdle(() => void loadDetail());

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-list': CkJobList;
    'ck-provider': CkProvider;
  }
}
