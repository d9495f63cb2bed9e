import { css } from 'lit';
import { formStyles } from '../../styles/form';
import { tokens } from '../../styles/tokens';

/** Styles of `<recourse-case-desk>`: the shared tokens and form styles, then its own layout. */
export const styles = [
  tokens,
  formStyles,
  css`
    :host {
      --_internal: var(--recourse-color-internal, light-dark(#fff4d6, #3a2f12));
      padding: var(--_space);
    }
    h2 {
      font-size: 1.4rem;
      margin: 0.5rem 0 0.25rem;
    }
    h3 {
      font-size: 1.15rem;
      margin: calc(var(--_space) * 1.5) 0 0.5rem;
    }
    h4 {
      margin: 0 0 0.5rem;
    }
    .sr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row .field {
      flex: 1 1 12rem;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.375rem 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .prio.critical {
      color: var(--_danger);
      font-weight: 700;
    }
    .prio.high {
      font-weight: 700;
    }
    .account {
      display: inline-block;
      padding: 0 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-weight: 600;
    }
    .account.missing {
      border-color: var(--_danger);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-block: var(--_space);
    }
    .meta {
      color: var(--_muted);
      margin: 0;
    }
    .chain.ok {
      color: var(--_success);
      font-weight: 600;
    }
    .chain.bad,
    .bad {
      color: var(--_danger);
      font-weight: 600;
    }
    .ok {
      color: var(--_success);
    }
    .timeline,
    .thread {
      list-style: none;
      padding: 0;
    }
    .timeline li,
    .thread li {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
      margin-block-end: 0.5rem;
    }
    .timeline .head {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      margin: 0;
    }
    .seq,
    .who,
    time {
      color: var(--_muted);
    }
    .internal {
      background: var(--_internal);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
    }
    form.internal {
      padding: var(--_space);
    }
    .badge-internal {
      font-weight: 700;
      margin: 0.25rem 0;
    }
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .hash {
      font-size: 0.75rem;
      color: var(--_muted);
      overflow-wrap: anywhere;
      margin: 0;
    }
    .data p {
      margin: 0.25rem 0;
    }
    form.command:not(.internal) + form.command {
      margin-top: var(--_space);
    }
    .thread li.reporter {
      border-inline-start: 4px solid var(--_accent);
    }
    .report {
      background: var(--_surface);
      padding: 0.75rem;
      border-radius: var(--_radius);
    }
    .action-state.done,
    .lock.done {
      color: var(--_success);
    }
    .action-state.retrying,
    .action-state.failed,
    .lock.retrying,
    .lock.failed {
      color: var(--_danger);
      font-weight: 700;
    }
    .until {
      display: block;
    }
  `,
];
