import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange } from './resolve.js';

/**
 * Follows the page language: while the host is connected, a change of any `lang` attribute (or of the
 * browser's language) re-resolves the host's locale, and `changed(locale)` runs when it differs from before.
 * One MutationObserver serves every element (see `onLangChange`).
 */
export class LocaleController implements ReactiveController {
  #unsubscribe?: () => void;
  #last?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly resolve: () => string,
    private readonly changed: (locale: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#last = this.resolve();
    this.#unsubscribe ??= onLangChange(() => {
      const locale = this.resolve();
      if (locale === this.#last) return;
      this.#last = locale;
      this.changed(locale);
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
