import type { CommonMessages } from './common.js';

/** French strings every element shares (see common.ts). */
export const fr: CommonMessages = {
  retry: 'Réessayer',
  tryNow: 'Réessayer maintenant',
  rateLimited: 'Service très sollicité, nouvel essai dans {time}.',
  stillLoading: 'Chargement toujours en cours…',
};
