import { CkJobList } from './job-list.js';

export { CkJobList };
if (!customElements.get('ck-job-list')) customElements.define('ck-job-list', CkJobList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-list': CkJobList;
  }
}
