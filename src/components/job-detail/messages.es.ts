import type { JobDetailMessages } from './messages.js';
import { es as common } from '../../i18n/common.es.js';

/** Spanish strings of `<ck-job-detail>` (see messages.ts). */
export const es: JobDetailMessages = {
  ...common,
  back: 'Volver a las ofertas',
  loading: 'Cargando la oferta…',
  loaded: 'Oferta cargada: {title}.',
  error: 'No se pudo cargar la oferta.',
  notFound: 'Esta oferta ya no está disponible.',
  details: 'Detalles de la oferta',
  location: 'Ubicación',
  type: 'Tipo de empleo',
  category: 'Categoría',
  salary: 'Salario',
  posted: 'Publicada',
  closes: 'Fecha de cierre',
  reference: 'Referencia',
  description: 'Descripción',
  skills: 'Competencias',
  essential: 'Esenciales',
  optional: 'Opcionales',
};
