/**
 * Form styles every widget shares: fields, labels, hints, errors, buttons, focus, notices.
 * Targets at least 44 px for touch, works from 320 px wide.
 * @module
 */
import { css } from 'lit';

export const formStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h2:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  h2:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_focus);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0 var(--_space);
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375rem;
    margin: 0;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    min-height: 2.75rem;
    width: 100%;
    max-width: 100%;
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    color: var(--_accent);
    background: transparent;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.link {
    border: 0;
    padding-inline: 0;
    min-height: 2.75rem;
    text-decoration: underline;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_accent);
  }
  .notice {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
    margin-block: 0 var(--_space);
  }
  .notice.danger {
    border-color: var(--_danger);
  }
  .notice.success {
    border-color: var(--_success);
  }
`;
