import { css } from 'lit';
import { formStyles } from '../../styles/form';
import { tokens } from '../../styles/tokens';

/**
 * Styles of `<recourse-report-form>` that the first step needs: the shared tokens and form
 * styles, then the frame's layout. The later steps' own styles (error summary, cards, files,
 * review) come with their templates: `laterStyles`, adopted when those load.
 */
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
    .status {
      min-height: 1.5em;
      margin-top: var(--_space);
      color: var(--_muted);
    }
    @media (max-width: 30rem) {
      :host {
        padding: 0.75rem;
      }
      .actions button {
        flex: 1 1 100%;
      }
    }
  `,
];
