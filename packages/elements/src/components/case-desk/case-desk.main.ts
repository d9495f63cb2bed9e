/**
 * Everything the desk needs to show its queue and cases, as one dynamic `import()`: the
 * controller with the HTTP client, the view, the styles, its words and the shared domain
 * vocabulary. The element's own module is small, so the desk's first read and its live stream are
 * on the network while this chunk downloads and evaluates (see `internal/early-reads`); until it
 * arrives the element is an empty, `aria-busy` region. The report summary (shown once a case is
 * open) is in it too: as a chunk of its own, the modules it shares with the rest became a third
 * chunk, found only once this one had arrived (one more round trip before the first page).
 * @module
 */
export { createRecourseClient } from '@recourse/core';
export { FocusKeepController } from '../../controllers/focus-keep-controller';
export { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
export { formatsReady } from '../../i18n/catalogs/formats';
export { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
export { reportSummaryStyles } from '../../views/report-summary.styles';
export { reportSummary } from '../../views/report-summary.view';
export { CaseDeskController } from './case-desk.controller';
export { CASE_DESK_CATALOGS } from './case-desk.i18n';
export { styles } from './case-desk.styles';
export { deskView } from './case-desk.view';
