import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  ACCOUNT_REF_KINDS,
  ACTION_FAILURE_REASONS,
  AGENT_COMMANDS,
  CAUSES,
  CHAIN_PROBLEMS,
  CLAIM_DECISIONS,
  CONTACT_LANGUAGES,
  DESK_PRIORITIES,
  NOTICE_KINDS,
  PASSWORD_RESET_STATES,
  PLATFORM_ACTIONS,
  PROFILE_FIELDS,
  REPORT_CHANNELS,
  RULE_OUT_REASONS,
  validateReport,
} from '@recourse/core';
import '../../define/recourse-case-desk';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import { formatDateTime } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { REPORT_SUMMARY_CATALOGS } from '../../views/report-summary.i18n';
import { runSteps, SCENARIOS } from '../case-tracker/case-tracker.fixtures';
import type { CaseDeskClient, DeskPhase, RecourseCaseDesk } from './case-desk';
import { actionRows, deskContainment } from './case-desk.containment.model';
import {
  ACTIONS_CHAIN,
  DESK_CASES,
  FILED_REPORT,
  fakeDesk,
  GIVEN_UP_CHAIN,
  HOLD_MS,
  LINK_LOCK_CHAIN,
  problem,
} from './case-desk.fixtures';
import { CASE_DESK_CATALOGS } from './case-desk.i18n';
import { buildCommand } from './case-desk.model';
import { INITIAL_STATE, reduce } from './case-desk.state';

const CJK = /[\u3400-\u9fff]/;
const KEY = 'agent_SeCrEt_key_0123456789';
const en = CASE_DESK_CATALOGS.en;

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

const sorted = (o: object) => Object.keys(o).sort();

async function phase(el: RecourseCaseDesk, want: DeskPhase) {
  await waitUntil(() => el.phase === want, `phase ${el.phase}, expected ${want}`);
  await el.updateComplete;
}

async function mount(client: CaseDeskClient, lang = 'en', pageSize = 2) {
  const el = await fixture<RecourseCaseDesk>(
    html`<recourse-case-desk lang=${lang} page-size=${pageSize} poll-interval="0" .client=${client} .agentKey=${KEY}></recourse-case-desk>`,
  );
  await phase(el, 'queue');
  return { el, root: el.shadowRoot! };
}

