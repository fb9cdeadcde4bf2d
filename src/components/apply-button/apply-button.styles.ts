import { tokenCss } from '../../styles/token-css.js';

// Plain CSS text (no lit: the button shell is a vanilla element); adopted as one constructable stylesheet.
export const styles = `${tokenCss}
:host { display: inline-block; --_h: 2.5rem; --_bg: var(--ck-apply-background, var(--_accent)); --_fg: var(--ck-apply-color, var(--_on-accent)); --_line: var(--_bg); }
:host([size='small']) { --_h: 2rem; font-size: 0.875em; }
:host([size='large']) { --_h: 3rem; font-size: 1.125em; }
:host([variant='neutral']) { --_bg: var(--_surface-alt); --_fg: var(--_text); --_line: var(--_border); }
:host([variant='outline']) { --_bg: transparent; --_fg: var(--_accent); --_line: var(--_accent); }
button { display: inline-flex; align-items: center; gap: 0.5em; min-block-size: var(--_h); padding-inline: 0.9em; border: 2px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); font: inherit; font-weight: 600; cursor: pointer; }
button:disabled, [aria-disabled='true'] { cursor: not-allowed; opacity: 0.6; }
[aria-busy='true'] { cursor: progress; opacity: 1; }
svg, .spin { inline-size: 1.25em; block-size: 1.25em; flex: none; box-sizing: border-box; }
.spin { border: 2px solid; border-inline-end-color: transparent; border-radius: 50%; }
@media (prefers-reduced-motion: no-preference) { .spin { animation: spin 0.8s linear infinite; } }
@keyframes spin { to { transform: rotate(1turn); } }
p { margin: 0.5em 0 0; color: var(--_muted); font-size: 0.875em; line-height: 1.4; }
p:empty { margin: 0; }
.area:has(p:not(:empty)) { max-inline-size: 40ch; min-block-size: calc(4.2em + 2.5rem); }
.error { color: var(--_danger); }
.done { color: var(--_success); }
`;
