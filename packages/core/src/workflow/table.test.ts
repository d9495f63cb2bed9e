import { describe, expect, it } from 'vitest';
import { COMMAND_PAYLOADS, COMMANDS, type CommandType } from './commands';
import { DEADLINE_PRESETS } from './deadlines';
import { allowedCommands, decide } from './decide';
import { PATH_TO, reach, run, samplePayload } from './fixtures';
import { GUARDS } from './guards';
import { evolve, initialSnapshot, replay, type WorkflowSnapshot } from './snapshot';
import { MAIN_STATES, OPEN_MAIN_STATES, type Region, ROLES, type Role } from './states';
import { customerStatus, nextSteps } from './status';
import { EVENT_EFFECTS, EVENT_TYPES, GUARD_CODES, TRANSITIONS, type Transition } from './table';

const NOW = new Date('2025-03-01T12:00:00Z');
const ROWS = TRANSITIONS as readonly Transition[];

/** A snapshot in a main state with one region set; data the guards read is made consistent. */
function synthetic(main: WorkflowSnapshot['main'], region: Region, state: string): WorkflowSnapshot {
  const base: WorkflowSnapshot =
    main === 'none' ? initialSnapshot() : { ...reach(main as (typeof MAIN_STATES)[number]).snapshot };
  const s = { ...base, [region]: state } as WorkflowSnapshot;
  if (s.info === 'requested') s.openRequestId = 'req-7';
  if (s.complaint !== 'none') s.times = { ...s.times, complaint_filed: '2025-01-01T00:00:00.000Z' };
  return s;
}

/** Makes every guard of a row pass. */
function satisfy(row: Transition, s: WorkflowSnapshot): WorkflowSnapshot {
  const next = { ...s };
  for (const guard of row.guards ?? []) {
    if (guard === 'identity_verified') next.identityVerified = true;
    if (guard === 'recovery_confirmed') next.recoveryConfirmed = true;
    if (guard === 'recovery_not_confirmed') next.recoveryConfirmed = false;
    if (guard === 'no_undecided_claim' && (next.claim === 'filed' || next.claim === 'under_review'))
      next.claim = 'none';
  }
  return next;
}

function variantFor(row: Transition): number {
  if (row.command === 'decide_claim')
    return ['approved', 'partly_approved', 'denied'].indexOf(row.to as string);
  return 0;
}

const cases = ROWS.flatMap((row) =>
  (row.from as readonly string[]).flatMap((from) =>
    (row.main ?? [null]).flatMap((main) =>
      row.roles.map((role) => ({
        row,
        from,
        main,
        role,
        name: `${row.command} ${row.region}:${from}${main ? ` @${main}` : ''} by ${role} (${row.guards?.join('+') ?? 'no guard'})`,
      })),
    ),
  ),
);

