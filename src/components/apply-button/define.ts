import {
  CkApplyButton,
  type ApplyCancelDetail,
  type ApplyErrorDetail,
  type ApplyProfileDetail,
  type ApplyRedirectDetail,
  type ApplyRevokeDetail,
} from './apply-button.js';

export { CkApplyButton };
export type { ApplyCancelDetail, ApplyErrorDetail, ApplyProfileDetail, ApplyRedirectDetail, ApplyRevokeDetail };
export type { FieldMap, ProfileField } from '../../auth/field-map.js';
if (!customElements.get('ck-apply-button')) customElements.define('ck-apply-button', CkApplyButton);

declare global {
  interface HTMLElementTagNameMap {
    'ck-apply-button': CkApplyButton;
  }
}
