/**
 * Evidence before it leaves the browser, shared by the report form, the tracker and the desk:
 * size limits, the real type from the file's bytes and the name it is sent under, by core's rules
 * (`judgeFile`, `toAllowedFileName`: the same the server applies, so the browser refuses exactly
 * what the server would), and a SHA-256 computed with `crypto.subtle.digest` while reading
 * reports progress.
 * @internal
 * @module
 */
import {
  type AttachmentRef,
  type FileRefusalReason,
  type FileRules,
  judgeFile,
  judgeFileSize,
  toAllowedFileName,
} from '@recourse/core';

/** Why a file was refused before upload: core's reasons (`empty`, `size`, `type`) and the case's. */
export type FileRefusal = FileRefusalReason | 'count' | 'total' | 'duplicate' | 'secret' | 'unreadable';

/** An allowed media type. */
export type MediaType = AttachmentRef['mediaType'];

/** Limits that apply to a case's files: core's rules for one file, and the case's count and total. */
export interface FileLimits extends FileRules {
  maxFiles: number;
  maxCaseBytes: number;
}

/** A checked file, ready to upload. */
export interface CheckedFile {
  bytes: Uint8Array;
  name: string;
  mediaType: MediaType;
  size: number;
  sha256: string;
}

/** Outcome of {@link checkFile}. */
export type CheckResult = { ok: true; file: CheckedFile } | { ok: false; reason: FileRefusal };

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** Reads a whole file, reporting the share read (0 to 1). */
export async function readWithProgress(file: Blob, onProgress: (share: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, offset);
    offset += value.length;
    onProgress(file.size ? offset / file.size : 1);
  }
  return out;
}

/** SHA-256 of bytes, lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Checks one file against the limits and the files already added, then hashes it.
 * Size and count are checked before reading; the content by core's `judgeFile` on the whole
 * file; duplicates by hash. The name is core's `toAllowedFileName` of the file's name.
 * @param onProgress - percent 0 to 100 while reading and hashing
 */
export async function checkFile(
  file: File,
  limits: FileLimits,
  existing: readonly { size: number; sha256: string }[],
  onProgress: (percent: number) => void,
): Promise<CheckResult> {
  if (existing.length >= limits.maxFiles) return { ok: false, reason: 'count' };
  const size = judgeFileSize(file.size, limits);
  if (size) return { ok: false, reason: size };
  const total = existing.reduce((sum, f) => sum + f.size, 0);
  if (total + file.size > limits.maxCaseBytes) return { ok: false, reason: 'total' };
  let bytes: Uint8Array;
  try {
    bytes = await readWithProgress(file, (share) => onProgress(Math.floor(share * 90)));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const verdict = judgeFile(bytes, limits);
  if (!verdict.ok) return verdict;
  const sha256 = await sha256Hex(bytes);
  onProgress(100);
  if (existing.some((f) => f.sha256 === sha256)) return { ok: false, reason: 'duplicate' };
  const name = toAllowedFileName(file.name);
  return { ok: true, file: { bytes, name, mediaType: verdict.mediaType, size: bytes.length, sha256 } };
}
