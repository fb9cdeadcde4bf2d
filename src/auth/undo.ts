/**
 * "Undo import" on `<ck-apply-button>`: after an import that filled fields, a second button in the element's
 * shadow root puts back what the fields held before and removes their `data-careerkit-imported` markers.
 * Lives in the lazy auth chunk, so the button shell pays nothing for it.
 */
import type { ApplyHost } from './auth.js';
import { addRow, mainButton, removeRow } from './actions.js';
import { flowMessages } from './flow-messages.js';
import type { ImportResult } from './prefill.js';

interface Offer {
  row: HTMLElement;
  stop(): void;
}

const offers = new WeakMap<ApplyHost, Offer>();

/** Removes the host's "Undo import" (the import is kept). */
export function dropUndo(host: ApplyHost): void {
  const offer = offers.get(host);
  if (!offer) return;
  offers.delete(host);
  offer.stop();
  removeRow(host, offer.row);
}

/** Offers "Undo import" for `result` (replacing an earlier offer); nothing when the import filled nothing. */
export function offerUndo(host: ApplyHost, form: HTMLFormElement, result: ImportResult): void {
  if (!host.shadowRoot || !result.filled.length) return;
  dropUndo(host);
  // Once the candidate has edited every imported field there is nothing left to undo.
  const check = () => {
    if (!result.marked().length) dropUndo(host);
  };
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  const row = addRow(host, [
    [
      'undo',
      'undo',
      () => {
        const restored = result.undo();
        // The pressed button goes: focus back on "Apply with SmartCV", never on <body>.
        mainButton(host).focus();
        dropUndo(host);
        host.say(host.t(flowMessages, 'undone', { count: restored.length }));
      },
    ],
  ]);
  offers.set(host, {
    row,
    stop() {
      form.removeEventListener('input', check);
      form.removeEventListener('change', check);
    },
  });
}
