/**
 * Base of every careerkit element: resolves the partner endpoint (own `endpoint` attribute, else the nearest
 * `<ck-provider>`, else `configure()`, else `/careerkit`) and the locale (own `locale`, provider, `configure()`,
 * the closest `lang` on the page, the browser's languages, 'en'; see resolve.ts), and follows later changes of
 * the page's `lang`. The HTTP client (ky) loads on first use (`client()`), so the script-tag entries stay small
 * and skeletons paint without it.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { careerkitContext, type CareerkitContext } from '../client/context.js';
import { resolveEndpoint, resolveLocale } from './resolve.js';
import { LocaleController } from './locale-controller.js';
import type { CareerkitClient } from '../client/client.js';
import { emit, type CareerkitEventName, type DetailOf } from './events.js';
import type { StringsController } from '../i18n/strings.js';

export { DEFAULT_ENDPOINT } from './resolve.js';

/** Loads the HTTP client beside the element rather than before it. */
export const loadClient = () => import('../client/client.js');

export class CareerkitBase extends LitElement {
  /** URL of the partner endpoint (wins over `<ck-provider>` and `configure()`). */
  @property({ reflect: true }) endpoint?: string;

  /** BCP 47 locale of the UI text; default: the provider's, else the page's `lang` (followed when it changes). */
  @property({ reflect: true }) locale?: string;

  /** Colour theme: `light`, `dark`, or unset to follow the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @consume({ context: careerkitContext, subscribe: true })
  @state()
  protected provided?: CareerkitContext;

  /** The page language last seen (a change re-renders, like a change of `locale`). */
  @state() protected pageLocale?: string;

  constructor() {
    super();
    new LocaleController(this, () => this.resolvedLocale, (locale) => (this.pageLocale = locale));
  }

  /**
   * The element's strings when its languages load on demand (src/i18n/strings.ts): an update waits briefly for
   * the language file, and `updateComplete` includes a language that comes late.
   */
  protected localeStrings?: Pick<StringsController<string>, 'prepare' | 'settle'>;

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localeStrings?.prepare()?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.localeStrings ? this.localeStrings.settle(() => super.getUpdateComplete()) : super.getUpdateComplete();
  }

  /** The endpoint actually used. */
  get resolvedEndpoint(): string {
    return resolveEndpoint(this.endpoint, this.provided);
  }

  /** The locale actually used: always a tag the Intl APIs accept. */
  get resolvedLocale(): string {
    return resolveLocale(this, this.locale, this.provided);
  }

  /** The shared client for the resolved endpoint, loaded on first use. */
  protected async client(): Promise<CareerkitClient> {
    return (await loadClient()).getClient(this.resolvedEndpoint);
  }

  /** True when this update changed what the endpoint or locale resolve to. */
  protected contextChanged(changed: PropertyValues): boolean {
    return changed.has('endpoint') || changed.has('provided') || changed.has('locale') || changed.has('pageLocale');
  }

  /** Dispatches a careerkit event (typed by `CareerkitEventMap`), bubbling and composed. */
  protected emit<K extends CareerkitEventName>(type: K, detail: DetailOf<K>, options: { cancelable?: boolean } = {}): boolean {
    return emit(this, type, detail, options.cancelable);
  }
}
