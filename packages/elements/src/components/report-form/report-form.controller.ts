/**
 * What the report form does once someone uses it, loaded with the schemas and the client (see
 * `report-form.lazy.ts`), never with the first step: step validation, submission with one
 * idempotency key and retries, uploads, evidence files, the paste guard, the notice prefill and
 * copying the tracking link. Plain functions of the element; the class keeps thin methods that
 * load this module and call them.
 * @internal
 * @module
 */
import {
  type CaseCreated,
  type Issue,
  isRetryableAnswer,
  newIdempotencyKey,
  noticeToActivity,
  parseNoticeParams,
  RETRY_POLICY,
  RecourseApiError,
  type ReportInput,
  retryWaitMs,
  type SecretKind,
  validateReport,
  validateReportPart,
} from '@recourse/core';
import { RecourseReportSubmitEvent, RecourseReportSubmittedEvent } from '../../events/report-form-events';
import { formatBytes } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { checkFile } from '../../internal/files';
import { secretInFile } from '../../internal/secret-guard';
import type { FileRefusal, StepId } from './i18n';
import type { RecourseReportForm, ReportFormClient, SecretHit, StatusText } from './report-form';
import { clearDraft, saveDraft } from './report-form.draft';
import {
  ACTIVITY_FIELDS,
  type ActivityDraft,
  blankActivity,
  fieldId,
  fileLimits,
  GUARDED,
  isBlank,
  removeFileId,
  stepOfPath,
  toLocalInput,
} from './report-form.model';
import { toReport, trackingLinkFor } from './report-form.payload.model';

/** Fills in the activity a security notice describes ("this wasn't me" links), once. */
export function prefillNotice(f: RecourseReportForm): void {
  const params: Record<string, string | undefined> = {};
  const search = new URLSearchParams(location.search);
  for (const name of ['notice', 'notice_kind', 'notice_at', 'notice_ip', 'notice_device']) {
    params[name] = search.get(name) ?? undefined;
  }
  if (f.noticeId) {
    Object.assign(params, {
      notice: f.noticeId,
      notice_kind: f.noticeKind,
      notice_at: f.noticeAt,
      notice_ip: f.noticeIp,
      notice_device: f.noticeDevice,
    });
  }
  const notice = parseNoticeParams(params);
  if (!notice || f.values.notice?.id === notice.id) return;
  const draft = noticeToActivity(notice);
  const activity: ActivityDraft = {
    ...blankActivity(draft.kind, toLocalInput(draft.at)),
    fromNotice: true,
  };
  if (draft.kind === 'sign_in') {
    activity.ip = draft.ip ?? '';
    activity.device = draft.device ?? '';
  }
  f.values = {
    ...f.values,
    notice,
    activities: [activity, ...f.values.activities.filter((a) => !a.fromNotice)],
  };
}

/** The kind of secret the guard finds in a guarded field's text, if any (none before it loads). */
export function scanField(f: RecourseReportForm, path: string, text: string): SecretKind | undefined {
  const context = GUARDED[path.split('.').pop() ?? ''];
  if (!context || !text || !f.guard) return undefined;
  return f.guard(text, context)[0]?.kind;
}

