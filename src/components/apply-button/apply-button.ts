// PLACEHOLDER: replaced by the element's own issue.
import { LitElement, html } from 'lit';

/**
 * @summary placeholder
 */
export class CkApplyButton extends LitElement {
  override render() {
    return html`<p>ck-apply-button</p>`;
  }
}
