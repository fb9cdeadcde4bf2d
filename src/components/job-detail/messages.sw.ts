import type { JobDetailMessages } from './messages.js';
import { sw as common } from '../../i18n/common.sw.js';

/** Swahili strings of `<ck-job-detail>` (see messages.ts). */
export const sw: JobDetailMessages = {
  ...common,
  back: 'Rudi kwenye kazi',
  loading: 'Inapakia kazi…',
  loaded: 'Kazi imepakiwa: {title}.',
  error: 'Imeshindwa kupakia kazi.',
  notFound: 'Kazi hii haipatikani tena.',
  details: 'Maelezo ya kazi',
  location: 'Mahali',
  type: 'Aina ya kazi',
  category: 'Kundi',
  salary: 'Mshahara',
  posted: 'Imechapishwa',
  closes: 'Mwisho wa kutuma maombi',
  reference: 'Kumbukumbu',
  description: 'Maelezo',
  skills: 'Ujuzi',
  essential: 'Muhimu',
  optional: 'Za ziada',
};