/** Inserts pasted text into a guarded field only when the secret guard finds nothing in it. */
export async function guardedInsert(
  f: RecourseReportForm,
  target: HTMLInputElement | HTMLTextAreaElement,
  path: string,
  text: string,
): Promise<void> {
  await f.ensureGuard();
  const kind = scanField(f, path, text);
  if (kind) {
    f.secrets = [...f.secrets.filter((s) => s.path !== path), { path, kind }];
    f.status = (t) => `${t.errors.secret[kind]} ${t.errors.neverAsks}`;
    return;
  }
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  target.setRangeText(text, start, end, 'end');
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Checks, hashes and adds files (picker or drop). */
export async function addFiles(f: RecourseReportForm, list: Iterable<File>): Promise<void> {
  if (f.locked) return;
  await f.ensureGuard();
  f.refusals = [];
  for (const file of list) {
    f.hashing = { name: file.name, percent: 0 };
    const result = await checkFile(file, fileLimits(f.platformConfig), f.values.attachments, (percent) => {
      f.hashing = { name: file.name, percent };
    });
    let refusal: FileRefusal | undefined = result.ok ? undefined : result.reason;
    if (result.ok && f.guard && secretInFile(f.guard, result.file)) refusal = 'secret';
    if (refusal || !result.ok) {
      f.refusals = [...f.refusals, { name: file.name, reason: refusal ?? 'unreadable' }];
      continue;
    }
    const key = newIdempotencyKey();
    const { bytes, ...meta } = result.file;
    f.files.set(key, { bytes, state: 'ready' });
    f.values = { ...f.values, attachments: [...f.values.attachments, { key, ...meta }] };
  }
  f.hashing = undefined;
  const refusals = f.refusals;
  f.status = (t) =>
    refusals
      .map((r) => interpolate(t.evidence.refused, { name: r.name, reason: refusalText(f, r.reason) }))
      .join(' ');
  f.scheduleSave();
}

/** The core schemas' issues for one step's fields (the whole report at the review). */
export async function validateStep(f: RecourseReportForm, step: StepId): Promise<Issue[]> {
  const report = toReport(f.values);
  const only = (issues: Issue[], test: (path: string) => boolean) => issues.filter((i) => test(i.path));
  const part = (name: Parameters<typeof validateReportPart>[0]) => {
    const result = validateReportPart(name, report);
    return result.ok ? [] : result.issues;
  };
  switch (step) {
    case 'account':
      return [...part('account'), ...part('contact')];
    case 'incident':
      return [
        ...only(part('incident'), (p) => !p.startsWith('access')),
        ...part('activities'),
        ...only(part('evidence'), (p) => p.startsWith('narrative')),
      ];
    case 'evidence':
      return only(part('evidence'), (p) => p.startsWith('attachments'));
    default: {
      const result = validateReport(report);
      return result.ok ? [] : result.issues;
    }
  }
}

/** Validates everything, asks the host, then sends with one idempotency key until answered. @internal */
export async function submit(f: RecourseReportForm): Promise<void> {
  if (f.submitState === 'submitting' || f.submitState === 'validating') return;
  f.submitState = 'validating';
  await f.ensureGuard();
  const issues = await validateStep(f, 'review');
  f.issues = issues;
  if (issues.length > 0 || f.secrets.length > 0) {
    f.submitState = 'idle';
    f.summaryShown = true;
    f.focusTarget = 'summary';
    return;
  }
  f.summaryShown = false;
  const report = toReport(f.values);
  const event = new RecourseReportSubmitEvent({ report });
  if (!f.dispatchEvent(event)) {
    f.submitState = 'idle';
    f.status = (t) => t.status.canceled;
    return;
  }
  f.idempotencyKey ??= newIdempotencyKey();
  f.flushDraft();
  await send(f, event.detail.report);
}

async function send(f: RecourseReportForm, report: ReportInput): Promise<void> {
  const client = await f.getClient();
  let attempt = 0;
  for (;;) {
    f.submitState = 'submitting';
    f.status = (t) => t.status.submitting;
    try {
      const created = await client.createCase(report, { idempotencyKey: f.idempotencyKey! });
      await acknowledged(f, created, client);
      return;
    } catch (error) {
      const api = error instanceof RecourseApiError ? error : undefined;
      if (api && !isRetryableAnswer(api.status, api.code)) {
        // A definite answer: nothing was created; the next submission gets a new key.
        f.idempotencyKey = undefined;
        f.submitState = 'rejected';
        f.issues = api.issues;
        f.summaryShown = api.issues.length > 0;
        f.focusTarget = f.summaryShown ? 'summary' : undefined;
        f.status = (t) => t.status.rejected;
        f.flushDraft();
        f.fire(api.code === 'validation_failed' ? 'validation' : 'rejected', false, api.code);
        return;
      }
      attempt++;
      const offline = !api;
      f.submitState = offline ? 'offline' : 'retrying';
      f.fire('network', true, api?.code);
      const wait = retryWaitMs(attempt, { retryAfterSeconds: api?.retryAfter, baseMs: f.retryDelay * 1000 });
      await countdown(f, wait / 1000, offline);
    }
  }
}

async function countdown(f: RecourseReportForm, seconds: number, offline: boolean): Promise<void> {
  const line =
    (left: number): StatusText =>
    (t) =>
      (offline ? `${t.status.offline} ` : '') + interpolate(t.status.retrying, { seconds: left });
  await new Promise<void>((resolve) => {
    let left = Math.max(0, Math.ceil(seconds));
    const done = () => {
      clearInterval(timer);
      f.wake = undefined;
      resolve();
    };
    f.wake = done;
    f.status = line(left);
    const timer = setInterval(() => {
      left--;
      if (left <= 0) done();
      else f.status = line(left);
    }, 1000);
    if (seconds <= 0) done();
  });
}

async function acknowledged(
  f: RecourseReportForm,
  created: CaseCreated,
  client: ReportFormClient,
): Promise<void> {
  f.created = created;
  f.idempotencyKey = undefined;
  f.submitState = 'idle';
  clearDraft(f.storageKey);
  f.restored = false;
  f.goTo('done');
  f.status = undefined;
  f.dispatchEvent(
    new RecourseReportSubmittedEvent({
      caseId: created.case.id,
      caseNumber: created.case.number,
      trackingLink: trackingLinkFor(f.created, f.trackingUrl),
    }),
  );
  await uploadAll(f, created, client);
}

async function uploadAll(
  f: RecourseReportForm,
  created: CaseCreated,
  client: ReportFormClient,
): Promise<void> {
  const list = f.values.attachments;
  let done = 0;
  for (const meta of list) {
    const held = f.files.get(meta.key);
    if (!held?.bytes) {
      f.uploadsFailed = true;
      continue;
    }
    const n = done + 1;
    f.status = (t) => interpolate(t.status.uploading, { done: n, total: list.length });
    held.state = 'uploading';
    let ok = false;
    for (let attempt = 1; attempt <= RETRY_POLICY.limit + 1 && !ok; attempt++) {
      try {
        await client.uploadAttachment(
          created.case.id,
          created.accessToken,
          { bytes: held.bytes, name: meta.name, mediaType: meta.mediaType, sha256: meta.sha256 },
          { idempotencyKey: meta.key },
        );
        ok = true;
      } catch (error) {
        const api = error instanceof RecourseApiError ? error : undefined;
        if (api && !isRetryableAnswer(api.status, api.code)) break;
        await new Promise((r) =>
          setTimeout(
            r,
            retryWaitMs(attempt, { retryAfterSeconds: api?.retryAfter, baseMs: f.retryDelay * 1000 }),
          ),
        );
      }
    }
    held.state = ok ? 'uploaded' : 'failed';
    if (ok) done++;
    else {
      f.uploadsFailed = true;
      f.fire('upload', false);
    }
    f.requestUpdate();
  }
  f.status = f.uploadsFailed ? (t) => t.done.notUploaded : undefined;
}

/** Copies the tracking link. @internal */
export async function copyLink(f: RecourseReportForm, input?: HTMLInputElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(trackingLinkFor(f.created, f.trackingUrl));
  } catch {
    input?.select();
    document.execCommand?.('copy');
  }
  f.copied = true;
  f.status = (t) => t.ui.copied;
}

