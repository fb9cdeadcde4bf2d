import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The polite live region of an element: `say(text)` announces; the same text twice is still announced (a
 * trailing no-break space makes it a change, which screen readers need to speak again).
 */
export class LiveRegion implements ReactiveController {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    this.text = text && text === this.text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  /** The region itself (visually hidden; the element's styles define `.visually-hidden`). */
  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.text}</p>`;
  }
}
