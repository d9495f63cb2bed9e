/**
 * Everything the desk needs after its first paint, as one dynamic `import()` started once the
 * queue's first page is on screen (or the first paint could not show it): the controller with the
 * HTTP client and its schemas, the live stream, the focus keeper, and the report summary (shown
 * once a case is open). The first paint's view, words and check are `case-desk.first`.
 * @module
 */
export { createRecourseClient } from '@recourse/core';
export { FocusKeepController } from '../../controllers/focus-keep-controller';
export { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
export { reportSummaryStyles } from '../../views/report-summary.styles';
export { reportSummary } from '../../views/report-summary.view';
export { CaseDeskController } from './case-desk.controller';
