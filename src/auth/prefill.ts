/**
 * Fills a form the candidate then reviews (the SEEK rule: prefill, never submit). Only empty fields unless
 * `overwrite`; each filled field gets `input` and `change` events so frameworks see the new value, and the
 * attribute `data-careerkit-imported` until the candidate edits it. `importProfile` also answers an undo.
 */
import type { CandidateProfile } from '../types.js';
import { AUTOCOMPLETE_TOKENS, DEFAULT_FIELD_MAP, PROFILE_VALUES, type FieldMap, type ProfileField } from './field-map.js';

/** The documented marker on every control the import filled; removed when the candidate edits it or on undo. */
export const IMPORTED_ATTRIBUTE = 'data-careerkit-imported';

export type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const SKIPPED_TYPES = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'password']);

function fillable(el: Element | null): el is Field {
  if (el instanceof HTMLInputElement) return !SKIPPED_TYPES.has(el.type) && !el.disabled && !el.readOnly;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  return el instanceof HTMLSelectElement && !el.disabled;
}

function findField(form: HTMLFormElement, names: readonly string[], token?: string): Field | undefined {
  for (const name of names) {
    const found = form.elements.namedItem(name);
    const candidates = found instanceof RadioNodeList ? [...found] : [found];
    const field = candidates.find((el) => fillable(el as Element | null));
    if (field) return field as Field;
  }
  // The autocomplete token is the last of the attribute's tokens ("section-a shipping name" → "name").
  if (token) {
    for (const el of form.elements) {
      if (fillable(el) && el.getAttribute('autocomplete')?.trim().toLowerCase().split(/\s+/).pop() === token) return el;
    }
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
export function setNativeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

function isEmpty(field: Field): boolean {
  return field instanceof HTMLSelectElement ? field.selectedIndex < 0 || field.value === '' : field.value.trim() === '';
}

/** What `importProfile` did. */
export interface ImportResult {
  /** The fields it changed, in document order. */
  filled: Field[];
  /**
   * The profile has a full name the form could only take as first and last name, and it could not be split
   * safely (e.g. a script without case, or more than two words): those fields were left empty.
   */
  nameNotSplit: boolean;
  /** Fields still marked as imported (the candidate has not edited them since). */
  marked(): Field[];
  /**
   * Puts back the values the still-marked fields had before the import (with `input`/`change` events) and
   * removes the markers; fields the candidate edited since keep their value. Answers the fields restored.
   */
  undo(): Field[];
}

type Before = string | boolean[];

const snapshot = (field: Field): Before => (field instanceof HTMLSelectElement ? [...field.options].map((o) => o.selected) : field.value);

function restore(field: Field, before: Before): void {
  if (field instanceof HTMLSelectElement) {
    if (Array.isArray(before)) [...field.options].forEach((o, i) => (o.selected = before[i] ?? false));
  } else setNativeValue(field, typeof before === 'string' ? before : '');
}

export function announce(field: Field): void {
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const keyNames = (key: ProfileField, overrides: FieldMap) => {
  const names = Object.hasOwn(overrides, key) ? overrides[key] : DEFAULT_FIELD_MAP[key];
  return names ? (typeof names === 'string' ? [names] : names) : undefined;
};

/** Fills `form` from `profile`, marks what it filled and keeps what it replaced for `undo()`. */
export function importProfile(form: HTMLFormElement, profile: CandidateProfile, overrides: FieldMap = {}, overwrite = false): ImportResult {
  const filled: Field[] = [];
  const before = new Map<Field, Before>();
  const found = new Map<ProfileField, Field>();
  for (const key of Object.keys(PROFILE_VALUES) as ProfileField[]) {
    const names = keyNames(key, overrides);
    if (!names) continue;
    const token = Object.hasOwn(overrides, key) ? undefined : AUTOCOMPLETE_TOKENS[key];
    const field = findField(form, names, token);
    if (field) found.set(key, field);
    const value = PROFILE_VALUES[key](profile)?.trim();
    if (!value || !field || filled.includes(field) || (!overwrite && !isEmpty(field))) continue;
    const previous = snapshot(field);
    if (!setValue(field, value)) continue;
    before.set(field, previous);
    announce(field);
    filled.push(field);
  }
  filled.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

  // Marked until the candidate edits the field (our own events above were sent before listening).
  const edits = new Map<Field, () => void>();
  for (const field of filled) {
    field.setAttribute(IMPORTED_ATTRIBUTE, '');
    const edited = () => unmark(field);
    edits.set(field, edited);
    field.addEventListener('input', edited);
    field.addEventListener('change', edited);
  }
  function unmark(field: Field): void {
    const edited = edits.get(field);
    if (!edited) return;
    edits.delete(field);
    field.removeEventListener('input', edited);
    field.removeEventListener('change', edited);
    field.removeAttribute(IMPORTED_ATTRIBUTE);
  }

  const fullName = found.get('name');
  const parts = [found.get('givenName'), found.get('familyName')].filter((f): f is Field => !!f);
  const nameNotSplit =
    !!profile.name?.trim() &&
    !(profile.givenName?.trim() && profile.familyName?.trim()) &&
    !fullName &&
    parts.some((f) => !filled.includes(f) && (overwrite || isEmpty(f)));

  return {
    filled,
    nameNotSplit,
    marked: () => [...edits.keys()],
    undo() {
      const restored = [...edits.keys()];
      for (const field of restored) {
        unmark(field);
        restore(field, before.get(field) ?? '');
        announce(field);
      }
      return restored;
    },
  };
}

/** Fills `form` from `profile`; answers the fields it changed, in document order (see `importProfile`). */
export function fillForm(form: HTMLFormElement, profile: CandidateProfile, overrides: FieldMap = {}, overwrite = false): Field[] {
  return importProfile(form, profile, overrides, overwrite).filled;
}
