// A realistic case for tests and stories: commands run through the real workflow, events
// chained as the server chains them. Not shipped (see package.json "files").
import {
  type Actor,
  type ChainedEvent,
  type Command,
  chainEvents,
  decide,
  initialSnapshot,
  replay,
  type WorkflowSnapshot,
} from '../workflow/index';

/** Runs commands through `decide`, one hour apart from `start`, and chains the events. */
export function runCase(
  commands: readonly (readonly [Command, Actor])[],
  start = Date.UTC(2026, 10, 1, 8),
): ChainedEvent[] {
  let snapshot: WorkflowSnapshot = initialSnapshot();
  let chain: ChainedEvent[] = [];
  let t = start;
  for (const [command, actor] of commands) {
    t += 3_600_000;
    const decision = decide(snapshot, command, actor, { now: new Date(t) });
    if (!decision.ok) throw new Error(`${command.type}: ${decision.refusal.code}`);
    chain = [...chain, ...chainEvents(chain.at(-1) ?? null, decision.events)];
    snapshot = replay(chain);
  }
  return chain;
}

const reporter: Actor = { role: 'reporter' };
const agent: Actor = { role: 'agent', id: 'agent-7' };

/** A case taken from report to restoration, with a request for information and an internal note. */
export const SAMPLE_COMMANDS: readonly (readonly [Command, Actor])[] = [
  [{ type: 'submit', payload: {} }, reporter],
  [{ type: 'start_review' }, agent],
  [{ type: 'confirm_compromise' }, agent],
  [{ type: 'freeze' }, agent],
  [{ type: 'add_note', payload: { text: 'Sign-in from a new device right after a SIM change.' } }, agent],
  [{ type: 'start_investigation' }, agent],
  [{ type: 'record_cause', payload: { cause: 'sim_swap' } }, agent],
  [
    {
      type: 'request_info',
      payload: { requestId: 'r1', prompt: 'Please send the withdrawal record from the exchange.' },
    },
    agent,
  ],
  [
    {
      type: 'answer_request',
      payload: {
        requestId: 'r1',
        text: 'Attached: withdrawal record, 0.8 BTC on 1 November.',
        attachmentIds: ['a1'],
        // As the server writes it: the stored hash of the file the answer names.
        attachments: [{ id: 'a1', sha256: '9f'.repeat(32) }],
      },
    },
    reporter,
  ],
  [{ type: 'request_verification' }, agent],
  [{ type: 'record_verification', payload: { outcome: 'passed' } }, agent],
  [{ type: 'restore' }, agent],
  [{ type: 'send_message', payload: { text: 'Thank you. Everything looks right again.' } }, reporter],
];

/** The sample report, as filed. */
export const SAMPLE_REPORT = {
  account: { kind: 'username', value: 'alice.chen' },
  discoveredAt: '2026-11-01T07:40:00+08:00',
  narrative:
    'I received a SIM change notice, then could not sign in. 0.8 BTC was withdrawn to an address I do not know.',
};
