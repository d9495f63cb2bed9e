/**
 * The report form's evidence files, loaded with the logic (`report-form.lazy.ts`): checking,
 * hashing and adding them (the bytes stay in the controller's memory, their status in the state),
 * removing one, and uploading each once the case exists, with its own idempotency key. Plain
 * functions of the form's state controller (`form`), never of the element.
 * @module
 */
import {
  type CaseCreated,
  isRetryableAnswer,
  newIdempotencyKey,
  RETRY_POLICY,
  RecourseApiError,
  retryWaitMs,
} from '@recourse/core';
import { interpolate } from '../../i18n/interpolate';
import { checkFile } from '../../internal/files';
import { secretInFile } from '../../internal/secret-guard';
import type { FileRefusal } from './i18n';
import { refusalText } from './report-form.fields.view';
import type { ReportFormHost } from './report-form.host.controller';
import { fileLimits, removeFileId } from './report-form.model';
import type { FileStatus, ReportFormClient } from './report-form.state';

/** Checks, hashes and adds files (picker or drop). */
export async function addFiles(form: ReportFormHost, list: Iterable<File>): Promise<void> {
  if (form.locked) return;
  await form.ensureGuard();
  form.refusals = [];
  for (const file of list) {
    form.hashing = { name: file.name, percent: 0 };
    const result = await checkFile(file, fileLimits(form.config), form.values.attachments, (percent) => {
      form.hashing = { name: file.name, percent };
    });
    let refusal: FileRefusal | undefined = result.ok ? undefined : result.reason;
    if (result.ok && form.guard && secretInFile(form.guard, result.file)) refusal = 'secret';
    if (refusal || !result.ok) {
      form.refusals = [...form.refusals, { name: file.name, reason: refusal ?? 'unreadable' }];
      continue;
    }
    const key = newIdempotencyKey();
    const { bytes, ...meta } = result.file;
    form.bytes.set(key, bytes);
    form.set({
      files: { ...form.files, [key]: 'ready' },
      values: { ...form.values, attachments: [...form.values.attachments, { key, ...meta }] },
    });
  }
  form.hashing = undefined;
  const refusals = form.refusals;
  form.status = (t) =>
    refusals
      .map((r) =>
        interpolate(t.evidence.refused, {
          name: r.name,
          reason: refusalText(r.reason, form.config, { t, lang: form.currentLang }),
        }),
      )
      .join(' ');
  form.scheduleSave();
}

/** Uploads every file with bytes, each under its own key, retrying as the policy says. */
export async function uploadAll(
  form: ReportFormHost,
  created: CaseCreated,
  client: ReportFormClient,
): Promise<void> {
  const list = form.values.attachments;
  let done = 0;
  for (const meta of list) {
    const bytes = form.bytes.get(meta.key);
    const mark = (status: FileStatus) => {
      form.files = { ...form.files, [meta.key]: status };
    };
    if (!bytes) {
      form.uploadsFailed = true;
      continue;
    }
    const n = done + 1;
    form.status = (t) => interpolate(t.status.uploading, { done: n, total: list.length });
    mark('uploading');
    let ok = false;
    for (let attempt = 1; attempt <= RETRY_POLICY.limit + 1 && !ok; attempt++) {
      try {
        await client.uploadAttachment(
          created.case.id,
          created.accessToken,
          { bytes, name: meta.name, mediaType: meta.mediaType, sha256: meta.sha256 },
          { idempotencyKey: meta.key },
        );
        ok = true;
      } catch (error) {
        const api = error instanceof RecourseApiError ? error : undefined;
        if (api && !isRetryableAnswer(api.status, api.code)) break;
        await new Promise((r) =>
          setTimeout(
            r,
            retryWaitMs(attempt, { retryAfterSeconds: api?.retryAfter, baseMs: form.el.retryDelay * 1000 }),
          ),
        );
      }
    }
    mark(ok ? 'uploaded' : 'failed');
    if (ok) done++;
    else {
      form.uploadsFailed = true;
      form.fire('upload', false);
    }
  }
  form.status = form.uploadsFailed ? (t) => t.done.notUploaded : undefined;
}

/** Removes a file. */
export function removeFile(form: ReportFormHost, key: string): void {
  if (form.locked) return;
  const index = form.values.attachments.findIndex((a) => a.key === key);
  form.bytes.delete(key);
  const { [key]: _removed, ...files } = form.files;
  form.set({
    files,
    values: { ...form.values, attachments: form.values.attachments.filter((a) => a.key !== key) },
  });
  // The removed button leaves the page: focus goes to the next file's "Remove" (now at the same
  // index), else to the file picker on the evidence step, else to the heading; never to <body>.
  form.focusTarget =
    index >= 0 && index < form.values.attachments.length
      ? removeFileId(index)
      : form.step === 'evidence'
        ? 'files'
        : 'heading';
  form.scheduleSave();
}
