import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { careerkitContext, type CareerkitContext } from '../../client/context.js';

/**
 * Sets the partner endpoint and locale once for every careerkit element inside it.
 *
 * @summary Page-level settings for careerkit elements.
 * @slot - Any content; careerkit elements inside read the settings.
 */
export class CkProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the partner endpoint, e.g. `/careerkit` or `https://careers.example.com/careerkit`. */
  @property() endpoint?: string;

  /** BCP 47 locale for every element inside. */
  @property() locale?: string;

  // The controller rather than the @provide decorator: the same provider, ~0.25 kB less in job-list.js.
  #provider = new ContextProvider(this, { context: careerkitContext, initialValue: {} as CareerkitContext });

  /** The settings handed down (read-only; set `endpoint` and `locale`). */
  get settings(): CareerkitContext {
    return this.#provider.value;
  }

  override willUpdate() {
    this.#provider.setValue({ endpoint: this.endpoint, locale: this.locale });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
