import { css } from 'lit';

/** The later steps' styles (error summary, activity cards, drop zone, files, review, done). */
export const laterStyles = css`
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
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
`;
