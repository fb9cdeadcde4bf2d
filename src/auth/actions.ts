/**
 * Rows of small buttons under `<ck-apply-button>`'s status line, added by the lazy auth chunk: "Undo import"
 * after an import, "Show window" and "Cancel" while the SmartCV window is open. The button shell pays nothing.
 */
import type { ApplyHost } from './auth.js';
import { flowMessages, type FlowKey } from './flow-messages.js';

// 2rem high (WCAG 2.5.8 asks 24 px), 0.5rem apart; forced colors give the border and text system colours.
const CSS = `.row{display:flex;flex-wrap:wrap;gap:.5rem;margin-block-start:.5rem}.row button{min-block-size:2rem;padding-inline:.75em;border:2px solid var(--_accent);background:none;color:var(--_accent);font-size:.875em}`;

let sheet: CSSStyleSheet | undefined;

/** The shell's "Apply with SmartCV" button (where focus goes when a row's button disappears). */
export const mainButton = (host: ApplyHost) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

/** A row of buttons (`part` each, text from the flow messages in the host's language), appended to the element. */
export function addRow(host: ApplyHost, buttons: Array<[part: string, key: FlowKey, onClick: () => void]>): HTMLElement {
  const root = host.shadowRoot!;
  try {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Unstyled beyond the shell's sheet: still working, labelled buttons.
  }
  const row = document.createElement('div');
  row.className = 'row';
  for (const [part, key, onClick] of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', part);
    button.lang = mainButton(host).lang;
    button.textContent = host.t(flowMessages, key);
    button.addEventListener('click', onClick);
    row.append(button);
  }
  // Inside the shell's status area, whose reserved room it takes (else the page below would move).
  root.querySelector('.area')!.append(row);
  return row;
}

/** Removes `row`; focus inside it goes back to "Apply with SmartCV", never to `<body>`. */
export function removeRow(host: ApplyHost, row: HTMLElement): void {
  if (row.contains(host.shadowRoot!.activeElement)) mainButton(host).focus();
  row.remove();
}
