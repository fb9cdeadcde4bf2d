import type { ShellMessages } from './messages.js';

/** French strings of the `<ck-apply-button>` shell (see messages.ts). */
export const fr: ShellMessages = {
  label: 'Postuler avec SmartCV',
  waiting: 'En attente de SmartCV…',
  offline: 'SmartCV n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
};
