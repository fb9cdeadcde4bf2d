import { CkJobEditor, type JobSavedDetail } from './job-editor.js';

export { CkJobEditor };
export type { JobSavedDetail };
export type { TaggedSkill, SkillLevel } from './skill-block.js';
if (!customElements.get('ck-job-editor')) customElements.define('ck-job-editor', CkJobEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ck-job-editor': CkJobEditor;
  }
}
