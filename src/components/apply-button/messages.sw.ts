import type { ShellMessages } from './messages.js';

/** Swahili strings of the `<ck-apply-button>` shell (see messages.ts). */
export const sw: ShellMessages = {
  label: 'Omba kwa SmartCV',
  waiting: 'Inasubiri SmartCV…',
  offline: 'SmartCV haikuweza kupakiwa. Angalia muunganisho wako kisha ujaribu tena.',
};
