import { unsafeCSS } from 'lit';
import { tokenCss } from './token-css.js';

export { tokenCss };

/** The design tokens (see token-css.ts) as lit `css`: include first in a lit element's `static styles`. */
export const tokens = unsafeCSS(tokenCss);
