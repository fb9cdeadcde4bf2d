import { css } from 'lit';

export const styles = css`
  :host {
    --_chip: var(--ck-skill-picker-chip-background, var(--_surface-alt));
    display: block;
    position: relative;
    line-height: 1.4;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.375rem;
  }
  .combo {
    position: relative;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    padding: 0.3125rem;
    padding-inline-start: 0.5rem;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field:has(input:focus-visible) {
    border-color: var(--_accent);
    outline: var(--_focus-width) solid var(--_focus-color) !important;
    outline-offset: 2px !important;
  }
  /* The ring is drawn on the field around chips and input. */
  input:focus-visible {
    outline: none !important;
  }
  :host([disabled]) .field,
  .field:has(input:disabled) {
    background: var(--_surface-alt);
  }
  input {
    flex: 1 1 10rem;
    min-inline-size: 8rem;
    min-block-size: 2rem;
    border: 0;
    outline: 0;
    padding: 0 0.25rem;
    background: transparent;
    color: inherit;
    font: inherit;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    max-inline-size: 100%;
    min-block-size: 2rem;
    box-sizing: border-box;
    padding-inline: 0.625rem 0.125rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_chip);
  }
  .chip-label {
    overflow-wrap: anywhere;
    padding-inline-end: 0.25rem;
  }
  .badge {
    font-size: 0.75rem;
    font-weight: 600;
    padding: 0 0.375rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--_muted);
    margin-inline-end: 0.125rem;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    font-size: 1rem;
    line-height: 1;
  }
  button.icon:hover {
    background: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .chip .icon span:not(.visually-hidden) {
    font-weight: 700;
  }
  .browse {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
    margin-inline-start: auto;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface-alt);
  }
  .twisty::before {
    content: '▸';
    display: inline-block;
    transition: transform var(--_duration);
  }
  :host(:dir(rtl)) .twisty::before {
    content: '◂';
  }
  .browse[aria-expanded='true'] .twisty::before {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .browse[aria-expanded='true'] .twisty::before {
    transform: rotate(-90deg);
  }
  [hidden] {
    display: none !important;
  }
  .type {
    flex: none;
    font-size: 0.8125rem;
    color: var(--_muted);
    padding-block-start: 0.0625rem;
  }
  .message {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0.625rem 0.75rem;
    color: var(--_muted);
  }
  .message.error {
    color: var(--_danger);
  }
  .link {
    min-block-size: 1.5rem;
    padding: 0.125rem 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 600;
  }
  .help {
    margin-block-start: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .help:empty {
    display: none;
  }
  .panel {
    margin-block-start: 0.5rem;
    max-block-size: var(--ck-skill-picker-tree-max-height, 22rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
