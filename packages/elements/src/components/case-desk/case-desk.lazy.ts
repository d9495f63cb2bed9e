/**
 * What the desk needs only once a case is open, as one dynamic `import()`: the report summary
 * and its words. Loaded as soon as the desk connects, so it is there when the agent opens a case.
 * @module
 */

export { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
export { reportSummary } from '../../views/report-summary.view';
