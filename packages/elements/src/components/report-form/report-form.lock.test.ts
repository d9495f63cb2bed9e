import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  type CaseCreated,
  type LockOutcome,
  type LockRequest,
  RecourseApiError,
  RecourseNetworkError,
} from '@recourse/core';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/recourse-report-form';
import { LOCK_OFFER_WORDS } from './i18n/lock';
import type { RecourseReportForm, ReportFormClient } from './report-form';
import { draftKey } from './report-form.draft';
import { loaded } from './report-form.fixtures';
import { emptyValues } from './report-form.model';

const TOKEN = 'L0ckT0ken_'.repeat(4);
const CREATED = {
  case: { id: 'c-lock', number: 'RC-LOCK-0001' },
  accessToken: 'Tr4ck1ngT0ken_'.repeat(3),
  trackingUrlFragment: '#case=c-lock&token=x',
} as unknown as CaseCreated;

const problem = (status: number, code: string) =>
  new RecourseApiError({ type: `urn:recourse:problem:${code}`, title: code, status, code } as never);

/** A client whose `lock` answers from a script: each call takes the next answer (or error). */
function lockClient(...script: (LockOutcome | Error)[]) {
  const calls: LockRequest[] = [];
  const client = {
    calls,
    getConfig: async () => {
      throw new RecourseNetworkError('network');
    },
    createCase: async () => CREATED,
    uploadAttachment: async () => {
      throw new Error('not used');
    },
    lock: async (request: LockRequest) => {
      calls.push(request);
      const next = script.shift();
      if (!next) throw new Error('no scripted answer');
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return client as typeof client & ReportFormClient;
}

const $ = <T extends Element = HTMLElement>(el: RecourseReportForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** The focused element, followed through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function make(client: ReportFormClient, lang: 'en' | 'zh-CN' = 'en'): Promise<RecourseReportForm> {
  const el = await fixture<RecourseReportForm>(html`<recourse-report-form
    lang=${lang}
    api-base="https://api.example.com/lock-test"
    tracking-url="https://example.com/track"
    .client=${client}
  ></recourse-report-form>`);
  await el.ready;
  return el;
}

async function choose(el: RecourseReportForm, id: string) {
  $<HTMLInputElement>(el, id)!.click();
  await el.updateComplete;
}

/** The offer comes with the lazy chunk: its first load can take over a second on a busy machine. */
const SLOW = { timeout: 8000 };
const offerShown = (el: RecourseReportForm) =>
  waitUntil(() => $(el, '#lock-heading'), 'lock offer shown', SLOW);
const status = (el: RecourseReportForm) => $(el, 'section[aria-labelledby="lock-heading"] [role="status"]');
const lockButton = (el: RecourseReportForm) =>
  $<HTMLButtonElement>(el, 'section[aria-labelledby="lock-heading"] button')!;

afterEach(() => {
  localStorage.removeItem(draftKey('https://api.example.com/lock-test'));
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<recourse-report-form> lock offer', () => {
  const w = LOCK_OFFER_WORDS.en;

  it('is offered only when money moved or the person cannot sign in', async () => {
    const el = await make(lockClient());
    await choose(el, '#f-access-canSignIn'); // yes, can sign in
    await choose(el, '#f-triage-moneyMoved-no');
    // The offer's code has arrived (with the lazy chunk, before `loaded` resolves): its absence
    // now is an answer, not a delay.
    await loaded(el, SLOW.timeout);
    await el.updateComplete;
    expect($(el, '#lock-heading') === null, 'signed in, no money moved: no offer').to.equal(true);
    await choose(el, '#f-triage-moneyMoved'); // yes, money moved
    await offerShown(el);
    await choose(el, '#f-triage-moneyMoved-no');
    expect($(el, '#lock-heading') === null, 'answer taken back: no offer').to.equal(true);
    await choose(el, '#f-access-canSignIn-no');
    await offerShown(el);
    // After the urgency notice, before "what to do now".
    const heading = $(el, '#lock-heading')!;
    expect(heading.closest('section')!.previousElementSibling!.classList.contains('notice')).to.equal(true);
  });

  it('signed in: locks at once, shows the case number and private link, announces it, focuses the result', async () => {
    const client = lockClient({ kind: 'locked', case: CREATED });
    const el = await make(client);
    await choose(el, '#f-access-canSignIn');
    await choose(el, '#f-triage-moneyMoved');
    await offerShown(el);
    await expect(el).to.be.accessible();
    lockButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.case-number'), 'locked', SLOW);
    expect(client.calls).to.deep.equal([{}]);
    expect($(el, '#lock-heading')!.textContent!.trim()).to.equal(w.lockedTitle);
    expect($(el, '.case-number')!.textContent).to.equal('RC-LOCK-0001');
    expect($<HTMLInputElement>(el, '#lock-tracking')!.value).to.equal(
      `https://example.com/track#case=c-lock&token=${CREATED.accessToken}`,
    );
    expect(status(el)!.textContent).to.equal('Your account is locked. Case number RC-LOCK-0001.');
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('lock-heading');
    expect(el.phase).to.equal('first');
    await expect(el).to.be.accessible();
    // Taking the answers back does not hide the lock that is in force.
    await choose(el, '#f-triage-moneyMoved-no');
    expect($(el, '.case-number')).to.not.equal(null);
  });

  it('signed out: asks which account, sends a lock link (Enter stays in the offer), says so in the live region', async () => {
    const client = lockClient(problem(400, 'validation_failed'), { kind: 'link_requested' });
    const el = await make(client);
    await choose(el, '#f-access-canSignIn-no');
    await offerShown(el);
    lockButton(el).click();
    await waitUntil(() => $(el, '#lock-account'), 'account asked', SLOW);
    await el.updateComplete;
    expect(deepActive()?.id, 'focus on the account field').to.equal('lock-account');
    expect(status(el)!.textContent).to.equal(w.needAccount);
    // Enter on an empty field: an inline error, no request, the form stays on its first step.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(client.calls).to.have.length(1);
    expect($(el, '#lock-account-err')!.textContent).to.equal(w.accountInvalid);
    expect($(el, '#lock-account')!.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'meilin' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el)!.textContent === w.linkSent, 'link sent', SLOW);
    expect(client.calls[1]).to.deep.equal({ account: { kind: 'username', value: 'meilin' } });
    expect(el.phase).to.equal('first');
    expect(deepActive()?.id, 'focus stays in the field').to.equal('lock-account');
    expect(el.shadowRoot!.textContent).to.contain(w.linkSent);
    expect(el.shadowRoot!.textContent).to.contain(w.sendAgain);
    // The account typed here is not part of the report's draft.
    expect(localStorage.getItem(draftKey('https://api.example.com/lock-test')) ?? '').to.not.contain(
      'meilin',
    );
    await expect(el).to.be.accessible();
  });

  it('from a lock link: offers the lock first, removes the token from the address bar, never stores it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#lock=${TOKEN}`);
    const client = lockClient({ kind: 'locked', case: CREATED });
    const el = await make(client);
    expect(location.hash, 'token gone from the address bar').to.equal('');
    await offerShown(el);
    const first = $(el, 'form')!.querySelector('section, p:not(.progress)');
    expect(first, 'the offer comes before the questions').to.equal(
      $(el, '#lock-heading')!.closest('section'),
    );
    expect(el.shadowRoot!.textContent).to.contain(w.fromLink);
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).to.not.contain(TOKEN);
    lockButton(el).click();
    await waitUntil(() => $(el, '.case-number'), 'locked', SLOW);
    expect(client.calls).to.deep.equal([{ token: TOKEN }]);
    expect(el.shadowRoot!.innerHTML).to.not.contain(TOKEN);
  });

  it("from a case notice's lock link: recorded in that case, its number shown, no new tracking link", async () => {
    history.replaceState(null, '', `${location.pathname}#lock=${TOKEN}`);
    const client = lockClient({ kind: 'recorded', caseNumber: 'RC-OPEN-0042' });
    const el = await make(client);
    await offerShown(el);
    lockButton(el).click();
    await waitUntil(() => $(el, '.case-number'), 'locked', SLOW);
    expect(client.calls).to.deep.equal([{ token: TOKEN }]);
    expect($(el, '#lock-heading')!.textContent!.trim()).to.equal(w.lockedTitle);
    expect($(el, '.case-number')!.textContent).to.equal('RC-OPEN-0042');
    expect($(el, '.in-case')!.textContent).to.equal(w.lockedInCase);
    expect($(el, '#lock-tracking'), 'no tracking link: the reporter has the case one').to.equal(null);
    expect(status(el)!.textContent).to.equal('Your account is locked. Case number RC-OPEN-0042.');
    await expect(el).to.be.accessible();
  });

  it('from a lock link with a draft past the first step: the first step and the offer show first', async () => {
    const values = { ...emptyValues('en'), account: { kind: 'username', value: 'meilin' } };
    localStorage.setItem(
      draftKey('https://api.example.com/lock-test'),
      JSON.stringify({ v: 1, savedAt: Date.now(), step: 'account', values }),
    );
    history.replaceState(null, '', `${location.pathname}#lock=${TOKEN}`);
    const el = await make(lockClient());
    await offerShown(el);
    expect(el.phase).to.equal('first');
    expect(location.hash).to.equal('');
    expect(el.shadowRoot!.textContent).to.contain(LOCK_OFFER_WORDS.en.fromLink);
  });

  it('from a used or expired lock link: says so, forgets the token, offers a new link', async () => {
    history.replaceState(null, '', `${location.pathname}#lock=${TOKEN}`);
    const client = lockClient(problem(401, 'unauthorized'), { kind: 'link_requested' });
    const el = await make(client);
    await offerShown(el);
    lockButton(el).click();
    await waitUntil(() => $(el, '#lock-account'), 'account asked', SLOW);
    expect(status(el)!.textContent).to.equal(w.linkRefused);
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('lock-account');
    const input = $<HTMLInputElement>(el, '#lock-account')!;
    input.value = 'mei.lin@example.com';
    input.dispatchEvent(new Event('input'));
    const kind = $<HTMLSelectElement>(el, '#lock-kind')!;
    kind.value = 'email';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'section[aria-labelledby="lock-heading"] .lock-actions button')!.click();
    await waitUntil(() => status(el)!.textContent === w.linkSent, 'link sent', SLOW);
    expect(client.calls).to.deep.equal([
      { token: TOKEN },
      { account: { kind: 'email', value: 'mei.lin@example.com' } },
    ]);
  });

  it('too many requests or no server: says so, keeps the button and the focus on it', async () => {
    const client = lockClient(problem(429, 'rate_limited'), new RecourseNetworkError('network'));
    const el = await make(client);
    await choose(el, '#f-access-canSignIn-no');
    await offerShown(el);
    lockButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el)!.textContent === w.limited, 'limited', SLOW);
    expect(deepActive() === lockButton(el), 'focus on the lock button').to.equal(true);
    expect(lockButton(el).getAttribute('aria-describedby')).to.equal('lock-problem');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el)!.textContent === w.failed, 'failed', SLOW);
    expect(deepActive() === lockButton(el), 'focus on the lock button').to.equal(true);
  });

  it('a client without `lock`: says the lock is not available here', async () => {
    const { lock: _none, ...client } = lockClient();
    const el = await make(client as ReportFormClient);
    await choose(el, '#f-access-canSignIn-no');
    await offerShown(el);
    lockButton(el).click();
    await waitUntil(() => status(el)!.textContent === w.unavailable, 'unavailable', SLOW);
  });

  it('has every word in zh-CN, written in Chinese, with the same placeholders', () => {
    const leaves = (v: unknown, path = ''): [string, string][] =>
      typeof v === 'string'
        ? [[path, v]]
        : Object.entries(v as object).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
    const zh = new Map(leaves(LOCK_OFFER_WORDS['zh-CN']));
    const en = leaves(LOCK_OFFER_WORDS.en);
    expect([...zh.keys()]).to.deep.equal(en.map(([k]) => k));
    for (const [key, text] of en) {
      const translated = zh.get(key) ?? '';
      expect(/[\u3400-\u9fff]/.test(translated), `${key} in Chinese`).to.equal(true);
      expect(translated.match(/\{\w+\}/g) ?? [], `${key} placeholders`).to.deep.equal(
        text.match(/\{\w+\}/g) ?? [],
      );
    }
  });

  it('speaks zh-CN', async () => {
    const el = await make(lockClient(), 'zh-CN');
    await choose(el, '#f-access-canSignIn-no');
    await offerShown(el);
    const zh = LOCK_OFFER_WORDS['zh-CN'];
    expect($(el, '#lock-heading')!.textContent!.trim()).to.equal(zh.title);
    expect(lockButton(el).textContent!.trim()).to.equal(zh.lock);
    await expect(el).to.be.accessible();
  });
});