describe('TRANSITIONS', () => {
  it.each(cases)('$name', ({ row, from, main, role }) => {
    const mainState =
      row.region === 'main' ? (from as WorkflowSnapshot['main']) : (main as WorkflowSnapshot['main']);
    const base = satisfy(row, synthetic(mainState, row.region, from));
    const payload = samplePayload(row.command, base, variantFor(row));
    const decision = decide(
      base,
      { type: row.command, payload },
      { role },
      { now: new Date('2030-01-01T00:00:00Z') },
    );
    expect(decision).toMatchObject({ ok: true });
    if (!decision.ok) return;
    expect(decision.events).toHaveLength(1);
    const [event] = decision.events;
    expect(event?.type).toBe(row.event);
    expect(event?.visibility).toBe(row.visibility);
    const after = evolve(base, event!);
    expect(after[row.region]).toBe(row.to ?? from);
    for (const region of ['main', 'info', 'claim', 'complaint'] as const) {
      if (region !== row.region && !(region === 'info' && row.also?.info))
        expect(after[region]).toBe(base[region]);
    }
  });

  it('has a payload schema for every command and a row for every command', () => {
    expect(Object.keys(COMMAND_PAYLOADS).sort()).toEqual([...COMMANDS].sort());
    expect(new Set(ROWS.map((r) => r.command))).toEqual(new Set(COMMANDS));
  });

  it('uses every event type and gives each one effect', () => {
    expect(new Set(ROWS.map((r) => r.event))).toEqual(new Set(EVENT_TYPES));
    expect(Object.keys(EVENT_EFFECTS).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('resolves every guard code and uses every guard', () => {
    expect(Object.keys(GUARDS).sort()).toEqual([...GUARD_CODES].sort());
    expect(new Set(ROWS.flatMap((r) => r.guards ?? []))).toEqual(new Set(GUARD_CODES));
  });

  it('has no two rows that could both fire without a guard telling them apart', () => {
    for (const [i, a] of ROWS.entries()) {
      for (const b of ROWS.slice(i + 1)) {
        if (a.command !== b.command || a.region !== b.region) continue;
        const sharedRole = a.roles.some((r) => b.roles.includes(r));
        const sharedFrom = (a.from as readonly string[]).some((f) =>
          (b.from as readonly string[]).includes(f),
        );
        if (sharedRole && sharedFrom) expect(a.guards ?? b.guards).toBeDefined();
      }
    }
  });
});

describe('guards and the rules they protect', () => {
  it('refuses restore without identity verification (guard identity_verified)', () => {
    for (const state of ['investigating', 'awaiting_verification'] as const) {
      const { snapshot } = reach(state);
      expect(decide(snapshot, { type: 'restore' }, { role: 'agent' }, { now: NOW })).toEqual({
        ok: false,
        refusal: { code: 'guard_failed', guard: 'identity_verified' },
      });
    }
  });

  it('refuses restore after a failed verification, even if an earlier one passed', () => {
    const passed = run(
      [['record_verification', 'agent', { outcome: 'passed' }]],
      undefined,
      reach('awaiting_verification'),
    );
    const failed = run([['record_verification', 'agent', { outcome: 'failed' }]], undefined, passed);
    expect(decide(failed.snapshot, { type: 'restore' }, { role: 'agent' }, { now: NOW })).toMatchObject({
      ok: false,
      refusal: { guard: 'identity_verified' },
    });
    expect(decide(passed.snapshot, { type: 'restore' }, { role: 'agent' }, { now: NOW }).ok).toBe(true);
  });

  it.each(['filed', 'under_review'] as const)(
    'refuses close while the claim is %s (guard no_undecided_claim)',
    (claim) => {
      const steps: [CommandType, Role][] = [['file_claim', 'reporter']];
      if (claim === 'under_review') steps.push(['review_claim', 'agent']);
      const withClaim = run(
        [...steps, ['confirm_recovery', 'reporter']],
        undefined,
        reach('awaiting_confirmation'),
      );
      for (const role of ['agent', 'system'] as const) {
        expect(decide(withClaim.snapshot, { type: 'close' }, { role }, { now: NOW })).toEqual({
          ok: false,
          refusal: { code: 'guard_failed', guard: 'no_undecided_claim' },
        });
      }
      const decided = run(
        [
          ...(claim === 'filed' ? [['review_claim', 'agent'] as [CommandType, Role]] : []),
          ['decide_claim', 'agent', { decision: 'denied' }],
          ['close', 'agent'],
        ],
        undefined,
        withClaim,
      );
      expect(decided.snapshot).toMatchObject({ main: 'closed', claim: 'denied' });
    },
  );

  it('lets the system close only after the reporter confirmed recovery', () => {
    const { snapshot } = reach('awaiting_confirmation');
    expect(decide(snapshot, { type: 'close' }, { role: 'system' }, { now: NOW })).toEqual({
      ok: false,
      refusal: { code: 'guard_failed', guard: 'recovery_confirmed' },
    });
    expect(decide(snapshot, { type: 'close' }, { role: 'agent' }, { now: NOW }).ok).toBe(true);
    const ruledOut = reach('ruled_out').snapshot;
    expect(decide(ruledOut, { type: 'close' }, { role: 'system' }, { now: NOW })).toMatchObject({
      refusal: { guard: 'recovery_confirmed' },
    });
    expect(allowedCommands(ruledOut, 'system', { now: NOW })).not.toContain('close');
  });

  it("records the reporter's confirmation once; after a dispute and a new restore it can be given again", () => {
    const confirmed = run([['confirm_recovery', 'reporter']], undefined, reach('awaiting_confirmation'));
    expect(confirmed.snapshot.recoveryConfirmed).toBe(true);
    const payload = samplePayload('confirm_recovery', confirmed.snapshot);
    expect(
      decide(confirmed.snapshot, { type: 'confirm_recovery', payload }, { role: 'reporter' }, { now: NOW }),
    ).toEqual({
      ok: false,
      refusal: { code: 'guard_failed', guard: 'recovery_not_confirmed' },
    });
    expect(allowedCommands(confirmed.snapshot, 'reporter', { now: NOW })).not.toContain('confirm_recovery');
    const again = run(
      [
        ['dispute_recovery', 'reporter'],
        ['restore', 'agent'],
        ['request_confirmation', 'agent'],
      ],
      undefined,
      confirmed,
    );
    expect(again.snapshot).toMatchObject({ main: 'awaiting_confirmation', recoveryConfirmed: false });
    expect(allowedCommands(again.snapshot, 'reporter', { now: NOW })).toContain('confirm_recovery');
  });

  it.each(['closed', 'withdrawn'] as const)('accepts a complaint after the case is %s', (state) => {
    const { snapshot } = reach(state);
    const decision = decide(
      snapshot,
      { type: 'file_complaint', payload: { text: 'Bad handling.' } },
      { role: 'reporter' },
      { now: NOW },
    );
    expect(decision.ok && decision.events[0]?.type).toBe('complaint_filed');
    expect(allowedCommands(snapshot, 'reporter', { now: NOW })).toContain('file_complaint');
  });

  it.each(OPEN_MAIN_STATES)(
    'accepts request_info in %s and the answer leaves the main state unchanged',
    (state) => {
      const start = reach(state);
      const asked = run(
        [['request_info', 'agent', { requestId: 'req-42', prompt: 'statement_of_account' }]],
        undefined,
        start,
      );
      expect(asked.snapshot).toMatchObject({ main: state, info: 'requested', openRequestId: 'req-42' });
      expect(customerStatus(asked.snapshot)).toBe('action_needed');
      expect(nextSteps(asked.snapshot, 'reporter')).toContain('answer_request');
      const wrongId = decide(
        asked.snapshot,
        { type: 'answer_request', payload: { requestId: 'req-41', text: 'x' } },
        { role: 'reporter' },
        { now: NOW },
      );
      expect(wrongId).toEqual({ ok: false, refusal: { code: 'guard_failed', guard: 'request_id_matches' } });
      const answered = run(
        [['answer_request', 'reporter', { requestId: 'req-42', text: 'Here it is.' }]],
        undefined,
        asked,
      );
      expect(answered.snapshot).toEqual({
        ...start.snapshot,
        version: answered.snapshot.version,
        times: answered.snapshot.times,
      });
      expect(customerStatus(answered.snapshot)).toBe(customerStatus(start.snapshot));
    },
  );

  it.each(['closed', 'withdrawn'] as const)('refuses request_info once the case is %s', (state) => {
    expect(
      decide(
        reach(state).snapshot,
        { type: 'request_info', payload: { requestId: 'r', prompt: 'p' } },
        { role: 'agent' },
        { now: NOW },
      ),
    ).toEqual({
      ok: false,
      refusal: { code: 'invalid_state' },
    });
  });

  it('drops an open information request when the case is withdrawn', () => {
    const asked = run(
      [
        ['request_info', 'agent'],
        ['withdraw', 'reporter'],
      ],
      undefined,
      reach('investigating'),
    );
    expect(asked.snapshot).toMatchObject({ main: 'withdrawn', info: 'none', openRequestId: null });
  });

  it.each(['restored', 'awaiting_confirmation'] as const)(
    'dispute_recovery from %s reopens the investigation',
    (state) => {
      const confirmed =
        state === 'awaiting_confirmation'
          ? run([['confirm_recovery', 'reporter']], undefined, reach(state))
          : reach(state);
      const disputed = run(
        [
          [
            'dispute_recovery',
            'reporter',
            { items: ['login_history_ok', 'email_phone_ok'], details: 'Unknown device.' },
          ],
        ],
        undefined,
        confirmed,
      );
      expect(disputed.snapshot).toMatchObject({ main: 'investigating', recoveryConfirmed: false });
      expect(disputed.snapshot.times.investigation_started).toBe(disputed.events.at(-1)?.at);
      expect(disputed.snapshot.times.investigation_ended).toBeNull();
    },
  );

  it('escalates an unanswered complaint only after the answer deadline (injected now)', () => {
    const filed = run(
      [['file_complaint', 'reporter']],
      new Date('2025-01-03T10:00:00Z'),
      reach('investigating', new Date('2025-01-03T00:00:00Z')),
    );
    const filedAt = new Date(filed.snapshot.times.complaint_filed!);
    const payload = { bodyId: 'cfpb' };
    const before = new Date(filedAt.getTime() + 15 * 86_400_000);
    const after = new Date(before.getTime() + 1);
    expect(
      decide(filed.snapshot, { type: 'escalate_complaint', payload }, { role: 'reporter' }, { now: before }),
    ).toEqual({
      ok: false,
      refusal: { code: 'guard_failed', guard: 'complaint_answer_overdue' },
    });
    expect(allowedCommands(filed.snapshot, 'reporter', { now: before })).not.toContain('escalate_complaint');
    expect(nextSteps(filed.snapshot, 'reporter', { now: before })).toContain('wait_for_complaint_answer');
    const ok = decide(
      filed.snapshot,
      { type: 'escalate_complaint', payload },
      { role: 'reporter' },
      { now: after },
    );
    expect(ok.ok && ok.events[0]?.type).toBe('complaint_escalated');
    expect(allowedCommands(filed.snapshot, 'reporter', { now: after })).toContain('escalate_complaint');
    expect(nextSteps(filed.snapshot, 'reporter', { now: after })).toContain('escalate_complaint');
    // UK FCA gives 8 weeks: still too early at day 15
    expect(
      decide(
        filed.snapshot,
        { type: 'escalate_complaint', payload },
        { role: 'reporter' },
        { now: after, policy: DEADLINE_PRESETS.uk_fca },
      ),
    ).toMatchObject({ ok: false });
    // a policy without an answer clock never allows escalating an unanswered complaint
    expect(
      decide(
        filed.snapshot,
        { type: 'escalate_complaint', payload },
        { role: 'reporter' },
        { now: new Date('2099-01-01T00:00:00Z'), policy: DEADLINE_PRESETS.eu_psd2 },
      ),
    ).toMatchObject({ ok: false });
  });

  it('escalates an answered complaint at once and resolves it', () => {
    const r = run(
      [
        ['file_complaint', 'reporter'],
        ['answer_complaint', 'agent'],
        ['escalate_complaint', 'reporter', { bodyId: 'fos' }],
        ['resolve_complaint', 'agent'],
      ],
      undefined,
      reach('closed'),
    );
    expect(r.snapshot).toMatchObject({ main: 'closed', complaint: 'resolved', escalatedTo: 'fos' });
  });

  it('lets the payload decision pick the claim outcome', () => {
    const underReview = run(
      [
        ['file_claim', 'reporter'],
        ['review_claim', 'agent'],
      ],
      undefined,
      reach('investigating'),
    );
    for (const decision of ['approved', 'partly_approved', 'denied'] as const) {
      const r = run([['decide_claim', 'agent', { decision }]], undefined, underReview);
      expect(r.snapshot.claim).toBe(decision);
      expect(r.events.at(-1)?.type).toBe(`claim_${decision}`);
    }
  });

  it('totals a claim per asset exactly', () => {
    const r = run([['file_claim', 'reporter']], undefined, reach('frozen'));
    expect(r.events.at(-1)?.data.totals).toEqual([
      { asset: 'BTC', amount: '0.3' },
      { asset: 'USDT', amount: '150.5' },
    ]);
    expect(r.snapshot.claimTotals).toEqual(r.events.at(-1)?.data.totals);
  });
});

describe('refusals', () => {
  const { snapshot } = reach('investigating');
  const ctx = { now: NOW };

  it('checks command, role, state, payload, then guards', () => {
    expect(decide(snapshot, { type: 'teleport' as never }, { role: 'agent' }, ctx)).toEqual({
      ok: false,
      refusal: { code: 'unknown_command' },
    });
    expect(decide(snapshot, { type: 'restore' }, { role: 'reporter' }, ctx)).toEqual({
      ok: false,
      refusal: { code: 'role_not_allowed' },
    });
    expect(decide(snapshot, { type: 'start_review' }, { role: 'agent' }, ctx)).toEqual({
      ok: false,
      refusal: { code: 'invalid_state' },
    });
    expect(
      decide(snapshot, { type: 'record_cause', payload: { cause: 'aliens' } }, { role: 'agent' }, ctx),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_payload', issues: [{ path: ['cause'] }] },
    });
  });

  it('rejects unknown payload keys (no mass assignment)', () => {
    const decision = decide(
      snapshot,
      { type: 'send_message', payload: { text: 'hi', status: 'closed' } },
      { role: 'reporter' },
      ctx,
    );
    expect(decision).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_payload', issues: [{ code: 'unrecognized_keys' }] },
    });
  });

  it('enforces text limits and claim bounds', () => {
    const asked = run([['request_info', 'agent']], undefined, reach('investigating')).snapshot;
    const refuse = (type: CommandType, payload: unknown, role: Role, s = snapshot) =>
      decide(s, { type, payload }, { role }, ctx);
    expect(refuse('request_info', { requestId: 'r', prompt: 'x'.repeat(2001) }, 'agent')).toMatchObject({
      refusal: { code: 'invalid_payload' },
    });
    expect(refuse('request_info', { requestId: 'r', prompt: 'x'.repeat(2000) }, 'agent').ok).toBe(true);
    expect(
      refuse('answer_request', { requestId: 'req-0', text: 'x'.repeat(10001) }, 'reporter', asked),
    ).toMatchObject({ refusal: { code: 'invalid_payload' } });
    expect(
      refuse('answer_request', { requestId: 'req-0', text: 'x'.repeat(10000) }, 'reporter', asked).ok,
    ).toBe(true);
    const tx = { asset: 'BTC', amount: '1', at: '2025-01-01T00:00:00Z' };
    expect(refuse('file_claim', { transactions: [] }, 'reporter')).toMatchObject({
      refusal: { code: 'invalid_payload' },
    });
    expect(refuse('file_claim', { transactions: Array(51).fill(tx) }, 'reporter')).toMatchObject({
      refusal: { code: 'invalid_payload' },
    });
    expect(refuse('file_claim', { transactions: Array(50).fill(tx) }, 'reporter').ok).toBe(true);
    for (const amount of ['0', '-1', '1e3', '1.', '.5', 1]) {
      expect(refuse('file_claim', { transactions: [{ ...tx, amount }] }, 'reporter')).toMatchObject({
        refusal: { code: 'invalid_payload' },
      });
    }
  });

  it('requires every checklist item to confirm recovery', () => {
    const s = reach('awaiting_confirmation').snapshot;
    const checklist = samplePayload('confirm_recovery', s).checklist as Record<string, boolean>;
    for (const item of Object.keys(checklist)) {
      const decision = decide(
        s,
        { type: 'confirm_recovery', payload: { checklist: { ...checklist, [item]: false } } },
        { role: 'reporter' },
        ctx,
      );
      expect(decision).toMatchObject({ ok: false, refusal: { code: 'invalid_payload' } });
    }
  });

  it('returns no events on refusal and never stamps a time other than ctx.now', () => {
    const ok = decide(
      snapshot,
      { type: 'add_note', payload: { text: 'internal' } },
      { role: 'agent', id: 'a-9' },
      ctx,
    );
    expect(ok).toEqual({
      ok: true,
      events: [
        {
          type: 'note_added',
          at: NOW.toISOString(),
          actor: { role: 'agent', id: 'a-9' },
          visibility: 'internal',
          data: { text: 'internal' },
        },
      ],
    });
  });
});

