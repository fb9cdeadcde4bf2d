import type { CommonMessages } from './common.js';

/** Spanish strings every element shares (see common.ts). */
export const es: CommonMessages = {
  retry: 'Reintentar',
  tryNow: 'Intentar ahora',
  rateLimited: 'Servicio ocupado, se reintentará en {time}.',
  stillLoading: 'Todavía cargando…',
};
