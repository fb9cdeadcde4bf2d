import type { ShellMessages } from './messages.js';

/** Spanish strings of the `<ck-apply-button>` shell (see messages.ts). */
export const es: ShellMessages = {
  label: 'Postularse con SmartCV',
  waiting: 'Esperando a SmartCV…',
  offline: 'No se pudo cargar SmartCV. Comprueba tu conexión e inténtalo de nuevo.',
};
