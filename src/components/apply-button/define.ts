import type { CareerkitError } from '../../client/errors.js';
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
export type { FieldMap, ProfileField } from './field-map.js';
if (!customElements.get('ck-apply-button')) customElements.define('ck-apply-button', CkApplyButton);

declare global {
  interface HTMLElementTagNameMap {
    'ck-apply-button': CkApplyButton;
  }
  interface HTMLElementEventMap {
    'ck-profile': CustomEvent<ApplyProfileDetail>;
    'ck-cancel': CustomEvent<ApplyCancelDetail>;
    'ck-error': CustomEvent<{ error: CareerkitError }>;
    'ck-redirect': CustomEvent<ApplyRedirectDetail>;
    'ck-revoke': CustomEvent<ApplyRevokeDetail>;
  }
}
