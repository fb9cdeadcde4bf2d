import { lazyCatalog, type Messages } from '../../i18n/translate.js';
import { en as common, type CommonKey } from '../../i18n/common.js';
// The job's own words (type, category, description…) as the detail, the editor's preview, says them.
import { en as job } from '../job-detail/messages.js';

export type JobEditorKey =
  | 'newJob'
  | 'editJob'
  | 'required'
  | 'requiredNote'
  | 'groupRole'
  | 'groupWhere'
  | 'groupPay'
  | 'groupApply'
  | 'groupDates'
  | 'groupSkills'
  | 'title'
  | 'reference'
  | 'referenceHint'
  | 'type'
  | 'category'
  | 'choose'
  | 'summary'
  | 'summaryHint'
  | 'description'
  | 'benefits'
  | 'country'
  | 'premise'
  | 'city'
  | 'region'
  | 'postcode'
  | 'locationDisplay'
  | 'locationDisplayHint'
  | 'salaryFrom'
  | 'salaryTo'
  | 'currency'
  | 'frequency'
  | 'salaryText'
  | 'salaryTextHint'
  | 'freq_HOURLY'
  | 'freq_DAILY'
  | 'freq_WEEKLY'
  | 'freq_FORTNIGHTLY'
  | 'freq_4WEEKLY'
  | 'freq_MONTHLY'
  | 'freq_ANNUALLY'
  | 'applyHow'
  | 'applyBoard'
  | 'applyUrlMode'
  | 'applyUrl'
  | 'openDate'
  | 'closeDate'
  | 'closeDateHint'
  | 'essentialSkills'
  | 'optionalSkills'
  | 'skillsHint'
  | 'suggestedFor'
  | 'addSuggestion'
  | 'suggestionAdded'
  | 'toolbar'
  | 'heading'
  | 'bold'
  | 'bulletList'
  | 'numberedList'
  | 'link'
  | 'linkUrl'
  | 'addLink'
  | 'cancel'
  | 'editHtml'
  | 'editRich'
  | 'preview'
  | 'previewHint'
  | 'save'
  | 'post'
  | 'saving'
  | 'posted'
  | 'saved'
  | 'loading'
  | 'loadError'
  | 'lookupsError'
  | 'fixFields'
  | 'rejected'
  | 'signedOut'
  | 'rateLimited'
  | 'saveError'
  | 'keptNote'
  | 'errRequired'
  | 'errMin'
  | 'errMax'
  | 'errNumber'
  | 'errSalaryOrder'
  | 'errDate'
  | 'errDateOrder'
  | 'errUrl'
  | 'errSkills';

/** The strings of `<ck-job-editor>`: the keys every language file must have. */
export type JobEditorMessages = Messages<JobEditorKey | CommonKey>;

/** English, built in. */
export const en: JobEditorMessages = {
  ...common,
  newJob: 'Post a job',
  editJob: 'Edit job',
  required: 'required',
  requiredNote: 'Fields marked * are required.',
  groupRole: 'The role',
  groupWhere: 'Where',
  groupPay: 'Pay',
  groupApply: 'How to apply',
  groupDates: 'Dates',
  groupSkills: job.skills,
  title: 'Job title',
  reference: 'Your reference',
  referenceHint: 'Unique among your jobs, 5 to 191 characters.',
  type: job.type,
  category: job.category,
  choose: 'Choose…',
  summary: 'Summary',
  summaryHint: 'Up to 300 characters; shown in job lists.',
  description: job.description,
  benefits: 'Benefits',
  country: 'Country',
  premise: 'Address',
  city: 'Town or city',
  region: 'County, state or region',
  postcode: 'Postcode',
  locationDisplay: 'Location shown to candidates',
  locationDisplayHint: 'For example “Nairobi, Kenya” or “Remote”.',
  salaryFrom: 'From',
  salaryTo: 'To',
  currency: 'Currency',
  frequency: 'Paid',
  salaryText: 'Salary text',
  salaryTextHint: 'What candidates read, e.g. “Competitive”.',
  freq_HOURLY: 'Hourly',
  freq_DAILY: 'Daily',
  freq_WEEKLY: 'Weekly',
  freq_FORTNIGHTLY: 'Every two weeks',
  freq_4WEEKLY: 'Every four weeks',
  freq_MONTHLY: 'Monthly',
  freq_ANNUALLY: 'Yearly',
  applyHow: 'Candidates apply',
  applyBoard: 'On this job board',
  applyUrlMode: 'On another website',
  applyUrl: 'Application web address',
  openDate: 'Goes live on',
  closeDate: 'Closes on',
  closeDateHint: 'Leave empty for four weeks after it goes live.',
  essentialSkills: 'Essential skills',
  optionalSkills: 'Optional skills',
  skillsHint: 'ESCO skills let candidates’ CV skills be matched to this job.',
  suggestedFor: 'Essential skills of the occupation “{occupation}”',
  addSuggestion: 'Add {label}',
  suggestionAdded: '{label} added to the essential skills.',
  toolbar: 'Text formatting',
  heading: 'Heading',
  bold: 'Bold',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  link: 'Link',
  linkUrl: 'Link address',
  addLink: 'Add link',
  cancel: 'Cancel',
  editHtml: 'Edit as HTML',
  editRich: 'Edit as formatted text',
  preview: 'Preview',
  previewHint: 'How candidates will see the job.',
  save: 'Save changes',
  post: 'Post job',
  saving: 'Saving…',
  posted: 'Job posted: {title}.',
  saved: 'Changes saved: {title}.',
  loading: job.loading,
  loadError: job.error,
  lookupsError: 'The lists of countries, job types and categories could not be loaded.',
  fixFields: ({ n }, plural) => (plural(Number(n)) === 'one' ? 'Please correct 1 field.' : 'Please correct {n} fields.'),
  rejected: 'The job board did not accept the job.',
  signedOut: 'You are not signed in as a recruiter. Sign in again, then save: what you typed is kept.',
  rateLimited: 'Too many requests right now. Wait a moment, then save again.',
  saveError: 'The job could not be saved.',
  keptNote: 'Nothing you typed is lost.',
  errRequired: 'Fill this in.',
  errMin: 'Use at least {n} characters.',
  errMax: 'Use at most {n} characters.',
  errNumber: 'Enter an amount of 0 or more.',
  errSalaryOrder: 'Must not be less than the “From” amount.',
  errDate: 'Enter a date.',
  errDateOrder: 'Must not be before the day it goes live.',
  errUrl: 'Enter a web address starting with https://.',
  errSkills: 'Tag at least one skill.',
};

/** French, Spanish and Swahili load on demand, each in its own file: a page downloads only the language it shows. */
export const loadCatalog = lazyCatalog<JobEditorKey | CommonKey>(en, {
  fr: () => import('./messages.fr.js').then((m) => m.fr),
  es: () => import('./messages.es.js').then((m) => m.es),
  sw: () => import('./messages.sw.js').then((m) => m.sw),
});
