import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What the job elements (list, detail, editor) share, written once: the tokens, a block host, the heading's
 * reset (each element sets its size), buttons, the employer logo (image or initial) and the skeleton shimmer.
 * An element lists `...jobStyles` first and its own `css` block after it, so its rules come later and win.
 */
// The host grows in a flex row: each element sizes from its container (container-type: inline-size), so its
// content gives it no width of its own, and without flex-grow it would be 0 px wide there. A partner fixes a width
// with `flex: none` (or a flex basis). Comments inside css`` ship to the browser: they stay out here.
export const jobStyles = [
  tokens,
  css`
    :host {
      display: block;
      flex-grow: 1;
    }
    .heading {
      margin: 0;
      border-radius: var(--_radius-sm);
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.375rem;
      min-block-size: 2.5rem;
      min-inline-size: 2.5rem;
      padding-block: 0.375rem;
      padding-inline: 1rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius-sm);
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      transition: background-color var(--_duration), color var(--_duration);
    }
    .button.quiet {
      background: transparent;
      color: var(--_accent);
      border-color: var(--_border);
    }
    .button.quiet:hover:not(:disabled) {
      background: var(--_surface-alt);
    }
    .button:disabled {
      cursor: default;
      opacity: 0.45;
    }
    .chevron:dir(rtl) {
      transform: scaleX(-1);
    }
    .logo {
      flex: none;
      display: grid;
      place-items: center;
      inline-size: var(--_logo);
      block-size: var(--_logo);
      overflow: hidden;
      border-radius: var(--_radius-sm);
      background: var(--_surface-alt);
      color: var(--_muted);
      font-weight: 700;
      font-size: 1.25rem;
    }
    .logo img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: contain;
    }
    @keyframes shimmer {
      to {
        background-position: -200% 0;
      }
    }
  `,
];
