/**
 * Styles of `<recourse-totp-setup>` (loaded with its view, after the first paint).
 * @module
 */
import { css } from 'lit';
import { formStyles } from '../../styles/form';
import { tokens } from '../../styles/tokens';

export const styles = [
  tokens,
  formStyles,
  css`
    :host {
      --_qr-size: var(--recourse-totp-setup-qr-size, 12rem);
      max-width: 40rem;
    }
    section {
      min-height: var(--recourse-totp-setup-min-height, 24rem);
    }
    h2 {
      font-size: 1.375rem;
      line-height: 1.3;
      margin: 0 0 var(--_space);
    }
    p {
      margin: 0 0 var(--_space);
    }
    .progress {
      color: var(--_muted);
      font-size: 0.9375rem;
      margin: 0 0 0.25rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-block: var(--_space);
    }
    .qr {
      display: block;
      width: var(--_qr-size);
      height: var(--_qr-size);
      margin: 0 0 var(--_space);
      /* Dark on light in both schemes: scanners expect it. */
      background: #ffffff;
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
    }
    .key {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin: 0 0 0.5rem;
    }
    .key code,
    .codes {
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-size: 1.125rem;
      letter-spacing: 0.04em;
      background: var(--_surface);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
      overflow-wrap: anywhere;
    }
    .code-input {
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-size: 1.5rem !important;
      letter-spacing: 0.3em;
      max-width: 12rem !important;
    }
    .codes {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.25rem 1.5rem;
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0.75rem var(--_space);
    }
    [role='timer'] {
      font-variant-numeric: tabular-nums;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
];
