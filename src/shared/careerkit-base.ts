/**
 * Base of every careerkit element: resolves the partner endpoint (own `endpoint` attribute, else the nearest
 * `<ck-provider>`, else `configure()`, else `/careerkit`) and the locale (own `locale`, provider, the closest
 * `lang` on the page, `navigator.language`). No HTTP client here (see careerkit-element.ts), so the apply
 * button's script-tag shell stays within its budget.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { careerkitContext, type CareerkitContext } from '../client/context.js';
import { pageDefault } from '../client/defaults.js';

export const DEFAULT_ENDPOINT = '/careerkit';

/** Everything of `CareerkitElement` except the shared client (`this.client`). */
export class CareerkitBase extends LitElement {
  /** URL of the partner endpoint (wins over `<ck-provider>` and `configure()`). */
  @property({ reflect: true }) endpoint?: string;

  /** BCP 47 locale of the UI text; default: the provider's, else the page's `lang`. */
  @property({ reflect: true }) locale?: string;

  /** Colour theme: `light`, `dark`, or unset to follow the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @consume({ context: careerkitContext, subscribe: true })
  @state()
  protected provided?: CareerkitContext;

  /** The endpoint actually used. */
  get resolvedEndpoint(): string {
    return this.endpoint || this.provided?.endpoint || pageDefault().endpoint || DEFAULT_ENDPOINT;
  }

  /** The locale actually used. */
  get resolvedLocale(): string {
    const fromPage = (this.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang;
    return this.locale || this.provided?.locale || pageDefault().locale || fromPage || navigator.language || 'en';
  }

  /** True when this update changed what the endpoint or locale resolve to. */
  protected contextChanged(changed: PropertyValues): boolean {
    return changed.has('endpoint') || changed.has('provided') || changed.has('locale');
  }

  /** Dispatches a typed, bubbling, composed event. */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
