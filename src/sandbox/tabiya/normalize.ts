/** Cell clean-up shared by the CSV converters (Tabiya sample, full ESCO), following Tabiya's own import rules. */
import type { ReuseLevel, SkillType } from '../../types.js';
import type { RelationType } from '../taxonomy-data.js';

/** Trims and replaces non-breaking spaces, as Tabiya's importer does. */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(/\u00a0/g, ' ').trim();
}

/** A multi-valued cell (one value per line) as a list of unique, non-empty values. */
export function splitLines(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(/\r?\n/).map(cleanText).filter(Boolean))];
}

/** Alt labels with the preferred label included, as Tabiya stores them. */
export function altLabelsWithPreferred(cell: string | undefined, preferredLabel: string): string[] {
  const labels = splitLines(cell);
  return labels.includes(preferredLabel) ? labels : [...labels, preferredLabel];
}

const SKILL_TYPES: readonly string[] = ['skill/competence', 'knowledge', 'language', 'attitude'];
const REUSE_LEVELS: readonly string[] = ['sector-specific', 'occupation-specific', 'cross-sector', 'transversal'];

/** Unknown values become '', as the upstream transform does. */
export function asSkillType(value: string | undefined): SkillType {
  const v = cleanText(value);
  return SKILL_TYPES.includes(v) ? (v as SkillType) : '';
}

export function asReuseLevel(value: string | undefined): ReuseLevel {
  const v = cleanText(value);
  return REUSE_LEVELS.includes(v) ? (v as ReuseLevel) : '';
}

/** `essential` or `optional`; anything else (local occupations leave it empty) is ''. */
export function asRelationType(value: string | undefined): RelationType | '' {
  const v = cleanText(value);
  return v === 'essential' || v === 'optional' ? v : '';
}

/** Shortens text to at most `max` characters at a word boundary, ending in '…'. */
export function shorten(value: string, max: number): string {
  const text = cleanText(value);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
