/**
 * Files: what an upload really is and what it may be called, one rule for the browser (before
 * sending) and the server (on receipt). Pure: bytes and strings in, codes out.
 * @module
 */
export {
  FALLBACK_FILE_NAME,
  hasUnpairedSurrogate,
  isAllowedFileName,
  isPathLike,
  toAllowedFileName,
} from './file-name';
export {
  FILE_REFUSAL_REASONS,
  type FileRefusalReason,
  type FileRules,
  type FileVerdict,
  judgeFile,
  judgeFileSize,
} from './judge-file';
export { FILE_SIGNATURES, type FileSignaturePart, isPlainText, sniffMediaType } from './sniff-media-type';
