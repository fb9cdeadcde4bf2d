import type { CommonMessages } from './common.js';

/** Swahili strings every element shares (see common.ts). */
export const sw: CommonMessages = {
  retry: 'Jaribu tena',
  tryNow: 'Jaribu sasa',
  rateLimited: 'Kuna shughuli nyingi, tutajaribu tena baada ya {time}.',
  stillLoading: 'Bado inapakia…',
};
