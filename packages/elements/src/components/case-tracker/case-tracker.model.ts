/**
 * The tracker's pure domain rules: where a case stands on the stepper, which entries are messages,
 * how the claim form becomes a `file_claim` payload, which checklist items a dispute starts with,
 * what a live entry announces.
 * @module
 */
import type {
  ChainEntry,
  PlatformConfig,
  RecoveryChecklistItem,
  ReporterCaseView,
  ReporterCommand,
} from '@recourse/core';
import { ASSET_PATTERN, isCommandId, isPositiveAmount, RECOVERY_CHECKLIST } from '@recourse/core/lite';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import { interpolate } from '../../i18n/interpolate';
import type { Lang } from '../../i18n/lang';
import type { GuardContext } from '../../internal/secret-guard';
import type { CaseTrackerCatalog, ThreadKind } from './case-tracker.i18n';
import type { ClaimRow, Drafts, GuardedField } from './case-tracker.state';

/** The stepper's steps: the customer statuses in order (`action_needed` marks the current one). */
export const STEPPER = ['submitted', 'in_review', 'in_progress', 'resolved', 'closed'] as const;

/** Where a case stands on the stepper. */
export function stepIndex(view: Pick<ReporterCaseView, 'state' | 'status'>): number {
  switch (view.state) {
    case 'submitted':
      return 0;
    case 'in_review':
    case 'compromise_confirmed':
      return 1;
    case 'awaiting_confirmation':
      return view.status === 'resolved' ? 3 : 2;
    case 'ruled_out':
      return 3;
    case 'closed':
    case 'withdrawn':
      return 4;
    default:
      return 2;
  }
}

/** Thread entries: event type → kind and the data field holding the text. */
export const THREAD: Partial<Record<string, [ThreadKind, string]>> = {
  message_sent: ['message', 'text'],
  info_requested: ['request', 'prompt'],
  info_provided: ['answer', 'text'],
  complaint_filed: ['complaint', 'text'],
  complaint_answered: ['complaint_answer', 'text'],
};

/** An empty claim row. */
export const blankRow = (): ClaimRow => ({ asset: '', amount: '', at: '', txId: '' });

