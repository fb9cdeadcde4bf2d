import type { Catalog } from '../../i18n/translate.js';

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

const en = {
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
} satisfies Catalog<JobListKey>['en'];

const fr = {
  heading: 'Offres d’emploi',
  total: ({ count }, plural) => (plural(Number(count)) === 'one' ? '{n} offre' : '{n} offres'),
  filters: 'Filtrer les offres',
  search: 'Rechercher',
  searchPlaceholder: 'Intitulé ou mot-clé',
  country: 'Pays',
  allCountries: 'Tous les pays',
  type: 'Type de contrat',
  allTypes: 'Tous les types de contrat',
  category: 'Catégorie',
  allCategories: 'Toutes les catégories',
  clearFilters: 'Effacer les filtres',
  loading: 'Chargement des offres…',
  loaded: ({ count }, plural) => (plural(Number(count)) === 'one' ? '{n} offre trouvée.' : '{n} offres trouvées.'),
  loadedPage: 'Page {page} sur {pages}.',
  loadedMore: '{shown} offres affichées sur {n}.',
  empty: 'Aucune offre ne correspond à ces filtres.',
  none: 'Aucune offre n’est ouverte pour le moment.',
  emptyHint: 'Essayez une autre recherche ou effacez les filtres pour voir toutes les offres.',
  error: 'Impossible de charger les offres.',
  loadMore: 'Afficher plus d’offres',
  shown: '{shown} sur {n}',
  pages: 'Pages',
  previous: 'Page précédente',
  next: 'Page suivante',
  page: 'Page {page}',
  posted: 'Publiée {when}',
  moreFilters: 'Filtres',
} satisfies Catalog<JobListKey>['fr'];

const es = {
  heading: 'Ofertas de empleo',
  total: ({ count }, plural) => (plural(Number(count)) === 'one' ? '{n} oferta' : '{n} ofertas'),
  filters: 'Filtrar ofertas',
  search: 'Buscar',
  searchPlaceholder: 'Puesto o palabra clave',
  country: 'País',
  allCountries: 'Todos los países',
  type: 'Tipo de empleo',
  allTypes: 'Todos los tipos de empleo',
  category: 'Categoría',
  allCategories: 'Todas las categorías',
  clearFilters: 'Borrar filtros',
  loading: 'Cargando ofertas…',
  loaded: ({ count }, plural) => (plural(Number(count)) === 'one' ? '{n} oferta encontrada.' : '{n} ofertas encontradas.'),
  loadedPage: 'Página {page} de {pages}.',
  loadedMore: 'Mostrando {shown} de {n}.',
  empty: 'Ninguna oferta coincide con estos filtros.',
  none: 'No hay ofertas abiertas en este momento.',
  emptyHint: 'Prueba otra búsqueda o borra los filtros para ver todas las ofertas.',
  error: 'No se pudieron cargar las ofertas.',
  loadMore: 'Cargar más ofertas',
  shown: 'Mostrando {shown} de {n}',
  pages: 'Páginas',
  previous: 'Página anterior',
  next: 'Página siguiente',
  page: 'Página {page}',
  posted: 'Publicada {when}',
  moreFilters: 'Filtros',
} satisfies Catalog<JobListKey>['es'];

const sw = {
  heading: 'Nafasi za kazi',
  total: 'Kazi {n}',
  filters: 'Chuja kazi',
  search: 'Tafuta',
  searchPlaceholder: 'Jina la kazi au neno kuu',
  country: 'Nchi',
  allCountries: 'Nchi zote',
  type: 'Aina ya kazi',
  allTypes: 'Aina zote za kazi',
  category: 'Kundi',
  allCategories: 'Makundi yote',
  clearFilters: 'Futa vichujio',
  loading: 'Inapakia kazi…',
  loaded: 'Kazi {n} zimepatikana.',
  loadedPage: 'Ukurasa {page} kati ya {pages}.',
  loadedMore: 'Zinaonyeshwa {shown} kati ya {n}.',
  empty: 'Hakuna kazi inayolingana na vichujio hivi.',
  none: 'Hakuna nafasi za kazi kwa sasa.',
  emptyHint: 'Jaribu utafutaji mwingine, au futa vichujio uone kazi zote.',
  error: 'Imeshindwa kupakia kazi.',
  loadMore: 'Pakia kazi zaidi',
  shown: '{shown} kati ya {n}',
  pages: 'Kurasa',
  previous: 'Ukurasa uliotangulia',
  next: 'Ukurasa unaofuata',
  page: 'Ukurasa {page}',
  posted: 'Imechapishwa {when}',
  moreFilters: 'Vichujio',
} satisfies Catalog<JobListKey>['sw'];

export const messages: Catalog<JobListKey> = { en, fr, es, sw };
