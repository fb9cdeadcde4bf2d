/**
 * Fills a form the candidate then reviews (the SEEK rule: prefill, never submit). Only empty fields unless
 * `overwrite`; each filled field gets `input` and `change` events so frameworks see the new value.
 */
import type { CandidateProfile } from '../types.js';
import { DEFAULT_FIELD_MAP, PROFILE_VALUES, type FieldMap, type ProfileField } from './field-map.js';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const SKIPPED_TYPES = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'password']);

function fillable(el: Element | null): el is Field {
  if (el instanceof HTMLInputElement) return !SKIPPED_TYPES.has(el.type) && !el.disabled && !el.readOnly;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  return el instanceof HTMLSelectElement && !el.disabled;
}

function findField(form: HTMLFormElement, names: readonly string[]): Field | undefined {
  for (const name of names) {
    const found = form.elements.namedItem(name);
    const candidates = found instanceof RadioNodeList ? [...found] : [found];
    const field = candidates.find((el) => fillable(el as Element | null));
    if (field) return field as Field;
  }
  return undefined;
}

/** Sets the value; answers false when nothing could be set (e.g. no matching option). */
function setValue(field: Field, value: string): boolean {
  if (field instanceof HTMLSelectElement) {
    const wanted = field.multiple ? value.split(/,\s*/) : [value];
    const lower = wanted.map((w) => w.toLowerCase());
    let any = false;
    for (const option of field.options) {
      const hit = lower.includes(option.value.toLowerCase()) || lower.includes(option.text.trim().toLowerCase());
      if (hit) any = option.selected = true;
    }
    return any;
  }
  setNativeValue(field, field instanceof HTMLInputElement ? value.replace(/\s*\n\s*/g, '; ') : value);
  return true;
}

/** Through the prototype's setter: React tracks `value` with an instance setter and only sees changes made below it. */
function setNativeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

function isEmpty(field: Field): boolean {
  return field instanceof HTMLSelectElement ? field.selectedIndex < 0 || field.value === '' : field.value.trim() === '';
}

/** Fills `form` from `profile`; answers the fields it changed, in document order. */
export function fillForm(form: HTMLFormElement, profile: CandidateProfile, overrides: FieldMap = {}, overwrite = false): Field[] {
  const filled: Field[] = [];
  for (const key of Object.keys(PROFILE_VALUES) as ProfileField[]) {
    const value = PROFILE_VALUES[key](profile)?.trim();
    const names = key in overrides ? overrides[key] : DEFAULT_FIELD_MAP[key];
    if (!value || !names) continue;
    const field = findField(form, typeof names === 'string' ? [names] : names);
    if (!field || filled.includes(field) || (!overwrite && !isEmpty(field))) continue;
    if (!setValue(field, value)) continue;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    filled.push(field);
  }
  return filled.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
