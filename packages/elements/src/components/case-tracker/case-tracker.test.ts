import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  ACTION_FAILURE_REASONS,
  ACTION_STATES,
  CLAIM_STATES,
  COMPLAINT_STATES,
  CONTAINMENT_CODES,
  CREDENTIAL_KINDS,
  DEADLINE_CODES,
  HOLD_STATES,
  LOCK_ORIGINS,
  LOCK_STATES,
  NEXT_STEP_RULES,
  OUTSIDE_BODY_KINDS,
  PLATFORM_ACTIONS,
  RECOVERY_CHECKLIST,
  RELEASE_STATES,
  RecourseApiError,
  redactForReporter,
  SUBSCRIPTION_STATUSES,
} from '@recourse/core';
import { sendKeys } from '@web/test-runner-commands';
import { seedPhrase } from '../../../../core/src/guards/seed.fixture';
import '../../define/recourse-case-tracker';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import { formatDateTime } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import type { RecourseCaseTracker } from './case-tracker';
import {
  AGENT,
  CASE_ID,
  CONFIG,
  CREDENTIALS,
  containmentAfterRestore,
  containmentGivenUp,
  containmentLocked,
  fakeTrackerClient,
  reporterView,
  runSteps,
  SCENARIOS,
  type ScenarioName,
} from './case-tracker.fixtures';
import { CASE_TRACKER_CATALOGS, REPORTER_STEPS } from './case-tracker.i18n';
import { planCommand } from './case-tracker.model';
import { type GuardedField, INITIAL_STATE, NO_DRAFTS, reduce } from './case-tracker.state';

const CJK = /[\u3400-\u9fff]/;
const TOKEN = 'tOkEn_SeCrEt_0123456789abcdefghij';
const en = CASE_TRACKER_CATALOGS.en;
const zh = CASE_TRACKER_CATALOGS['zh-CN'];

async function mount(name: ScenarioName, lang = 'en', options: Parameters<typeof fakeTrackerClient>[1] = {}) {
  const fake = fakeTrackerClient(runSteps(SCENARIOS[name]), options);
  const el = await fixture<RecourseCaseTracker>(
    html`<recourse-case-tracker lang=${lang} case-id=${CASE_ID} .token=${TOKEN} .client=${fake.client} .config=${CONFIG}
      .now=${() => new Date(Date.parse(fake.chain.at(-1)!.at) + 7_200_000)}></recourse-case-tracker>`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part~="stepper"]') || el.phase === 'failed',
    'tracker did not open',
    {
      timeout: 4000,
    },
  );
  await el.updateComplete;
  return { el, fake, root: el.shadowRoot! };
}

const text = (root: ShadowRoot) => root.textContent?.replace(/\s+/g, ' ') ?? '';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

describe('<recourse-case-tracker> catalogs', () => {
  it('zh-CN has every key of en, in Chinese', () => {
    const enLeaves = leaves(en);
    const zhMap = new Map(leaves(zh));
    for (const [path] of enLeaves) {
      const v = zhMap.get(path);
      expect(typeof v, path).to.equal('string');
      expect(CJK.test(v as string) || /^\{[a-z]+\} · \{[a-z]+\}$/.test(v as string), path).to.equal(true);
    }
    expect(zhMap.size).to.equal(enLeaves.length);
  });

  it("covers core's code lists", () => {
    const reporterSteps = [
      ...new Set(NEXT_STEP_RULES.filter((r) => r.roles.includes('reporter')).map((r) => r.code)),
    ];
    expect([...REPORTER_STEPS].sort()).to.deep.equal(reporterSteps.sort());
    for (const c of [en, zh]) {
      expect(Object.keys(c.next.steps).sort()).to.deep.equal([...REPORTER_STEPS].sort());
      expect(Object.keys(c.next.deadline).sort()).to.deep.equal([...DEADLINE_CODES].sort());
      expect(Object.keys(c.checklist.items).sort()).to.deep.equal([...RECOVERY_CHECKLIST].sort());
      expect(Object.keys(c.hardening.containment).sort()).to.deep.equal([...CONTAINMENT_CODES].sort());
      expect(Object.keys(c.claim.states).sort()).to.deep.equal([...CLAIM_STATES].sort());
      expect(Object.keys(c.complaint.states).sort()).to.deep.equal([...COMPLAINT_STATES].sort());
      expect(Object.keys(c.complaint.kinds).sort()).to.deep.equal([...OUTSIDE_BODY_KINDS].sort());
      expect(Object.keys(c.connection).sort()).to.deep.equal([...SUBSCRIPTION_STATUSES].sort());
      const k = c.containment;
      expect(Object.keys(k.lock).sort()).to.deep.equal([...LOCK_STATES].sort());
      expect(Object.keys(k.origins).sort()).to.deep.equal([...LOCK_ORIGINS].sort());
      expect(Object.keys(k.released).sort()).to.deep.equal([...RELEASE_STATES].sort());
      expect(Object.keys(k.hold).sort()).to.deep.equal([...HOLD_STATES].sort());
      expect(Object.keys(k.actions).sort()).to.deep.equal([...PLATFORM_ACTIONS].sort());
      expect(Object.keys(k.states).sort()).to.deep.equal([...ACTION_STATES].sort());
      expect(Object.keys(k.reasons).sort()).to.deep.equal([...ACTION_FAILURE_REASONS].sort());
      expect(Object.keys(c.credentials.kinds).sort()).to.deep.equal([...CREDENTIAL_KINDS].sort());
    }
  });

  it('advises on passwords the NIST way (no composition rules, no periodic change)', () => {
    expect(en.hardening.password).to.match(/long/);
    expect(en.hardening.password).to.match(/do not need special characters/);
  });
});

