import type { CallbackMessages } from './callback-text.js';

/** Swahili text of the callback page (see callback-text.ts). Loaded only for Swahili visitors. */
export const sw: CallbackMessages = {
  working: 'Tunakamilisha kuingia…',
  wait: 'Tafadhali subiri: wasifu wako wa SmartCV unatumwa kwenye ukurasa wa kazi.',
  done: 'Umeingia',
  canClose: 'Unaweza kufunga dirisha hili.',
  failed: 'Kuingia hakukukamilika',
  gone: 'Ukurasa uliofungua dirisha hili haupo tena.',
  used: 'Kiungo hiki cha kuingia kimeisha muda wake au tayari kimetumika.',
  tryAgain: 'Rudi kwenye ukurasa wa kazi ujaribu tena.',
};
