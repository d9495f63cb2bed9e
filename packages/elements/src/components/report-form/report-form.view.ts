/**
 * The form's templates and catalogs, requested as soon as the element connects (dynamic
 * `import()`) so that the initial bundle stays small (see bench/size.mjs and ADR 0005).
 * @internal
 * @module
 */
export { REPORT_FORM_CATALOGS } from './report-form.i18n';
export { labelFor, message, refusalText, renderStep } from './report-form.render';
