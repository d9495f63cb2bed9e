/**
 * The draft store of `<recourse-report-form>` (see docs/adr/0002-report-draft-storage.md).
 *
 * Kept in `localStorage` so that a reload or a crashed tab loses nothing; expires after 24 hours
 * and is removed once the server acknowledged the report. It holds the answers after the secret
 * guard removed anything that looks like a recovery phrase, private key or one-time code, the
 * attachments' metadata (name, type, size, hash: never their bytes) and the submission's
 * idempotency key. It never holds the case access token, the tracking link or file contents.
 * @module
 */
import { PREFIX } from '../../internal/prefix';
import type { StepId } from './i18n';
import { ACTIVITY_FIELDS, type ActivityDraft, type FormValues, GUARDED } from './report-form.model';

/** How long a draft lives. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/** What is stored. */
export interface StoredDraft {
  v: 1;
  savedAt: number;
  step: StepId;
  values: FormValues;
  /** The one idempotency key of this submission, once a submission started. */
  idempotencyKey?: string;
}

/** Whether a text is a secret, by the guard's context. */
export type SecretTest = (text: string, context: 'free_text' | 'transaction_id') => boolean;

/** The storage key for an API base (one draft per platform). */
export const draftKey = (apiBase: string): string => `${PREFIX}:report-draft:${apiBase}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** A copy of the values without any guarded field the guard flags. */
export function sanitize(values: FormValues, isSecret: SecretTest): FormValues {
  const clean = (text: string, field: string) => {
    const context = GUARDED[field];
    return context && text !== '' && isSecret(text, context) ? '' : text;
  };
  const activities = values.activities.map((a) => {
    const copy: ActivityDraft = { ...a };
    for (const field of ACTIVITY_FIELDS[a.kind]) {
      (copy as unknown as Record<string, string>)[field] = clean(a[field] as string, field);
    }
    return copy;
  });
  return {
    ...values,
    account: { ...values.account, value: clean(values.account.value, 'value') },
    activities,
    narrative: clean(values.narrative, 'narrative'),
    attachments: values.attachments.map(({ key, name, mediaType, size, sha256 }) => ({
      key,
      name,
      mediaType,
      size,
      sha256,
    })),
  };
}

/** Saves a draft; storage errors (quota, private mode) are ignored: the form keeps working. */
export function saveDraft(
  key: string,
  draft: Omit<StoredDraft, 'v' | 'savedAt'>,
  isSecret: SecretTest,
  now = Date.now(),
): void {
  const stored: StoredDraft = { v: 1, savedAt: now, ...draft, values: sanitize(draft.values, isSecret) };
  try {
    storage()?.setItem(key, JSON.stringify(stored));
  } catch {
    /* storage full or blocked */
  }
}

/** Loads a draft younger than {@link DRAFT_TTL_MS}; removes an expired or unreadable one. */
export function loadDraft(key: string, now = Date.now()): StoredDraft | null {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as StoredDraft;
    if (
      draft?.v === 1 &&
      typeof draft.savedAt === 'number' &&
      now - draft.savedAt < DRAFT_TTL_MS &&
      draft.values
    ) {
      return draft;
    }
  } catch {
    /* unreadable: drop it */
  }
  clearDraft(key);
  return null;
}

/** Removes the draft. */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* ignore */
  }
}
