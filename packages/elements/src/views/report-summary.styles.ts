import { css } from 'lit';

/** Styles of the report summary (on top of the shared tokens the host already has). */
export const reportSummaryStyles = css`
  .summary-part h4 {
    margin: var(--_space) 0 0.25rem;
  }
  .pairs {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .pairs dt {
    color: var(--_muted);
  }
  .pairs dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary-part caption {
    text-align: start;
    font-weight: 700;
    padding-block: var(--_space) 0.25rem;
  }
  .summary-part time {
    color: inherit;
  }
  .summary-part td,
  .summary-part th {
    overflow-wrap: anywhere;
  }
`;
