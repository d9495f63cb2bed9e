/**
 * The form's templates and catalogs, loaded right after the element's first render so that the
 * initial bundle stays small (see bench/size.mjs and the README of the component).
 * @internal
 * @module
 */
export { REPORT_FORM_CATALOGS } from './report-form.i18n';
export { labelFor, message, refusalText, renderStep } from './report-form.render';
