/**
 * Everything the form needs after its first step, in one chunk (dynamic `import()`), loaded
 * once the first step is on screen (on idle or at the first input), at once when a draft
 * restores a later step, and awaited by "Continue": the later steps' templates, words and
 * styles; the HTTP client and the secret guard's scanner; and what the form does with the core's
 * schemas (`report-form.controller.ts`: validation, submission, uploads, files, the draft). The
 * first step and the frame render from the initial bundle (`report-form.first-step.view.ts`,
 * `i18n/first-step.*.ts`); see bench/size.mjs and ADR 0005.
 * @module
 */
export { createRecourseClient, loadWordlists, scanForSecrets } from '@recourse/core';
export { REPORT_FORM_CATALOGS } from './i18n';
export { LOCK_OFFER_WORDS } from './i18n/lock';
export {
  actionsFor,
  prefillNotice,
  rescanAll,
  validateStep,
  writeDraft,
} from './report-form.controller';
export { laterStyles } from './report-form.later.styles';
export { LockOfferController } from './report-form.lock.controller';
export { renderLockOffer } from './report-form.lock.view';
export { renderStep } from './report-form.view';
