/**
 * A dead message as the desk API and the CLI show it (the contract's `DeadMessage`): what it was,
 * to whom, how often it was tried and its last error, never its data.
 * @module
 */
import type { DeadMessage } from '@recourse/core';
import type { OutboxRecord } from '../store/types';

/** The contract's view of a dead outbox row (a row without `deadAt` counts as dead since its creation). */
export function deadMessageOf(r: OutboxRecord): DeadMessage {
  return {
    id: r.id,
    messageId: r.messageId,
    channel: r.channel,
    recipient: r.recipient,
    template: r.template,
    attempts: r.attempts,
    createdAt: r.createdAt.toISOString(),
    deadAt: (r.deadAt ?? r.createdAt).toISOString(),
    lastError: r.lastError,
  };
}
