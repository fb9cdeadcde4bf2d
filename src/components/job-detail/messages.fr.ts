import type { JobDetailMessages } from './messages.js';
import { fr as common } from '../../i18n/common.fr.js';

/** French strings of `<ck-job-detail>` (see messages.ts). */
export const fr: JobDetailMessages = {
  ...common,
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
  skills: 'Compétences',
  essential: 'Essentielles',
  optional: 'Facultatives',
};
