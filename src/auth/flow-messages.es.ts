import type { FlowMessages } from './flow-messages.js';

/** Spanish strings of the sign-in flow (see flow-messages.ts). */
export const es: FlowMessages = {
  imported: 'Perfil importado.',
  importedFields: ({ count }, plural) =>
    `Perfil importado: ${count} ${plural(Number(count)) === 'one' ? 'campo completado' : 'campos completados'}. Revísalos antes de enviar tu solicitud.`,
  denied: 'Decidiste no compartir tu perfil de SmartCV. No se importó nada.',
  closed: 'Se cerró la ventana de SmartCV. No se importó nada.',
  retryMinutes: ({ n }, plural) => `SmartCV está ocupado ahora mismo. Inténtalo de nuevo en ${n} ${plural(Number(n)) === 'one' ? 'minuto' : 'minutos'}.`,
  retrySeconds: ({ n }, plural) => `SmartCV está ocupado ahora mismo. Inténtalo de nuevo en ${n} ${plural(Number(n)) === 'one' ? 'segundo' : 'segundos'}.`,
  withdrawn: 'SmartCV no permitió el acceso a tu perfil, así que no se importó nada. Puedes completar el formulario tú mismo.',
  invalidCode: 'Este inicio de sesión caducó o ya se usó. Inténtalo de nuevo.',
  expired: 'Tu sesión de SmartCV caducó. Inténtalo de nuevo.',
  invalidState: 'Esta respuesta de inicio de sesión no proviene de esta página, así que se ignoró. Inténtalo de nuevo.',
  setup: 'Postularse con SmartCV no está bien configurado en este sitio. Completa el formulario tú mismo.',
  invalidRequest: 'SmartCV no pudo procesar la solicitud de inicio de sesión. Inténtalo de nuevo.',
  unavailable: 'No se puede conectar con SmartCV ahora mismo. Comprueba tu conexión e inténtalo de nuevo.',
  upstreamDown: 'SmartCV tiene problemas ahora mismo y no se importó nada. Inténtalo de nuevo en unos minutos o completa el formulario tú mismo.',
  originMismatch: 'Postularse con SmartCV está configurado para {callback}, pero esta página está en {page}. Abre el sitio en {callback} o pide al sitio que registre una página de retorno para {page}.',
  unknown: 'No se pudo importar tu perfil. Inténtalo de nuevo o completa el formulario tú mismo.',
  undo: 'Deshacer importación',
  undone: ({ count }, plural) =>
    `Importación deshecha: ${count} ${plural(Number(count)) === 'one' ? 'campo volvió' : 'campos volvieron'} a su valor anterior.`,
  nameNotSplit: 'Tu nombre no se completó: no se puede separar con seguridad en nombre y apellido. Escríbelo tú mismo.',
  windowOpen: 'Esperando a SmartCV… (ventana abierta)',
  show: 'Mostrar ventana',
  cancel: 'Cancelar',
};
