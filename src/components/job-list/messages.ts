import { lazyCatalog, type Messages } from '../../i18n/translate.js';
import { en as common, type CommonKey } from '../../i18n/common.js';

export type JobListKey =
  | 'heading'
  | 'total'
  | 'filters'
  | 'search'
  | 'searchPlaceholder'
  | 'country'
  | 'allCountries'
  | 'type'
  | 'allTypes'
  | 'category'
  | 'allCategories'
  | 'clearFilters'
  | 'loading'
  | 'loaded'
  | 'loadedPage'
  | 'loadedMore'
  | 'empty'
  | 'none'
  | 'emptyHint'
  | 'error'
  | 'loadMore'
  | 'shown'
  | 'pages'
  | 'previous'
  | 'next'
  | 'page'
  | 'posted'
  | 'moreFilters';

/** The strings of `<ck-job-list>`: the keys every language file must have. */
export type JobListMessages = Messages<JobListKey | CommonKey>;

/** English, built in. */
export const en: JobListMessages = {
  ...common,
  heading: 'Open jobs',
  total: ({ count }, plural) => (plural(Number(count)) === 'one' ? '{n} job' : '{n} jobs'),
  filters: 'Filter jobs',
  search: 'Search',
  searchPlaceholder: 'Job title or keyword',
  country: 'Country',
  allCountries: 'All countries',
  type: 'Job type',
  allTypes: 'All job types',
  category: 'Category',
  allCategories: 'All categories',
  clearFilters: 'Clear filters',
  loading: 'Loading jobs…',
  loaded: ({ count }, plural) => (plural(Number(count)) === 'one' ? '{n} job found.' : '{n} jobs found.'),
  loadedPage: 'Page {page} of {pages}.',
  loadedMore: 'Showing {shown} of {n}.',
  empty: 'No jobs match these filters.',
  none: 'There are no open jobs right now.',
  emptyHint: 'Try a different search, or clear the filters to see every job.',
  error: 'The jobs could not be loaded.',
  loadMore: 'Load more jobs',
  shown: 'Showing {shown} of {n}',
  pages: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {page}',
  posted: 'Posted {when}',
  moreFilters: 'Filters',
};

/** French, Spanish and Swahili load on demand, each in its own file: a page downloads only the language it shows. */
export const loadCatalog = lazyCatalog<JobListKey | CommonKey>(en, {
  fr: () => import('./messages.fr.js').then((m) => m.fr),
  es: () => import('./messages.es.js').then((m) => m.es),
  sw: () => import('./messages.sw.js').then((m) => m.sw),
});
