/**
 * The form's data, framework-free: what the person typed (all strings, `''` = empty), how it
 * becomes a report for the core schemas, and which step owns which field path.
 * @module
 */

import type {
  ActivityKind,
  AttachmentRef,
  ContainmentCode,
  PlatformConfig,
  SecurityNotice,
} from '@recourse/core';
import { triage } from '@recourse/core';
import { type Lang, shippedLang } from '../../i18n/lang';
import type { FileLimits } from '../../internal/files';
import type { StepId } from './i18n';

/**
 * Core's lists and limits the form needs before its lazy chunk loads, copied so that the initial
 * bundle does not reach core's zod schemas. `report-form.test.ts` checks them against core.
 */
export const ACCOUNT_KINDS = ['username', 'email', 'phone', 'user_id', 'wallet_address'] as const;
/** See {@link ACCOUNT_KINDS}. */
export const ACTIVITY_KIND_LIST = ['transfer', 'profile_change', 'sign_in', 'other'] as const;
/** See {@link ACCOUNT_KINDS}. */
export const PROFILE_FIELD_LIST = [
  'email',
  'phone',
  'password',
  'two_factor',
  'withdrawal_allowlist',
  'api_key',
  'other',
] as const;
/** See {@link ACCOUNT_KINDS}. */
export const MEDIA_TYPES: AttachmentRef['mediaType'][] = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'text/plain',
];
/** See {@link ACCOUNT_KINDS}: the bounds of core's `LIMITS` the form enforces itself. */
export const LOCAL_LIMITS = {
  activitiesMax: 50,
  attachmentsMax: 10,
  fileSizeMax: 10 * 1024 * 1024,
  attachmentsTotalMax: 50 * 1024 * 1024,
} as const;

/** The steps, in order. */
export const STEPS: readonly StepId[] = ['first', 'account', 'incident', 'evidence', 'review', 'done'];

/** One activity as typed. Fields a kind does not use stay `''`. */
export interface ActivityDraft {
  kind: ActivityKind;
  at: string;
  asset: string;
  amount: string;
  destination: string;
  txId: string;
  field: string;
  from: string;
  to: string;
  ip: string;
  place: string;
  device: string;
  description: string;
  fromNotice?: true;
}

/** A file the person added: metadata only (the bytes live in memory, never in storage). */
export interface AttachmentDraft {
  /** Local id (the upload's idempotency key). */
  key: string;
  name: string;
  mediaType: AttachmentRef['mediaType'];
  size: number;
  sha256: string;
}

/** Everything the person typed or chose. */
export interface FormValues {
  access: { canSignIn: '' | 'yes' | 'no'; passwordReset: '' | 'not_tried' | 'worked' | 'failed' };
  triage: { moneyMoved: '' | 'yes' | 'no'; profileChanged: '' | 'yes' | 'no' };
  checked: ContainmentCode[];
  account: { kind: string; value: string };
  contact: { email: string; phone: string; language: string };
  discoveredAt: string;
  suspectedStartAt: string;
  activities: ActivityDraft[];
  narrative: string;
  attachments: AttachmentDraft[];
  consent: boolean;
  notice?: SecurityNotice;
}

/** Fields each activity kind shows, in order (`at` first). */
export const ACTIVITY_FIELDS: Record<ActivityKind, readonly (keyof ActivityDraft)[]> = {
  transfer: ['at', 'asset', 'amount', 'destination', 'txId'],
  profile_change: ['at', 'field', 'from', 'to'],
  sign_in: ['at', 'ip', 'place', 'device'],
  other: ['at', 'description'],
};

/** Optional activity fields. */
export const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['txId', 'from', 'to', 'ip', 'place', 'device']);

/** Free-text fields the secret guard scans, and how. Amounts and ids are scanned as ids. */
export const GUARDED: Readonly<Record<string, 'free_text' | 'transaction_id'>> = {
  narrative: 'free_text',
  description: 'free_text',
  place: 'free_text',
  device: 'free_text',
  from: 'free_text',
  to: 'free_text',
  asset: 'free_text',
  destination: 'transaction_id',
  txId: 'transaction_id',
  amount: 'transaction_id',
  value: 'transaction_id',
};

/** A blank activity of a kind. */
export function blankActivity(kind: ActivityKind, at = ''): ActivityDraft {
  return {
    kind,
    at,
    asset: '',
    amount: '',
    destination: '',
    txId: '',
    field: kind === 'profile_change' ? 'email' : '',
    from: '',
    to: '',
    ip: '',
    place: '',
    device: '',
    description: '',
  };
}

/** Empty values; `now` prefills "when did you notice". */
export function emptyValues(language: string, now = new Date()): FormValues {
  return {
    access: { canSignIn: '', passwordReset: '' },
    triage: { moneyMoved: '', profileChanged: '' },
    checked: [],
    account: { kind: 'username', value: '' },
    contact: { email: '', phone: '', language: shippedLang(language as Lang) },
    discoveredAt: toLocalInput(now.toISOString()),
    suspectedStartAt: '',
    activities: [],
    narrative: '',
    attachments: [],
    consent: false,
  };
}

/**
 * Whether nothing was typed or chosen yet: only the defaults and the prefilled "when did you
 * notice" (such a draft is not worth keeping, nor announcing as restored).
 */
export function isBlank(v: FormValues): boolean {
  return (
    v.access.canSignIn === '' &&
    v.access.passwordReset === '' &&
    v.triage.moneyMoved === '' &&
    v.triage.profileChanged === '' &&
    v.checked.length === 0 &&
    v.account.value === '' &&
    v.contact.email === '' &&
    v.contact.phone === '' &&
    v.suspectedStartAt === '' &&
    v.activities.length === 0 &&
    v.narrative === '' &&
    v.attachments.length === 0 &&
    !v.consent &&
    v.notice === undefined
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of `<input type="datetime-local">` in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The step that shows a field path (for "change" links in the error summary). */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  if (head === 'access') return 'first';
  if (head === 'account' || head === 'contact') return 'account';
  if (head === 'attachments') return 'evidence';
  if (head === 'consent' || head === 'channel' || head === '') return 'review';
  return 'incident';
}

/** A DOM id for a field path: `f-activities-0-amount`. */
export const fieldId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]/g, '-')}`;

/** Id of the "Remove" button of the attached file at `index` (a focus target after a removal). */
export const removeFileId = (index: number): string => `remove-file-${index}`;

/**
 * File limits: the platform's, never above the schema's.
 * @param config - the configuration in effect, if any
 */
export function fileLimits(config?: PlatformConfig): FileLimits {
  const a = config?.attachments;
  const L = LOCAL_LIMITS;
  return {
    maxFileBytes: Math.min(a?.maxFileBytes ?? L.fileSizeMax, L.fileSizeMax),
    maxFiles: Math.min(a?.maxFiles ?? L.attachmentsMax, L.attachmentsMax),
    maxCaseBytes: Math.min(a?.maxCaseBytes ?? L.attachmentsTotalMax, L.attachmentsTotalMax),
    mediaTypes: a?.mediaTypes ?? MEDIA_TYPES,
  };
}

/**
 * The triage outcome once the first question is answered (core's `triage`: pure data, no
 * schemas, under 1 kB: the first step shows its outcome before the logic loads).
 */
export function triageOf(values: FormValues) {
  const { access, triage: answers } = values;
  if (access.canSignIn === '') return undefined;
  return triage({
    canSignIn: access.canSignIn === 'yes',
    passwordReset: access.passwordReset || 'not_tried',
    moneyMoved: answers.moneyMoved === 'yes',
    profileChanged: answers.profileChanged === 'yes',
  });
}
