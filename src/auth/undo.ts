/**
 * "Undo import" on `<ck-apply-button>`: after an import that filled fields, a second button in the element's
 * shadow root puts back what the fields held before and removes their `data-careerkit-imported` markers.
 * Lives in the lazy auth chunk, so the button shell pays nothing for it.
 */
import type { ApplyHost } from './auth.js';
import { flowMessages } from './flow-messages.js';
import type { ImportResult } from './prefill.js';

const CSS = `.undo { display: flex; margin-block-start: 0.5em; min-block-size: 2rem; padding-inline: 0.75em; border: 2px solid var(--_accent); background: transparent; color: var(--_accent); font-size: 0.875em; }
@media (forced-colors: active) { .undo { border-color: ButtonText; color: ButtonText; } }`;

let sheet: CSSStyleSheet | undefined;

/** Adopts the undo's styles (a browser without constructable sheets shows it in the shell's button look). */
function addStyles(root: ShadowRoot): void {
  try {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Unstyled beyond the shell's sheet: still a working, labelled button.
  }
}

interface Offer {
  button: HTMLButtonElement;
  stop(): void;
}

const offers = new WeakMap<ApplyHost, Offer>();

/** Removes the host's "Undo import" (the import is kept). */
export function dropUndo(host: ApplyHost): void {
  const offer = offers.get(host);
  if (!offer) return;
  offers.delete(host);
  offer.stop();
  offer.button.remove();
}

/** Offers "Undo import" for `result` (replacing an earlier offer); nothing when the import filled nothing. */
export function offerUndo(host: ApplyHost, form: HTMLFormElement, result: ImportResult): void {
  const root = host.shadowRoot;
  if (!root || !result.filled.length) return;
  dropUndo(host);
  const main = root.querySelector<HTMLButtonElement>('[part="button"]');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'undo';
  button.setAttribute('part', 'undo');
  button.lang = main?.lang ?? '';
  button.textContent = host.t(flowMessages, 'undo');
  // Once the candidate has edited every imported field there is nothing left to undo.
  const check = () => {
    if (!result.marked().length) dropUndo(host);
  };
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  button.addEventListener('click', () => {
    const restored = result.undo();
    dropUndo(host);
    // The pressed button is gone: focus goes back to "Apply with SmartCV", never to <body>.
    main?.focus();
    host.say(host.t(flowMessages, 'undone', { count: restored.length }));
  });
  addStyles(root);
  root.append(button);
  offers.set(host, {
    button,
    stop() {
      form.removeEventListener('input', check);
      form.removeEventListener('change', check);
    },
  });
}
