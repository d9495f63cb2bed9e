/**
 * What the tracker's forms do when the reporter acts: the secret guard's checks, choosing and
 * hashing files, sending a message, confirming or disputing recovery. Imported by the templates
 * (`case-tracker.render`, `case-tracker.forms`), so it loads with them in `case-tracker.view`,
 * after the first paint, not in the initial bundle. Each function takes the element.
 * @internal
 * @module
 */
import { newIdempotencyKey, type RecoveryChecklistItem, type SecretKind } from '@recourse/core';
import { checkFile } from '../../internal/files';
import { firstSecret, type GuardContext, type SecretGuard, secretInFile } from '../../internal/secret-guard';
import type { GuardedField, RecourseCaseTracker as Tracker } from './case-tracker';

/** The element each guarded field's error points at (focus goes there when a send is refused). */
const GUARDED_INPUT: Record<GuardedField, string> = {
  answer: '#answer',
  message: '#message',
  dispute: '#dispute-text',
  complaint: '#complaint-text',
  claim: '[id^="tx-"]',
  reference: '#reference',
};

function setSecret(t: Tracker, field: GuardedField, kind: SecretKind | undefined): void {
  if (t.secrets[field] === kind) return;
  const next = { ...t.secrets };
  if (kind) next[field] = kind;
  else delete next[field];
  t.secrets = next;
}

/**
 * Re-checks a field as the reporter types, once the guard is loaded (the first keystroke starts
 * loading it): the warning appears and clears with the text.
 */
export function watchSecret(
  t: Tracker,
  field: GuardedField,
  texts: readonly (readonly [string, GuardContext])[],
): void {
  void t
    .loadGuard()
    .then((guard) => {
      setSecret(t, field, texts.map(([text, context]) => firstSecret(guard, text, context)).find(Boolean));
    })
    .catch(() => undefined);
}

/**
 * The guard's verdict before a send: when a text of the field looks like a seed phrase, a
 * private key or a one-time code, says why under the field and in the status, focuses the field
 * and returns `true` (the caller sends nothing). If the guard cannot load, nothing is sent either.
 */
export async function refuseSecrets(
  t: Tracker,
  field: GuardedField,
  texts: readonly (readonly [string, GuardContext])[],
): Promise<boolean> {
  let guard: SecretGuard;
  try {
    guard = await t.loadGuard();
  } catch {
    t.fail('network');
    return true;
  }
  const kind = texts.map(([text, context]) => firstSecret(guard, text, context)).find(Boolean);
  setSecret(t, field, kind);
  if (!kind) return false;
  const words = t.t.guard;
  t.status = `${words.secret[kind]} ${words.neverAsks}`;
  t.focusAfterRender(GUARDED_INPUT[field]);
  return true;
}

/** Checks and hashes chosen files (SHA-256 in the browser). */
export async function addFiles(t: Tracker, list: FileList | null): Promise<void> {
  if (!list || list.length === 0) return;
  const a = t.platformConfig?.attachments;
  const limits = {
    maxFileBytes: a?.maxFileBytes ?? 10 * 1024 * 1024,
    maxFiles: a?.maxFiles ?? 10,
    maxCaseBytes: a?.maxCaseBytes ?? 50 * 1024 * 1024,
    mediaTypes:
      a?.mediaTypes ?? (['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'] as const),
  };
  const refusals: typeof t.refusals = [];
  const guard = await t.loadGuard().catch(() => undefined);
  for (const file of Array.from(list)) {
    t.hashing = file.name;
    const result = await checkFile(file, limits, t.files, () => undefined);
    if (!result.ok) {
      refusals.push({ name: file.name, reason: result.reason });
      continue;
    }
    // A text file is read by the guard too: no seed phrase, key or code leaves as "evidence"
    // (unscanned text is not sent at all).
    const text = result.file.mediaType === 'text/plain';
    if (text && (!guard || secretInFile(guard, result.file))) {
      refusals.push({ name: file.name, reason: guard ? 'secret' : 'unreadable' });
      continue;
    }
    t.files = [...t.files, { ...result.file, key: newIdempotencyKey() }];
  }
  t.hashing = undefined;
  t.refusals = refusals;
}

/** Answers the open request: the text is required and checked by the guard, then sent with the files. */
export async function answer(t: Tracker): Promise<void> {
  if (!t.view?.pendingRequest || t.busy) return;
  const text = t.answerText.trim();
  if (!text) {
    t.focusAfterRender('#answer');
    return;
  }
  if (await refuseSecrets(t, 'answer', [[text, 'free_text']])) return;
  await t.sendAnswer(text);
}

/** Sends a message to support. */
export async function message(t: Tracker): Promise<void> {
  const text = t.messageText.trim();
  if (!text) return;
  if (await refuseSecrets(t, 'message', [[text, 'free_text']])) return;
  if (await t.send('message', { type: 'send_message', payload: { text } }, t.t.thread.sent)) {
    t.messageText = '';
  }
}

/** Confirms recovery with every checklist item ticked. */
export async function confirmRecovery(t: Tracker): Promise<void> {
  const checklist = {
    notice_received: true,
    profile_ok: true,
    email_phone_ok: true,
    transactions_ok: true,
    login_history_ok: true,
  } as const;
  if (Object.keys(checklist).some((k) => !t.checks.has(k as RecoveryChecklistItem))) return;
  if (
    await t.send('confirm', { type: 'confirm_recovery', payload: { checklist } }, t.t.checklist.confirmed)
  ) {
    t.checks = new Set();
  }
}

/** Disputes recovery: the items that are wrong and what the reporter noticed. */
export async function dispute(t: Tracker): Promise<void> {
  const details = t.disputeText.trim();
  if (t.disputeItems.size === 0 || !details) return;
  if (await refuseSecrets(t, 'dispute', [[details, 'free_text']])) return;
  const items = [...t.disputeItems] as [RecoveryChecklistItem, ...RecoveryChecklistItem[]];
  if (
    await t.send('dispute', { type: 'dispute_recovery', payload: { items, details } }, t.t.checklist.disputed)
  ) {
    t.disputeOpen = false;
    t.disputeItems = new Set();
    t.disputeText = '';
    t.checks = new Set();
  }
}

/** Opens the dispute form, pre-selecting the items left unticked. */
export function openDispute(t: Tracker): void {
  t.disputeOpen = true;
  if (t.disputeItems.size === 0) {
    const unticked = (Object.keys(t.t.checklist.items) as RecoveryChecklistItem[]).filter(
      (k) => !t.checks.has(k),
    );
    t.disputeItems = new Set(unticked.length < 5 ? unticked : []);
  }
  t.focusAfterRender('#dispute-heading');
}

/** Toggles an item of a set-valued state. */
export function toggle<V>(
  t: Tracker,
  name: 'checks' | 'disputeItems' | 'contained',
  item: V,
  on: boolean,
): void {
  const next = new Set(t[name] as Set<V>);
  if (on) next.add(item);
  else next.delete(item);
  (t as unknown as Record<string, Set<V>>)[name] = next;
}