/** A `datetime-local` value as an ISO instant in the browser's zone, or `null`. */
function toInstant(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The claim's transaction ids, for the secret guard (read as ids: long hex and bare numbers are fine). */
export const txIds = (rows: readonly ClaimRow[]) =>
  rows.filter((r) => r.txId.trim()).map((r) => [r.txId.trim(), 'transaction_id'] as const);

/** The claim rows as the `file_claim` payload, or `null` when a row is incomplete. */
export function claimTransactions(rows: readonly ClaimRow[]) {
  const out = [];
  for (const row of rows) {
    const asset = row.asset.trim().toUpperCase();
    const amount = row.amount.trim().replace(',', '.');
    const at = toInstant(row.at);
    const txId = row.txId.trim();
    if (!ASSET_PATTERN.test(asset) || !isPositiveAmount(amount) || !at) return null;
    if (txId && !isCommandId(txId)) return null;
    out.push({ asset, amount, at, ...(txId ? { txId } : {}) });
  }
  return out.length ? out : null;
}

/** The checklist items a dispute starts with: the unticked ones, unless none is ticked. */
export function disputeStart(checks: ReadonlySet<RecoveryChecklistItem>): Set<RecoveryChecklistItem> {
  const unticked = RECOVERY_CHECKLIST.filter((k) => !checks.has(k));
  return new Set(unticked.length < RECOVERY_CHECKLIST.length ? unticked : []);
}

/** The reporter's commands that are sent from a draft. */
export type DraftCommand = 'message' | 'confirm' | 'dispute' | 'claim' | 'complaint' | 'escalate';

/** What sending a draft means: the command, what the guard reads first, the drafts after success. */
export interface DraftPlan {
  command: ReporterCommand;
  /** The texts the secret guard must pass, and the field its verdict is shown under. */
  guard?: { field: GuardedField; texts: readonly (readonly [string, GuardContext])[] };
  /** The drafts once the server accepted. */
  clear: Partial<Drafts>;
}

/** Every checklist item ticked, as `confirm_recovery` wants it. */
const CONFIRMED = {
  notice_received: true,
  profile_ok: true,
  email_phone_ok: true,
  transactions_ok: true,
  login_history_ok: true,
} as const;

/**
 * The command a draft makes, or `null` when the draft is not ready (empty text, an unticked
 * item, an incomplete claim row, a reference that is not an id).
 * @param bodies - the outside bodies (the first is the default for an escalation)
 */
export function planCommand(
  kind: DraftCommand,
  drafts: Drafts,
  bodies: readonly { id: string }[],
): DraftPlan | null {
  const free = (field: GuardedField, text: string) => ({ field, texts: [[text, 'free_text']] as const });
  switch (kind) {
    case 'message': {
      const text = drafts.message.trim();
      return text
        ? {
            command: { type: 'send_message', payload: { text } },
            guard: free('message', text),
            clear: { message: '' },
          }
        : null;
    }
    case 'confirm':
      return RECOVERY_CHECKLIST.every((k) => drafts.checks.has(k))
        ? {
            command: { type: 'confirm_recovery', payload: { checklist: CONFIRMED } },
            clear: { checks: new Set() },
          }
        : null;
    case 'dispute': {
      const details = drafts.disputeText.trim();
      const items = [...drafts.disputeItems] as [RecoveryChecklistItem, ...RecoveryChecklistItem[]];
      if (items.length === 0 || !details) return null;
      return {
        command: { type: 'dispute_recovery', payload: { items, details } },
        guard: free('dispute', details),
        clear: { disputeOpen: false, disputeItems: new Set(), disputeText: '', checks: new Set() },
      };
    }
    case 'claim': {
      const rows = drafts.claimRows.length ? drafts.claimRows : [blankRow()];
      const transactions = claimTransactions(rows);
      if (!transactions) return null;
      return {
        command: { type: 'file_claim', payload: { transactions } },
        guard: { field: 'claim', texts: txIds(rows) },
        clear: { claimOpen: false, claimRows: [] },
      };
    }
    case 'complaint': {
      const text = drafts.complaintText.trim();
      if (!text) return null;
      return {
        command: { type: 'file_complaint', payload: { text } },
        guard: free('complaint', text),
        clear: { complaintOpen: false, complaintText: '' },
      };
    }
    case 'escalate': {
      const bodyId = drafts.bodyId || bodies[0]?.id;
      const reference = drafts.reference.trim();
      if (!bodyId || (reference && !isCommandId(reference))) return null;
      return {
        command: { type: 'escalate_complaint', payload: reference ? { bodyId, reference } : { bodyId } },
        ...(reference ? { guard: { field: 'reference', texts: [[reference, 'transaction_id']] } } : {}),
        clear: { reference: '' },
      } as DraftPlan;
    }
  }
}

/** The attachment limits in effect (the platform's, else the defaults the server applies). */
export function attachmentLimits(config: Pick<PlatformConfig, 'attachments'> | undefined) {
  const a = config?.attachments;
  return {
    maxFileBytes: a?.maxFileBytes ?? 10 * 1024 * 1024,
    maxFiles: a?.maxFiles ?? 10,
    maxCaseBytes: a?.maxCaseBytes ?? 50 * 1024 * 1024,
    mediaTypes:
      a?.mediaTypes ?? (['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'] as const),
  };
}

/** The text drafts, and the guarded field each one is. */
export const GUARDED_TEXT = {
  answer: 'answer',
  message: 'message',
  disputeText: 'dispute',
  complaintText: 'complaint',
  reference: 'reference',
} as const satisfies Partial<Record<keyof Drafts, GuardedField>>;

/** A text draft. */
export type TextDraft = keyof typeof GUARDED_TEXT;

/** The input each guarded field's error points at (focus goes there when a send is refused). */
export const GUARDED_INPUT: Record<GuardedField, string> = {
  answer: '#answer',
  message: '#message',
  dispute: '#dispute-text',
  complaint: '#complaint-text',
  claim: '[id^="tx-"]',
  reference: '#reference',
};

/** Where focus goes when a form opens. */
export const FORM_FOCUS = { dispute: '#dispute-heading', claim: '#asset-0', complaint: '#complaint-text' };

/** What a live entry announces (nothing for an entry the reporter may not read). */
export function liveAnnouncement(entry: ChainEntry, w: CaseTrackerCatalog, lang: Lang): string | undefined {
  if ('redacted' in entry) return undefined;
  return interpolate(w.timeline.announce, { what: DOMAIN_CATALOGS[lang].event[entry.type] ?? entry.type });
}
