import { CkApplyButton } from './apply-button.js';

export { CkApplyButton };
if (!customElements.get('ck-apply-button')) customElements.define('ck-apply-button', CkApplyButton);

declare global {
  interface HTMLElementTagNameMap {
    'ck-apply-button': CkApplyButton;
  }
}
