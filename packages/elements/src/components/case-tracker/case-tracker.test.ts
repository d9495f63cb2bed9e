import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  CLAIM_STATES,
  COMPLAINT_STATES,
  CONTAINMENT_CODES,
  DEADLINE_CODES,
  NEXT_STEP_RULES,
  OUTSIDE_BODY_KINDS,
  RECOVERY_CHECKLIST,
  redactForReporter,
  SUBSCRIPTION_STATUSES,
} from '@recourse/core';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/recourse-case-tracker';
import { DOMAIN_CATALOGS } from '../../i18n/catalogs/domain';
import type { RecourseCaseTracker } from './case-tracker';
import {
  AGENT,
  CASE_ID,
  CONFIG,
  fakeTrackerClient,
  reporterView,
  runSteps,
  SCENARIOS,
  type ScenarioName,
} from './case-tracker.fixtures';
import { CASE_TRACKER_CATALOGS, REPORTER_STEPS } from './case-tracker.i18n';

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
    () => el.shadowRoot!.querySelector('[part~="stepper"]') || el.error,
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
    }
  });

  it('advises on passwords the NIST way (no composition rules, no periodic change)', () => {
    expect(en.hardening.password).to.match(/long/);
    expect(en.hardening.password).to.match(/do not need special characters/);
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
        await (el.forms
          ? Promise.resolve()
          : waitUntil(
              () =>
                el.forms ||
                (view.claim === 'none' &&
                  view.complaint === 'none' &&
                  !view.allowedCommands.some((c) => c.startsWith('file_'))),
            ));
        await el.updateComplete;
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

  it('reads #case=…&token=…, removes the token from the address bar, never stores it or puts it in a URL', async () => {
    const chain = runSteps(SCENARIOS.action_needed_info);
    const urls: string[] = [];
    const auth: (string | null)[] = [];
    const entries = redactForReporter(chain);
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      urls.push(request.url);
      auth.push(request.headers.get('authorization'));
      const path = new URL(request.url).pathname;
      const json = (body: unknown) =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      if (path === '/v1/config') return json(CONFIG);
      if (path.endsWith('/events'))
        return json({ entries, head: { seq: chain.at(-1)!.seq, hash: chain.at(-1)!.hash } });
      if (path.endsWith('/stream')) {
        return new Response(new ReadableStream({ start: () => undefined }), {
          headers: { 'content-type': 'text/event-stream' },
        });
      }
      return json(reporterView(chain));
    };
    localStorage.clear();
    sessionStorage.clear();
    history.replaceState(null, '', `${location.pathname}#case=${CASE_ID}&token=${TOKEN}`);
    const el = await fixture<RecourseCaseTracker>(
      html`<recourse-case-tracker api-base="https://api.example.test" .fetch=${fetch}></recourse-case-tracker>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="stepper"]'), 'did not open', {
      timeout: 4000,
    });
    await waitUntil(() => urls.some((u) => u.endsWith('/stream')));

    expect(location.href).not.to.include(TOKEN);
    expect(location.hash).to.equal(`#case=${CASE_ID}`);
    expect(el.shadowRoot!.textContent).to.include(en.linkRemoved);
    expect(urls.length).to.be.greaterThan(2);
    for (const url of urls) expect(url).not.to.include(TOKEN);
    expect(auth.filter((a) => a !== null).every((a) => a!.includes(TOKEN))).to.equal(true);
    expect(JSON.stringify({ ...localStorage })).not.to.include(TOKEN);
    expect(JSON.stringify({ ...sessionStorage })).not.to.include(TOKEN);
    expect(await indexedDB.databases()).to.deep.equal([]);
    expect(el.outerHTML).not.to.include(TOKEN);
    expect(el.token).to.equal('');
    expect([...el.attributes].some((a) => a.value.includes(TOKEN))).to.equal(false);
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
    expect(el.error).to.equal('not_found');
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(en.errors.not_found);
  });

  it('a network failure is said honestly and can be retried', async () => {
    const { el, root } = await mount('submitted', 'en', { fail: 'network' });
    expect(el.error).to.equal('network');
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
    await waitUntil(() => el.files.length === 1);
    const digest = Array.from(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('withdrawal 0.8 BTC'))),
      (b) => b.toString(16).padStart(2, '0'),
    ).join('');
    expect(el.files[0]!.sha256).to.equal(digest);
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
    expect(el.status).to.equal(en.action.sent);
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
    await waitUntil(() => el.view!.status === 'resolved');
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
    root.querySelector<HTMLButtonElement>('.dispute button[type="submit"]')!.click();
    await waitUntil(() => fake.sent.length === 1);
    expect(fake.sent[0]).to.deep.include({
      type: 'dispute_recovery',
      payload: { items: ['login_history_ok'], details: 'A withdrawal I do not know.' },
    });
    await waitUntil(() => el.view!.state === 'investigating');
    expect(el.view!.status).to.equal('in_progress');
  });

  it('files a loss claim (lazy form)', async () => {
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
    root.querySelector<HTMLButtonElement>('.claim-form button[type="submit"]')!.click();
    await waitUntil(() => fake.sent.length === 1);
    const payload = fake.sent[0]!.payload as {
      transactions: { asset: string; amount: string; at: string }[];
    };
    expect(fake.sent[0]!.type).to.equal('file_claim');
    expect(payload.transactions[0]).to.deep.include({ asset: 'BTC', amount: '0.8' });
    await waitUntil(() => el.view!.claim === 'filed');
  });
});

describe('<recourse-case-tracker> live', () => {
  it('an agent command appears without reload, and the view follows', async () => {
    const { fake, root, el } = await mount('in_progress');
    await waitUntil(() => el.connection === 'live');
    expect(root.querySelector('[part~="connection"]')!.textContent).to.equal(en.connection.live);
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
    expect(el.status).to.include(DOMAIN_CATALOGS.en.event.info_requested);
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
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(el.connection).to.equal('offline');
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
    const page = dossierHtml(source, 'zh-CN');
    expect(page).to.include('<html');
    expect(CJK.test(page)).to.equal(true);
  });
});
