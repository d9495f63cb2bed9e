/**
 * What each agent command needs: its fields (as data) and how form values become the payload
 * core's `COMMAND_PAYLOADS` accepts. Pure; tested on its own.
 * @module
 */
import {
  type AgentCommand,
  type AgentCommandType,
  CAUSES,
  type ChainedEvent,
  CLAIM_DECISIONS,
  DECIMAL_PATTERN,
  RULE_OUT_REASONS,
} from '@recourse/core';
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

/**
 * Longest request prompt and longest message, note or answer, as core's command schemas bound
 * them. Local until core exports these limits (its `workflow/commands.ts` writes them inline).
 */
const PROMPT_MAX = 2000;
const TEXT_MAX = 10000;

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
  request_info: [{ name: 'prompt', kind: 'textarea', max: PROMPT_MAX }],
  send_message: [{ name: 'text', kind: 'textarea', max: TEXT_MAX }],
  add_note: [{ name: 'text', kind: 'textarea', max: TEXT_MAX }],
  decide_claim: [
    { name: 'decision', kind: 'select', options: CLAIM_DECISIONS },
    { name: 'reason', kind: 'id', optional: true },
  ],
  answer_complaint: [{ name: 'text', kind: 'textarea', max: TEXT_MAX }],
  resolve_complaint: [{ name: 'outcome', kind: 'id', optional: true }],
};

/**
 * A code in a command's payload (method, resolution, reason), as core's command schemas accept
 * it. Local until core exports its pattern (core's `workflow/commands.ts` keeps it private).
 */
const COMMAND_CODE_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

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
    if (field.kind === 'id' && !COMMAND_CODE_PATTERN.test(raw)) return null;
    if (field.kind === 'select' && !field.options?.includes(raw)) return null;
    payload[field.name] = raw;
  }
  if (type === 'request_info') payload.requestId = newId();
  if (type === 'decide_claim' && payload.decision === 'partly_approved') {
    const approved = [];
    for (const asset of assets) {
      const amount = (values[`approved:${asset}`] ?? '').trim();
      if (!amount) continue;
      if (!DECIMAL_PATTERN.test(amount)) return null;
      approved.push({ asset, amount });
    }
    if (approved.length) payload.approved = approved;
  }
  return { type, payload } as AgentCommand;
}
