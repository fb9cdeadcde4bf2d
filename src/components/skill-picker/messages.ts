import { matchLocale, type Catalog, type Message } from '../../i18n/translate.js';

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
  | 'retry'
  | 'added'
  | 'removed'
  | 'maxReached'
  | 'valueMissing'
  | 'rangeOverflow'
  | 'suggestions'
  | 'accept'
  | 'dismiss'
  | 'acceptAll'
  | 'confidence'
  | 'suggestedFrom'
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

export type SkillPickerMessages = Record<SkillPickerKey, Message>;

/** English UI strings; skill labels themselves come in the taxonomy model's language. */
export const en: SkillPickerMessages = {
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
  retry: 'Retry',
  added: '{label} added, {n} selected',
  removed: '{label} removed, {n} selected',
  maxReached: 'You can choose up to {max} skills.',
  valueMissing: 'Choose at least one skill.',
  rangeOverflow: 'Choose no more than {max} skills.',
  suggestions: 'Suggested skills',
  accept: 'Add {label}',
  dismiss: 'Dismiss {label}',
  acceptAll: 'Add all',
  confidence: '{pct} match',
  suggestedFrom: 'from “{text}”',
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

const loaders: Record<string, () => Promise<SkillPickerMessages>> = {
  fr: () => import('./messages.fr.js').then((m) => m.fr),
  es: () => import('./messages.es.js').then((m) => m.es),
  sw: () => import('./messages.sw.js').then((m) => m.sw),
};
const loaded = new Map<string, Promise<Catalog<SkillPickerKey>>>();

/**
 * The catalog for a locale: English is built in, French, Spanish and Swahili each come in their own chunk so a
 * page downloads only the language it shows. A failed download falls back to English.
 */
export function loadCatalog(locale: string): Promise<Catalog<SkillPickerKey>> {
  const language = matchLocale(locale);
  let catalog = loaded.get(language);
  if (!catalog) {
    const load = loaders[language];
    catalog = (load ? load().catch(() => en) : Promise.resolve(en)).then((strings) => ({ en, fr: strings, es: strings, sw: strings }));
    loaded.set(language, catalog);
  }
  return catalog;
}
