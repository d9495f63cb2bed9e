/**
 * What the report form does once someone uses it, loaded with the schemas and the client (see
 * `report-form.lazy.ts`), never with the first step: step validation, submission with one
 * idempotency key and retries, uploads, evidence files, the paste guard, the notice prefill and
 * copying the tracking link, and the later steps' actions ({@link actionsFor}). Plain functions
 * of the form's state controller (`form`, a {@link ReportFormHost}), never of the element.
 * @module
 */
import {
  type CaseCreated,
  type Issue,
  isRetryableAnswer,
  newIdempotencyKey,
  noticeToActivity,
  parseNoticeParams,
  RecourseApiError,
  type ReportInput,
  retryWaitMs,
  type SecretKind,
  validateReport,
  validateReportPart,
} from '@recourse/core';
import { RecourseReportSubmitEvent, RecourseReportSubmittedEvent } from '../../events/report-form-events';
import { interpolate } from '../../i18n/interpolate';
import type { StepId } from './i18n';
import { clearDraft, saveDraft } from './report-form.draft';
import { addFiles, removeFile, uploadAll } from './report-form.files.controller';

import type { ReportFormHost } from './report-form.host.controller';
import {
  ACTIVITY_FIELDS,
  type ActivityDraft,
  blankActivity,
  fieldId,
  GUARDED,
  isBlank,
  LOCAL_LIMITS,
  STEPS,
  stepOfPath,
  toLocalInput,
} from './report-form.model';
import { toReport, trackingLinkFor } from './report-form.payload.model';
import type { ReportFormActions, ReportFormClient, SecretHit, StatusText } from './report-form.state';

/** Fills in the activity a security notice describes ("this wasn't me" links), once. */
export function prefillNotice(form: ReportFormHost): void {
  const params: Record<string, string | undefined> = {};
  const search = new URLSearchParams(location.search);
  for (const name of ['notice', 'notice_kind', 'notice_at', 'notice_ip', 'notice_device']) {
    params[name] = search.get(name) ?? undefined;
  }
  if (form.el.noticeId) {
    Object.assign(params, {
      notice: form.el.noticeId,
      notice_kind: form.el.noticeKind,
      notice_at: form.el.noticeAt,
      notice_ip: form.el.noticeIp,
      notice_device: form.el.noticeDevice,
    });
  }
  const notice = parseNoticeParams(params);
  if (!notice || form.values.notice?.id === notice.id) return;
  const draft = noticeToActivity(notice);
  const activity: ActivityDraft = {
    ...blankActivity(draft.kind, toLocalInput(draft.at)),
    fromNotice: true,
  };
  if (draft.kind === 'sign_in') {
    activity.ip = draft.ip ?? '';
    activity.device = draft.device ?? '';
  }
  form.values = {
    ...form.values,
    notice,
    activities: [activity, ...form.values.activities.filter((a) => !a.fromNotice)],
  };
}

/** The kind of secret the guard finds in a guarded field's text, if any (none before it loads). */
export function scanField(form: ReportFormHost, path: string, text: string): SecretKind | undefined {
  const context = GUARDED[path.split('.').pop() ?? ''];
  if (!context || !text || !form.guard) return undefined;
  return form.guard(text, context)[0]?.kind;
}

