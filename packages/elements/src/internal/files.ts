/**
 * Evidence before it leaves the browser, shared by the report form, the tracker and the desk:
 * the real type from the file's first bytes (never its name), size limits, and a SHA-256
 * computed with `crypto.subtle.digest` while reading reports progress. The server checks all of
 * it again.
 * @internal
 * @module
 */
import type { AttachmentRef } from '@recourse/core';

/** Why a file was refused before upload. */
export type FileRefusal =
  | 'type'
  | 'size'
  | 'empty'
  | 'count'
  | 'total'
  | 'duplicate'
  | 'secret'
  | 'unreadable';

/** An allowed media type. */
export type MediaType = AttachmentRef['mediaType'];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((b, i) => bytes[at + i] === b);

/**
 * The media type the bytes really are, or `null` when not allowed. Text must be UTF-8 without
 * NUL bytes and must not be markup (HTML, SVG, XML are refused).
 */
export function sniffMediaType(head: Uint8Array): MediaType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (head.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head);
  } catch {
    // A multi-byte character cut at the end of the sample is fine; anything else is binary.
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
    } catch {
      return null;
    }
  }
  if (/^\s*<(?:!doctype|html|svg|\?xml|script|head|body|iframe)/i.test(text.replace(/^\uFEFF/, '')))
    return null;
  return 'text/plain';
}

/** Limits that apply to a case's files. */
export interface FileLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxCaseBytes: number;
  mediaTypes: readonly MediaType[];
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

/** A file name the schema accepts: no path separators or control characters, at most 255 units. */
export function cleanName(name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const control =
      c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (!control) out += ch === '/' || ch === '\\' ? '_' : ch;
  }
  out = out.trim().slice(0, 255);
  return out === '' || out === '.' || out === '..' ? 'file' : out;
}

/** SHA-256 of bytes, lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Checks one file against the limits and the files already added, then hashes it.
 * Size and count are checked before reading; the type from the first bytes; duplicates by hash.
 * @param onProgress - percent 0 to 100 while reading and hashing
 */
export async function checkFile(
  file: File,
  limits: FileLimits,
  existing: readonly { size: number; sha256: string }[],
  onProgress: (percent: number) => void,
): Promise<CheckResult> {
  if (existing.length >= limits.maxFiles) return { ok: false, reason: 'count' };
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > limits.maxFileBytes) return { ok: false, reason: 'size' };
  const total = existing.reduce((sum, f) => sum + f.size, 0);
  if (total + file.size > limits.maxCaseBytes) return { ok: false, reason: 'total' };
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const mediaType = sniffMediaType(head);
  if (!mediaType || !limits.mediaTypes.includes(mediaType)) return { ok: false, reason: 'type' };
  let bytes: Uint8Array;
  try {
    bytes = await readWithProgress(file, (share) => onProgress(Math.floor(share * 90)));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const sha256 = await sha256Hex(bytes);
  onProgress(100);
  if (existing.some((f) => f.sha256 === sha256)) return { ok: false, reason: 'duplicate' };
  const name = cleanName(file.name);
  return { ok: true, file: { bytes, name, mediaType, size: bytes.length, sha256 } };
}
