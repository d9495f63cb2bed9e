/**
 * Evidence and report schemas: what a person files when their account was stolen, the
 * validation issue codes the widgets translate, and security-notice prefill.
 * @module
 */

export { hasControlCharacters } from './control-characters';
export {
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  isIssueCode,
  toIssues,
  type ValidationResult,
} from './issues';
export {
  ACCOUNT_REF_KINDS,
  ACTIVITY_KINDS,
  ALLOWED_MEDIA_TYPES,
  type AllowedMediaType,
  CONTACT_LANGUAGES,
  LIMITS,
  NOTICE_KINDS,
  PASSWORD_RESET_STATES,
  PROFILE_FIELDS,
  REPORT_CHANNELS,
} from './limits';
export {
  createNoticeSchema,
  NOTICE_PARAMS,
  type NoticeActivityDraft,
  type NoticeKind,
  NoticeSchema,
  noticeToActivity,
  parseNoticeParams,
  type SecurityNotice,
  validateNotice,
} from './notice';
export {
  isIpAddress,
  isPhoneNumber,
  normalizePhone,
  type SchemaOptions,
} from './primitives';
export {
  type AccessState,
  type AccountRef,
  type Activity,
  type ActivityKind,
  type AttachmentRef,
  type Contact,
  createAccountRefSchema,
  createReportSchema,
  REPORT_PART_FIELDS,
  REPORT_PARTS,
  type Report,
  type ReportChannel,
  type ReportInput,
  type ReportPart,
  type ReportPartValue,
  ReportSchema,
  validateReport,
  validateReportPart,
} from './report';
