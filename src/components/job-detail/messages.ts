import { lazyCatalog, type Messages } from '../../i18n/translate.js';
import { en as common, type CommonKey } from '../../i18n/common.js';

export type JobDetailKey =
  | 'back'
  | 'loading'
  | 'loaded'
  | 'error'
  | 'notFound'
  | 'details'
  | 'location'
  | 'type'
  | 'category'
  | 'salary'
  | 'posted'
  | 'closes'
  | 'reference'
  | 'description'
  | 'skills'
  | 'essential'
  | 'optional';

/** The strings of `<ck-job-detail>`: the keys every language file must have. */
export type JobDetailMessages = Messages<JobDetailKey | CommonKey>;

/** English, built in. */
export const en: JobDetailMessages = {
  ...common,
  back: 'Back to jobs',
  loading: 'Loading the job…',
  loaded: 'Job loaded: {title}.',
  error: 'The job could not be loaded.',
  notFound: 'This job is no longer available.',
  details: 'Job details',
  location: 'Location',
  type: 'Job type',
  category: 'Category',
  salary: 'Salary',
  posted: 'Posted',
  closes: 'Closing date',
  reference: 'Reference',
  description: 'Description',
  skills: 'Skills',
  essential: 'Essential',
  optional: 'Optional',
};

/** French, Spanish and Swahili load on demand, each in its own file: a page downloads only the language it shows. */
export const loadCatalog = lazyCatalog<JobDetailKey | CommonKey>(en, {
  fr: () => import('./messages.fr.js').then((m) => m.fr),
  es: () => import('./messages.es.js').then((m) => m.es),
  sw: () => import('./messages.sw.js').then((m) => m.sw),
});
