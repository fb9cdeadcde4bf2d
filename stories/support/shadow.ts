/** Small helpers for play functions that look inside the elements' shadow roots. */
import { expect, waitFor } from 'storybook/test';

/** The first element matching `tag` in the story canvas, once it has rendered. */
export async function host<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K): Promise<HTMLElementTagNameMap[K]> {
  const element = canvas.querySelector(tag);
  await expect(element).toBeTruthy();
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element!;
}

export const inShadow = <E extends Element = HTMLElement>(element: Element, selector: string): E | null =>
  element.shadowRoot!.querySelector<E>(selector);

export const allInShadow = <E extends Element = HTMLElement>(element: Element, selector: string): E[] => [
  ...element.shadowRoot!.querySelectorAll<E>(selector),
];

/** Waits (up to `timeout` ms) until `selector` matches inside the shadow root, and returns the match. */
export async function shadowMatch<E extends Element = HTMLElement>(element: Element, selector: string, timeout = 8000): Promise<E> {
  let found: E | null = null;
  await waitFor(
    () => {
      found = inShadow<E>(element, selector);
      if (!found) throw new Error(`${selector} not rendered yet in <${element.localName}>`);
    },
    { timeout },
  );
  return found!;
}

/** Text content with whitespace collapsed. */
export const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
