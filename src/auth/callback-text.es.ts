/** Spanish text of the callback page (see callback-text.ts for the order). Loaded only for Spanish visitors. */
export default [
  'Completando el inicio de sesión…',
  'Espere: su perfil de SmartCV se está enviando a la página de la oferta.',
  'Sesión iniciada',
  'Puede cerrar esta ventana.',
  'No se completó el inicio de sesión',
  'La página que abrió esta ventana ya no está.',
  'Este enlace de inicio de sesión caducó o ya se usó.',
  'Vuelva a la página de la oferta e inténtelo de nuevo.',
];
