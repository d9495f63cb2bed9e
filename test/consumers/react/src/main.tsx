// A React app: the wrapper renders <recourse-report-form>; its event arrives as a typed prop.
import { type RecourseReportSubmittedEvent, ReportForm } from '@recourse/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const api: string = import.meta.env.VITE_RECOURSE_API;

function App() {
  const [caseNumber, setCaseNumber] = useState<string>();
  return (
    <main>
      <h1>My account was stolen</h1>
      <ReportForm
        apiBase={api}
        onReportSubmitted={(event: RecourseReportSubmittedEvent) => setCaseNumber(event.detail.caseNumber)}
      />
      {caseNumber && <p id="filed">Filed as {caseNumber}</p>}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
