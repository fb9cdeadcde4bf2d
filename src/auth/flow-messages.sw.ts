import type { FlowMessages } from './flow-messages.js';

/** Swahili strings of the sign-in flow (see flow-messages.ts). */
export const sw: FlowMessages = {
  imported: 'Wasifu umeingizwa.',
  importedFields: ({ count }) => `Wasifu umeingizwa: sehemu ${count} zimejazwa. Tafadhali zikague kabla ya kutuma ombi lako.`,
  denied: 'Umechagua kutoshiriki wasifu wako wa SmartCV. Hakuna kilichoingizwa.',
  closed: 'Dirisha la SmartCV limefungwa. Hakuna kilichoingizwa.',
  retryMinutes: ({ n }) => `SmartCV ina shughuli nyingi sasa. Jaribu tena baada ya dakika ${n}.`,
  retrySeconds: ({ n }) => `SmartCV ina shughuli nyingi sasa. Jaribu tena baada ya sekunde ${n}.`,
  withdrawn: 'SmartCV haikuruhusu ufikiaji wa wasifu wako, kwa hiyo hakuna kilichoingizwa. Unaweza kujaza fomu mwenyewe.',
  invalidCode: 'Uingiaji huu umekwisha muda au tayari umetumika. Tafadhali jaribu tena.',
  expired: 'Muda wa kuingia kwako kwenye SmartCV umekwisha. Tafadhali jaribu tena.',
  invalidState: 'Jibu hili la kuingia halikutoka kwenye ukurasa huu, kwa hiyo limepuuzwa. Tafadhali jaribu tena.',
  setup: 'Kuomba kwa SmartCV hakujawekwa ipasavyo kwenye tovuti hii. Tafadhali jaza fomu mwenyewe.',
  invalidRequest: 'SmartCV haikuweza kushughulikia ombi la kuingia. Tafadhali jaribu tena.',
  unavailable: 'SmartCV haipatikani kwa sasa. Angalia muunganisho wako kisha ujaribu tena.',
  upstreamDown: 'SmartCV ina matatizo kwa sasa, kwa hiyo hakuna kilichoingizwa. Jaribu tena baada ya dakika chache, au ujaze fomu mwenyewe.',
  originMismatch: 'Kuomba kwa SmartCV kumewekwa kwa {callback}, lakini ukurasa huu uko kwenye {page}. Fungua tovuti kwenye {callback}, au uombe tovuti isajili ukurasa wa kurudi wa {page}.',
  unknown: 'Wasifu wako haukuweza kuingizwa. Jaribu tena au ujaze fomu mwenyewe.',
  undo: 'Tendua uingizaji',
  undone: ({ count }) => `Uingizaji umetenduliwa: sehemu ${count} zimerudishwa kama zilivyokuwa awali.`,
  nameNotSplit: 'Jina lako halikujazwa: haliwezi kugawanywa kwa usalama kuwa jina la kwanza na la mwisho. Tafadhali liandike mwenyewe.',
  windowOpen: 'Inasubiri SmartCV… (dirisha liko wazi)',
  show: 'Onyesha dirisha',
  cancel: 'Ghairi',
};