describe('customerStatus and nextSteps', () => {
  it.each(MAIN_STATES)('maps %s along the happy path', (state) => {
    const { snapshot } = reach(state);
    const expected = {
      submitted: 'submitted',
      in_review: 'in_review',
      compromise_confirmed: 'in_review',
      ruled_out: 'resolved',
      frozen: 'in_progress',
      investigating: 'in_progress',
      awaiting_verification: 'action_needed',
      restored: 'in_progress',
      awaiting_confirmation: 'action_needed',
      closed: 'closed',
      withdrawn: 'closed',
    }[state];
    expect(customerStatus(snapshot)).toBe(expected);
  });

  it('is null before submission and resolved once recovery is confirmed', () => {
    expect(customerStatus(initialSnapshot())).toBeNull();
    expect(
      customerStatus(
        run([['confirm_recovery', 'reporter']], undefined, reach('awaiting_confirmation')).snapshot,
      ),
    ).toBe('resolved');
  });

  it('gives each role its next steps', () => {
    expect(nextSteps(initialSnapshot(), 'reporter')).toEqual(['submit_report']);
    expect(nextSteps(reach('submitted').snapshot, 'system')).toEqual(['start_review']);
    expect(nextSteps(reach('in_review').snapshot, 'agent')).toEqual(['assess_compromise']);
    expect(nextSteps(reach('investigating').snapshot, 'agent')).toEqual([
      'record_cause',
      'request_verification',
    ]);
    expect(nextSteps(reach('awaiting_verification').snapshot, 'reporter')).toEqual(['verify_identity']);
    expect(nextSteps(reach('awaiting_verification').snapshot, 'agent')).toEqual([
      'record_verification',
      'wait_for_reporter',
    ]);
    expect(nextSteps(reach('awaiting_confirmation').snapshot, 'reporter')).toEqual(['confirm_recovery']);
    const claim = run(
      [
        ['file_claim', 'reporter'],
        ['file_complaint', 'reporter'],
      ],
      undefined,
      reach('restored'),
    ).snapshot;
    expect(nextSteps(claim, 'reporter')).toEqual([
      'wait_for_claim_decision',
      'wait_for_complaint_answer',
      'wait_for_closure',
    ]);
    expect(nextSteps(claim, 'agent')).toEqual(['request_confirmation', 'review_claim', 'answer_complaint']);
    const confirmed = run(
      [['confirm_recovery', 'reporter']],
      undefined,
      reach('awaiting_confirmation'),
    ).snapshot;
    expect(nextSteps(confirmed, 'system')).toEqual(['close_case']);
    expect(nextSteps(reach('closed').snapshot, 'reporter')).toEqual([]);
  });

  it('every next step a role is told to take is a command it may send', () => {
    const commandFor: Record<string, string> = {
      answer_request: 'answer_request',
      confirm_recovery: 'confirm_recovery',
      start_review: 'start_review',
      freeze_account: 'freeze',
      start_investigation: 'start_investigation',
      record_cause: 'record_cause',
      request_verification: 'request_verification',
      record_verification: 'record_verification',
      restore_account: 'restore',
      request_confirmation: 'request_confirmation',
      close_case: 'close',
      review_claim: 'review_claim',
      decide_claim: 'decide_claim',
      answer_complaint: 'answer_complaint',
      escalate_complaint: 'escalate_complaint',
      submit_report: 'submit',
    };
    for (const state of MAIN_STATES) {
      const s = reach(state).snapshot;
      for (const role of ROLES) {
        const allowed = allowedCommands(s, role, { now: NOW });
        for (const step of nextSteps(s, role, { now: NOW })) {
          const command = commandFor[step];
          if (command) expect(allowed, `${state} ${role} ${step}`).toContain(command);
        }
      }
    }
  });
});

describe('replay', () => {
  it('rebuilds every happy-path snapshot from its events', () => {
    for (const state of MAIN_STATES) {
      const r = reach(state);
      expect(replay(r.events)).toEqual(r.snapshot);
      expect(r.snapshot.main).toBe(state);
      expect(PATH_TO[state].length).toBe(r.events.length);
    }
  });

  it('ignores unknown event types except for the version', () => {
    const r = reach('submitted');
    const s = replay([
      ...r.events,
      {
        type: 'from_the_future' as never,
        at: NOW.toISOString(),
        actor: { role: 'system' },
        visibility: 'public',
        data: {},
      },
    ]);
    expect(s).toEqual({ ...r.snapshot, version: 2 });
  });
});
