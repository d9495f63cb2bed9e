/**
 * What the tracker loads after its first render (dynamic `import()`): the HTTP client and the
 * file checks. Kept out of the initial bundle; see bench/size.mjs.
 * @internal
 * @module
 */
export { createRecourseClient } from '@recourse/core';
// The evidence checks (type from magic bytes, limits, SHA-256 with crypto.subtle) are the report
// form's; reused as they are rather than copied.
export { checkFile } from '../report-form/report-form.upload';
