/** `careerkit`: defines every element. Import an element's own entry to load just that one. */
export * from './components/provider/define.js';
export * from './components/job-list/define.js';
export * from './components/apply-button/define.js';
export * from './components/skill-picker/define.js';
export { configure, createClient, getClient, CareerkitError } from './client/index.js';
export type * from './types.js';