/** Inserts pasted text into a guarded field only when the secret guard finds nothing in it. */
export async function guardedInsert(
  form: ReportFormHost,
  target: HTMLInputElement | HTMLTextAreaElement,
  path: string,
  text: string,
): Promise<void> {
  await form.ensureGuard();
  const kind = scanField(form, path, text);
  if (kind) {
    form.secrets = [...form.secrets.filter((s) => s.path !== path), { path, kind }];
    form.status = (t) => `${t.errors.secret[kind]} ${t.errors.neverAsks}`;
    return;
  }
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  target.setRangeText(text, start, end, 'end');
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The core schemas' issues for one step's fields (the whole report at the review). */
export async function validateStep(form: ReportFormHost, step: StepId): Promise<Issue[]> {
  const report = toReport(form.values);
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

/** Validates everything, asks the form, then sends with one idempotency key until answered. */
export async function submit(form: ReportFormHost): Promise<void> {
  if (form.submitState === 'submitting' || form.submitState === 'validating') return;
  form.submitState = 'validating';
  await form.ensureGuard();
  const issues = await validateStep(form, 'review');
  form.issues = issues;
  if (issues.length > 0 || form.secrets.length > 0) {
    form.submitState = 'idle';
    form.summaryShown = true;
    form.focusTarget = 'summary';
    return;
  }
  form.summaryShown = false;
  const report = toReport(form.values);
  const event = new RecourseReportSubmitEvent({ report });
  if (!form.el.dispatchEvent(event)) {
    form.submitState = 'idle';
    form.status = (t) => t.status.canceled;
    return;
  }
  form.idempotencyKey ??= newIdempotencyKey();
  form.flushDraft();
  await send(form, event.detail.report);
}

async function send(form: ReportFormHost, report: ReportInput): Promise<void> {
  const client = await form.getClient();
  let attempt = 0;
  for (;;) {
    form.submitState = 'submitting';
    form.status = (t) => t.status.submitting;
    try {
      const created = await client.createCase(report, { idempotencyKey: form.idempotencyKey! });
      await acknowledged(form, created, client);
      return;
    } catch (error) {
      const api = error instanceof RecourseApiError ? error : undefined;
      if (api && !isRetryableAnswer(api.status, api.code)) {
        // A definite answer: nothing was created; the next submission gets a new key.
        form.idempotencyKey = undefined;
        form.submitState = 'rejected';
        form.issues = api.issues;
        form.summaryShown = api.issues.length > 0;
        form.focusTarget = form.summaryShown ? 'summary' : undefined;
        form.status = (t) => t.status.rejected;
        form.flushDraft();
        form.fire(api.code === 'validation_failed' ? 'validation' : 'rejected', false, api.code);
        return;
      }
      attempt++;
      const offline = !api;
      form.submitState = offline ? 'offline' : 'retrying';
      form.fire('network', true, api?.code);
      const wait = retryWaitMs(attempt, {
        retryAfterSeconds: api?.retryAfter,
        baseMs: form.el.retryDelay * 1000,
      });
      await countdown(form, wait / 1000, offline);
    }
  }
}

async function countdown(form: ReportFormHost, seconds: number, offline: boolean): Promise<void> {
  const line =
    (left: number): StatusText =>
    (t) =>
      (offline ? `${t.status.offline} ` : '') + interpolate(t.status.retrying, { seconds: left });
  await new Promise<void>((resolve) => {
    let left = Math.max(0, Math.ceil(seconds));
    const done = () => {
      clearInterval(timer);
      form.wake = undefined;
      resolve();
    };
    form.wake = done;
    form.status = line(left);
    const timer = setInterval(() => {
      left--;
      if (left <= 0) done();
      else form.status = line(left);
    }, 1000);
    if (seconds <= 0) done();
  });
}

async function acknowledged(
  form: ReportFormHost,
  created: CaseCreated,
  client: ReportFormClient,
): Promise<void> {
  const trackingLink = trackingLinkFor(created, form.el.trackingUrl);
  form.set({ created, trackingLink, idempotencyKey: undefined, submitState: 'idle', restored: false });
  clearDraft(form.storageKey);
  form.goTo('done');
  form.status = undefined;
  form.el.dispatchEvent(
    new RecourseReportSubmittedEvent({
      caseId: created.case.id,
      caseNumber: created.case.number,
      trackingLink,
    }),
  );
  await uploadAll(form, created, client);
}

/** Copies the tracking link. */
export async function copyLink(form: ReportFormHost, input?: HTMLInputElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(form.trackingLink);
  } catch {
    input?.select();
    document.execCommand?.('copy');
  }
  form.copied = true;
  form.status = (t) => t.ui.copied;
}

/** Scans every guarded field again (after the guard loads or an activity goes). */
export function rescanAll(form: ReportFormHost): void {
  const v = form.values;
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
    const kind = scanField(form, path, value);
    if (kind) hits.push({ path, kind });
  }
  form.secrets = hits;
}

