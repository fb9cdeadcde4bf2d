/**
 * Redirect mode: what the candidate typed into the form survives the trip to SmartCV and back. Kept in
 * sessionStorage (this tab only, never localStorage) under the flow's state id, restored before the profile
 * fills the empty fields, then removed; entries older than the state's lifetime are swept. Passwords, files,
 * hidden fields and payment or one-time codes are never kept; at most 64 kB.
 */
import { readJson, STATE_LIFETIME_S } from './protocol.js';
import { announce, setNativeValue, type Field } from './prefill.js';

const PREFIX = 'careerkit.smartcv.draft.';

/** The page a draft belongs to (path and query, no fragment). */
const here = () => location.pathname + location.search;

/** Form index, name (checked again on return), and the value: text, checked, or each option's selected. */
type Entry = [index: number, name: string, value: string | boolean | boolean[]];

function keepable(el: Element | null | undefined): el is Field {
  // The last autocomplete token: `cc-number`, `one-time-code`, `new-password`… are never kept.
  if (/^(cc-|one-time-code|.*password)/.test(el?.getAttribute('autocomplete')?.trim().split(/\s+/).pop() ?? '')) return false;
  return el instanceof HTMLInputElement ? !/^(hidden|file|password|submit|button|reset|image)$/.test(el.type) : el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

const checkable = (el: Field): el is HTMLInputElement => el.type === 'checkbox' || el.type === 'radio';

/** The field's value when it differs from the page's own default, i.e. the candidate (or the page) changed it. */
function typed(el: Field): Entry[2] | undefined {
  if (el instanceof HTMLSelectElement) {
    const options = [...el.options];
    // A single select with no `selected` option shows its first one by default: that is not a change.
    const byDefault = (o: HTMLOptionElement, i: number) => o.defaultSelected || (i === 0 && !el.multiple && !options.some((x) => x.defaultSelected));
    return options.some((o, i) => o.selected !== byDefault(o, i)) ? options.map((o) => o.selected) : undefined;
  }
  if (checkable(el)) return el.checked !== el.defaultChecked ? el.checked : undefined;
  return el.value !== el.defaultValue ? el.value : undefined;
}

/** Removes drafts older than a sign-in may last (and unreadable ones). */
function sweep(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(PREFIX) && !(Date.now() - Number(readJson<{ at: number }>(sessionStorage, key)?.at) < STATE_LIFETIME_S * 1000)) {
      sessionStorage.removeItem(key);
    }
  }
}

/** Keeps what the candidate typed into `form` for the flow `stateId` (before leaving for SmartCV). */
export function saveDraft(form: HTMLFormElement | null, stateId: string): void {
  try {
    sweep();
    const fields: string[] = [];
    let size = 0;
    [...(form?.elements ?? [])].forEach((el, index) => {
      const value = keepable(el) ? typed(el) : undefined;
      if (value === undefined) return;
      const entry = JSON.stringify([index, (el as Field).name, value] satisfies Entry);
      // 64 k characters at most: a field that would go over is left out.
      if (size + entry.length > 65536) return;
      size += entry.length;
      fields.push(entry);
    });
    if (fields.length) sessionStorage.setItem(PREFIX + stateId, `{"at":${Date.now()},"page":${JSON.stringify(here())},"fields":[${fields.join()}]}`);
  } catch {
    // Storage blocked or full: the form comes back as the page builds it.
  }
}

/**
 * Back from SmartCV: puts the draft of flow `stateId` back into `form` (with input/change events), then forgets it.
 * `untouchedOnly`: only into fields still as the page built them (the browser or the candidate may have refilled some).
 */
export function restoreDraft(form: HTMLFormElement | null, stateId: string, untouchedOnly = false): void {
  try {
    sweep();
    const key = PREFIX + stateId;
    const fields = readJson<{ fields: unknown }>(sessionStorage, key)?.fields;
    sessionStorage.removeItem(key);
    for (const [index, name, value] of Array.isArray(fields) ? fields : []) {
      const el = form?.elements.item(index);
      // The same field as before leaving (by position and name), or nothing: the page may have changed its form.
      if (!keepable(el) || el.name !== name || (untouchedOnly && typed(el) !== undefined)) continue;
      if (checkable(el)) el.checked = value === true;
      else if (el instanceof HTMLSelectElement) [...el.options].forEach((o, i) => (o.selected = Array.isArray(value) && value[i] === true));
      else setNativeValue(el, String(value));
      announce(el);
    }
  } catch {
    // Storage blocked, or an entry not of our making: nothing (more) to restore.
  }
}

/**
 * Back on this page with no SmartCV answer (the Back button from SmartCV's page): the newest draft left from this
 * page goes back into the fields the page rebuilt empty, then is forgotten. A form made by script (React and the
 * like) would otherwise come back empty; a page the browser kept whole (bfcache) never runs this.
 */
export function restoreLeftDraft(form: HTMLFormElement | null): void {
  if ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type !== 'back_forward') return;
  let newest: [id: string, at: number] | undefined;
  for (const key of Object.keys(sessionStorage)) {
    const draft = key.startsWith(PREFIX) ? readJson<{ at: number; page?: string }>(sessionStorage, key) : null;
    if (draft?.page === here() && !(newest && newest[1] >= draft.at)) newest = [key.slice(PREFIX.length), draft.at];
  }
  // restoreDraft sweeps old drafts and copes with blocked storage; readJson never throws.
  if (newest) restoreDraft(form, newest[0], true);
}
