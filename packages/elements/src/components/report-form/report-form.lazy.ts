/**
 * What the form loads once its first step is on screen (dynamic `import()`, on idle or at the
 * first input): the core's zod schemas, the HTTP client and the secret guard. Kept out of the
 * initial bundle and off the first render; see bench/size.mjs and ADR 0005.
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
  validateReport,
  validateReportPart,
} from '@recourse/core';
export { checkFile } from '../../internal/files';
