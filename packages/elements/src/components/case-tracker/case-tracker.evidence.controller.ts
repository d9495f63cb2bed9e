/**
 * The files a reporter sends as evidence with an answer: checked against the platform's limits,
 * hashed (SHA-256 in the browser), text files read by the secret guard, then each uploaded once.
 * Functions of their inputs: the controller keeps the results in the state.
 * @module
 */
import { type AttachmentMeta, newIdempotencyKey } from '@recourse/core';
import { checkFile } from '../../internal/files';
import { type SecretGuard, secretInFile } from '../../internal/secret-guard';
import type { attachmentLimits } from './case-tracker.model';
import type { CaseTrackerClient, PendingFile, Refusal } from './case-tracker.state';

/**
 * Checks and hashes chosen files, one at a time.
 * @param limits - the platform's limits (`attachmentLimits` of its configuration)
 * @param guard - the secret guard, or `undefined` when it could not load (then no text file passes)
 * @param progress - told each file kept (with the list so far) or being hashed
 */
export async function checkChosen(
  list: FileList,
  limits: ReturnType<typeof attachmentLimits>,
  chosen: readonly PendingFile[],
  guard: SecretGuard | undefined,
  progress: (files: readonly PendingFile[], hashing: string) => void,
): Promise<Refusal[]> {
  const refusals: Refusal[] = [];
  let files = chosen;
  for (const file of Array.from(list)) {
    progress(files, file.name);
    const result = await checkFile(file, limits, files, () => undefined);
    if (!result.ok) {
      refusals.push({ name: file.name, reason: result.reason });
      continue;
    }
    // A text file is read by the guard too: no seed phrase, key or code leaves as "evidence"
    // (unscanned text is not sent at all).
    if (result.file.mediaType === 'text/plain' && (!guard || secretInFile(guard, result.file))) {
      refusals.push({ name: file.name, reason: guard ? 'secret' : 'unreadable' });
      continue;
    }
    files = [...files, { ...result.file, key: newIdempotencyKey() }];
    progress(files, file.name);
  }
  return refusals;
}

/**
 * Uploads the files not uploaded yet, each under its own lasting key (a retry of the answer does
 * not upload a file twice).
 * @param uploaded - told of each file the server stored (by its key), to mark it uploaded
 */
export async function uploadOnce(
  client: CaseTrackerClient,
  caseId: string,
  token: string,
  files: readonly PendingFile[],
  uploaded: (key: string, meta: AttachmentMeta) => void,
): Promise<void> {
  for (const file of files) {
    if (file.meta) continue;
    const { bytes, name, mediaType, sha256, key } = file;
    const meta = await client.uploadAttachment(
      caseId,
      token,
      { bytes, name, mediaType, sha256 },
      { idempotencyKey: key },
    );
    uploaded(key, meta);
  }
}
