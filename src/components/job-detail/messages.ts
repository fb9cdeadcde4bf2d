import type { Catalog } from '../../i18n/translate.js';

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
  | 'description';

const en = {
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
} satisfies Catalog<JobDetailKey>['en'];

const fr = {
  back: 'Retour aux offres',
  loading: 'Chargement de l’offre…',
  loaded: 'Offre chargée : {title}.',
  error: 'Impossible de charger l’offre.',
  notFound: 'Cette offre n’est plus disponible.',
  details: 'Détails de l’offre',
  location: 'Lieu',
  type: 'Type de contrat',
  category: 'Catégorie',
  salary: 'Salaire',
  posted: 'Publiée',
  closes: 'Date limite',
  reference: 'Référence',
  description: 'Description',
} satisfies Catalog<JobDetailKey>['fr'];

const es = {
  back: 'Volver a las ofertas',
  loading: 'Cargando la oferta…',
  loaded: 'Oferta cargada: {title}.',
  error: 'No se pudo cargar la oferta.',
  notFound: 'Esta oferta ya no está disponible.',
  details: 'Detalles de la oferta',
  location: 'Ubicación',
  type: 'Tipo de empleo',
  category: 'Categoría',
  salary: 'Salario',
  posted: 'Publicada',
  closes: 'Fecha de cierre',
  reference: 'Referencia',
  description: 'Descripción',
} satisfies Catalog<JobDetailKey>['es'];

const sw = {
  back: 'Rudi kwenye kazi',
  loading: 'Inapakia kazi…',
  loaded: 'Kazi imepakiwa: {title}.',
  error: 'Imeshindwa kupakia kazi.',
  notFound: 'Kazi hii haipatikani tena.',
  details: 'Maelezo ya kazi',
  location: 'Mahali',
  type: 'Aina ya kazi',
  category: 'Kundi',
  salary: 'Mshahara',
  posted: 'Imechapishwa',
  closes: 'Mwisho wa kutuma maombi',
  reference: 'Kumbukumbu',
  description: 'Maelezo',
} satisfies Catalog<JobDetailKey>['sw'];

export const messages: Catalog<JobDetailKey> = { en, fr, es, sw };