describe('<recourse-case-tracker> state (reduce, no element)', () => {
  const chain = runSteps(SCENARIOS.in_progress);
  const view = reporterView(chain);
  const entries = redactForReporter(chain);
  const shown = reduce(INITIAL_STATE, { type: 'opened', view, entries });

  it('fails with nothing shown, but keeps a shown case under a later error', () => {
    expect(reduce(INITIAL_STATE, { type: 'failed', problem: 'network' })).to.deep.include({
      phase: 'failed',
      problem: 'network',
    });
    const failed = reduce(shown, { type: 'failed', problem: 'rejected' });
    expect(failed.phase).to.equal('case');
    expect(failed.problem).to.equal('rejected');
    expect('view' in failed && failed.view).to.equal(view);
  });

  it('sends one action at a time and settles back to the case, clearing the last error', () => {
    const sending = reduce(reduce(shown, { type: 'failed', problem: 'network' }), {
      type: 'sending',
      action: 'message',
    });
    expect(sending).to.deep.include({ phase: 'sending', action: 'message', problem: undefined });
    const settled = reduce(sending, { type: 'settled' });
    expect(settled.phase).to.equal('case');
    expect('action' in settled).to.equal(false);
    expect(reduce(INITIAL_STATE, { type: 'sending', action: 'message' })).to.equal(INITIAL_STATE);
  });

  it('merges live entries once, in order; an entry seen before changes nothing', () => {
    expect(reduce(shown, { type: 'changed', entries: [entries.at(-1)!] })).to.equal(shown);
    const reopened = reduce(shown, { type: 'opening', linkRemoved: false });
    expect(reopened.phase).to.equal('opening');
    expect('entries' in reopened).to.equal(false);
  });

  it('opens a dispute with the unticked items, and plans only complete drafts', () => {
    const ticked = reduce(shown, { type: 'toggle', set: 'checks', item: 'notice_received', on: true });
    const open = reduce(ticked, { type: 'form', form: 'dispute', open: true });
    expect([...open.drafts.disputeItems]).to.have.length(RECOVERY_CHECKLIST.length - 1);
    expect(open.drafts.disputeItems.has('notice_received')).to.equal(false);
    expect(planCommand('confirm', ticked.drafts, [])).to.equal(null);
    const all = { ...NO_DRAFTS, checks: new Set(RECOVERY_CHECKLIST) };
    expect(planCommand('confirm', all, [])!.command.type).to.equal('confirm_recovery');
    const badReference = { ...NO_DRAFTS, reference: 'not an id!' };
    expect(planCommand('escalate', badReference, [{ id: 'body-1' }])).to.equal(null);
    expect(planCommand('escalate', NO_DRAFTS, [{ id: 'body-1' }])!.command).to.deep.equal({
      type: 'escalate_complaint',
      payload: { bodyId: 'body-1' },
    });
  });
});

