/** Swahili text of the callback page (see callback-text.ts for the order). Loaded only for Swahili visitors. */
export default [
  'Tunakamilisha kuingia…',
  'Tafadhali subiri: wasifu wako wa SmartCV unatumwa kwenye ukurasa wa kazi.',
  'Umeingia',
  'Unaweza kufunga dirisha hili.',
  'Kuingia hakukukamilika',
  'Ukurasa uliofungua dirisha hili haupo tena.',
  'Kiungo hiki cha kuingia kimeisha muda wake au tayari kimetumika.',
  'Rudi kwenye ukurasa wa kazi ujaribu tena.',
];
