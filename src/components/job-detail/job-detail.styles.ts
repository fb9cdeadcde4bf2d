import { css } from 'lit';
import { jobStyles } from '../../styles/jobs.js';

export const styles = [
  ...jobStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      --_logo: var(--ck-job-logo-size, 3rem);
    }
    .detail {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      max-inline-size: var(--ck-job-detail-max-width, 48rem);
      animation: enter var(--_duration) ease-out;
    }
    /* In source order the apply control follows the title (a phone's first screen); from 40rem the facts come first. */
    @container (min-width: 40rem) {
      .meta {
        order: 1;
      }
      .apply {
        order: 2;
      }
      .apply ~ :not(.meta) {
        order: 3;
      }
    }
    @keyframes enter {
      /* Movement only: text keeps full contrast from the first frame. */
      from {
        transform: translateY(0.5rem);
      }
    }
    p {
      margin: 0;
    }
    .back {
      justify-self: start;
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 2.5rem;
      margin-block-end: 1rem;
      margin-inline-start: -0.5rem;
      padding-inline: 0.5rem 0.75rem;
      border: 0;
      border-radius: var(--_radius-sm);
      background: none;
      color: var(--_accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .back:hover {
      background: var(--_surface-alt);
    }
    .header {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-block-end: 1rem;
    }
    .heading {
      font-size: 1.5rem;
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    /* Focused by script to orient screen-reader and keyboard users; it is not a control, so no ring. */
    .heading:focus-visible {
      outline: none !important;
    }
    .organisation {
      margin-block-start: 0.25rem;
      color: var(--_muted);
      font-weight: 600;
    }
    .meta {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
      gap: 0.75rem 1.25rem;
      margin: 0 0 1.25rem;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    dt {
      color: var(--_muted);
      font-size: 0.8125rem;
      font-weight: 600;
    }
    dd {
      margin: 0.125rem 0 0;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--_muted);
    }
    .apply {
      margin-block-end: 1.5rem;
    }
    .description {
      line-height: 1.6;
      overflow-wrap: anywhere;
    }
    .description :is(p, ul, ol) {
      margin-block: 0 0.875rem;
    }
    /* Grid items keep their children's margins: the last one's would add to the skills' own. */
    .description > :last-child {
      margin-block-end: 0;
    }
    .description :is(h3, h4) {
      margin-block: 1.25rem 0.5rem;
      line-height: 1.3;
    }
    .description a {
      color: var(--_accent);
    }
    .description img {
      max-inline-size: 100%;
      block-size: auto;
    }
    .description table {
      display: block;
      max-inline-size: 100%;
      overflow-x: auto;
      border-collapse: collapse;
    }
    .description :is(td, th) {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
    }
    .still-loading {
      margin-block: 1rem 0;
      color: var(--_muted);
    }
    .state {
      margin-block: 1rem;
      padding: 1.5rem 1rem;
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
      text-align: center;
    }
    .state .button {
      margin-block-start: 0.75rem;
    }
    .hint {
      color: var(--_muted);
    }
    .bar {
      display: block;
      block-size: 0.875rem;
      margin-block: 0.75rem;
      border-radius: 4px;
      background: linear-gradient(90deg, var(--_surface-alt) 25%, var(--_border) 50%, var(--_surface-alt) 75%) 0 0 / 200% 100%;
      animation: shimmer 1.4s linear infinite;
    }
    .bar.title {
      block-size: 1.5rem;
      inline-size: 70%;
    }
    .bar.short {
      inline-size: 40%;
    }
    @media (prefers-reduced-motion: reduce) {
      .bar,
      .detail {
        animation: none;
      }
    }
      .skills {
      margin-block-start: 1.5rem;
    }
    .skills-heading {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    .skill-level {
      margin-block: 0.5rem 0.25rem;
      color: var(--_muted);
      font-size: 0.875rem;
      font-weight: 600;
    }
    .skill-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .skill {
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-alt);
      overflow-wrap: anywhere;
    }
    .skill.essential {
      border-color: var(--_accent);
    }
  `,
];