/** Scans every guarded field again (after the guard loads or an activity goes). */
export function rescanAll(f: RecourseReportForm): void {
  const v = f.values;
  const entries: [string, string][] = [
    ['account.value', v.account.value],
    ['narrative', v.narrative],
  ];
  v.activities.forEach((a, i) => {
    for (const field of ACTIVITY_FIELDS[a.kind]) {
      if (GUARDED[field]) entries.push([`activities.${i}.${field}`, a[field] as string]);
    }
  });
  const hits: SecretHit[] = [];
  for (const [path, value] of entries) {
    const kind = scanField(f, path, value);
    if (kind) hits.push({ path, kind });
  }
  f.secrets = hits;
}

/** Removes an activity. */
export function removeActivity(f: RecourseReportForm, index: number): void {
  if (f.locked) return;
  f.values = { ...f.values, activities: f.values.activities.filter((_, i) => i !== index) };
  f.issues = [];
  rescanAll(f);
  f.focusTarget = 'add-activity';
  f.scheduleSave();
}

/** Removes a file. */
export function removeFile(f: RecourseReportForm, key: string): void {
  if (f.locked) return;
  const index = f.values.attachments.findIndex((a) => a.key === key);
  f.files.delete(key);
  f.values = { ...f.values, attachments: f.values.attachments.filter((a) => a.key !== key) };
  // The removed button leaves the page: focus goes to the next file's "Remove" (now at the same
  // index), else to the file picker on the evidence step, else to the heading; never to <body>.
  f.focusTarget =
    index >= 0 && index < f.values.attachments.length
      ? removeFileId(index)
      : f.step === 'evidence'
        ? 'files'
        : 'heading';
  f.scheduleSave();
}

/** Writes the draft (never unscanned text: only once the guard exists). */
export function writeDraft(f: RecourseReportForm): void {
  const guard = f.guard;
  if (!guard || f.step === 'done' || f.created) return;
  if (!f.idempotencyKey && isBlank(f.values)) {
    // Nothing typed yet (or just discarded): keep no draft, so none is "restored".
    clearDraft(f.storageKey);
    return;
  }
  saveDraft(
    f.storageKey,
    { step: f.step, values: f.values, idempotencyKey: f.idempotencyKey },
    (text, context) => guard(text, context).length > 0,
  );
}

/** Focuses the field of an issue path (the error summary's links), on its step. */
export function focusField(f: RecourseReportForm, path: string): void {
  const step = stepOfPath(path);
  const id = fieldId(path === 'contact' ? 'contact.email' : path);
  if (step !== f.step) edit(f, step, id);
  else {
    f.focusTarget = id;
    f.requestUpdate();
  }
}

/** From the review: change one section on its step, then come back to the review. */
export function edit(f: RecourseReportForm, step: StepId, focus = 'heading'): void {
  f.returnToReview = true;
  f.summaryShown = false;
  f.goTo(step, focus);
}

/** The words for a refused file, with the limits filled in. */
export function refusalText(f: RecourseReportForm, reason: FileRefusal): string {
  const limits = fileLimits(f.platformConfig);
  return interpolate(f.t.evidence.reasons[reason], {
    size: formatBytes(f.currentLang, reason === 'total' ? limits.maxCaseBytes : limits.maxFileBytes),
    count: limits.maxFiles,
  });
}