async function openCase(el: RecourseCaseDesk, id: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-case="${id}"]`)!.click();
  await phase(el, 'case');
}

const backToQueue = async (el: RecourseCaseDesk) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="case"] button.link')!.click();
  await phase(el, 'queue');
};

const field = (root: ShadowRoot, path: string) =>
  root.querySelector(`[part~="report"] [data-field="${path}"]`)?.textContent?.trim();

/** A promise and its resolver. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('<recourse-case-desk> catalogs', () => {
  it('zh-CN has every key of en, in Chinese (desk and report summary)', () => {
    for (const catalogs of [CASE_DESK_CATALOGS, REPORT_SUMMARY_CATALOGS]) {
      const zh = new Map(leaves(catalogs['zh-CN']));
      for (const [path] of leaves(catalogs.en)) expect(CJK.test(String(zh.get(path))), path).to.equal(true);
      expect(zh.size).to.equal(leaves(catalogs.en).length);
    }
  });

  it("covers core's code lists", () => {
    expect(sorted(en.commands)).to.deep.equal([...AGENT_COMMANDS].sort());
    expect(sorted(en.causes)).to.deep.equal([...CAUSES].sort());
    expect(sorted(en.reasons)).to.deep.equal([...RULE_OUT_REASONS].sort());
    expect(sorted(en.decisions)).to.deep.equal([...CLAIM_DECISIONS].sort());
    expect(sorted(en.queue.priorities)).to.deep.equal([...DESK_PRIORITIES].sort());
    expect(sorted(en.case.problems)).to.deep.equal([...CHAIN_PROBLEMS].sort());
    expect(sorted(en.containment.actions)).to.deep.equal([...PLATFORM_ACTIONS].sort());
    expect(sorted(en.containment.reasons)).to.deep.equal([...ACTION_FAILURE_REASONS].sort());
    const r = REPORT_SUMMARY_CATALOGS.en;
    expect(sorted(r.accountKinds)).to.deep.equal([...ACCOUNT_REF_KINDS].sort());
    expect(sorted(r.languages)).to.deep.equal([...CONTACT_LANGUAGES].sort());
    expect(sorted(r.resets)).to.deep.equal([...PASSWORD_RESET_STATES].sort());
    expect(sorted(r.channels)).to.deep.equal([...REPORT_CHANNELS].sort());
    expect(sorted(r.noticeKinds)).to.deep.equal([...NOTICE_KINDS].sort());
    expect(sorted(r.fields)).to.deep.equal([...PROFILE_FIELDS].sort());
  });
});

describe('<recourse-case-desk> phases', () => {
  /**
   * The server behind the default client, as a `fetch`: the queue of the fake desk (its answers
   * changed by `answer`, given the read's number from 0, to send a malformed or a newer one) and a
   * stream that stays open (`send` writes to it).
   */
  function deskServer(answer = (page: { items: object[] }, _read: number): unknown => page) {
    const fake = fakeDesk();
    const calls: { url: string; accept: string | null; auth: string | null }[] = [];
    const encoder = new TextEncoder();
    let stream: ReadableStreamDefaultController<Uint8Array> | undefined;
    const send = (text: string) => stream?.enqueue(encoder.encode(text));
    let reads = 0;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      calls.push({
        url: request.url,
        accept: request.headers.get('accept'),
        auth: request.headers.get('authorization'),
      });
      const url = new URL(request.url);
      if (url.pathname === '/v1/desk/stream') {
        return new Response(
          new ReadableStream<Uint8Array>({
            start: (controller) => {
              stream = controller;
            },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        );
      }
      const page = await fake.client.listDeskCases(KEY, { limit: Number(url.searchParams.get('limit')) });
      return new Response(JSON.stringify(answer(page, reads++)), {
        headers: { 'content-type': 'application/json' },
      });
    };
    return { calls, fetch, send };
  }

  it('with the default client, opens the stream and reads the first page once, from before its code loaded', async () => {
    const { calls, fetch } = deskServer();
    const el = await fixture<RecourseCaseDesk>(
      html`<recourse-case-desk api-base="https://api.example.test" page-size="2" poll-interval="0" .fetch=${fetch} .agentKey=${KEY}></recourse-case-desk>`,
    );
    await phase(el, 'queue');
    await waitUntil(() => calls.length >= 2);
    const paths = calls.map((c) => new URL(c.url).pathname);
    // The stream first, the read beside it, each once: the client took both early answers.
    expect(paths.slice(0, 2)).to.deep.equal(['/v1/desk/stream', '/v1/desk/cases']);
    expect(paths.filter((p) => p === '/v1/desk/cases')).to.have.length(1);
    expect(paths.filter((p) => p === '/v1/desk/stream')).to.have.length(1);
    expect(calls[0]!.accept).to.equal('text/event-stream');
    expect(calls.every((c) => c.auth === `Bearer ${KEY}` && !c.url.includes(KEY))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
  });

  it('after the first paint, a change on the live stream reads the queue anew, not the answer already shown', async () => {
    let changed = '';
    const { calls, fetch, send } = deskServer((page, read) => {
      changed ||= (page.items[0] as { id: string }).id;
      // Newer on the second read: one row left.
      return read ? { ...page, items: page.items.slice(0, 1) } : page;
    });
    const el = await fixture<RecourseCaseDesk>(
      html`<recourse-case-desk api-base="https://api.example.test" page-size="2" poll-interval="0" .fetch=${fetch} .agentKey=${KEY}></recourse-case-desk>`,
    );
    await phase(el, 'queue');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
    const queue = () => calls.filter((c) => new URL(c.url).pathname === '/v1/desk/cases');
    await waitUntil(() => calls.some((c) => new URL(c.url).pathname === '/v1/desk/stream'));
    // The controller follows the stream (taken from the early reads) once it is up.
    await new Promise((resolve) => setTimeout(resolve, 100));
    send(`event: changed\ndata: ${JSON.stringify({ caseId: changed })}\n\n`);
    await waitUntil(() => queue().length === 2, 'the change was not read anew', { timeout: 4000 });
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('tbody tr').length === 1,
      'the newer page is not shown',
    );
    el.remove();
  });

  it('a first page the contract refuses never reaches the screen: the error, from that one read', async () => {
    // A row with a status the contract does not know.
    const numbers: string[] = [];
    const { calls, fetch } = deskServer((page, read) => {
      if (read) return page;
      const { items, ...rest } = page as { items: { number: string }[] };
      numbers.push(...items.map((row) => row.number));
      return {
        ...rest,
        items: items.map((row, i) => (i ? row : { ...row, status: 'all_fine_nothing_to_do' })),
      };
    });
    const el = document.createElement('recourse-case-desk') as RecourseCaseDesk;
    el.apiBase = 'https://api.example.test';
    el.pageSize = 2;
    el.pollInterval = 0;
    el.fetch = fetch as typeof globalThis.fetch;
    el.agentKey = KEY;
    const failed = oneEvent(el, 'recourse-desk-error');
    let errors = 0;
    el.addEventListener('recourse-desk-error', () => errors++);
    document.body.append(el);
    const { code } = (await failed).detail;
    await phase(el, 'failed');
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(
      en.errors[code as keyof typeof en.errors],
    );
    expect(root.querySelectorAll('tbody tr')).to.have.length(0);
    expect(numbers).to.have.length(2);
    for (const number of numbers) expect(root.textContent).not.to.include(number);
    // The client judged the very answer the first paint refused: the page was read once.
    expect(calls.filter((c) => new URL(c.url).pathname === '/v1/desk/cases')).to.have.length(1);
    expect(errors).to.equal(1);
    el.remove();
  });

  it('is signed out without a credential, and loads the queue once one is set', async () => {
    const fake = fakeDesk();
    const el = await fixture<RecourseCaseDesk>(
      html`<recourse-case-desk poll-interval="0" .client=${fake.client}></recourse-case-desk>`,
    );
    await phase(el, 'signed-out');
    expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.equal(en.needKey);
    expect(fake.queries).to.have.length(0);
    el.agentKey = KEY;
    await phase(el, 'queue');
    expect(fake.queries).to.have.length(1);
  });

  it('fails with nothing to show when the credential is refused, and says so', async () => {
    const fake = fakeDesk(DESK_CASES, { listDeskCases: () => Promise.reject(problem('unauthorized', 401)) });
    const el = document.createElement('recourse-case-desk');
    el.pollInterval = 0;
    el.client = fake.client;
    el.agentKey = KEY;
    const failed = oneEvent(el, 'recourse-desk-error');
    document.body.append(el);
    expect((await failed).detail).to.deep.equal({ code: 'unauthorized', problem: 'unauthorized' });
    await phase(el, 'failed');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(en.errors.unauthorized);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('drops a case that arrives after the agent went back to the queue', () => {
    const asked = reduce(reduce(INITIAL_STATE, { type: 'queue-asked', query: INITIAL_STATE.query }), {
      type: 'case-asked',
      caseId: 'case-1',
    });
    const back = reduce(asked, { type: 'queue-asked', query: asked.query });
    const view = { id: 'case-1' } as never;
    const late = reduce(back, {
      type: 'case-loaded',
      view,
      verification: {} as never,
      at: new Date(),
      quiet: false,
    });
    expect(late).to.equal(back);
    expect(
      reduce(asked, { type: 'case-loaded', view, verification: {} as never, at: new Date(), quiet: false })
        .phase,
    ).to.equal('case');
  });
});

describe('<recourse-case-desk> account on record', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows whether the account was found on record (${lang}), accessibly`, async () => {
      const t = CASE_DESK_CATALOGS[lang].case;
      const fake = fakeDesk([
        { chain: runSteps(SCENARIOS.submitted), accountOnRecord: true },
        { chain: runSteps(SCENARIOS.submitted), accountOnRecord: false },
      ]);
      const { el } = await mount(fake.client, lang, 25);
      await openCase(el, 'case-1');
      const badge = () => el.shadowRoot!.querySelector('.account')!;
      expect(badge().textContent).to.equal(t.accountFound);
      expect(badge().classList.contains('found')).to.equal(true);
      await expect(el).to.be.accessible();
      await backToQueue(el);
      await openCase(el, 'case-2');
      expect(badge().textContent).to.equal(t.accountMissing);
      expect(badge().classList.contains('missing')).to.equal(true);
    });
  }
});

