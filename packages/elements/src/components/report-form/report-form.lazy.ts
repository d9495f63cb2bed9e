/**
 * What the form loads after its first render (dynamic `import()`): the core's zod schemas, the
 * HTTP client and the secret guard. Kept out of the initial bundle; see bench/size.mjs.
 * @internal
 * @module
 */
export {
  createRecourseClient,
  loadWordlists,
  newIdempotencyKey,
  noticeToActivity,
  parseNoticeParams,
  RecourseApiError,
  RecourseNetworkError,
  scanForSecrets,
  triage,
  validateReport,
  validateReportPart,
} from '@recourse/core';
export { checkFile } from '../../internal/files';
