import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  AGENT_COMMANDS,
  CAUSES,
  CHAIN_PROBLEMS,
  CLAIM_DECISIONS,
  DESK_PRIORITIES,
  RULE_OUT_REASONS,
} from '@recourse/core';
import '../../define/recourse-case-desk';
import { fakeDeskClient, runSteps, SCENARIOS } from '../case-tracker/case-tracker.fixtures';
import type { CaseDeskClient, RecourseCaseDesk } from './case-desk';
import { CASE_DESK_CATALOGS } from './case-desk.i18n';
import { buildCommand } from './case-desk.model';

const CJK = /[\u3400-\u9fff]/;
const KEY = 'agent_SeCrEt_key_0123456789';
const en = CASE_DESK_CATALOGS.en;

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

async function mount(lang = 'en') {
  const fake = fakeDeskClient([
    { chain: runSteps(SCENARIOS.in_progress), priority: 'critical' },
    { chain: runSteps(SCENARIOS.submitted), priority: 'high' },
    { chain: runSteps(SCENARIOS.action_needed_info), priority: 'elevated' },
  ]);
  const el = await fixture<RecourseCaseDesk>(
    html`<recourse-case-desk lang=${lang} page-size="2" poll-interval="0" .client=${fake.client} .agentKey=${KEY}></recourse-case-desk>`,
  );
  await waitUntil(() => el.page, 'queue did not load');
  await el.updateComplete;
  return { el, fake, root: el.shadowRoot! };
}

async function openCase(el: RecourseCaseDesk, id: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-case="${id}"]`)!.click();
  await waitUntil(() => el.open?.id === id);
  await el.updateComplete;
}

describe('<recourse-case-desk> catalogs', () => {
  it('zh-CN has every key of en, in Chinese', () => {
    const zh = new Map(leaves(CASE_DESK_CATALOGS['zh-CN']));
    for (const [path] of leaves(en)) expect(CJK.test(String(zh.get(path))), path).to.equal(true);
    expect(zh.size).to.equal(leaves(en).length);
  });

  it("covers core's code lists", () => {
    expect(Object.keys(en.commands).sort()).to.deep.equal([...AGENT_COMMANDS].sort());
    expect(Object.keys(en.causes).sort()).to.deep.equal([...CAUSES].sort());
    expect(Object.keys(en.reasons).sort()).to.deep.equal([...RULE_OUT_REASONS].sort());
    expect(Object.keys(en.decisions).sort()).to.deep.equal([...CLAIM_DECISIONS].sort());
    expect(Object.keys(en.queue.priorities).sort()).to.deep.equal([...DESK_PRIORITIES].sort());
    expect(Object.keys(en.case.problems).sort()).to.deep.equal([...CHAIN_PROBLEMS].sort());
  });
});

describe('<recourse-case-desk> account on record', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows whether the account was found on record (${lang}), accessibly`, async () => {
      const t = CASE_DESK_CATALOGS[lang].case;
      const fake = fakeDeskClient([
        { chain: runSteps(SCENARIOS.submitted), accountOnRecord: true },
        { chain: runSteps(SCENARIOS.submitted), accountOnRecord: false },
      ]);
      const el = await fixture<RecourseCaseDesk>(
        html`<recourse-case-desk lang=${lang} poll-interval="0" .client=${fake.client} .agentKey=${KEY}></recourse-case-desk>`,
      );
      await waitUntil(() => el.page, 'queue did not load');
      await el.updateComplete;
      await openCase(el, 'case-1');
      const badge = () => el.shadowRoot!.querySelector('.account')!;
      expect(badge().textContent).to.equal(t.accountFound);
      expect(badge().classList.contains('found')).to.equal(true);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="case"] button.link')!.click();
      await waitUntil(() => !el.open && el.shadowRoot!.querySelector('button[data-case="case-2"]'));
      await openCase(el, 'case-2');
      expect(badge().textContent).to.equal(t.accountMissing);
      expect(badge().classList.contains('missing')).to.equal(true);
    });
  }
});