describe('<recourse-case-desk> platform actions', () => {
  it('reads each action, its attempts and outcome from the chain', () => {
    const rows = actionRows(ACTIONS_CHAIN);
    expect(rows.map((r) => [r.action, r.state, r.attempts.length])).to.deep.equal([
      ['lock_account', 'done', 2],
      ['unlock_account', 'done', 1],
      ['hold_risky_actions', 'retrying', 1],
      ['revoke_credential', 'failed', 1],
      ['sign_out_everywhere', 'requested', 0],
    ]);
    expect(rows[0]!.attempts.map((x) => x.reason)).to.deep.equal(['timeout', undefined]);
    const hold = rows[2]!;
    expect(Date.parse(hold.until!) - Date.parse(hold.requestedAt)).to.equal(HOLD_MS);
    expect(deskContainment({ entries: LINK_LOCK_CHAIN }).lock).to.deep.equal({
      state: 'in_force',
      origin: 'link',
    });
    expect(deskContainment({ entries: ACTIONS_CHAIN }).lock).to.deep.equal({
      state: 'released',
      origin: 'desk',
    });
    // The worker gave up: failed for good, with given_up as its reason and not as an attempt.
    const [gone] = actionRows(GIVEN_UP_CHAIN);
    expect([gone!.state, gone!.reason, gone!.attempts.map((x) => x.reason)]).to.deep.equal([
      'failed',
      'given_up',
      ['platform_error'],
    ]);
    expect(deskContainment({ entries: GIVEN_UP_CHAIN }).lock).to.deep.equal({
      state: 'failed',
      origin: 'session',
    });
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows each action's state, attempts and last failure, and the lock's origin (${lang}), accessibly`, async () => {
      const c = CASE_DESK_CATALOGS[lang].containment;
      const fake = fakeDesk([{ chain: ACTIONS_CHAIN }, { chain: LINK_LOCK_CHAIN }]);
      const { el, root } = await mount(fake.client, lang, 25);
      await openCase(el, 'case-1');
      const section = root.querySelector('[part~="containment"]')!;
      expect(section.querySelector('h3')!.textContent).to.equal(c.title);
      const row = (action: string) => section.querySelector(`tr[data-action="${action}"]`)!;
      const cells = (action: string) =>
        [...row(action).querySelectorAll('th, td')].map((x) => x.textContent!.replace(/\s+/g, ' ').trim());
      expect(cells('lock_account').slice(0, 3)).to.deep.equal([c.actions.lock_account, c.states.done, '2']);
      expect(cells('hold_risky_actions').slice(0, 3)).to.deep.equal([
        c.actions.hold_risky_actions,
        c.states.retrying,
        '1',
      ]);
      expect(cells('hold_risky_actions')[4]).to.contain(c.reasons.platform_error);
      expect(row('hold_risky_actions').querySelector('.until')).to.not.equal(null);
      expect(cells('revoke_credential')[1]).to.equal(c.states.failed);
      expect(cells('revoke_credential')[4]).to.contain(c.reasons.refused);
      expect(cells('sign_out_everywhere').slice(1, 3)).to.deep.equal([c.states.requested, '0']);
      // The lock was done, then an unlock after it: lifted; the freeze started it.
      const lock = section.querySelector('.lock')!;
      expect(lock.textContent).to.contain(c.lock.released);
      expect(lock.textContent).to.contain(c.origins.desk);
      await expect(el).to.be.accessible();

      await backToQueue(el);
      await openCase(el, 'case-2');
      const linkLock = root.querySelector('[part~="containment"] .lock')!;
      expect(linkLock.textContent).to.contain(c.lock.in_force);
      expect(linkLock.textContent).to.contain(c.origins.link);
    });
  }

  it("prefers the server's containment: retries given up show as failed, the owner's release with its date", async () => {
    const c = CASE_DESK_CATALOGS.en.containment;
    const at = (h: number) => new Date(Date.UTC(2026, 10, 2, h)).toISOString();
    const failedTry = (attempt: number, reason: 'timeout' | 'platform_error') =>
      ({ attempt, at: at(attempt), outcome: 'failed', reason }) as const;
    const fake = fakeDesk([{ chain: LINK_LOCK_CHAIN }], {
      edit: (v) => ({
        ...v,
        containment: {
          lock: { state: 'requested', origin: 'session', since: at(1) },
          release: { state: 'cooling_off', requestedAt: at(2), at: at(74) },
          actions: [
            {
              id: 'act_lock',
              action: 'lock_account',
              state: 'requested',
              attempts: 2,
              reason: 'timeout',
              requestedAt: at(1),
              tries: [failedTry(1, 'timeout'), failedTry(2, 'timeout')],
            },
            {
              id: 'act_key',
              action: 'revoke_credential',
              state: 'failed',
              attempts: 3,
              reason: 'given_up',
              credentialId: 'key_7',
              requestedAt: at(1),
              tries: [
                failedTry(1, 'platform_error'),
                failedTry(2, 'platform_error'),
                failedTry(3, 'platform_error'),
              ],
            },
          ],
        },
      }),
    });
    const { el, root } = await mount(fake.client, 'en', 25);
    await openCase(el, 'case-1');
    const section = root.querySelector('[part~="containment"]')!;
    const state = (action: string) =>
      section.querySelector(`tr[data-action="${action}"] .action-state`)!.textContent;
    expect(state('lock_account')).to.equal(c.states.retrying);
    expect(section.querySelector('tr[data-action="lock_account"]')!.textContent).to.contain(
      c.reasons.timeout,
    );
    expect(state('revoke_credential')).to.equal(c.states.failed);
    expect(section.querySelector('tr[data-action="revoke_credential"]')!.textContent).to.contain(
      c.reasons.given_up,
    );
    const lock = section.querySelector('.lock')!;
    expect(lock.textContent).to.contain(c.lock.requested);
    expect(lock.textContent).to.contain(c.origins.session);
    expect(section.querySelector('.release')!.textContent!.trim()).to.equal(
      interpolate(c.release.cooling_off, { date: formatDateTime('en', at(74)) }),
    );
    // Not the chain's (done at once by a lock link): the server's word.
    expect(lock.textContent).to.not.contain(c.origins.link);
    await expect(el).to.be.accessible();
  });

  it('shows no section for a case without platform actions', async () => {
    const { el, root } = await mount(fakeDesk().client, 'en', 25);
    await openCase(el, 'case-2');
    expect(root.querySelector('[part~="containment"]')).to.equal(null);
  });
});

describe('<recourse-case-desk> queue', () => {
  it('lists cases with keyset paging and is accessible', async () => {
    const { el, root } = await mount(fakeDesk().client);
    expect(root.querySelectorAll('tbody tr')).to.have.length(2);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('#next-page')!.click();
    await waitUntil(() => root.querySelector('tbody th')?.textContent?.includes('RC-1002'));
    root.querySelector<HTMLButtonElement>('[part~="pager"] button:nth-child(2)')!.click();
    await waitUntil(() => root.querySelector('tbody th')?.textContent?.includes('RC-1000'));
  });

  it('filters by priority and by waiting on the reporter', async () => {
    const { el, root } = await mount(fakeDesk().client, 'zh-CN');
    root.querySelector<HTMLSelectElement>('#f-priority')!.value = 'elevated';
    root.querySelector<HTMLButtonElement>('[part~="filters"] button[type="submit"]')!.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 1);
    expect(root.querySelector('tbody th')!.textContent).to.include('RC-1002');
    expect(CJK.test(root.textContent!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('asks the server for cases whose deadline is near (48 h), so pages stay full', async () => {
    const fake = fakeDesk();
    const { el, root } = await mount(fake.client);
    const now = el.now().getTime();
    root.querySelector<HTMLInputElement>('[part~="filters"] input[name="near"]')!.checked = true;
    root.querySelector<HTMLButtonElement>('[part~="filters"] button[type="submit"]')!.click();
    await waitUntil(() => fake.queries.some((q) => q.deadlineBefore));
    const asked = Date.parse(fake.queries.find((q) => q.deadlineBefore)!.deadlineBefore!);
    expect(asked - now).to.be.within(48 * 3600_000 - 60_000, 48 * 3600_000 + 60_000);
  });

  it('keeps the agent credential out of attributes and storage', async () => {
    const { el } = await mount(fakeDesk().client);
    expect(el.outerHTML).not.to.include(KEY);
    expect(el.agentKey).to.equal('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.include(KEY);
  });
});

describe('<recourse-case-desk> live', () => {
  it('reloads the queue once per burst of changes from the live stream, and stops following when removed', async () => {
    const fake = fakeDesk([{ chain: runSteps(SCENARIOS.submitted) }]);
    let push: ((change: { caseId: string } | null) => void) | undefined;
    let setStatus: ((status: 'live' | 'polling') => void) | undefined;
    let keys: string[] = [];
    let stopped = 0;
    const client: CaseDeskClient = {
      ...fake.client,
      subscribeDesk: (key, onChange, options) => {
        keys = [...keys, key];
        push = onChange;
        setStatus = (status) => options?.onStatus?.(status);
        return () => {
          stopped += 1;
        };
      },
    };
    const { el } = await mount(client);
    await waitUntil(() => push, 'did not subscribe');
    expect(keys).to.deep.equal([KEY]);
    setStatus!('live');
    const before = fake.queries.length;
    push!({ caseId: 'case-1' });
    push!({ caseId: 'case-1' });
    push!(null);
    await waitUntil(() => fake.queries.length > before, 'the change did not reload the queue');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.queries.length).to.equal(before + 1);
    el.remove();
    expect(stopped).to.equal(1);
  });

  it('a change that arrives during its own command reloads once the command is done', async () => {
    const fake = fakeDesk([{ chain: runSteps(SCENARIOS.submitted) }]);
    let push: ((change: { caseId: string } | null) => void) | undefined;
    const answer = later<void>();
    let reads = 0;
    const client: CaseDeskClient = {
      ...fake.client,
      getDeskCase: (id, key) => {
        reads += 1;
        return fake.client.getDeskCase(id, key);
      },
      sendDeskCommand: async (...args) => {
        await answer.promise;
        return fake.client.sendDeskCommand(...args);
      },
      subscribeDesk: (_key, onChange) => {
        push = onChange;
        return () => undefined;
      },
    };
    const { el, root } = await mount(client);
    await openCase(el, 'case-1');
    root.querySelector<HTMLButtonElement>('form[data-command="start_review"] button')!.click();
    await phase(el, 'sending');
    const before = reads;
    push!({ caseId: 'case-1' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reads, 'reloaded during the command').to.equal(before);
    answer.resolve();
    await waitUntil(() => reads === before + 1, 'the change was lost');
    expect(el.phase).to.equal('case');
    el.remove();
  });

  it('polls only while the stream is down', async () => {
    const fake = fakeDesk([{ chain: runSteps(SCENARIOS.submitted) }]);
    let setStatus: ((status: 'live' | 'polling') => void) | undefined;
    const client: CaseDeskClient = {
      ...fake.client,
      subscribeDesk: (_key, _onChange, options) => {
        setStatus = (status) => options?.onStatus?.(status);
        return () => undefined;
      },
    };
    const { el } = await mount(client);
    await waitUntil(() => setStatus, 'did not subscribe');
    el.pollInterval = 0.05;
    setStatus!('live');
    await el.updateComplete;
    let before = fake.queries.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.queries.length, 'polled while live').to.equal(before);
    setStatus!('polling');
    before = fake.queries.length;
    await waitUntil(() => fake.queries.length >= before + 2, 'did not poll while the stream was down');
    el.remove();
  });
});

describe('<recourse-case-desk> the report as filed', () => {
  it('is a complete report (the fixture passes core validation)', () => {
    const result = validateReport(FILED_REPORT, { now: () => new Date('2026-11-02T00:00:00Z') });
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows it in readable sections, every value by its path (${lang}), accessibly`, async () => {
      const { el, root } = await mount(fakeDesk().client, lang);
      await openCase(el, 'case-1');
      const r = REPORT_SUMMARY_CATALOGS[lang];
      await waitUntil(
        () => root.querySelector('[part~="report"] [data-field]'),
        'the report summary did not load',
      );
      const report = root.querySelector('[part~="report"]')!;
      expect(report.querySelector('pre'), 'no JSON dump').to.equal(null);
      expect(report.textContent).not.to.include('"kind"');
      expect(report.querySelector('h3')!.textContent).to.equal(CASE_DESK_CATALOGS[lang].case.report);
      // Raw values, exactly as filed.
      expect(field(root, 'account.value')).to.equal('alice.chen@example.com');
      expect(field(root, 'contact.email')).to.equal('alice.backup@example.org');
      expect(field(root, 'contact.phone')).to.equal('+8613800138000');
      expect(field(root, 'contact.language')).to.equal(r.languages['zh-CN']);
      expect(field(root, 'access.canSignIn')).to.equal(r.no);
      expect(field(root, 'access.passwordReset')).to.equal(r.resets.failed);
      expect(field(root, 'activities.1.destination')).to.equal('bc1qattacker0000000000000000000000000000');
      expect(field(root, 'activities.1.txId')).to.match(/^f4184fc5/);
      expect(field(root, 'activities.1.asset')).to.equal('BTC');
      expect(field(root, 'activities.2.field')).to.equal(r.fields.email);
      expect(field(root, 'activities.2.from')).to.equal('alice.chen@example.com');
      expect(field(root, 'activities.2.to')).to.equal('a1ice.chen@mail.example');
      expect(field(root, 'activities.3.ip')).to.equal('203.0.113.7');
      expect(field(root, 'activities.3.place')).to.equal('Lagos');
      expect(field(root, 'activities.3.device')).to.equal('Windows 10 / Chrome');
      expect(field(root, 'activities.4.description')).to.equal(
        'A text message said my SIM card was changed.',
      );
      expect(field(root, 'narrative')).to.equal(FILED_REPORT.narrative);
      expect(field(root, 'attachments.0.name')).to.equal('withdrawal-record.pdf');
      expect(field(root, 'attachments.0.sha256')).to.equal('9f'.repeat(32));
      // Amounts and dates through Intl, exact (a decimal string, not a float).
      const amount = report.querySelector<HTMLDataElement>('[data-field="activities.0.amount"]')!;
      expect(amount.value).to.equal('12500.25');
      expect(amount.textContent).to.equal(
        new Intl.NumberFormat(lang, { maximumFractionDigits: 18 }).format(12500.25),
      );
      const noticed = report.querySelector('time[data-field="discoveredAt"]')!;
      expect(noticed.getAttribute('datetime')).to.equal(FILED_REPORT.discoveredAt);
      expect(noticed.textContent).to.equal(
        new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(FILED_REPORT.discoveredAt),
        ),
      );
      // Transfers oldest first; each table has a caption and column headers.
      const transfers = report.querySelector('[data-part="transfer"] table')!;
      expect(transfers.querySelector('caption')!.textContent).to.equal(r.transfers);
      expect(
        [...transfers.querySelectorAll('tbody [data-field$=".asset"]')].map((x) => x.textContent),
      ).to.deep.equal(['BTC', 'USDT']);
      expect(report.querySelector('[data-part="profile_change"] tbody')!.textContent).to.include(
        r.fromNotice,
      );
      await expect(el).to.be.accessible();
    });
  }
});

