/** Strings of the button shell (the rest live in src/auth/flow-messages.ts, loaded with the auth chunk). */
import type { Catalog, Messages } from '../../i18n/translate.js';
import { fr } from './messages.fr.js';
import { es } from './messages.es.js';
import { sw } from './messages.sw.js';

export type ShellKey = 'label' | 'waiting' | 'offline';

/** The strings of the `<ck-apply-button>` shell: the keys every language file must have. */
export type ShellMessages = Messages<ShellKey>;

/** English, built in. */
export const en: ShellMessages = {
  label: 'Apply with SmartCV',
  waiting: 'Waiting for SmartCV…',
  offline: 'SmartCV could not be loaded. Check your connection and try again.',
};

/** Every language at hand (small enough that loading them on demand would cost more than it saves). */
export const messages: Catalog<ShellKey> = { en, fr, es, sw };