describe('<recourse-case-desk> queue', () => {
  it('lists cases with keyset paging and is accessible', async () => {
    const { el, root } = await mount();
    expect(root.querySelectorAll('tbody tr')).to.have.length(2);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('#next-page')!.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 1);
    expect(root.querySelector('tbody th')!.textContent).to.include('RC-1002');
    root.querySelector<HTMLButtonElement>('[part~="pager"] button:nth-child(2)')!.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 2);
  });

  it('filters by priority and by waiting on the reporter', async () => {
    const { el, root } = await mount('zh-CN');
    root.querySelector<HTMLSelectElement>('#f-priority')!.value = 'elevated';
    root.querySelector<HTMLButtonElement>('[part~="filters"] button[type="submit"]')!.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 1);
    expect(root.querySelector('tbody th')!.textContent).to.include('RC-1002');
    expect(CJK.test(root.textContent!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('asks the server for cases whose deadline is near (48 h), so pages stay full', async () => {
    const { el, fake, root } = await mount();
    const now = el.now().getTime();
    root.querySelector<HTMLInputElement>('[part~="filters"] input[name="near"]')!.checked = true;
    root.querySelector<HTMLButtonElement>('[part~="filters"] button[type="submit"]')!.click();
    await waitUntil(() => fake.queries.some((q) => q.deadlineBefore));
    const asked = Date.parse(fake.queries.find((q) => q.deadlineBefore)!.deadlineBefore!);
    expect(asked - now).to.be.within(48 * 3600_000 - 60_000, 48 * 3600_000 + 60_000);
  });

  it('keeps the agent credential out of attributes and storage', async () => {
    const { el } = await mount();
    expect(el.outerHTML).not.to.include(KEY);
    expect(el.agentKey).to.equal('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.include(KEY);
  });
});

describe('<recourse-case-desk> live', () => {
  it('reloads the queue once per burst of changes from the live stream, and stops following when removed', async () => {
    const fake = fakeDeskClient([{ chain: runSteps(SCENARIOS.submitted) }]);
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
    const el = await fixture<RecourseCaseDesk>(
      html`<recourse-case-desk poll-interval="0" .client=${client} .agentKey=${KEY}></recourse-case-desk>`,
    );
    await waitUntil(() => el.page && push, 'did not load and subscribe');
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
    const fake = fakeDeskClient([{ chain: runSteps(SCENARIOS.submitted) }]);
    let push: ((change: { caseId: string } | null) => void) | undefined;
    const client: CaseDeskClient = {
      ...fake.client,
      subscribeDesk: (_key, onChange) => {
        push = onChange;
        return () => undefined;
      },
    };
    const el = await fixture<RecourseCaseDesk>(
      html`<recourse-case-desk poll-interval="0" .client=${client} .agentKey=${KEY}></recourse-case-desk>`,
    );
    await waitUntil(() => el.page && push, 'did not load and subscribe');
    const before = fake.queries.length;
    el.busy = 'start_review';
    push!({ caseId: 'case-1' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.queries.length, 'reloaded during the command').to.equal(before);
    el.busy = null;
    await waitUntil(() => fake.queries.length === before + 1, 'the change was lost');
    el.remove();
  });

  it('polls only while the stream is down', async () => {
    const fake = fakeDeskClient([{ chain: runSteps(SCENARIOS.submitted) }]);
    let setStatus: ((status: 'live' | 'polling') => void) | undefined;
    const client: CaseDeskClient = {
      ...fake.client,
      subscribeDesk: (_key, _onChange, options) => {
        setStatus = (status) => options?.onStatus?.(status);
        return () => undefined;
      },
    };
    const el = await fixture<RecourseCaseDesk>(
      html`<recourse-case-desk .client=${client} .agentKey=${KEY}></recourse-case-desk>`,
    );
    await waitUntil(() => el.page && setStatus, 'did not load and subscribe');
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

describe('<recourse-case-desk> a case', () => {
  it('verifies the chain, marks internal notes, shows evidence and is accessible', async () => {
    const { el, root } = await mount();
    await openCase(el, 'case-1');
    expect(root.querySelector('[part~="chain"]')!.className).to.include('ok');
    const internal = root.querySelector('.timeline li.internal')!;
    expect(internal.textContent).to.include('INTERNAL: sign-in from a new device');
    expect(internal.textContent).to.include(en.case.internal);
    expect(root.querySelector('[part~="evidence"]')!.textContent).to.include('9f9f9f');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: every evidence column has a header, none with an unfilled placeholder`, async () => {
      const { el, root } = await mount(lang);
      await openCase(el, 'case-1');
      const t = CASE_DESK_CATALOGS[lang].case;
      const evidence = root.querySelector('[part~="evidence"]')!;
      const headers = [...evidence.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim());
      expect(headers).to.deep.equal([t.file, t.type, t.size, 'SHA-256', t.downloadColumn]);
      expect(evidence.textContent).not.to.match(/\{\w+\}/);
      const button = evidence.querySelector('tbody button')!;
      expect(button.textContent!.trim()).to.equal(t.download.replace('{name}', 'withdrawal-record.pdf'));
    });
  }

  it('offers only the commands the workflow allows the agent in this state', async () => {
    const { el, root } = await mount();
    for (const id of ['case-1', 'case-2']) {
      if (el.open) el.closeCase();
      await waitUntil(() => root.querySelector(`button[data-case="${id}"]`));
      await openCase(el, id);
      const offered = [...root.querySelectorAll<HTMLFormElement>('form[data-command]')].map(
        (f) => f.dataset.command,
      );
      expect(offered.sort()).to.deep.equal([...el.open!.allowedCommands].sort());
    }
    // submitted: only review, message, note
    expect(el.open!.allowedCommands).to.include('start_review');
    expect(el.open!.allowedCommands).not.to.include('restore');
  });

  it('sends each command with the payload it needs', async () => {
    const { el, fake, root } = await mount();
    await openCase(el, 'case-1');
    const form = (c: string) => root.querySelector<HTMLFormElement>(`form[data-command="${c}"]`)!;
    const prompt = form('request_info').querySelector('textarea')!;
    prompt.value = 'Please send a photo of your ID.';
    prompt.dispatchEvent(new Event('input'));
    await el.updateComplete;
    form('request_info').querySelector('button')!.click();
    await waitUntil(() => fake.sent.length === 1);
    const sent = fake.sent[0]!;
    expect(sent.type).to.equal('request_info');
    expect((sent.payload as { prompt: string }).prompt).to.equal('Please send a photo of your ID.');
    expect((sent.payload as { requestId: string }).requestId).to.match(/^req-[A-Za-z0-9_-]+$/);
    expect(sent.idempotencyKey).to.match(/^[A-Za-z0-9_-]{22}$/);

    await el.updateComplete;
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

    await el.updateComplete;
    form('request_verification').querySelector('button')!.click();
    await waitUntil(() => fake.sent.length === 3);
    expect(fake.sent[2]).to.deep.include({ type: 'request_verification', payload: {} });
    await waitUntil(() => el.open!.state === 'awaiting_verification');
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
    expect(buildCommand('request_info', { prompt: 'x' }, [], () => 'req-1')!.payload).to.deep.equal({
      prompt: 'x',
      requestId: 'req-1',
    });
  });
});
