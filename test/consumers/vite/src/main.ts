// A Vite app: the define entries register the tags; the page shows the tracker when opened with
// the private link (`#case=…&token=…`), else the report form.
import '@recourse/elements/define/report-form';
import '@recourse/elements/define/case-tracker';
import type { RecourseReportSubmittedEvent } from '@recourse/elements';

const api: string = import.meta.env.VITE_RECOURSE_API;
const main = document.querySelector('main');
if (!main) throw new Error('no <main>');

if (new URLSearchParams(location.hash.slice(1)).has('case')) {
  const tracker = document.createElement('recourse-case-tracker');
  tracker.apiBase = api;
  main.append(tracker);
} else {
  const form = document.createElement('recourse-report-form');
  form.apiBase = api;
  form.addEventListener('recourse-report-submitted', (event: RecourseReportSubmittedEvent) => {
    document.title = `Case ${event.detail.caseNumber} · Consumer Bank`;
  });
  main.append(form);
}
