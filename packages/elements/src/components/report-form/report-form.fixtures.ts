/**
 * Test and story helpers for the report form (never in a bundle). They use only its public
 * surface: they type into its fields and click its buttons as a person does, store a draft as the
 * form itself writes it, and read its DOM and its read-only `phase`.
 * @module
 */
import type { StepId } from './i18n';
import type { RecourseReportForm, ReportFormPhase } from './report-form';
import { draftKey } from './report-form.draft';
import { blankActivity, emptyValues, type FormValues, toLocalInput } from './report-form.model';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The element the selector finds in the form's shadow root (throws when there is none). */
export function part<T extends Element = HTMLElement>(el: RecourseReportForm, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the form (phase ${el.phase})`);
  return found;
}

/** Types `value` into the field named `path` (its value, then `input`, as typing ends). */
export function type(el: RecourseReportForm, path: string, value: string): void {
  const field = part<Field>(el, `[name="${path}"]`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Clicks the radio button `value` of the group named `path`, or the checkbox with that id. */
export function choose(el: RecourseReportForm, path: string, value?: string): void {
  part(el, value === undefined ? `#${path}` : `input[name="${path}"][value="${value}"]`).click();
}

/** Clicks the step's main button (Go to report, Continue, Back to review, Submit). */
export function primary(el: RecourseReportForm): void {
  part(el, '.actions .primary').click();
}

/** Clicks the button whose visible text is `label`. */
export function press(el: RecourseReportForm, label: string): void {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}" in the form (phase ${el.phase})`);
  found.click();
}

/** Waits until `test` holds (polling each 20 ms), else fails naming `what` after `ms`. */
export async function until(test: () => boolean, what: string | (() => string), ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits for `el.loaded` (the guard and the configuration), failing after `ms`. */
export async function loaded(el: RecourseReportForm, ms = 5000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the form had not loaded after ${ms} ms`)), ms);
  });
  await Promise.race([el.loaded, late]).finally(() => clearTimeout(timer));
}

/** What the form shows now: its phase, error summary and status line (for failure messages). */
export const shown = (el: RecourseReportForm): string => {
  const text = (selector: string) =>
    el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ');
  return `phase ${el.phase}, summary "${text('#summary') ?? ''}", status "${text('[role="status"]') ?? ''}"`;
};

/** Waits until the form is at `phase`. */
export const at = (el: RecourseReportForm, phase: ReportFormPhase, ms?: number): Promise<void> =>
  until(
    () => el.phase === phase,
    () => `phase ${phase}: ${shown(el)}`,
    ms,
  );

/** An instant `ms` ago as a `datetime-local` value. */
export const localAgo = (ms: number): string => toLocalInput(new Date(Date.now() - ms).toISOString());

/** A complete, valid report as typed: no activity, no file. */
export function filledValues(lang = 'en'): FormValues {
  const v = emptyValues(lang);
  return {
    ...v,
    access: { canSignIn: 'no', passwordReset: 'failed' },
    account: { kind: 'username', value: 'victim_01' },
    contact: { ...v.contact, email: 'safe@example.org' },
    narrative: 'My email and phone were changed overnight.',
  };
}

/** {@link filledValues} with money sent and a sign-in, each complete. */
export function withActivities(lang = 'en'): FormValues {
  return {
    ...filledValues(lang),
    triage: { moneyMoved: 'yes', profileChanged: 'no' },
    activities: [
      {
        ...blankActivity('transfer', localAgo(86_400_000)),
        asset: 'USDT',
        amount: '1500',
        destination: 'TXa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
      },
      { ...blankActivity('sign_in', localAgo(7_200_000)), ip: '203.0.113.7' },
    ],
  };
}

/**
 * Stores a draft as the form writes it (ADR 0002): the next form on `apiBase` opens at `step`
 * with `values`, and says it restored them.
 */
export function storeDraft(apiBase: string, step: StepId, values: FormValues, idempotencyKey?: string): void {
  localStorage.setItem(
    draftKey(apiBase),
    JSON.stringify({ v: 1, savedAt: Date.now(), step, values, idempotencyKey }),
  );
}

/** The draft the form stored for `apiBase`, if any. */
export function storedDraft(apiBase: string): { step: StepId; values: FormValues } | null {
  const raw = localStorage.getItem(draftKey(apiBase));
  return raw ? JSON.parse(raw) : null;
}

/**
 * Presses the main button until the form is at `step` (a later one, or the review when a part
 * is being edited), ticking the consent at the review; each press must move it on.
 */
export async function advance(el: RecourseReportForm, step: StepId): Promise<void> {
  while (el.phase !== step) {
    const from = el.phase;
    if (from === 'done') throw new Error(`cannot go from ${from} to ${step}`);
    if (from === 'review' && !part<HTMLInputElement>(el, '#f-consent').checked) choose(el, 'f-consent');
    primary(el);
    await until(
      () => el.phase !== from && el.phase !== 'validating' && el.phase !== 'sending',
      () => `${from} → ${step}: ${shown(el)}`,
    );
    await el.updateComplete;
  }
}

/**
 * Fills the form by hand from its first step up to `step`: the first questions, the account and
 * contact, a sign-in two hours ago and the narrative (all filled at `incident`); no file.
 */
export async function fillByHand(
  el: RecourseReportForm,
  step: 'account' | 'incident' | 'evidence' | 'review',
) {
  choose(el, 'access.canSignIn', 'no');
  choose(el, 'access.passwordReset', 'failed');
  choose(el, 'triage.moneyMoved', 'yes');
  await advance(el, 'account');
  if (step === 'account') return;
  type(el, 'account.value', 'victim_01');
  type(el, 'contact.email', 'safe@example.org');
  await advance(el, 'incident');
  type(el, 'newKind', 'sign_in');
  part(el, '.add button').click();
  await el.updateComplete;
  type(el, 'activities.0.at', localAgo(7_200_000));
  type(el, 'activities.0.ip', '203.0.113.7');
  type(el, 'narrative', 'My email and phone were changed overnight, then USDT was withdrawn.');
  if (step !== 'incident') await advance(el, step);
}

/** The names of the files listed on the evidence step (or the done step). */
export const listedNames = (el: RecourseReportForm): string[] =>
  [...el.shadowRoot!.querySelectorAll('ul.files .name')].map((n) => n.textContent ?? '');

/** The lines of the list of refused files. */
export const refusedLines = (el: RecourseReportForm): string[] =>
  [...el.shadowRoot!.querySelectorAll('#f-attachments li')].map((li) => li.textContent ?? '');

/** Drops files on the evidence step and waits until each is listed or refused (by name). */
export async function drop(el: RecourseReportForm, files: File[]): Promise<void> {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  part(el, '[part="drop-zone"]').dispatchEvent(
    new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
  );
  await until(
    () =>
      !el.shadowRoot!.getElementById('hashing') &&
      files.every(
        (f) => listedNames(el).includes(f.name) || refusedLines(el).some((r) => r.includes(f.name)),
      ),
    () => `files checked: ${shown(el)}`,
  );
  await el.updateComplete;
}
