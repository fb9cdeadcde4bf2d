import { CkSkillPicker, type SelectedSkill, type SkillsChangeDetail } from './skill-picker.js';
import { CkProvider } from '../provider/provider.js';

export { CkSkillPicker, CkProvider };
export type { SelectedSkill, SkillsChangeDetail };
// <ck-provider> comes with the picker, defined first: a page loading only skill-picker.js may wrap the picker in a
// provider, whose endpoint and locale reach it from its first update.
if (!customElements.get('ck-provider')) customElements.define('ck-provider', CkProvider);
if (!customElements.get('ck-skill-picker')) customElements.define('ck-skill-picker', CkSkillPicker);

declare global {
  interface HTMLElementTagNameMap {
    'ck-skill-picker': CkSkillPicker;
    'ck-provider': CkProvider;
  }
}
