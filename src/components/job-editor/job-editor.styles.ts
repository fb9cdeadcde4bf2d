import { css } from 'lit';
import { jobStyles } from '../../styles/jobs.js';

export const styles = [
  ...jobStyles,
  css`
    :host {
      container-type: inline-size;
      line-height: 1.45;
    }
    .layout {
      display: grid;
      gap: 2rem;
      max-inline-size: var(--ck-job-editor-max-width, 60rem);
    }
    @container (min-width: 70rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        max-inline-size: none;
      }
      .preview {
        position: sticky;
        inset-block-start: 1rem;
        align-self: start;
      }
    }
    .heading {
      margin: 0 0 0.25rem;
      font-size: 1.5rem;
      font-weight: 700;
      line-height: 1.25;
    }
    .subheading {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
    }
    p {
      margin: 0;
    }
    .note,
    .hint {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .group {
      display: grid;
      gap: 1rem;
      margin: 1.25rem 0 0;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    .group > legend {
      padding-inline: 0.375rem;
      font-size: 1.125rem;
      font-weight: 700;
    }
    .row {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    }
    .field {
      display: grid;
      gap: 0.25rem;
      min-inline-size: 0;
    }
    .label {
      font-weight: 600;
    }
    .required {
      color: var(--_danger);
    }
    input,
    select,
    textarea,
    .editor {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding: 0.5rem 0.625rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    input[type='radio'] {
      inline-size: 1.25rem;
      min-block-size: 1.25rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    textarea {
      resize: vertical;
    }
    .editor {
      min-block-size: 10rem;
      max-block-size: 30rem;
      overflow: auto;
      overflow-wrap: anywhere;
    }
    .editor :is(h3, h4) {
      margin: 0.75rem 0 0.25rem;
    }
    .editor :is(p, ul, ol) {
      margin: 0 0 0.5rem;
    }
    .editor a {
      color: var(--_accent);
    }
    .source {
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
      font-size: 0.875rem;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .error {
      color: var(--_danger);
      font-size: 0.875rem;
      font-weight: 600;
    }
    .error::before {
      content: '⚠ ';
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .tool {
      min-inline-size: 2.5rem;
      min-block-size: 2.5rem;
      padding-inline: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface-alt);
      color: var(--_text);
      font: inherit;
      cursor: pointer;
    }
    .tool[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .link-form {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .link-form input {
      flex: 1 1 14rem;
      inline-size: auto;
    }
    .button.secondary {
      background: transparent;
      color: var(--_accent);
      border-color: var(--_border);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .choices > legend {
      margin-block-end: 0.375rem;
      padding: 0;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.5rem;
    }
    .suggestions {
      display: grid;
      gap: 0.375rem;
    }
    .suggestion-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      min-block-size: 2.5rem;
      padding-inline: 0.75rem;
      border: 1px dashed var(--_accent);
      border-radius: 999px;
      background: var(--_surface);
      color: var(--_accent);
      font: inherit;
      cursor: pointer;
    }
    .chip:hover {
      background: var(--_surface-alt);
    }
    .banner,
    .state {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      margin-block-start: 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius-sm);
      border: 1px solid var(--_border);
      background: var(--_surface-alt);
    }
    .banner.problem {
      border: 2px solid var(--_danger);
    }
    .banner.done {
      border: 2px solid var(--_success);
    }
    .actions {
      margin-block-start: 1.25rem;
    }
    .button[aria-disabled='true'] {
      opacity: 0.7;
      cursor: progress;
    }
    .preview {
      padding: 1rem;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    .preview ck-job-detail {
      margin-block-start: 1rem;
    }
    ck-job-detail::part(back) {
      display: none;
    }
    @media (forced-colors: active) {
      [aria-invalid='true'],
      .banner.problem,
      .banner.done {
        border-color: CanvasText;
      }
      .tool[aria-pressed='true'] {
        border: 2px solid Highlight;
      }
    }
  `,
];
