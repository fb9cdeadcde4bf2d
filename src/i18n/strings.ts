/**
 * The strings of an element in its resolved locale, from a `LazyCatalog`. Nothing waits for a language file: the
 * first render uses what is at hand (English, or the language once loaded by any element), a missing language
 * loads and re-renders the host when it arrives (English if it fails), and `settle` makes the element's
 * `updateComplete` include that render; it waits on one download that always settles, never on a loop.
 * A change of the resolved locale (the `locale` attribute, the provider, the page's `lang`) is picked up by the
 * host's next update, which the element's LocaleController already requests.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translator, type Catalog, type LazyCatalog, type Translate } from './translate.js';

export class StringsController<K extends string> implements ReactiveController {
  #locale = 'en';
  #current: Translate<K>;
  /** Settles when the strings of the resolved locale are in use (a re-render requested if they came late). */
  ready: Promise<void> = Promise.resolve();
  /** Translates with the current strings; stable, so it can be kept in a field. */
  readonly t: Translate<K> = (key, params) => this.#current(key, params);

  constructor(
    private readonly host: ReactiveControllerHost & { readonly resolvedLocale: string },
    private readonly catalog: LazyCatalog<K>,
  ) {
    this.#current = translator(catalog('en') as Catalog<K>, 'en');
    host.addController(this);
  }

  /** The host's `updateComplete` including a language that comes late: `complete` is the host's own. */
  async settle(complete: () => Promise<boolean>): Promise<boolean> {
    await complete();
    await this.ready;
    return complete();
  }

  hostUpdate(): void {
    const locale = this.host.resolvedLocale;
    if (locale === this.#locale) return;
    this.#locale = locale;
    const loaded = this.catalog(locale);
    if (!(loaded instanceof Promise)) {
      this.#current = translator(loaded, locale);
      return;
    }
    this.ready = loaded.then((catalog) => {
      // A later switch wins over a slow file of an earlier one.
      if (this.#locale !== locale) return;
      this.#current = translator(catalog, locale);
      this.host.requestUpdate();
    });
  }
}
