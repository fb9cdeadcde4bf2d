// PLACEHOLDER: replaced by the element's own issue.
import { LitElement, html } from 'lit';

/**
 * @summary placeholder
 */
export class CkJobList extends LitElement {
  override render() {
    return html`<p>ck-job-list</p>`;
  }
}
