import { css } from 'lit';
import { jobStyles } from '../../styles/jobs.js';

/**
 * The list's styles. Comments live here, not in the CSS (they would ship in the bundle):
 * - `.heading` is focused by script after a page change; it is not a control, so no ring.
 * - `.cards.virtual`: the virtualizer positions items itself, one column, and measures each one (cards size to content).
 * - `[part~='title']::after` makes the whole card the target; the focus ring is drawn on the card.
 * - Under 30rem the filter selects fold behind the "Filters" button (`.toggle`) unless `.filters.open`.
 */
export const styles = [
  ...jobStyles,
  css`
    :host {
      container-type: inline-size;
      --_card-height: var(--ck-job-card-height, 12.25rem);
      --_logo: var(--ck-job-logo-size, 3rem);
    }
    [hidden] {
      display: none !important;
    }
    p {
      margin: 0;
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      margin-block-end: 0.75rem;
    }
    .heading {
      font-size: 1.375rem;
      line-height: 1.3;
    }
    .heading:focus-visible {
      outline: none !important;
    }
    .total {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
      min-block-size: 1.5em;
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75rem;
      margin-block-end: 1.25rem;
      padding: 0.875rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 10rem;
      min-inline-size: 0;
    }
    .field.search {
      flex: 2 1 16rem;
    }
    .toggle {
      display: none;
    }
    label {
      font-size: 0.875rem;
      font-weight: 600;
    }
    input,
    select {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 2.5rem;
      padding-block: 0.375rem;
      padding-inline: 0.625rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    input::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    .header-end {
      display: flex;
      align-items: baseline;
      gap: 0.75rem;
    }
    .clear {
      min-block-size: 1.5rem;
      padding: 0.125rem 0.25rem;
      border: 0;
      border-radius: var(--_radius-sm);
      background: none;
      color: var(--_accent);
      font: inherit;
      font-weight: 600;
      text-decoration: underline;
      cursor: pointer;
    }

    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ck-job-card-min-width, 20rem)), 1fr));
      gap: 0.875rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cards > li {
      min-inline-size: 0;
    }
    .cards.virtual {
      display: block;
    }
    .cards.virtual > li {
      inline-size: 100%;
      padding-block-end: 0.875rem;
    }

    .card {
      position: relative;
      box-sizing: border-box;
      display: flex;
      gap: 0.875rem;
      min-block-size: var(--_card-height);
      padding: 1rem;
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
      transition: border-color var(--_duration), transform var(--_duration);
    }
    .card:not(.skeleton):hover {
      border-color: var(--_accent);
      transform: translateY(-1px);
    }
    .card:has([part~='title']:focus-visible) {
      outline: var(--_focus-width) solid var(--_focus-color) !important;
      outline-offset: 2px !important;
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 0;
      flex: 1;
    }
    .title {
      margin: 0;
      font-size: 1.0625rem;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    [part~='title'] {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_text);
      font: inherit;
      text-align: start;
      text-decoration: none;
      cursor: pointer;
    }
    [part~='title']:hover {
      color: var(--_accent);
      text-decoration: underline;
    }
    [part~='title']::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    [part~='title']:focus-visible {
      outline: none !important;
    }
    .organisation,
    .meta,
    .posted {
      font-size: 0.9375rem;
      line-height: 1.4;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .organisation {
      font-weight: 600;
    }
    .meta {
      color: var(--_muted);
      white-space: normal;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
    .salary {
      font-size: 0.9375rem;
      overflow-wrap: anywhere;
    }
    .posted {
      margin-block-start: auto;
      color: var(--_muted);
      font-size: 0.8125rem;
    }

    .skeleton .logo,
    .bar {
      background: linear-gradient(90deg, var(--_surface-alt) 25%, var(--_border) 50%, var(--_surface-alt) 75%) 0 0 / 200% 100%;
      animation: shimmer 1.4s linear infinite;
    }
    .bar {
      display: block;
      block-size: 0.875rem;
      inline-size: 60%;
      margin-block: 0.35rem;
      border-radius: 4px;
    }
    .bar.wide {
      inline-size: 85%;
      block-size: 1.125rem;
    }
    .bar.short {
      inline-size: 35%;
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton .logo,
      .bar {
        animation: none;
      }
      .card:not(.skeleton):hover {
        transform: none;
      }
    }

    .still-loading {
      margin-block: 0.875rem 0;
      color: var(--_muted);
    }
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.5rem;
      margin-block: 0.875rem;
      padding: 2rem 1rem;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      text-align: center;
    }
    .state.problem {
      border-style: solid;
      border-color: var(--_danger);
    }
    .state-message {
      font-weight: 600;
      font-size: 1.0625rem;
    }
    .state-hint {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .state .button {
      margin-block-start: 0.5rem;
    }

    .footer {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.625rem;
      margin-block-start: 1.25rem;
    }
    .shown {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .pages ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: center;
      gap: 0.375rem;
      margin: 1.25rem 0 0;
      padding: 0;
      list-style: none;
    }
    .pages .button {
      padding-inline: 0.5rem;
      font-variant-numeric: tabular-nums;
    }
    .pages [aria-current='page'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    .gap {
      color: var(--_muted);
      padding-inline: 0.25rem;
    }

    @container (max-width: 30rem) {
      .card {
        padding: 0.75rem;
        gap: 0.625rem;
      }
      .filters {
        padding: 0.625rem;
      }
      .field {
        flex-basis: 100%;
      }
      .field.search {
        flex-basis: 8rem;
      }
      .toggle {
        display: inline-flex;
      }
      .filters:not(.open) .field:not(.search) {
        display: none;
      }
    }
  `,
];
