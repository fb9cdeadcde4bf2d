/**
 * The design tokens as plain CSS text, with no lit import: `tokens.ts` wraps it as lit `css` for lit elements, and
 * the lit-free `<ck-apply-button>` shell adopts it as a constructable stylesheet. Partners theme with `--ck-*`
 * custom properties on any ancestor (they inherit into shadow roots); light and dark values come from
 * `light-dark()`, so an element follows the page's `color-scheme`, or its own `theme="dark" | "light"` attribute.
 */
export const tokenCss = /* css */ `
  :host {
    --_accent: var(--ck-color-accent, light-dark(#1d4ed8, #93b4ff));
    --_on-accent: var(--ck-color-on-accent, light-dark(#ffffff, #0b1020));
    --_surface: var(--ck-color-surface, light-dark(#ffffff, #17181c));
    --_surface-alt: var(--ck-color-surface-alt, light-dark(#f4f5f7, #22242a));
    --_text: var(--ck-color-text, light-dark(#16181d, #eceef2));
    --_muted: var(--ck-color-text-muted, light-dark(#4b5262, #b3b9c6));
    --_border: var(--ck-color-border, light-dark(#c9ced8, #3b3f49));
    --_danger: var(--ck-color-danger, light-dark(#b42318, #ff9b8f));
    --_success: var(--ck-color-success, light-dark(#1f7a3d, #7fd49b));
    --_highlight: var(--ck-color-highlight, light-dark(#fff1a8, #5c4d00));
    --_focus-color: var(--ck-focus-color, light-dark(#1d4ed8, #93b4ff));
    --_focus-width: var(--ck-focus-width, 3px);
    --_radius: var(--ck-radius, 10px);
    --_radius-sm: var(--ck-radius-small, 6px);
    --_space: var(--ck-space, 1rem);
    --_font: var(--ck-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--ck-font-size, 1rem);
    --_shadow: var(--ck-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 2px 8px rgb(0 0 0 / 0.06));
    --_duration: var(--ck-motion-duration, 160ms);
    color-scheme: inherit;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  /* A forced theme brings its own surface, so dark text never lands on a light page or the reverse. */
  :host([theme='dark']),
  :host([theme='light']) {
    background-color: var(--_surface);
  }
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
  /* Focus is an outline: box-shadow vanishes in forced colors, and a partner's ::part(…) box-shadow or outline
     must not erase it (!important inside a shadow tree wins over the page's declarations, important or not). */
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color) !important;
    outline-offset: 2px !important;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
