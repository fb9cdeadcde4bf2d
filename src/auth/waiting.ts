/**
 * While the SmartCV window is open: the status says so, "Show window" (or a second click on the main button)
 * brings it to the front, and "Cancel" (or Escape on the element) closes it and ends the sign-in.
 */
import type { ApplyHost } from './auth.js';
import { addRow, removeRow } from './actions.js';
import { flowMessages } from './flow-messages.js';

const showing = new WeakMap<ApplyHost, () => void>();

/** Brings the host's SmartCV window to the front, if one is open. */
export function show(host: ApplyHost): void {
  showing.get(host)?.();
}

/** Offers "Show window" and "Cancel" for `popup`; answers the function that withdraws them (idempotent). */
export function offerWaiting(host: ApplyHost, popup: Window, cancel: () => void): () => void {
  const focus = () => popup.focus();
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Also keeps a <dialog> around the button open: Escape meant "stop signing in".
    event.preventDefault();
    cancel();
  };
  const row = addRow(host, [
    ['show', 'show', focus],
    ['cancel', 'cancel', cancel],
  ]);
  host.addEventListener('keydown', onKey);
  showing.set(host, focus);
  host.say(host.t(flowMessages, 'windowOpen'));
  return () => {
    if (showing.get(host) !== focus) return;
    showing.delete(host);
    host.removeEventListener('keydown', onKey);
    removeRow(host, row);
  };
}
