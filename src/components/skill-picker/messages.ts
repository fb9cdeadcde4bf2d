import { lazyCatalog, type Messages } from '../../i18n/translate.js';
import { en as common, type CommonKey } from '../../i18n/common.js';

export type SkillPickerKey =
  | 'label'
  | 'placeholder'
  | 'browse'
  | 'browseTree'
  | 'selectedList'
  | 'remove'
  | 'details'
  | 'detailsHint'
  | 'also'
  | 'custom'
  | 'addCustom'
  | 'results'
  | 'loading'
  | 'noMatch'
  | 'error'
  | 'added'
  | 'removed'
  | 'removeArmed'
  | 'maxReached'
  | 'valueMissing'
  | 'rangeOverflow'
  | 'suggestions'
  | 'accept'
  | 'dismiss'
  | 'acceptAll'
  | 'confidence'
  | 'suggestedFrom'
  | 'suggestionsMatched'
  | 'unmatched'
  | 'unmatchedCustom'
  | 'addAsCustom'
  | 'showMore'
  | 'close'
  | 'noDescription'
  | 'typeLabel'
  | 'reuseLabel'
  | 'skill/competence'
  | 'knowledge'
  | 'language'
  | 'attitude'
  | 'sector-specific'
  | 'occupation-specific'
  | 'cross-sector'
  | 'transversal';

export type SkillPickerMessages = Messages<SkillPickerKey | CommonKey>;

/** English UI strings; skill labels themselves come in the taxonomy model's language. */
export const en: SkillPickerMessages = {
  ...common,
  label: 'Skills',
  placeholder: 'Search skills…',
  browse: 'Browse',
  browseTree: 'Skill groups',
  selectedList: 'Selected skills',
  remove: 'Remove {label}',
  details: 'Details of {label}',
  detailsHint: 'Arrow keys move through results, Enter selects, Alt+I shows details.',
  also: 'also: {label}',
  custom: 'custom',
  addCustom: 'Press Enter to add “{text}”',
  results: ({ n }, plural) => (plural(Number(n)) === 'one' ? '1 result' : `${n} results`),
  loading: 'Loading…',
  noMatch: 'No skills match “{q}”',
  error: 'Skills could not be loaded.',
  added: '{label} added, {n} selected',
  removed: '{label} removed, {n} selected',
  removeArmed: '{label}: press Backspace again to remove it',
  maxReached: 'You can choose up to {max} skills.',
  valueMissing: 'Choose at least one skill.',
  rangeOverflow: 'Choose no more than {max} skills.',
  suggestions: 'Suggested skills',
  accept: 'Add {label}',
  dismiss: 'Dismiss {label}',
  acceptAll: 'Add all',
  confidence: '{pct} match',
  suggestedFrom: 'from “{text}”',
  suggestionsMatched: ({ n, total }) => `${n} of ${total} skills matched`,
  unmatched: 'Not found in the skill list: {list}',
  unmatchedCustom: 'Not found in the skill list. Add as your own:',
  addAsCustom: 'Add “{text}” as your own skill',
  showMore: 'Show more',
  close: 'Close',
  noDescription: 'No description.',
  typeLabel: 'Type',
  reuseLabel: 'Reuse level',
  'skill/competence': 'Skill',
  knowledge: 'Knowledge',
  language: 'Language',
  attitude: 'Attitude',
  'sector-specific': 'Sector-specific',
  'occupation-specific': 'Occupation-specific',
  'cross-sector': 'Cross-sector',
  transversal: 'Transversal',
};

/**
 * The catalog for a locale: English is built in, French, Spanish and Swahili each come in their own chunk so a
 * page downloads only the language it shows. A failed download falls back to English.
 */
export const loadCatalog = lazyCatalog<SkillPickerKey | CommonKey>(en, {
  fr: () => import('./messages.fr.js').then((m) => m.fr),
  es: () => import('./messages.es.js').then((m) => m.es),
  sw: () => import('./messages.sw.js').then((m) => m.sw),
});