/** Removes an activity. */
export function removeActivity(form: ReportFormHost, index: number): void {
  if (form.locked) return;
  form.values = { ...form.values, activities: form.values.activities.filter((_, i) => i !== index) };
  form.issues = [];
  rescanAll(form);
  form.focusTarget = 'add-activity';
  form.scheduleSave();
}

/** Writes the draft (never unscanned text: only once the guard exists). */
export function writeDraft(form: ReportFormHost): void {
  const guard = form.guard;
  if (!guard || form.step === 'done' || form.created) return;
  if (!form.idempotencyKey && isBlank(form.values)) {
    // Nothing typed yet (or just discarded): keep no draft, so none is "restored".
    clearDraft(form.storageKey);
    return;
  }
  saveDraft(
    form.storageKey,
    { step: form.step, values: form.values, idempotencyKey: form.idempotencyKey },
    (text, context) => guard(text, context).length > 0,
  );
}

/** Focuses the field of an issue path (the error summary's links), on its step. */
export function focusField(form: ReportFormHost, path: string): void {
  const step = stepOfPath(path);
  const id = fieldId(path === 'contact' ? 'contact.email' : path);
  if (step !== form.step) edit(form, step, id);
  else {
    form.focusTarget = id;
    form.el.requestUpdate();
  }
}

/** From the review: change one section on its step, then come back to the review. */
export function edit(form: ReportFormHost, step: StepId, focus = 'heading'): void {
  form.returnToReview = true;
  form.summaryShown = false;
  form.goTo(step, focus);
}

/** Scans a guarded field's new text (loads the guard first if it is not there yet). */
function updateSecret(form: ReportFormHost, path: string, value: string): void {
  if (!GUARDED[path.split('.').pop() ?? '']) return;
  if (!form.guard) {
    void form.ensureGuard();
    return;
  }
  const kind = scanField(form, path, value);
  const rest = form.secrets.filter((s) => s.path !== path);
  form.secrets = kind ? [...rest, { path, kind }] : rest;
}

/** Handles a paste into a guarded field: scans first, inserts only clean text. */
function paste(form: ReportFormHost, event: ClipboardEvent): void {
  const target = event.composedPath()[0] as HTMLInputElement | HTMLTextAreaElement;
  const path = target?.name;
  if (!path || !GUARDED[path.split('.').pop() ?? '']) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text) return;
  event.preventDefault();
  void guardedInsert(form, target, path, text);
}

/** Adds an activity of the chosen kind and focuses its first field. */
function addActivity(form: ReportFormHost): void {
  if (form.locked || form.values.activities.length >= LOCAL_LIMITS.activitiesMax) return;
  const index = form.values.activities.length;
  form.values = { ...form.values, activities: [...form.values.activities, blankActivity(form.newKind)] };
  form.focusTarget = fieldId(`activities.${index}.at`);
  form.scheduleSave();
}

/** Goes back one step. */
function back(form: ReportFormHost): void {
  form.set({ issues: [], summaryShown: false });
  form.goTo(STEPS[Math.max(0, STEPS.indexOf(form.step) - 1)]!);
}

/**
 * Every step's actions, for the views once the later steps have loaded: the first step's, with
 * the secret guard on every typed value, and the later steps'.
 */
export function actionsFor(form: ReportFormHost): ReportFormActions {
  return {
    ...form.firstActions,
    setValue: (path, value) => {
      form.setValue(path, value);
      if (typeof value === 'string' && !form.locked) updateSecret(form, path, value);
    },
    paste: (event) => paste(form, event),
    // The form's submit: at the review it sends; on the done step (Enter in the link) nothing.
    submitStep: () => {
      if (form.step === 'review') void submit(form);
      else if (form.step !== 'done') void form.next();
    },
    back: () => back(form),
    chooseKind: (kind) => {
      form.newKind = kind;
    },
    addActivity: () => addActivity(form),
    removeActivity: (index) => removeActivity(form, index),
    addFiles: (files) => void addFiles(form, files),
    removeFile: (key) => removeFile(form, key),
    edit: (step) => edit(form, step),
    showField: (path) => focusField(form, path),
    copyLink: (input) => void copyLink(form, input),
    retryNow: () => form.wake?.(),
  };
}
