/**
 * The strings of an element in its resolved locale, from a `LazyCatalog`. English, or a language any element has
 * loaded, is used at once. A language still to load is waited for before the element renders (`prepare`, from
 * the element's `scheduleUpdate`), so a French page neither shows nor announces English, but never longer than
 * `WAIT_MS`: past that the element renders in the strings it has and re-renders when the file comes (English if it
 * fails), and `settle` makes `updateComplete` include that render. Every wait is on a download that settles or on
 * the timer, never on a loop. A change of the resolved locale (the `locale` attribute, the provider, the page's
 * `lang`) is picked up by the host's next update, which the element's LocaleController already requests.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translator, type Catalog, type LazyCatalog, type Translate } from './translate.js';

/** The longest an element waits for its language file before it renders in the strings it has. */
export const WAIT_MS = 2000;

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

  /**
   * Follows the resolved locale before an update: nothing to wait for when its strings are at hand, else a
   * promise that settles when they are in use or after `WAIT_MS`, whichever comes first.
   */
  prepare(): Promise<unknown> | undefined {
    const locale = this.host.resolvedLocale;
    if (locale === this.#locale) return undefined;
    this.#locale = locale;
    const loaded = this.catalog(locale);
    if (!(loaded instanceof Promise)) {
      this.#current = translator(loaded, locale);
      return undefined;
    }
    this.ready = loaded.then((catalog) => {
      // A later switch wins over a slow file of an earlier one.
      if (this.#locale !== locale) return;
      this.#current = translator(catalog, locale);
      this.host.requestUpdate();
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([this.ready, new Promise((resolve) => (timer = setTimeout(resolve, WAIT_MS)))]).finally(() => clearTimeout(timer));
  }

  /** The host's `updateComplete` including a language that came after `WAIT_MS`: `complete` is the host's own. */
  async settle(complete: () => Promise<boolean>): Promise<boolean> {
    await complete();
    await this.ready;
    return complete();
  }

  /** For a host that does not call `prepare`: its strings follow the locale, one render late at worst. */
  hostUpdate(): void {
    void this.prepare();
  }
}
