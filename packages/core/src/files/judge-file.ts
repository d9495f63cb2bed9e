/**
 * The verdict on one file's content, with the reason codes the widgets translate: the same on
 * both sides of an upload (the browser before sending, the server on receipt). No DOM, no Node.
 * @module
 */
import type { AllowedMediaType } from '../schemas/limits';
import { sniffMediaType } from './sniff-media-type';

/** Why a file's content is refused: nothing in it, too large, or not a type on the allowlist. */
export const FILE_REFUSAL_REASONS = ['empty', 'size', 'type'] as const;

/** A reason in {@link FILE_REFUSAL_REASONS}. */
export type FileRefusalReason = (typeof FILE_REFUSAL_REASONS)[number];

/** The rules a platform sets for one file (its config's `attachments`). */
export interface FileRules {
  /** Largest file, in bytes. */
  maxFileBytes: number;
  /** The media types the platform takes (a subset of `ALLOWED_MEDIA_TYPES`). */
  mediaTypes: readonly AllowedMediaType[];
}

/** Outcome of {@link judgeFile}. */
export type FileVerdict =
  | { ok: true; mediaType: AllowedMediaType }
  | { ok: false; reason: FileRefusalReason };

/**
 * The size part of the verdict, for a check that knows the size before reading the bytes.
 * @returns the refusal, or `null` when the size is fine
 */
export function judgeFileSize(
  size: number,
  rules: Pick<FileRules, 'maxFileBytes'>,
): FileRefusalReason | null {
  if (size === 0) return 'empty';
  return size > rules.maxFileBytes ? 'size' : null;
}

/**
 * Judges a whole file: empty, then size, then what its bytes are ({@link sniffMediaType}) against
 * the platform's media types.
 */
export function judgeFile(bytes: Uint8Array, rules: FileRules): FileVerdict {
  const size = judgeFileSize(bytes.length, rules);
  if (size) return { ok: false, reason: size };
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null || !rules.mediaTypes.includes(mediaType)) return { ok: false, reason: 'type' };
  return { ok: true, mediaType };
}
