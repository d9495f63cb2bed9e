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
import { clearDraft, saveDraft } from './report-form.draft';
import type { ReportFormHost } from './report-form.host.controller';
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
import type { ReportFormClient, SecretHit, StatusText } from './report-form.state';

/** Fills in the activity a security notice describes ("this wasn't me" links), once. */
export function prefillNotice(host: ReportFormHost): void {
  const params: Record<string, string | undefined> = {};
  const search = new URLSearchParams(location.search);
  for (const name of ['notice', 'notice_kind', 'notice_at', 'notice_ip', 'notice_device']) {
    params[name] = search.get(name) ?? undefined;
  }
  if (host.el.noticeId) {
    Object.assign(params, {
      notice: host.el.noticeId,
      notice_kind: host.el.noticeKind,
      notice_at: host.el.noticeAt,
      notice_ip: host.el.noticeIp,
      notice_device: host.el.noticeDevice,
    });
  }
  const notice = parseNoticeParams(params);
  if (!notice || host.values.notice?.id === notice.id) return;
  const draft = noticeToActivity(notice);
  const activity: ActivityDraft = {
    ...blankActivity(draft.kind, toLocalInput(draft.at)),
    fromNotice: true,
  };
  if (draft.kind === 'sign_in') {
    activity.ip = draft.ip ?? '';
    activity.device = draft.device ?? '';
  }
  host.values = {
    ...host.values,
    notice,
    activities: [activity, ...host.values.activities.filter((a) => !a.fromNotice)],
  };
}

/** The kind of secret the guard finds in a guarded field's text, if any (none before it loads). */
export function scanField(host: ReportFormHost, path: string, text: string): SecretKind | undefined {
  const context = GUARDED[path.split('.').pop() ?? ''];
  if (!context || !text || !host.guard) return undefined;
  return host.guard(text, context)[0]?.kind;
}

