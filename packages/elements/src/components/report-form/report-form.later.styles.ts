import { css } from 'lit';
import { reportSummaryStyles } from '../../views/report-summary.styles';

/** The later steps' styles (error summary, activity cards, drop zone, files, review, done). */
export const laterStyles = [
  reportSummaryStyles,
  css`
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
    .review .summary-part h3 {
      margin: var(--_space) 0 0.25rem;
      display: inline-block;
      margin-inline-end: 1rem;
    }
    .review .scroll {
      overflow-x: auto;
    }
    .review table {
      border-collapse: collapse;
      width: 100%;
    }
    .review th,
    .review td {
      text-align: start;
      vertical-align: top;
      padding: 0.375rem 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .review .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .review .hash {
      font-size: 0.75rem;
      color: var(--_muted);
      overflow-wrap: anywhere;
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
      .review .pairs {
        grid-template-columns: 1fr;
      }
    }
`,
];
