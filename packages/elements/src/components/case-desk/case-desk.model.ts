/**
 * What each agent command needs: its fields (as data) and how form values become the payload
 * core's `COMMAND_PAYLOADS` accepts. Pure; tested on its own.
 * @module
 */
import type { AgentCommand, AgentCommandType, ChainedEvent } from '@recourse/core';
import {
  CAUSES,
  CLAIM_DECISIONS,
  COMMAND_LIMITS,
  isCommandId,
  isPositiveAmount,
  RULE_OUT_REASONS,
} from '@recourse/core/lite';
import type { DeskField } from './case-desk.i18n';

/** One field of a command form. */
export interface FieldSpec {
  name: DeskField;
  /** `select` from `options`; `id` is a short code; `textarea` free text. */
  kind: 'select' | 'id' | 'textarea';
  options?: readonly string[];
  optional?: boolean;
  max?: number;
}

/** Fields per command; commands not listed need none. */
export const COMMAND_FIELDS: Partial<Record<AgentCommandType, readonly FieldSpec[]>> = {
  rule_out: [{ name: 'reason', kind: 'select', options: RULE_OUT_REASONS }],
  record_cause: [{ name: 'cause', kind: 'select', options: CAUSES }],
  request_verification: [{ name: 'method', kind: 'id', optional: true }],
  record_verification: [
    { name: 'outcome', kind: 'select', options: ['passed', 'failed'] },
    { name: 'method', kind: 'id', optional: true },
  ],
  close: [{ name: 'resolution', kind: 'id', optional: true }],
  request_info: [{ name: 'prompt', kind: 'textarea', max: COMMAND_LIMITS.promptMax }],
  send_message: [{ name: 'text', kind: 'textarea', max: COMMAND_LIMITS.textMax }],
  add_note: [{ name: 'text', kind: 'textarea', max: COMMAND_LIMITS.textMax }],
  decide_claim: [
    { name: 'decision', kind: 'select', options: CLAIM_DECISIONS },
    { name: 'reason', kind: 'id', optional: true },
  ],
  answer_complaint: [{ name: 'text', kind: 'textarea', max: COMMAND_LIMITS.textMax }],
  resolve_complaint: [{ name: 'outcome', kind: 'id', optional: true }],
};

/** The claimed totals per asset, from the last `claim_filed` event. */
export function claimTotals(entries: readonly ChainedEvent[]): { asset: string; amount: string }[] {
  const filed = entries.filter((e) => e.type === 'claim_filed').at(-1);
  const totals = filed?.data.totals;
  return Array.isArray(totals)
    ? totals.filter(
        (x): x is { asset: string; amount: string } =>
          typeof (x as { asset?: unknown })?.asset === 'string' &&
          typeof (x as { amount?: unknown })?.amount === 'string',
      )
    : [];
}

/**
 * Builds a command from form values (`values[field]`, `values['approved:BTC']`).
 * @param newId - makes the id of a new information request
 * @returns the command, or `null` when a required field is missing or a code is malformed
 */
export function buildCommand(
  type: AgentCommandType,
  values: Readonly<Record<string, string>>,
  assets: readonly string[] = [],
  newId: () => string = () => `req-${Date.now().toString(36)}`,
): AgentCommand | null {
  const payload: Record<string, unknown> = {};
  for (const field of COMMAND_FIELDS[type] ?? []) {
    const raw = (values[field.name] ?? (field.kind === 'select' ? field.options?.[0] : '') ?? '').trim();
    if (!raw) {
      if (field.optional) continue;
      return null;
    }
    if (field.kind === 'id' && !isCommandId(raw)) return null;
    if (field.kind === 'select' && !field.options?.includes(raw)) return null;
    payload[field.name] = raw;
  }
  if (type === 'request_info') payload.requestId = newId();
  if (type === 'decide_claim' && payload.decision === 'partly_approved') {
    const approved = [];
    for (const asset of assets) {
      const amount = (values[`approved:${asset}`] ?? '').trim();
      if (!amount) continue;
      if (!isPositiveAmount(amount)) return null;
      approved.push({ asset, amount });
    }
    if (approved.length) payload.approved = approved;
  }
  return { type, payload } as AgentCommand;
}
