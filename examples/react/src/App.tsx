import {
  type RecourseReportSubmittedEvent,
  ReportForm,
  type ReportFormClient,
} from '@recourse/react/report-form';
import { useState } from 'react';

export interface AppProps {
  /** The Recourse server, e.g. `http://localhost:8787`. */
  apiBase: string;
  /** A client instead of HTTP (tests). */
  client?: ReportFormClient;
  /** Where the submitted event is logged (tests pass a spy). */
  log?: (message: string, detail: unknown) => void;
}

/** A help-center page of a React app: the report form, and the case it created. */
export function App({ apiBase, client, log = console.info }: AppProps) {
  const [caseNumber, setCaseNumber] = useState<string>();
  const submitted = (e: RecourseReportSubmittedEvent) => {
    log('recourse-report-submitted', e.detail);
    setCaseNumber(e.detail.caseNumber);
  };
  return (
    <main style={{ maxWidth: '42rem', margin: '0 auto', padding: '1rem' }}>
      <h1>Report a stolen account</h1>
      {caseNumber ? <p role="status">Case {caseNumber} created.</p> : null}
      <ReportForm apiBase={apiBase} client={client} onReportSubmitted={submitted} />
    </main>
  );
}