describe('<recourse-case-desk> a case', () => {
  it('verifies the chain, marks internal notes, shows evidence and is accessible', async () => {
    const { el, root } = await mount(fakeDesk().client);
    await openCase(el, 'case-1');
    expect(root.activeElement?.id, 'focus moves to the case').to.equal('case-heading');
    expect(root.querySelector('[part~="chain"]')!.className).to.include('ok');
    const internal = root.querySelector('.timeline li.internal')!;
    expect(internal.textContent).to.include('INTERNAL: sign-in from a new device');
    expect(internal.textContent).to.include(en.case.internal);
    const evidence = root.querySelector('[part~="evidence"]')!;
    expect(evidence.textContent).to.include('9f9f9f');
    expect(evidence.querySelector('thead .sr')!.textContent).to.equal(en.case.downloads);
    expect(evidence.querySelector('tbody button')!.textContent).to.equal('Download withdrawal-record.pdf');
    await expect(el).to.be.accessible();
    await backToQueue(el);
    expect(root.activeElement?.id, 'focus back on the queue').to.equal('queue-heading');
  });

  it('keeps focus in the desk when the command just sent is no longer offered', async () => {
    const { el, root } = await mount(fakeDesk().client);
    await openCase(el, 'case-2');
    const button = root.querySelector<HTMLButtonElement>('form[data-command="start_review"] button')!;
    button.focus();
    button.click();
    await waitUntil(
      () => !root.querySelector('form[data-command="start_review"]'),
      'start_review still offered',
    );
    await el.updateComplete;
    expect(document.activeElement?.localName, 'focus fell out of the desk').to.equal('recourse-case-desk');
    // Not on another command's button that took the place of the one pressed (Enter again would send it).
    expect(root.activeElement?.id).to.equal('case-heading');
  });

  it('says so when the timeline does not verify', async () => {
    const fake = fakeDesk(DESK_CASES, {
      edit: (v) => ({
        ...v,
        entries: v.entries.map((e, i) => (i === 1 ? { ...e, data: { ...e.data, x: 1 } } : e)),
      }),
    });
    const { el, root } = await mount(fake.client);
    await openCase(el, 'case-1');
    const chain = root.querySelector('[part~="chain"]')!;
    expect(chain.className).to.include('bad');
    expect(chain.textContent).to.include(en.case.problems.digest_mismatch);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: every evidence column has a header, none with an unfilled placeholder`, async () => {
      const { el, root } = await mount(fakeDesk().client, lang);
      await openCase(el, 'case-1');
      const t = CASE_DESK_CATALOGS[lang].case;
      const evidence = root.querySelector('[part~="evidence"]')!;
      const headers = [...evidence.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim());
      expect(headers).to.deep.equal([t.file, t.type, t.size, 'SHA-256', t.downloads]);
      expect(evidence.textContent).not.to.match(/\{\w+\}/);
      const button = evidence.querySelector('tbody button')!;
      expect(button.textContent!.trim()).to.equal(t.download.replace('{name}', 'withdrawal-record.pdf'));
    });
  }

  it('offers only the commands the workflow allows the agent in this state', async () => {
    const fake = fakeDesk();
    const { el, root } = await mount(fake.client);
    for (const id of ['case-1', 'case-2']) {
      if (el.phase === 'case') await backToQueue(el);
      await waitUntil(() => root.querySelector(`button[data-case="${id}"]`));
      await openCase(el, id);
      const offered = [...root.querySelectorAll<HTMLFormElement>('form[data-command]')].map(
        (f) => f.dataset.command,
      );
      const allowed = (await fake.client.getDeskCase(id, KEY)).allowedCommands;
      expect(offered.sort()).to.deep.equal([...allowed].sort());
    }
    // submitted: review, message, note; never restore
    expect(root.querySelector('form[data-command="start_review"]')).not.to.equal(null);
    expect(root.querySelector('form[data-command="restore"]')).to.equal(null);
  });

  it('sends each command with the payload it needs', async () => {
    const fake = fakeDesk();
    const { el, root } = await mount(fake.client);
    await openCase(el, 'case-1');
    const form = (c: string) => root.querySelector<HTMLFormElement>(`form[data-command="${c}"]`)!;
    const prompt = form('request_info').querySelector('textarea')!;
    prompt.value = 'Please send a photo of your ID.';
    prompt.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const done = oneEvent(el, 'recourse-desk-command');
    form('request_info').querySelector('button')!.click();
    expect((await done).detail).to.deep.include({ caseId: 'case-1', command: 'request_info' });
    const sent = fake.sent[0]!;
    expect(sent.type).to.equal('request_info');
    expect((sent.payload as { prompt: string }).prompt).to.equal('Please send a photo of your ID.');
    expect((sent.payload as { requestId: string }).requestId).to.match(/^req-[A-Za-z0-9_-]+$/);
    expect(sent.idempotencyKey).to.match(/^[A-Za-z0-9_-]{22}$/);

    await phase(el, 'case');
    expect(root.querySelector('[role="status"][aria-live]')!.textContent).to.equal(
      `${en.commands.request_info}: done.`,
    );
    const note = form('add_note').querySelector('textarea')!;
    note.value = 'Checked with the fraud team.';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(form('add_note').textContent).to.include(en.internalWarning);
    form('add_note').querySelector('button')!.click();
    await waitUntil(() => fake.sent.length === 2);
    expect(fake.sent[1]).to.deep.include({
      type: 'add_note',
      payload: { text: 'Checked with the fraud team.' },
    });

    await phase(el, 'case');
    form('request_verification').querySelector('button')!.click();
    await waitUntil(() => fake.sent.length === 3);
    expect(fake.sent[2]).to.deep.include({ type: 'request_verification', payload: {} });
    await waitUntil(
      () =>
        root.querySelector('.case .meta strong')?.textContent ===
        DOMAIN_CATALOGS.en.state.awaiting_verification,
    );
  });

  it('retries a command that got no answer with the same key; a refusal reloads the case and the next try gets a new key', async () => {
    const fake = fakeDesk();
    const keys: string[] = [];
    let outcome: 'network' | 'refused' | 'ok' = 'network';
    let reads = 0;
    const client: CaseDeskClient = {
      ...fake.client,
      getDeskCase: (id, key) => {
        reads += 1;
        return fake.client.getDeskCase(id, key);
      },
      sendDeskCommand: async (id, key, command, options) => {
        keys.push(options!.idempotencyKey!);
        if (outcome === 'network') throw new TypeError('Failed to fetch');
        if (outcome === 'refused') throw problem('workflow_refused', 409);
        return fake.client.sendDeskCommand(id, key, command, options);
      },
    };
    const { el, root } = await mount(client);
    await openCase(el, 'case-2');
    const button = () => root.querySelector<HTMLButtonElement>('form[data-command="start_review"] button')!;
    const alert = () => root.querySelector('[role="alert"]')?.textContent ?? '';
    button().click();
    await waitUntil(() => alert().includes(en.errors.network));
    button().click();
    await waitUntil(() => keys.length === 2);
    expect(keys[1], 'a retry after no answer').to.equal(keys[0]);
    await phase(el, 'case');
    outcome = 'refused';
    const readsBefore = reads;
    button().click();
    await waitUntil(() => alert().includes(en.errors.rejected));
    await waitUntil(() => reads === readsBefore + 1, 'the refused case was not reloaded');
    expect(keys[2]).to.equal(keys[0]);
    outcome = 'ok';
    button().click();
    await waitUntil(() => fake.sent.length === 1);
    expect(keys[3], 'a new try after a refusal').not.to.equal(keys[0]);
    await waitUntil(() => !alert());
  });

  it('builds every payload the workflow accepts', () => {
    expect(buildCommand('record_cause', { cause: 'phishing' })).to.deep.equal({
      type: 'record_cause',
      payload: { cause: 'phishing' },
    });
    expect(buildCommand('record_cause', {})).to.deep.equal({
      type: 'record_cause',
      payload: { cause: 'platform_flaw' },
    });
    expect(buildCommand('rule_out', { reason: 'duplicate' })!.payload).to.deep.equal({ reason: 'duplicate' });
    expect(
      buildCommand('record_verification', { outcome: 'failed', method: 'video_call' })!.payload,
    ).to.deep.equal({
      outcome: 'failed',
      method: 'video_call',
    });
    expect(buildCommand('close', { resolution: 'bad code!' })).to.equal(null);
    expect(buildCommand('send_message', { text: '  ' })).to.equal(null);
    expect(buildCommand('freeze', {})).to.deep.equal({ type: 'freeze', payload: {} });
    expect(
      buildCommand('decide_claim', { decision: 'partly_approved', 'approved:BTC': '0.5' }, ['BTC', 'USDT'])!
        .payload,
    ).to.deep.equal({ decision: 'partly_approved', approved: [{ asset: 'BTC', amount: '0.5' }] });
    // Approved amounts are decimals as core's workflow accepts them (DECIMAL_PATTERN).
    for (const bad of ['00.5', '1e3', '0.5.1', '-1'])
      expect(
        buildCommand('decide_claim', { decision: 'partly_approved', 'approved:BTC': bad }, ['BTC']),
        bad,
      ).to.equal(null);
    expect(buildCommand('request_info', { prompt: 'x' }, [], () => 'req-1')!.payload).to.deep.equal({
      prompt: 'x',
      requestId: 'req-1',
    });
  });
});