/** Inserts pasted text into a guarded field only when the secret guard finds nothing in it. */
export async function guardedInsert(
  host: ReportFormHost,
  target: HTMLInputElement | HTMLTextAreaElement,
  path: string,
  text: string,
): Promise<void> {
  await host.ensureGuard();
  const kind = scanField(host, path, text);
  if (kind) {
    host.secrets = [...host.secrets.filter((s) => s.path !== path), { path, kind }];
    host.status = (t) => `${t.errors.secret[kind]} ${t.errors.neverAsks}`;
    return;
  }
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  target.setRangeText(text, start, end, 'end');
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Checks, hashes and adds files (picker or drop). */
export async function addFiles(host: ReportFormHost, list: Iterable<File>): Promise<void> {
  if (host.locked) return;
  await host.ensureGuard();
  host.refusals = [];
  for (const file of list) {
    host.hashing = { name: file.name, percent: 0 };
    const result = await checkFile(
      file,
      fileLimits(host.platformConfig),
      host.values.attachments,
      (percent) => {
        host.hashing = { name: file.name, percent };
      },
    );
    let refusal: FileRefusal | undefined = result.ok ? undefined : result.reason;
    if (result.ok && host.guard && secretInFile(host.guard, result.file)) refusal = 'secret';
    if (refusal || !result.ok) {
      host.refusals = [...host.refusals, { name: file.name, reason: refusal ?? 'unreadable' }];
      continue;
    }
    const key = newIdempotencyKey();
    const { bytes, ...meta } = result.file;
    host.files.set(key, { bytes, state: 'ready' });
    host.values = { ...host.values, attachments: [...host.values.attachments, { key, ...meta }] };
  }
  host.hashing = undefined;
  const refusals = host.refusals;
  host.status = (t) =>
    refusals
      .map((r) => interpolate(t.evidence.refused, { name: r.name, reason: refusalText(host, r.reason) }))
      .join(' ');
  host.scheduleSave();
}

/** The core schemas' issues for one step's fields (the whole report at the review). */
export async function validateStep(host: ReportFormHost, step: StepId): Promise<Issue[]> {
  const report = toReport(host.values);
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
export async function submit(host: ReportFormHost): Promise<void> {
  if (host.submitState === 'submitting' || host.submitState === 'validating') return;
  host.submitState = 'validating';
  await host.ensureGuard();
  const issues = await validateStep(host, 'review');
  host.issues = issues;
  if (issues.length > 0 || host.secrets.length > 0) {
    host.submitState = 'idle';
    host.summaryShown = true;
    host.focusTarget = 'summary';
    return;
  }
  host.summaryShown = false;
  const report = toReport(host.values);
  const event = new RecourseReportSubmitEvent({ report });
  if (!host.el.dispatchEvent(event)) {
    host.submitState = 'idle';
    host.status = (t) => t.status.canceled;
    return;
  }
  host.idempotencyKey ??= newIdempotencyKey();
  host.flushDraft();
  await send(host, event.detail.report);
}

async function send(host: ReportFormHost, report: ReportInput): Promise<void> {
  const client = await host.getClient();
  let attempt = 0;
  for (;;) {
    host.submitState = 'submitting';
    host.status = (t) => t.status.submitting;
    try {
      const created = await client.createCase(report, { idempotencyKey: host.idempotencyKey! });
      await acknowledged(host, created, client);
      return;
    } catch (error) {
      const api = error instanceof RecourseApiError ? error : undefined;
      if (api && !isRetryableAnswer(api.status, api.code)) {
        // A definite answer: nothing was created; the next submission gets a new key.
        host.idempotencyKey = undefined;
        host.submitState = 'rejected';
        host.issues = api.issues;
        host.summaryShown = api.issues.length > 0;
        host.focusTarget = host.summaryShown ? 'summary' : undefined;
        host.status = (t) => t.status.rejected;
        host.flushDraft();
        host.fire(api.code === 'validation_failed' ? 'validation' : 'rejected', false, api.code);
        return;
      }
      attempt++;
      const offline = !api;
      host.submitState = offline ? 'offline' : 'retrying';
      host.fire('network', true, api?.code);
      const wait = retryWaitMs(attempt, {
        retryAfterSeconds: api?.retryAfter,
        baseMs: host.el.retryDelay * 1000,
      });
      await countdown(host, wait / 1000, offline);
    }
  }
}

async function countdown(host: ReportFormHost, seconds: number, offline: boolean): Promise<void> {
  const line =
    (left: number): StatusText =>
    (t) =>
      (offline ? `${t.status.offline} ` : '') + interpolate(t.status.retrying, { seconds: left });
  await new Promise<void>((resolve) => {
    let left = Math.max(0, Math.ceil(seconds));
    const done = () => {
      clearInterval(timer);
      host.wake = undefined;
      resolve();
    };
    host.wake = done;
    host.status = line(left);
    const timer = setInterval(() => {
      left--;
      if (left <= 0) done();
      else host.status = line(left);
    }, 1000);
    if (seconds <= 0) done();
  });
}

async function acknowledged(
  host: ReportFormHost,
  created: CaseCreated,
  client: ReportFormClient,
): Promise<void> {
  host.created = created;
  host.idempotencyKey = undefined;
  host.submitState = 'idle';
  clearDraft(host.storageKey);
  host.restored = false;
  host.goTo('done');
  host.status = undefined;
  host.el.dispatchEvent(
    new RecourseReportSubmittedEvent({
      caseId: created.case.id,
      caseNumber: created.case.number,
      trackingLink: trackingLinkFor(host.created, host.el.trackingUrl),
    }),
  );
  await uploadAll(host, created, client);
}

async function uploadAll(
  host: ReportFormHost,
  created: CaseCreated,
  client: ReportFormClient,
): Promise<void> {
  const list = host.values.attachments;
  let done = 0;
  for (const meta of list) {
    const held = host.files.get(meta.key);
    if (!held?.bytes) {
      host.uploadsFailed = true;
      continue;
    }
    const n = done + 1;
    host.status = (t) => interpolate(t.status.uploading, { done: n, total: list.length });
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
            retryWaitMs(attempt, { retryAfterSeconds: api?.retryAfter, baseMs: host.el.retryDelay * 1000 }),
          ),
        );
      }
    }
    held.state = ok ? 'uploaded' : 'failed';
    if (ok) done++;
    else {
      host.uploadsFailed = true;
      host.fire('upload', false);
    }
    host.el.requestUpdate();
  }
  host.status = host.uploadsFailed ? (t) => t.done.notUploaded : undefined;
}

