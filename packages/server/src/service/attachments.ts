/**
 * Evidence uploads: every check of an upload (declared type on the allowlist, idempotency key,
 * claimed SHA-256, file name, the bytes' real type, their hash), then the store's counted write.
 * @module
 */
import {
  type AttachmentMeta as ApiAttachmentMeta,
  AttachmentMetaSchema,
  isAllowedFileName,
  sniffMediaType,
} from '@recourse/core';
import { sha256hex } from '../crypto';
import { contractJson, ProblemError } from '../http';
import { AttachmentLimitError } from '../store/errors';
import type { AttachmentMeta } from '../store/types';
import type { Answer, ServiceContext } from './context';
import { idempotent, requireIdempotencyKey } from './idempotent';
import { rateLimit } from './rate-limits';

/** An upload as the request carries it: raw header values, and the body, read once the headers pass. */
export interface UploadRequest {
  /** `Content-Type`. */
  contentType: string | undefined;
  /** `Idempotency-Key`. */
  idempotencyKey: string | undefined;
  /** `X-Content-SHA256`: the SHA-256 (hex) the client computed. */
  claimedSha256: string | undefined;
  /** `X-Filename`, percent-encoded. */
  encodedName: string | undefined;
  /** Reads the whole body (already limited to `attachments.maxFileBytes`). */
  readBytes(): Promise<Uint8Array>;
}

/**
 * Checks an upload and stores it: 415 for a declared type off the allowlist, 400 without a
 * key, 422 for a malformed hash or name, an empty file, bytes that are not what they claim
 * (`attachment_rejected`) or do not hash to the claimed value (`hash_mismatch`). Runs once
 * per idempotency key (201 with the attachment's metadata).
 */
export async function uploadAttachment(
  ctx: ServiceContext,
  caseId: string,
  upload: UploadRequest,
  role: string,
): Promise<Answer> {
  const declared = (upload.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(ctx.config.attachments.mediaTypes as readonly string[]).includes(declared))
    throw new ProblemError('unsupported_media_type');
  const key = requireIdempotencyKey(upload.idempotencyKey);
  const claimed = (upload.claimedSha256 ?? '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(claimed))
    throw new ProblemError('validation_failed', {
      issues: [{ path: 'X-Content-SHA256', code: 'invalid_sha256' }],
    });
  let name: string;
  try {
    name = decodeURIComponent(upload.encodedName ?? '');
  } catch {
    name = '';
  }
  if (!isAllowedFileName(name))
    throw new ProblemError('validation_failed', {
      issues: [{ path: 'X-Filename', code: 'invalid_file_name' }],
    });
  const bytes = await upload.readBytes();
  if (bytes.length === 0)
    throw new ProblemError('validation_failed', { issues: [{ path: '', code: 'file_empty' }] });
  const sniffed = sniffMediaType(bytes);
  if (sniffed === null || sniffed !== declared) throw new ProblemError('attachment_rejected');
  const actual = sha256hex(bytes);
  if (actual !== claimed) throw new ProblemError('hash_mismatch');
  const requestHash = sha256hex(`${actual}\n${sniffed}\n${name}`);
  return storeAttachment(ctx, caseId, { name, mediaType: sniffed, bytes, role }, key, requestHash);
}

/** An attachment's metadata as the contract shows it. */
export function apiAttachment(meta: AttachmentMeta): ApiAttachmentMeta {
  return {
    id: meta.id,
    name: meta.originalName,
    mediaType: meta.mediaType as ApiAttachmentMeta['mediaType'],
    size: meta.size,
    sha256: meta.sha256,
    createdAt: meta.createdAt.toISOString(),
  };
}

/** Stores a checked upload (see {@link uploadAttachment}). */
async function storeAttachment(
  ctx: ServiceContext,
  caseId: string,
  input: { name: string; mediaType: string; bytes: Uint8Array; role: string },
  key: string,
  requestHash: string,
): Promise<Answer> {
  return idempotent(ctx, `attachment:${caseId}`, key, requestHash, async (seal) => {
    await rateLimit(ctx, `commands:${caseId}`, ctx.limits.commandsPerCase);
    let meta: AttachmentMeta;
    try {
      meta = await ctx.store.putAttachment({
        caseId,
        originalName: input.name,
        mediaType: input.mediaType,
        data: input.bytes,
        uploadedByRole: input.role,
        limits: { maxCount: ctx.config.attachments.maxFiles, maxBytes: ctx.config.attachments.maxCaseBytes },
      });
    } catch (err) {
      if (err instanceof AttachmentLimitError)
        throw new ProblemError('attachment_limit', { detail: err.limit });
      throw err;
    }
    const answer = { status: 201, text: contractJson(AttachmentMetaSchema, apiAttachment(meta)) };
    // putAttachment takes no idempotency record: complete it right after (see the report).
    await ctx.store.completeIdempotent(seal(answer));
    return answer;
  });
}
