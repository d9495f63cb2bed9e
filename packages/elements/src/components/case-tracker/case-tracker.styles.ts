import { css } from 'lit';
import { formStyles } from '../../styles/form';
import { tokens } from '../../styles/tokens';

/** Styles of `<recourse-case-tracker>`: the shared tokens and form styles, then its own layout. */
export const styles = [
  tokens,
  formStyles,
  css`
    :host {
      max-width: var(--recourse-case-tracker-max-width, 48rem);
      padding: var(--_space);
    }
    h2 {
      font-size: 1.5rem;
      line-height: 1.25;
      margin: 0 0 0.25rem;
    }
    h3 {
      font-size: 1.2rem;
      margin: calc(var(--_space) * 1.5) 0 0.5rem;
    }
    h4 {
      font-size: 1rem;
      margin: var(--_space) 0 0.25rem;
    }
    section > h3:first-child {
      margin-top: 0;
    }
    .sr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      color: var(--_muted);
      margin: 0;
    }
    .badge {
      color: var(--_fg);
      border: 1px solid var(--_border);
      border-radius: 999px;
      padding: 0 0.6rem;
    }
    .badge.action_needed {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .connection {
      color: var(--_muted);
      font-size: 0.9375rem;
      min-height: 1.5em;
      margin: 0.25rem 0 var(--_space);
    }
    .connection.offline,
    .connection.reconnecting {
      color: var(--_danger);
      font-weight: 600;
    }
    .panel {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block: var(--_space);
    }
    .panel.action {
      border-inline-start: 4px solid var(--_danger);
    }
    .stepper {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
    }
    .step {
      flex: 1 1 7rem;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.5rem;
      align-items: center;
      padding: 0.5rem;
      border-block-end: 4px solid var(--_border);
      color: var(--_muted);
    }
    .step.done {
      border-color: var(--_success);
      color: var(--_fg);
    }
    .step.current {
      border-color: var(--_accent);
      color: var(--_fg);
      font-weight: 600;
    }
    .step.current.action {
      border-color: var(--_danger);
    }
    .dot {
      display: inline-grid;
      place-items: center;
      width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      border: 2px solid currentColor;
      font-size: 0.875rem;
    }
    .flag {
      grid-column: 1 / -1;
      color: var(--_danger);
      font-size: 0.875rem;
    }
    .plain {
      padding-inline-start: 1.25rem;
    }
    .deadlines {
      margin: 0;
    }
    .deadlines > div {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      padding: 0.25rem 0;
      border-block-end: 1px solid var(--_border);
    }
    .deadlines dd {
      margin: 0;
      color: var(--_muted);
    }
    .late {
      color: var(--_danger);
      margin-inline-start: 0.5rem;
    }
    .asks .quote,
    .text,
    blockquote {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    blockquote {
      margin: 0.25rem 0 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--_border);
    }
    .files,
    .bodies {
      padding-inline-start: 1.25rem;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      align-items: center;
    }
    .hash {
      font-size: 0.75rem;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .thread,
    .timeline {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
    }
    .thread li {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
      margin-block-end: 0.5rem;
      max-width: 90%;
    }
    .thread li.mine {
      margin-inline-start: auto;
      background: var(--_surface);
    }
    .thread .meta {
      font-size: 0.875rem;
    }
    .thread .text {
      margin: 0.25rem 0 0;
    }
    .timeline li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      padding: 0.375rem 0;
      border-block-end: 1px solid var(--_border);
    }
    .timeline .what {
      flex: 1 1 16rem;
    }
    .timeline .who,
    .timeline time,
    .timeline .internal {
      color: var(--_muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: var(--_space);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row .field {
      flex: 1 1 9rem;
    }
    fieldset.tx {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem;
    }
    figure {
      margin: var(--_space) 0;
    }
    .containment .lock,
    .containment .hold {
      border-inline-start: 4px solid var(--_border);
      padding-inline-start: 0.75rem;
      margin-block-end: var(--_space);
    }
    .containment .lock.in_force,
    .containment .hold.in_force {
      border-color: var(--_success);
    }
    .containment .lock.requested,
    .containment .lock.failed,
    .containment .hold.failed {
      border-color: var(--_danger);
    }
    .containment h5 {
      font-size: 1rem;
      margin: var(--_space) 0 0.25rem;
    }
    .action-state.done,
    .outcome.done,
    .outcome.kept {
      color: var(--_success);
    }
    .action-state.failed,
    .action-state.retrying,
    .outcome.failed {
      color: var(--_danger);
    }
    .credentials fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
      margin-block-end: 0.5rem;
    }
    .credentials .label {
      overflow-wrap: anywhere;
    }
    @media (forced-colors: active) {
      .step.current,
      .step.done {
        border-color: Highlight;
      }
    }
  `,
];
