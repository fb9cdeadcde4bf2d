import { CkSkillPicker } from './skill-picker.js';

export { CkSkillPicker };
if (!customElements.get('ck-skill-picker')) customElements.define('ck-skill-picker', CkSkillPicker);

declare global {
  interface HTMLElementTagNameMap {
    'ck-skill-picker': CkSkillPicker;
  }
}
