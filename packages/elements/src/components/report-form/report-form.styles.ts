import { css } from 'lit';
import { formStyles } from '../../styles/form';
import { tokens } from '../../styles/tokens';

/** Styles of `<recourse-report-form>`: the shared tokens and form styles, then its own layout. */
export const styles = [
  tokens,
  formStyles,
  css`
    :host {
      max-width: 44rem;
      padding: var(--_space);
    }
    form {
      /* Every step starts at the same height: moving between steps does not shift the page. */
      min-height: var(--recourse-report-form-min-height, 34rem);
    }
    .progress {
      color: var(--_muted);
      margin: 0;
      min-height: 1.5em;
    }
    h2 {
      font-size: 1.5rem;
      line-height: 1.25;
      margin: 0.25rem 0 var(--_space);
    }
    h3 {
      font-size: 1.125rem;
      margin: calc(var(--_space) * 1.25) 0 0.5rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: calc(var(--_space) * 1.5);
    }
    .summary {
      border: 3px solid var(--_danger);
      border-radius: var(--_radius);
      padding: 0.75rem var(--_space);
      margin-block: 0 var(--_space);
    }
    .summary h3 {
      margin-top: 0;
    }
    .summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block: 0 var(--_space);
    }
    fieldset.card > legend {
      padding-inline: 0.25rem;
    }
    .badge {
      display: inline-block;
      background: var(--_surface);
      border: 1px solid var(--_accent);
      border-radius: 999px;
      padding: 0.125rem 0.75rem;
      font-size: 0.875rem;
      margin: 0 0 0.75rem;
    }
    .opt {
      color: var(--_muted);
      font-weight: 400;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75rem;
      margin-block: 0 var(--_space);
    }
    .add .field {
      flex: 1 1 12rem;
      margin: 0;
    }
    .drop {
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block: 0 var(--_space);
      display: grid;
      gap: 0.5rem;
    }
    .drop p {
      margin: 0;
    }
    progress {
      width: 100%;
      accent-color: var(--_accent);
    }
    .files {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      border-bottom: 1px solid var(--_border);
      padding-block: 0.25rem;
    }
    .files .name {
      overflow-wrap: anywhere;
      flex: 1 1 10rem;
    }
    .section-head {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 1rem;
    }
    .section-head h3 {
      margin: 0;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      gap: 0.25rem 1rem;
      margin: 0.5rem 0 0;
    }
    dt {
      color: var(--_muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .copy {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .copy input {
      flex: 1 1 14rem;
      font-family: ui-monospace, monospace;
      font-size: 0.875rem;
    }
    .case-number {
      font-size: 1.25rem;
      font-family: ui-monospace, monospace;
    }
    .status {
      min-height: 1.5em;
      margin-top: var(--_space);
      color: var(--_muted);
    }
    @media (max-width: 30rem) {
      :host {
        padding: 0.75rem;
      }
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 0.5rem;
      }
      .actions button {
        flex: 1 1 100%;
      }
    }
  `,
];
