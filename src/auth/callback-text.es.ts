import type { CallbackMessages } from './callback-text.js';

/** Spanish text of the callback page (see callback-text.ts). Loaded only for Spanish visitors. */
export const es: CallbackMessages = {
  working: 'Completando el inicio de sesión…',
  wait: 'Espere: su perfil de SmartCV se está enviando a la página de la oferta.',
  done: 'Sesión iniciada',
  canClose: 'Puede cerrar esta ventana.',
  failed: 'No se completó el inicio de sesión',
  gone: 'La página que abrió esta ventana ya no está.',
  used: 'Este enlace de inicio de sesión caducó o ya se usó.',
  tryAgain: 'Vuelva a la página de la oferta e inténtelo de nuevo.',
};