describe('<recourse-case-tracker> states', () => {
  for (const name of Object.keys(SCENARIOS) as ScenarioName[]) {
    for (const lang of ['en', 'zh-CN'] as const) {
      it(`${name} (${lang}): shows its status and is accessible`, async () => {
        const { el, root } = await mount(name, lang);
        const view = reporterView(runSteps(SCENARIOS[name]));
        expect(root.querySelector('.badge')!.textContent).to.equal(DOMAIN_CATALOGS[lang].status[view.status]);
        expect(root.querySelector('[aria-current="step"]')).to.exist;
        if (view.status === 'action_needed') {
          expect(root.querySelector('[part~="action"], [part~="checklist"]')).to.exist;
          expect(root.querySelector('.step.current .flag')).to.exist;
        }
        if (view.pendingRequest) expect(text(root)).to.include(view.pendingRequest.prompt);
        if (lang === 'zh-CN') expect(CJK.test(text(root))).to.equal(true);
        if (view.claim !== 'none') expect(root.querySelector('[part~="claim"]')).to.exist;
        if (view.complaint !== 'none') expect(root.querySelector('[part~="complaint"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('never shows internal notes, only a neutral stub', async () => {
    const { root } = await mount('in_progress');
    expect(text(root)).not.to.include('INTERNAL');
    expect(text(root)).to.include(en.timeline.internal);
  });

  it('shows time limits as dates and "in N days"', async () => {
    const { root } = await mount('complaint_filed');
    const dl = root.querySelector('.deadlines')!;
    expect(dl.textContent).to.include(en.next.deadline.complaint_answer);
    expect(dl.textContent).to.match(/in \d+ (days|weeks)/);
  });

  it('shows the outside bodies once the complaint was answered', async () => {
    const { el, root } = await mount('complaint_answered');
    await waitUntil(() => root.querySelector('.bodies'));
    expect(root.querySelector('.bodies')!.textContent).to.include('12315');
    expect(root.querySelector('select#body')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<recourse-case-tracker> the private link', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  /**
   * The server behind the default client, as a `fetch`: the case of `chain` (its first read's
   * answer changed by `first`, to send a malformed one), its events, the configuration, a stream.
   */
  function linkServer(chain: ReturnType<typeof runSteps>, first = (body: object): unknown => body) {
    const urls: string[] = [];
    const auth: (string | null)[] = [];
    const entries = redactForReporter(chain);
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      urls.push(request.url);
      auth.push(request.headers.get('authorization'));
      const url = new URL(request.url);
      const path = url.pathname;
      const json = (body: unknown) =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      const page = { entries, head: { seq: chain.at(-1)!.seq, hash: chain.at(-1)!.hash } };
      if (path === '/v1/config') return json(CONFIG);
      if (path.endsWith('/events')) return json(page);
      if (url.searchParams.get('include') === 'events')
        return json(first({ ...reporterView(chain), events: page }));
      if (path.endsWith('/stream')) {
        return new Response(new ReadableStream({ start: () => undefined }), {
          headers: { 'content-type': 'text/event-stream' },
        });
      }
      return json(reporterView(chain));
    };
    return { urls, auth, fetch };
  }

  it('reads #case=…&token=…, removes the token from the address bar, never stores it or puts it in a URL', async () => {
    const chain = runSteps(SCENARIOS.action_needed_info);
    const { urls, auth, fetch } = linkServer(chain);
    localStorage.clear();
    sessionStorage.clear();
    history.replaceState(null, '', `${location.pathname}#case=${CASE_ID}&token=${TOKEN}`);
    const updates: unknown[] = [];
    const el = await fixture<RecourseCaseTracker>(
      html`<recourse-case-tracker api-base="https://api.example.test" .fetch=${fetch}
        @recourse-case-updated=${(e: CustomEvent) => updates.push(e.detail)}></recourse-case-tracker>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="stepper"]'), 'did not open', {
      timeout: 4000,
    });
    await waitUntil(() => urls.some((u) => u.endsWith('/stream')));
    // Shown once by the first paint; the controller took that case over without announcing it again.
    expect(updates).to.have.length(1);

    expect(location.href).not.to.include(TOKEN);
    expect(location.hash).to.equal(`#case=${CASE_ID}`);
    expect(el.shadowRoot!.textContent).to.include(en.linkRemoved);
    expect(urls.length).to.be.greaterThan(2);
    // Opened once, in one round trip: the case with its events, the configuration beside it.
    const reads = (path: string) => urls.filter((u) => new URL(u).pathname === path).length;
    expect(reads(`/v1/cases/${CASE_ID}`), 'case reads').to.equal(1);
    expect(urls.filter((u) => u.endsWith(`/v1/cases/${CASE_ID}?include=events`)).length).to.equal(1);
    expect(reads(`/v1/cases/${CASE_ID}/events`), 'event reads').to.equal(0);
    expect(reads('/v1/config'), 'config reads').to.equal(1);
    for (const url of urls) expect(url).not.to.include(TOKEN);
    expect(auth.filter((a) => a !== null).every((a) => a!.includes(TOKEN))).to.equal(true);
    expect(JSON.stringify({ ...localStorage })).not.to.include(TOKEN);
    expect(JSON.stringify({ ...sessionStorage })).not.to.include(TOKEN);
    expect(await indexedDB.databases()).to.deep.equal([]);
    expect(el.outerHTML).not.to.include(TOKEN);
    expect(el.token).to.equal('');
    expect([...el.attributes].some((a) => a.value.includes(TOKEN))).to.equal(false);
  });

  it('a first answer the contract refuses never reaches the screen: the error, from that one read', async () => {
    const chain = runSteps(SCENARIOS.action_needed_info);
    // A status the contract does not know, under the right case number.
    const { urls, fetch } = linkServer(chain, (body) => ({ ...body, status: 'all_fine_nothing_to_do' }));
    history.replaceState(null, '', `${location.pathname}#case=${CASE_ID}&token=${TOKEN}`);
    const el = document.createElement('recourse-case-tracker') as RecourseCaseTracker;
    el.apiBase = 'https://api.example.test';
    el.fetch = fetch as typeof globalThis.fetch;
    const failed = oneEvent(el, 'recourse-case-error');
    document.body.append(el);
    expect((await failed).detail.code).to.equal('failed');
    await el.updateComplete;
    expect(el.phase).to.equal('failed');
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(en.errors.failed);
    expect(root.querySelector('[part~="stepper"]')).to.equal(null);
    expect(root.textContent).not.to.include(reporterView(chain).number);
    // The client judged the very answer the first paint refused: the case was read once.
    expect(urls.filter((u) => u.endsWith(`/v1/cases/${CASE_ID}?include=events`))).to.have.length(1);
    el.remove();
  });

  it('without a link says what is missing and fires recourse-case-error', async () => {
    const el = document.createElement('recourse-case-tracker');
    const event = oneEvent(el, 'recourse-case-error');
    document.body.append(el);
    expect((await event).detail.code).to.equal('missing_link');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(en.errors.missing_link);
    el.remove();
  });

  it('a refused link is "not found" with no retry loop', async () => {
    const { el, root } = await mount('submitted', 'en', { fail: 'not_found' });
    expect(el.phase).to.equal('failed');
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(en.errors.not_found);
    expect(root.querySelector('[role="alert"] button')).to.equal(null);
  });

  it('a network failure is said honestly and can be retried', async () => {
    const { el, root } = await mount('submitted', 'en', { fail: 'network' });
    expect(el.phase).to.equal('failed');
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(en.errors.network);
    expect(root.querySelector('[role="alert"] button')).to.exist;
  });
});

describe('<recourse-case-tracker> actions', () => {
  it('answers a request with text and a hashed file: one upload, one command, one idempotency key', async () => {
    const { el, fake, root } = await mount('action_needed_info');
    const answer = root.querySelector<HTMLTextAreaElement>('#answer')!;
    answer.focus();
    await sendKeys({ type: 'Here is the record.' });
    const input = root.querySelector<HTMLInputElement>('#files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['withdrawal 0.8 BTC'], 'record.txt', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelectorAll('.files li').length === 1);
    const digest = Array.from(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('withdrawal 0.8 BTC'))),
      (b) => b.toString(16).padStart(2, '0'),
    ).join('');
    expect(root.querySelector('.files .hash')!.textContent).to.equal(digest);
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="action"] button[type="submit"]')!.click();
    await waitUntil(() => fake.sent.length === 1);
    expect(fake.uploads).to.have.length(1);
    expect(fake.uploads[0]!.sha256).to.equal(digest);
    const [sent] = fake.sent;
    expect(sent!.type).to.equal('answer_request');
    expect(sent!.payload).to.deep.equal({
      requestId: 'req-1',
      text: 'Here is the record.',
      attachmentIds: ['att-1'],
    });
    expect(sent!.idempotencyKey).to.match(/^[A-Za-z0-9_-]{22}$/);
    await waitUntil(() => !root.querySelector('#answer'));
    expect(el.phase).to.equal('case');
    expect(root.querySelector('[aria-live="polite"]')!.textContent).to.equal(en.action.sent);
  });

  it('confirms recovery only with every item ticked', async () => {
    const { fake, root, el } = await mount('action_needed_confirmation');
    const confirm = root.querySelector<HTMLButtonElement>('#confirm')!;
    expect(confirm.disabled).to.equal(true);
    for (const box of root.querySelectorAll<HTMLInputElement>('input[name="check"]')) box.click();
    await el.updateComplete;
    expect(confirm.disabled).to.equal(false);
    confirm.click();
    await waitUntil(() => fake.sent.length === 1);
    expect(fake.sent[0]!.type).to.equal('confirm_recovery');
    expect(fake.sent[0]!.payload).to.deep.equal({
      checklist: Object.fromEntries(RECOVERY_CHECKLIST.map((k) => [k, true])),
    });
    await waitUntil(() => root.querySelector('.badge')!.textContent === DOMAIN_CATALOGS.en.status.resolved);
  });

  it('disputes recovery with the wrong items and details, which reopens the investigation', async () => {
    const { fake, root, el } = await mount('action_needed_confirmation');
    root.querySelector<HTMLInputElement>('input[name="check"][value="notice_received"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#open-dispute')!.click();
    await el.updateComplete;
    expect(root.activeElement?.id).to.equal('dispute-heading');
    const picked = [...root.querySelectorAll<HTMLInputElement>('input[name="dispute"]')].filter(
      (b) => b.checked,
    );
    expect(picked).to.have.length(4);
    for (const box of picked.slice(0, 3)) box.click();
    root.querySelector<HTMLTextAreaElement>('#dispute-text')!.focus();
    await sendKeys({ type: 'A withdrawal I do not know.' });
    await el.updateComplete;
    const updated = oneEvent(el, 'recourse-case-updated');
    root.querySelector<HTMLButtonElement>('.dispute button[type="submit"]')!.click();
    await waitUntil(() => fake.sent.length === 1);
    expect(fake.sent[0]).to.deep.include({
      type: 'dispute_recovery',
      payload: { items: ['login_history_ok'], details: 'A withdrawal I do not know.' },
    });
    expect((await updated).detail).to.deep.include({ state: 'investigating', status: 'in_progress' });
    await el.updateComplete;
    expect(root.querySelector('.badge')!.textContent).to.equal(DOMAIN_CATALOGS.en.status.in_progress);
  });

  it('files a loss claim', async () => {
    const { fake, root, el } = await mount('in_progress');
    await waitUntil(() => root.querySelector('#open-claim'));
    root.querySelector<HTMLButtonElement>('#open-claim')!.click();
    await el.updateComplete;
    expect(root.activeElement?.id).to.equal('asset-0');
    await sendKeys({ type: 'btc' });
    const set = (id: string, v: string) => {
      const i = root.querySelector<HTMLInputElement>(id)!;
      i.value = v;
      i.dispatchEvent(new Event('input'));
    };
    set('#amount-0', '0.8');
    set('#at-0', '2026-11-01T07:10');
    await el.updateComplete;
    const submit = root.querySelector<HTMLButtonElement>('.claim-form button[type="submit"]')!;
    submit.focus();
    submit.click();
    await waitUntil(() => fake.sent.length === 1);
    const payload = fake.sent[0]!.payload as {
      transactions: { asset: string; amount: string; at: string }[];
    };
    expect(fake.sent[0]!.type).to.equal('file_claim');
    expect(payload.transactions[0]).to.deep.include({ asset: 'BTC', amount: '0.8' });
    await waitUntil(
      () => root.querySelector('[part~="claim"] .state')?.textContent === en.claim.states.filed,
    );
    // The form closed under the focus: focus stays in the tracker, on the case's heading.
    await waitUntil(() => !root.querySelector('.claim-form'));
    expect(root.activeElement?.id).to.equal('heading');
  });
});

describe('<recourse-case-tracker> containment', () => {
  /** The moment the scenario's last event happened (the fixtures' clock is fixed). */
  const endOf = (name: ScenarioName) => runSteps(SCENARIOS[name]).at(-1)!.at;

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: shows the recovery hold with its end and why it protects the owner, the lock and what started it, accessibly`, async () => {
      const t = CASE_TRACKER_CATALOGS[lang].containment;
      const k = containmentAfterRestore(endOf('restored'));
      const { el, root } = await mount('restored', lang, { containment: k });
      const section = root.querySelector('[part~="containment"]')!;
      const hold = section.querySelector('.hold')!;
      const until = hold.querySelector('time')!;
      expect(until.getAttribute('datetime')).to.equal(k.hold!.until);
      expect(until.textContent).to.contain(formatDateTime(lang, k.hold!.until));
      expect(hold.textContent).to.contain(t.holdWhy);
      expect(section.querySelector('.lock-state')!.textContent).to.equal(t.lock.released);
      expect(section.querySelector('.lock')!.textContent).to.contain(t.origins.link);
      // The hold's first attempt timed out: not done yet, retrying, and why.
      const held = section.querySelector('[data-action="hold_risky_actions"]')!;
      expect(held.textContent).to.contain(t.retrying);
      expect(held.textContent).to.contain(t.reasons.timeout);
      expect(section.querySelector('[data-action="unlock_account"] .action-state')!.textContent).to.equal(
        t.states.done,
      );
      // A lifted lock offers no release.
      expect(root.querySelector('#release-open')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('an action the worker gave up on: failed for good with its reason in words, not retrying', async () => {
    const t = en.containment;
    const { el, root } = await mount('in_progress', 'en', {
      containment: containmentGivenUp(endOf('in_progress')),
    });
    const row = root.querySelector('[data-action="lock_account"]')!;
    expect(row.getAttribute('data-state')).to.equal('failed');
    expect(row.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${t.actions.lock_account}: ${t.states.failed} (${t.reasons.given_up})`,
    );
    expect(row.querySelector('.retrying')).to.equal(null);
    expect(root.querySelector('.lock-state')!.textContent).to.equal(t.lock.failed);
    await expect(el).to.be.accessible();
  });

  it('lifts a lock only after a confirmation, with the keyboard; says when it lifts and that every contact was told', async () => {
    const t = en.containment;
    const { el, root, fake } = await mount('in_progress', 'en', {
      containment: containmentLocked(endOf('in_progress')),
    });
    expect(root.querySelector('.lock-state')!.textContent).to.equal(t.lock.in_force);
    expect(root.querySelector('.lock')!.textContent).to.contain(t.origins.session);
    root.querySelector<HTMLButtonElement>('#release-open')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root.activeElement?.id === 'release-h', 'focus on the confirmation');
    expect(root.querySelector('.confirm')!.textContent).to.contain(t.releaseBody);
    expect(fake.calls).to.deep.equal([]);
    // Cancel returns the focus to the offer; nothing was sent.
    root.querySelector<HTMLButtonElement>('.confirm button:not(.primary)')!.click();
    await el.updateComplete;
    await waitUntil(() => root.activeElement?.id === 'release-open', 'focus back on the offer');
    root.querySelector<HTMLButtonElement>('#release-open')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#release-confirm')!.click();
    await waitUntil(() => root.querySelector('.release.cooling_off'), 'the release shown');
    expect(fake.calls.map((c) => c.call)).to.deep.equal(['release']);
    expect(fake.calls[0]!.idempotencyKey).to.be.a('string');
    const at = (await fake.client.getCase(CASE_ID, TOKEN)).containment!.release!.at;
    expect(root.querySelector('.release')!.textContent).to.contain(formatDateTime('en', at));
    expect(root.querySelector('.release')!.textContent).to.contain('every email address and phone number');
    expect(root.querySelector('#release-open')).to.equal(null);
    expect(root.querySelector('[role="status"][aria-live]')!.textContent).to.equal(t.releaseSent);
    await waitUntil(() => root.activeElement?.id === 'containment-h', 'focus on the section');
    await expect(el).to.be.accessible();
  });

  it('a refused release (one already pending elsewhere) says so and shows the case as it is now', async () => {
    const { el, root, fake } = await mount('in_progress', 'en', {
      containment: containmentLocked(endOf('in_progress')),
    });
    const errors: string[] = [];
    el.addEventListener('recourse-case-error', (e) => errors.push((e as CustomEvent).detail.problem));
    // Another tab asked first: the server holds a pending release; this page still offers one.
    await fake.client.requestLockRelease!(CASE_ID, TOKEN, { idempotencyKey: 'other-tab-0000000000' });
    fake.client.requestLockRelease = async () => {
      throw new RecourseApiError({
        type: 'urn:recourse:problem:lock_release_pending',
        title: 'lock_release_pending',
        status: 409,
        code: 'lock_release_pending',
      } as never);
    };
    root.querySelector<HTMLButtonElement>('#release-open')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#release-confirm')!.click();
    await waitUntil(() => root.querySelector('.release.cooling_off'), 'the pending release shown');
    expect(errors).to.deep.equal(['lock_release_pending']);
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain(en.errors.failed);
    expect(root.querySelector('#release-open')).to.equal(null);
  });

  it('a release refused for the link (401) is told as the tracker tells it: not found', async () => {
    const { el, root, fake } = await mount('in_progress', 'en', {
      containment: containmentLocked(endOf('in_progress')),
    });
    const codes: string[] = [];
    el.addEventListener('recourse-case-error', (e) => codes.push((e as CustomEvent).detail.code));
    fake.client.requestLockRelease = async () => {
      throw new RecourseApiError({
        type: 'urn:recourse:problem:unauthorized',
        title: 'unauthorized',
        status: 401,
        code: 'unauthorized',
      } as never);
    };
    root.querySelector<HTMLButtonElement>('#release-open')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#release-confirm')!.click();
    await waitUntil(() => codes.length > 0, 'the error fired');
    expect(codes).to.deep.equal(['not_found']);
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain(en.errors.not_found);
  });

  it('a client without the release offers none', async () => {
    const fake = fakeTrackerClient(runSteps(SCENARIOS.in_progress), {
      containment: containmentLocked(endOf('in_progress')),
    });
    const { requestLockRelease: _r, ...client } = fake.client;
    const el = await fixture<RecourseCaseTracker>(
      html`<recourse-case-tracker case-id=${CASE_ID} .token=${TOKEN} .client=${client} .config=${CONFIG}></recourse-case-tracker>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.lock-state'), 'the lock shown');
    expect(el.shadowRoot!.querySelector('#release-open')).to.equal(null);
  });

  it('reviews the credentials at the confirmation step: each marked keep or remove, then the outcomes as the platform confirms them', async () => {
    const t = en.credentials;
    const { el, root, fake } = await mount('action_needed_confirmation');
    const section = () => root.querySelector('[part~="credentials"]')!;
    await waitUntil(
      () => root.querySelectorAll('[data-credential]').length === CREDENTIALS.length,
      'the list',
    );
    for (const c of CREDENTIALS) expect(section().textContent).to.contain(c.label);
    expect(section().textContent).to.contain(t.kinds.api_key);
    const submit = () => root.querySelector<HTMLButtonElement>('#cred-submit')!;
    expect(submit().disabled).to.equal(true);
    await expect(el).to.be.accessible();
    const mark = async (id: string, decision: 'keep' | 'remove') => {
      root.querySelector<HTMLInputElement>(`[data-credential="${id}"] input[value="${decision}"]`)!.click();
      await el.updateComplete;
    };
    await mark('sess_1', 'keep');
    await mark('sess_2', 'remove');
    await mark('key_7', 'remove');
    expect(submit().disabled).to.equal(true);
    await mark('addr_3', 'remove');
    expect(submit().disabled).to.equal(false);
    submit().click();
    await waitUntil(() => root.querySelector('[data-credential="sess_1"] .outcome.kept'), 'the outcomes');
    const review = fake.calls.find((c) => c.call === 'review')!;
    expect(review.body).to.deep.equal([
      { id: 'sess_1', decision: 'keep' },
      { id: 'sess_2', decision: 'remove' },
      { id: 'key_7', decision: 'remove' },
      { id: 'addr_3', decision: 'remove' },
    ]);
    const outcome = (id: string) =>
      root.querySelector(`[data-credential="${id}"] .outcome`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(outcome('sess_1')).to.equal(t.outcomes.kept);
    expect(outcome('key_7')).to.equal(t.outcomes.requested);
    expect(root.querySelector('[role="status"][aria-live]')!.textContent).to.equal(t.sent);
    // The platform removes the key and refuses the address; the tracker follows the case live.
    fake.contain((k) => ({
      ...k!,
      actions: k!.actions.map((x) =>
        x.credentialId === 'key_7'
          ? { ...x, state: 'done', attempts: 1 }
          : x.credentialId === 'addr_3'
            ? { ...x, state: 'failed', attempts: 1, reason: 'refused' }
            : x,
      ),
    }));
    fake.act([{ type: 'send_message', payload: { text: 'We are removing what you marked.' } }, AGENT]);
    await waitUntil(() => outcome('key_7') === t.outcomes.done, 'the removal confirmed', { timeout: 3000 });
    expect(outcome('addr_3')).to.equal(`${t.outcomes.failed} (${en.containment.reasons.refused})`);
    expect(outcome('sess_2')).to.equal(t.outcomes.requested);
    expect(fake.calls.filter((c) => c.call === 'list')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('offers no review before the account is restored', async () => {
    const { root, fake } = await mount('in_progress');
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('[part~="credentials"]')).to.equal(null);
    expect(fake.calls).to.deep.equal([]);
  });
});

describe('<recourse-case-tracker> live', () => {
  it('an agent command appears without reload, and the view follows', async () => {
    const { fake, root, el } = await mount('in_progress');
    await waitUntil(() => root.querySelector('[part~="connection"]')!.textContent === en.connection.live);
    const updated = oneEvent(el, 'recourse-case-updated');
    const t0 = performance.now();
    fake.act([
      { type: 'request_info', payload: { requestId: 'req-9', prompt: 'Send a selfie with the ID.' } },
      AGENT,
    ]);
    await waitUntil(
      () => root.textContent!.includes(DOMAIN_CATALOGS.en.event.info_requested),
      'no live entry',
      {
        timeout: 1000,
      },
    );
    expect(performance.now() - t0).to.be.lessThan(1000);
    expect(root.querySelector('[aria-live="polite"]')!.textContent).to.include(
      DOMAIN_CATALOGS.en.event.info_requested,
    );
    await waitUntil(() => root.querySelector('#answer'), 'view did not refresh', { timeout: 1000 });
    expect((await updated).detail.status).to.equal('action_needed');
    expect(JSON.stringify((await updated).detail)).not.to.include(TOKEN);
  });

  it('says offline and reconnecting honestly', async () => {
    const { fake, root, el } = await mount('in_review', 'zh-CN');
    fake.status('reconnecting');
    await el.updateComplete;
    expect(root.querySelector('[part~="connection"]')!.textContent).to.equal(zh.connection.reconnecting);
    fake.status('offline');
    await el.updateComplete;
    expect(root.querySelector('[part~="connection"]')!.textContent).to.equal(zh.connection.offline);
    fake.status('polling');
    await el.updateComplete;
    expect(root.querySelector('[part~="connection"]')!.textContent).to.equal(zh.connection.polling);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(root.querySelector('[part~="connection"]')!.textContent).to.equal(zh.connection.offline);
  });
});

describe('<recourse-case-tracker> case file', () => {
  it('builds a dossier that verifies from what the reporter sees (internal entries redacted)', async () => {
    const { makeDossier, dossierHtml } = await import('./case-tracker.dossier');
    const { dossierToJson, verifyDossier } = await import('@recourse/core');
    const chain = runSteps(SCENARIOS.complaint_answered);
    const source = {
      view: reporterView(chain),
      entries: redactForReporter(chain),
      attachments: [],
      now: new Date(),
    };
    const json = dossierToJson(makeDossier(source));
    expect(json).not.to.include('INTERNAL');
    expect(verifyDossier(json).ok).to.equal(true);
    expect(verifyDossier(json.replace('Nobody answered me', 'Somebody answered me')).ok).to.equal(false);
    const { DOMAIN_CATALOGS } = await import('../../i18n/catalogs/domain');
    const page = dossierHtml(source, 'zh-CN', DOMAIN_CATALOGS['zh-CN']);
    expect(page).to.include('<html');
    expect(CJK.test(page)).to.equal(true);
  });
});

// ── the secret guard ────────────────────────────────────────────────────────

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const randomFrom = (alphabet: string, n: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => alphabet[b % alphabet.length]).join('');
/** A fresh 32-byte key in hex (what a wallet exports). */
const hexKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
/** A WIF-shaped private key (base58, starting with K): fits an id field. */
const wifKey = () => `K${randomFrom(BASE58, 51)}`;

/** What a scammer asks for, pasted as a whole: [label, text, the kind the guard must report]. */
const PASTED = () =>
  [
    ['an English seed phrase (@scure/bip39)', `Here are my words: ${seedPhrase('en')}`, 'seed_phrase'],
    ['a 24-word English seed phrase', seedPhrase('en', 256), 'seed_phrase'],
    ['a Chinese seed phrase (@scure/bip39)', `我的助记词：${seedPhrase('zh-CN')}`, 'seed_phrase'],
    ['a hex private key', `my wallet key is 0x${hexKey()}`, 'private_key'],
    ['a WIF private key', `the export said ${wifKey()}`, 'private_key'],
    ['a one-time code', 'Support asked for the verification code: 482 913', 'one_time_code'],
    ['a bare one-time code', '48291376', 'one_time_code'],
  ] as const;

interface GuardCase {
  field: GuardedField;
  scenario: ScenarioName;
  input: string;
  submit: string;
  open?: (el: RecourseCaseTracker, root: ShadowRoot) => Promise<void>;
}

/** The secret guard's message under a field, as shown (`undefined`: none). */
const secretShown = (root: ShadowRoot, field: GuardedField) =>
  root.querySelector(`#${field}-secret`)?.textContent ?? undefined;

const click = async (el: RecourseCaseTracker, root: ShadowRoot, selector: string) => {
  await waitUntil(() => root.querySelector(selector), `no ${selector}`);
  root.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

/** Types (pastes) a value: sets it and fires `input`, as a paste does. */
const paste = async (el: RecourseCaseTracker, root: ShadowRoot, selector: string, text: string) => {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

const FREE_TEXT: GuardCase[] = [
  {
    field: 'answer',
    scenario: 'action_needed_info',
    input: '#answer',
    submit: '[part~="action"] button[type="submit"]',
  },
  {
    field: 'message',
    scenario: 'in_progress',
    input: '#message',
    submit: '[part~="thread"] button[type="submit"]',
  },
  {
    field: 'dispute',
    scenario: 'action_needed_confirmation',
    input: '#dispute-text',
    submit: '.dispute button[type="submit"]',
    open: async (el, root) => {
      await click(el, root, '#open-dispute');
      await click(el, root, 'input[name="dispute"][value="login_history_ok"]');
    },
  },
  {
    field: 'complaint',
    scenario: 'in_progress',
    input: '#complaint-text',
    submit: '[part~="complaint"] form button[type="submit"]',
    open: (el, root) => click(el, root, '#open-complaint'),
  },
];

describe('<recourse-case-tracker> the secret guard', () => {
  for (const c of FREE_TEXT) {
    it(`${c.field}: a seed phrase (en, zh), a private key or a code is stopped, no request made; clean text is sent`, async () => {
      const { el, fake, root } = await mount(c.scenario);
      await c.open?.(el, root);
      for (const [label, text, kind] of PASTED()) {
        await paste(el, root, c.input, text);
        await click(el, root, c.submit);
        await waitUntil(
          () => secretShown(root, c.field)?.includes(en.guard.secret[kind]),
          `${label} not caught in ${c.field}`,
        );
        await el.updateComplete;
        expect(fake.sent, label).to.have.length(0);
        expect(fake.uploads, label).to.have.length(0);
        const error = root.querySelector(`#${c.field}-secret`)!;
        expect(error.textContent, label).to.include(en.guard.secret[kind]);
        expect(error.textContent, label).to.include(en.guard.neverAsks);
        const input = root.querySelector(c.input)!;
        expect(input.getAttribute('aria-invalid'), label).to.equal('true');
        expect(input.getAttribute('aria-describedby'), label).to.include(`${c.field}-secret`);
        expect(root.querySelector('[aria-live="polite"]')!.textContent, label).to.include('never asks');
        expect(root.activeElement, label).to.equal(input);
      }
      await expect(el).to.be.accessible();
      // The warning clears with the text, and clean text goes out.
      await paste(
        el,
        root,
        c.input,
        'I never shared my words; the withdrawal of 0.8 BTC at 07:10 was not me.',
      );
      await waitUntil(() => secretShown(root, c.field) === undefined, 'warning did not clear');
      await click(el, root, c.submit);
      await waitUntil(() => fake.sent.length === 1, `${c.field} clean text was not sent`);
    });
  }

  it('says it in Chinese on a zh-CN page', async () => {
    const { el, fake, root } = await mount('action_needed_info', 'zh-CN');
    await paste(el, root, '#answer', seedPhrase('zh-CN'));
    await click(el, root, '[part~="action"] button[type="submit"]');
    await waitUntil(() => secretShown(root, 'answer')?.includes(zh.guard.secret.seed_phrase));
    await el.updateComplete;
    expect(root.querySelector('#answer-secret')!.textContent).to.equal(
      `${zh.guard.secret.seed_phrase} ${zh.guard.neverAsks}`,
    );
    expect(fake.sent).to.have.length(0);
  });

  it('warns while typing, before any send', async () => {
    const { el, root } = await mount('in_progress');
    await paste(el, root, '#message', `words ${seedPhrase('en')}`);
    await waitUntil(() => secretShown(root, 'message')?.includes(en.guard.secret.seed_phrase));
    await paste(el, root, '#message', 'hello');
    await waitUntil(() => secretShown(root, 'message') === undefined);
  });

  it('claim: a private key as a transaction id is stopped; a real transaction hash is not', async () => {
    const { el, fake, root } = await mount('in_progress');
    await click(el, root, '#open-claim');
    await paste(el, root, '#asset-0', 'BTC');
    await paste(el, root, '#amount-0', '0.8');
    await paste(el, root, '#at-0', '2026-11-01T07:10');
    await paste(el, root, '#tx-0', wifKey());
    await click(el, root, '.claim-form button[type="submit"]');
    await waitUntil(() => secretShown(root, 'claim')?.includes(en.guard.secret.private_key));
    await el.updateComplete;
    expect(fake.sent).to.have.length(0);
    expect(root.querySelector('#claim-secret')!.textContent).to.include(en.guard.neverAsks);
    // A seed phrase is not an id at all: nothing can be sent.
    await paste(el, root, '#tx-0', seedPhrase('en'));
    expect(root.querySelector<HTMLButtonElement>('.claim-form button[type="submit"]')!.disabled).to.equal(
      true,
    );
    // 64 hex characters are what a transaction id looks like: accepted here.
    await paste(el, root, '#tx-0', hexKey());
    await waitUntil(() => secretShown(root, 'claim') === undefined);
    await click(el, root, '.claim-form button[type="submit"]');
    await waitUntil(() => fake.sent.length === 1);
    expect(fake.sent[0]!.type).to.equal('file_claim');
  });

  it("escalation: a private key as the outside body's reference is stopped", async () => {
    const { el, fake, root } = await mount('complaint_answered');
    await waitUntil(() => root.querySelector('#reference'));
    await paste(el, root, '#reference', wifKey());
    await click(el, root, '.escalate button[type="submit"]');
    await waitUntil(() => secretShown(root, 'reference')?.includes(en.guard.secret.private_key));
    await el.updateComplete;
    expect(fake.sent).to.have.length(0);
    expect(root.querySelector('#reference')!.getAttribute('aria-describedby')).to.equal(
      'reference-hint reference-secret',
    );
    await paste(el, root, '#reference', '12315-2026-000123');
    await click(el, root, '.escalate button[type="submit"]');
    await waitUntil(() => fake.sent.length === 1);
    expect(fake.sent[0]!.payload).to.deep.include({ reference: '12315-2026-000123' });
  });

  it('a text file holding a seed phrase is refused before upload', async () => {
    const { fake, root } = await mount('action_needed_info');
    const input = root.querySelector<HTMLInputElement>('#files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([`backup: ${seedPhrase('zh-CN')}`], 'notes.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['withdrawal 0.8 BTC'], 'record.txt', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(
      () => root.querySelectorAll('.error').length === 1 && root.querySelectorAll('.files li').length === 1,
    );
    expect(root.querySelector('.error')!.textContent).to.equal(
      interpolate(en.action.refused, { name: 'notes.txt', reason: en.action.reasons.secret }),
    );
    expect(root.querySelector('.files .name')!.textContent).to.equal('record.txt');
    expect(fake.uploads).to.have.length(0);
  });
});

describe('<recourse-case-tracker> case file evidence', () => {
  const meta = (id: string, name: string) => ({
    id,
    name,
    mediaType: 'application/pdf' as const,
    size: 1000,
    sha256: id.padEnd(64, '0'),
    createdAt: '2026-11-01T08:00:00.000Z',
  });

  it('lists every attachment of the case from the view, plus files the view does not list yet, once each', async () => {
    const { makeDossier, evidenceOf } = await import('./case-tracker.dossier');
    const chain = runSteps(SCENARIOS.in_progress);
    const view = reporterView(chain, undefined, [meta('a1', 'statement.pdf'), meta('a2', 'chat.pdf')]);
    const source = {
      view,
      entries: redactForReporter(chain),
      pending: [meta('a2', 'chat.pdf'), meta('a3', 'late.pdf')],
      now: new Date(),
    };
    expect(evidenceOf(source).map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a3']);
    const dossier = makeDossier(source) as unknown as { evidence: { id: string; name: string }[] };
    expect(dossier.evidence.map((a) => a.name)).to.deep.equal(['statement.pdf', 'chat.pdf', 'late.pdf']);
    expect(
      makeDossier({ ...source, pending: [] }) as unknown as { evidence: unknown[] },
    ).to.have.nested.property('evidence.length', 2);
  });

  it('the tracker keeps the evidence list the server sends', async () => {
    const { el, fake, root } = await mount('in_progress', 'en', {
      attachments: [meta('a1', 'statement.pdf')],
    });
    expect(fake.attachments).to.have.length(1);
    // The case file downloaded from the tracker lists it: catch the download's blob.
    const blobs: Blob[] = [];
    const { createObjectURL } = URL;
    const { click: anchorClick } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      root.querySelector<HTMLButtonElement>('#dossier-json')!.click();
      await el.updateComplete;
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
    expect(blobs).to.have.length(1);
    const dossier = JSON.parse(await blobs[0]!.text()) as { evidence: { id: string }[] };
    expect(dossier.evidence.map((a) => a.id)).to.deep.equal(['a1']);
  });
});
