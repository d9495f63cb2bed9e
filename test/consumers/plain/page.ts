// What a page script may rely on once the script-tag build is loaded: the tags, their classes and
// their typed events (bundler resolution, as editors and bundlers read the package).
import type { RecourseCaseTracker, RecourseReportForm, RecourseTotpSetup } from '@recourse/elements';
import '@recourse/elements/define';

const form: RecourseReportForm | null = document.querySelector('recourse-report-form');
form?.addEventListener('recourse-report-submitted', (event) => {
  const link: string = event.detail.trackingLink;
  const tracker: RecourseCaseTracker = document.createElement('recourse-case-tracker');
  tracker.apiBase = form.apiBase;
  location.assign(link);
});
export const setup: RecourseTotpSetup = document.createElement('recourse-totp-setup');
