/**
 * The tracker's pure domain rules: where a case stands on the stepper, which entries are messages,
 * how the claim form becomes a `file_claim` payload, which checklist items a dispute starts with.
 * @module
 */
import {
  ASSET_PATTERN,
  isCommandId,
  isPositiveAmount,
  RECOVERY_CHECKLIST,
  type RecoveryChecklistItem,
  type ReporterCaseView,
} from '@recourse/core';
import type { ThreadKind } from './case-tracker.i18n';
import type { ClaimRow } from './case-tracker.state';

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
