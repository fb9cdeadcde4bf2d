import { CkSkillPicker, type SelectedSkill, type SkillsChangeDetail } from './skill-picker.js';

export { CkSkillPicker };
export type { SelectedSkill, SkillsChangeDetail };
if (!customElements.get('ck-skill-picker')) customElements.define('ck-skill-picker', CkSkillPicker);

declare global {
  interface HTMLElementTagNameMap {
    'ck-skill-picker': CkSkillPicker;
  }
}
