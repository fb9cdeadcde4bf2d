/** Strings of the button shell (the rest live in src/auth/flow-messages.ts, loaded with the auth chunk). */
import type { Catalog } from '../../i18n/translate.js';

export type ShellKey = 'label' | 'waiting' | 'offline';

export const messages: Catalog<ShellKey> = {
  en: {
    label: 'Apply with SmartCV',
    waiting: 'Waiting for SmartCV…',
    offline: 'SmartCV could not be loaded. Check your connection and try again.',
  },
  fr: {
    label: 'Postuler avec SmartCV',
    waiting: 'En attente de SmartCV…',
    offline: 'SmartCV n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  },
  es: {
    label: 'Postularse con SmartCV',
    waiting: 'Esperando a SmartCV…',
    offline: 'No se pudo cargar SmartCV. Comprueba tu conexión e inténtalo de nuevo.',
  },
  sw: {
    label: 'Omba kwa SmartCV',
    waiting: 'Inasubiri SmartCV…',
    offline: 'SmartCV haikuweza kupakiwa. Angalia muunganisho wako kisha ujaribu tena.',
  },
};