/** Copies the tracking link. @internal */
export async function copyLink(host: ReportFormHost, input?: HTMLInputElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(trackingLinkFor(host.created, host.el.trackingUrl));
  } catch {
    input?.select();
    document.execCommand?.('copy');
  }
  host.copied = true;
  host.status = (t) => t.ui.copied;
}

/** Scans every guarded field again (after the guard loads or an activity goes). */
export function rescanAll(host: ReportFormHost): void {
  const v = host.values;
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
    const kind = scanField(host, path, value);
    if (kind) hits.push({ path, kind });
  }
  host.secrets = hits;
}

/** Removes an activity. */
export function removeActivity(host: ReportFormHost, index: number): void {
  if (host.locked) return;
  host.values = { ...host.values, activities: host.values.activities.filter((_, i) => i !== index) };
  host.issues = [];
  rescanAll(host);
  host.focusTarget = 'add-activity';
  host.scheduleSave();
}

/** Removes a file. */
export function removeFile(host: ReportFormHost, key: string): void {
  if (host.locked) return;
  const index = host.values.attachments.findIndex((a) => a.key === key);
  host.files.delete(key);
  host.values = { ...host.values, attachments: host.values.attachments.filter((a) => a.key !== key) };
  // The removed button leaves the page: focus goes to the next file's "Remove" (now at the same
  // index), else to the file picker on the evidence step, else to the heading; never to <body>.
  host.focusTarget =
    index >= 0 && index < host.values.attachments.length
      ? removeFileId(index)
      : host.step === 'evidence'
        ? 'files'
        : 'heading';
  host.scheduleSave();
}

/** Writes the draft (never unscanned text: only once the guard exists). */
export function writeDraft(host: ReportFormHost): void {
  const guard = host.guard;
  if (!guard || host.step === 'done' || host.created) return;
  if (!host.idempotencyKey && isBlank(host.values)) {
    // Nothing typed yet (or just discarded): keep no draft, so none is "restored".
    clearDraft(host.storageKey);
    return;
  }
  saveDraft(
    host.storageKey,
    { step: host.step, values: host.values, idempotencyKey: host.idempotencyKey },
    (text, context) => guard(text, context).length > 0,
  );
}

/** Focuses the field of an issue path (the error summary's links), on its step. */
export function focusField(host: ReportFormHost, path: string): void {
  const step = stepOfPath(path);
  const id = fieldId(path === 'contact' ? 'contact.email' : path);
  if (step !== host.step) edit(host, step, id);
  else {
    host.focusTarget = id;
    host.el.requestUpdate();
  }
}

/** From the review: change one section on its step, then come back to the review. */
export function edit(host: ReportFormHost, step: StepId, focus = 'heading'): void {
  host.returnToReview = true;
  host.summaryShown = false;
  host.goTo(step, focus);
}

/** The words for a refused file, with the limits filled in. */
export function refusalText(host: ReportFormHost, reason: FileRefusal): string {
  const limits = fileLimits(host.platformConfig);
  return interpolate(host.t.evidence.reasons[reason], {
    size: formatBytes(host.currentLang, reason === 'total' ? limits.maxCaseBytes : limits.maxFileBytes),
    count: limits.maxFiles,
  });
}
