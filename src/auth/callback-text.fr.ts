import type { CallbackMessages } from './callback-text.js';

/** French text of the callback page (see callback-text.ts). Loaded only for French visitors. */
export const fr: CallbackMessages = {
  working: 'Connexion en cours…',
  wait: 'Veuillez patienter : votre profil SmartCV est transmis à la page de l’offre.',
  done: 'Connexion réussie',
  canClose: 'Vous pouvez fermer cette fenêtre.',
  failed: 'Connexion non terminée',
  gone: 'La page qui a ouvert cette fenêtre n’est plus là.',
  used: 'Ce lien de connexion a expiré ou a déjà été utilisé.',
  tryAgain: 'Revenez à la page de l’offre et réessayez.',
};
