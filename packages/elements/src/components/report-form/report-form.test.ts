import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  ACCOUNT_REF_KINDS,
  ACTIVITY_KINDS,
  ALLOWED_MEDIA_TYPES,
  type CaseCreated,
  CONTAINMENT_CODES,
  ISSUE_CODES,
  LIMITS,
  type PlatformConfig,
  PROFILE_FIELDS,
  RecourseApiError,
  RecourseNetworkError,
  SECRET_KINDS,
  TRIAGE_STEP_CODES,
  URGENCY_LEVELS,
} from '@recourse/core';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../define/recourse-report-form';
import { interpolate } from '../../i18n/interpolate';
import { REPORT_FORM_CATALOGS } from './i18n';
import type { RecourseReportForm, ReportFormClient } from './report-form';
import { draftKey } from './report-form.draft';
import { refusalText } from './report-form.fields.view';
import {
  advance,
  at,
  choose,
  drop,
  filledValues,
  listedNames,
  loaded,
  part,
  press,
  primary,
  refusedLines,
  storeDraft,
  storedDraft,
  type,
  withActivities,
} from './report-form.fixtures';
import {
  ACCOUNT_KINDS,
  ACTIVITY_KIND_LIST,
  blankActivity,
  emptyValues,
  type FormValues,
  LOCAL_LIMITS,
  MEDIA_TYPES,
  PROFILE_FIELD_LIST,
  STEPS,
  toLocalInput,
} from './report-form.model';

const CJK = /[\u3400-\u9fff]/;
const SEED_EN =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const SEED_ZH = '的 一 是 在 不 了 有 和 人 这 中 大';
const TOKEN = 'T0ken_'.repeat(6);

const CONFIG = {
  platform: { id: 'demo', name: 'Demo Exchange' },
  languages: ['en', 'zh-CN'],
  contacts: {
    webForm: { url: 'https://help.example.com/form' },
    hotline: { number: '+1 555 0100', hours: { en: '24/7', 'zh-CN': '全天' } },
    social: [{ network: 'x', handle: '@demo_support', url: 'https://x.example.com/demo_support' }],
  },
  passwordResetUrl: 'https://example.com/reset',
  deadlinePolicy: 'platform_sla',
  attachments: {
    maxFileBytes: LIMITS.fileSizeMax,
    maxFiles: 10,
    maxCaseBytes: LIMITS.attachmentsTotalMax,
    mediaTypes: [...ALLOWED_MEDIA_TYPES],
  },
  outsideBodies: [],
} as unknown as PlatformConfig;

const CREATED = {
  case: {
    id: 'c1',
    number: 'RC-7K3P-9M2X',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'submitted',
    state: 'submitted',
    info: 'none',
    claim: 'none',
    complaint: 'none',
    pendingRequest: null,
    allowedCommands: ['withdraw', 'send_message'],
    nextSteps: ['wait_for_review'],
    deadlines: [],
    head: { seq: 1, hash: 'a'.repeat(64) },
    attachments: [],
  },
  accessToken: TOKEN,
} as unknown as CaseCreated;

interface FakeClient extends ReportFormClient {
  calls: { report: unknown; key: string | undefined }[];
  uploads: { key: string | undefined; name: string }[];
  failures: number;
}

function fakeClient(
  failures = 0,
  error: () => Error = () => new RecourseNetworkError('network'),
): FakeClient {
  const client: FakeClient = {
    calls: [],
    uploads: [],
    failures,
    getConfig: async () => CONFIG,
    createCase: async (report, options) => {
      client.calls.push({ report, key: options?.idempotencyKey });
      if (client.failures > 0) {
        client.failures--;
        throw error();
      }
      return CREATED;
    },
    uploadAttachment: async (_id, _token, file, options) => {
      client.uploads.push({ key: options?.idempotencyKey, name: file.name });
      return {
        id: 'a1',
        name: file.name,
        mediaType: file.mediaType,
        size: file.bytes.length,
        sha256: file.sha256,
        createdAt: '2025-01-01T00:00:00.000Z',
      };
    },
  };
  return client;
}

const API = 'https://api.example.com';
const KEY = draftKey(API);

async function make(
  lang: 'en' | 'zh-CN' = 'en',
  client: ReportFormClient = fakeClient(),
): Promise<RecourseReportForm> {
  const el = await fixture<RecourseReportForm>(html`<recourse-report-form
    lang=${lang}
    api-base=${API}
    tracking-url="https://example.com/track"
    .config=${CONFIG}
    .client=${client}
    .retryDelay=${0}
  ></recourse-report-form>`);
  await el.ready;
  // The logic and the guard load on idle (at most 2 s later): wait longer on a busy machine.
  await loaded(el);
  await el.updateComplete;
  return el;
}

/** A form opened on a draft at `step` with `values`, stored as the form writes it. */
async function makeAt(
  step: (typeof STEPS)[number],
  values: FormValues,
  lang: 'en' | 'zh-CN' = 'en',
  client: ReportFormClient = fakeClient(),
): Promise<RecourseReportForm> {
  storeDraft(API, step, values);
  const el = await make(lang, client);
  await at(el, step);
  return el;
}

const root = (el: RecourseReportForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: RecourseReportForm, selector: string) =>
  part<T>(el, selector);
const text = (el: RecourseReportForm) => root(el).textContent!.replace(/\s+/g, ' ');
const summaryText = (el: RecourseReportForm) => root(el).getElementById('summary')?.textContent ?? '';

/** At the review: ticks the consent, submits, and waits until the submission settled. */
async function submitAndWait(el: RecourseReportForm): Promise<void> {
  if (!$<HTMLInputElement>(el, '#f-consent').checked) choose(el, 'f-consent');
  primary(el);
  await waitUntil(() => el.phase !== 'validating' && el.phase !== 'sending', 'submission settled');
  await el.updateComplete;
}

/** The words the refused list shows for a file. */
const refusedLine = (
  lang: 'en' | 'zh-CN',
  name: string,
  reason: Parameters<typeof refusalText>[0],
  config = CONFIG,
) => {
  const t = REPORT_FORM_CATALOGS[lang];
  return interpolate(t.evidence.refused, { name, reason: refusalText(reason, config, { t, lang }) });
};

/** Writes the draft now, as leaving the page does. */
const leavePage = () => dispatchEvent(new Event('pagehide'));

/** Presses Tab until the shadow root's focused element matches. */
async function tabTo(el: RecourseReportForm, match: (e: Element) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const active = root(el).activeElement;
    if (active && match(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('focus never reached the target');
}

const byId = (id: string) => (e: Element) => e.id === id;
const button = (label: string) => (e: Element) => e.tagName === 'BUTTON' && e.textContent!.trim() === label;

beforeEach(() => {
  localStorage.clear();
});

describe('<recourse-report-form> catalogs', () => {
  const en = REPORT_FORM_CATALOGS.en;
  const zh = REPORT_FORM_CATALOGS['zh-CN'];

  it('has en and zh-CN text for every code core emits', () => {
    const lists: [string, readonly string[], Record<string, string>, Record<string, string>][] = [
      ['issues', ISSUE_CODES, en.errors.issues, zh.errors.issues],
      ['secret', SECRET_KINDS, en.errors.secret, zh.errors.secret],
      ['triage', TRIAGE_STEP_CODES, en.triage, zh.triage],
      ['containment', CONTAINMENT_CODES, en.containment, zh.containment],
      ['urgency', URGENCY_LEVELS, en.first.urgency, zh.first.urgency],
      ['account kinds', ACCOUNT_REF_KINDS, en.account.kinds, zh.account.kinds],
      ['activity kinds', ACTIVITY_KINDS, en.incident.kinds, zh.incident.kinds],
      ['profile fields', PROFILE_FIELDS, en.incident.profileFields, zh.incident.profileFields],
    ];
    for (const [name, codes, enText, zhText] of lists) {
      for (const code of codes) {
        expect(enText[code], `en ${name}.${code}`).to.be.a('string').and.not.equal('');
        expect(CJK.test(zhText[code] ?? ''), `zh-CN ${name}.${code}`).to.equal(true);
      }
    }
  });

  it('zh-CN has a Chinese string for every key of the English catalog, with the same placeholders', () => {
    const walk = (a: unknown, b: unknown, path: string): number => {
      if (typeof a === 'string') {
        expect(b, path).to.be.a('string');
        expect(CJK.test(b as string), `${path} is Chinese`).to.equal(true);
        const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
        expect(holes(b as string), `${path} placeholders`).to.equal(holes(a));
        return 1;
      }
      let n = 0;
      for (const key of Object.keys(a as object)) {
        n += walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)?.[key],
          `${path}.${key}`,
        );
      }
      return n;
    };
    expect(walk(en, zh, 'catalog')).to.be.greaterThan(150);
  });

  it("keeps the form's copies of core's lists in sync with core", () => {
    expect([...ACCOUNT_KINDS]).to.deep.equal([...ACCOUNT_REF_KINDS]);
    expect([...ACTIVITY_KIND_LIST]).to.deep.equal([...ACTIVITY_KINDS]);
    expect([...PROFILE_FIELD_LIST]).to.deep.equal([...PROFILE_FIELDS]);
    expect([...MEDIA_TYPES]).to.deep.equal([...ALLOWED_MEDIA_TYPES]);
    for (const [k, v] of Object.entries(LOCAL_LIMITS))
      expect(v, k).to.equal(LIMITS[k as keyof typeof LIMITS]);
  });
});

describe('<recourse-report-form> steps', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: every step renders, is axe-clean and moves focus to its heading`, async () => {
      const el = await makeAt('account', filledValues(lang), lang);
      const t = REPORT_FORM_CATALOGS[lang];
      press(el, t.ui.back);
      for (const step of STEPS) {
        if (step !== 'first') await advance(el, step);
        await at(el, step);
        await el.updateComplete;
        const heading = $(el, '#heading');
        expect(heading.textContent!.trim(), step).to.equal(t.steps[step]);
        expect(root(el).activeElement, `${step} focus`).to.equal(heading);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('zh-CN: no English catalog text and no placeholder leaks into any step', async () => {
    const el = await makeAt('first', withActivities('zh-CN'), 'zh-CN');
    const en: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') en.push(v);
      else for (const x of Object.values(v as object)) collect(x);
    };
    collect(REPORT_FORM_CATALOGS.en);
    const englishOnly = en.filter((s) => s.length > 4 && !s.includes('{') && /[a-z]{3}/.test(s));
    for (const step of STEPS) {
      if (step !== 'first') await advance(el, step);
      const shown = text(el);
      expect(CJK.test(shown), step).to.equal(true);
      expect(shown, `${step} placeholder`).not.to.match(/\{\w+\}/);
      for (const s of englishOnly) expect(shown.includes(s), `${step} shows English "${s}"`).to.equal(false);
    }
    // Both activities were shown on their step and sent.
    expect(text(el)).to.contain('RC-7K3P-9M2X');
  });

  it('first response: triage in order, containment checklist, safe reset link only', async () => {
    const el = await make();
    choose(el, 'access.canSignIn', 'no');
    choose(el, 'access.passwordReset', 'failed');
    choose(el, 'triage.profileChanged', 'yes');
    await el.updateComplete;
    const items = [...root(el).querySelectorAll('ol li')].map((li) => li.textContent!.trim());
    const t = REPORT_FORM_CATALOGS.en;
    expect(items).to.deep.equal([t.triage.secure_email, t.triage.report, t.triage.verify_identity]);
    expect(root(el).querySelectorAll('input[name="checked"]').length).to.equal(CONTAINMENT_CODES.length);
    expect($<HTMLAnchorElement>(el, 'a[href^="https://example.com/reset"]')).to.exist;
    el.config = { ...CONFIG, passwordResetUrl: 'javascript:alert(1)' } as PlatformConfig;
    await el.updateComplete;
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(text(el)).not.to.contain(t.first.resetLink);
  });
});

describe('<recourse-report-form> keyboard', () => {
  it('a whole report can be completed with the keyboard alone', async () => {
    const client = fakeClient();
    const el = await make('en', client);
    const t = REPORT_FORM_CATALOGS.en;
    $(el, '#heading').focus();
    // First response: can't sign in, reset failed, money moved.
    await tabTo(el, byId('f-access-canSignIn'));
    await sendKeys({ press: 'ArrowRight' }); // "No"
    await tabTo(el, byId('f-access-passwordReset'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' }); // "failed"
    await tabTo(el, byId('f-triage-moneyMoved'));
    await sendKeys({ press: 'Space' }); // "Yes"
    await tabTo(el, button(t.ui.goToReport));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.phase === 'account');
    // Account and contact.
    await tabTo(el, byId('f-account-value'));
    await sendKeys({ type: 'victim_01' });
    await tabTo(el, byId('f-contact-email'));
    await sendKeys({ type: 'safe@example.org' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.phase === 'incident');
    // What happened: add an activity of the default kind (money sent) and fill it.
    await tabTo(el, button(t.ui.add));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.id === 'f-activities-0-at', 'focus on the new activity');
    // Type the time into the focused datetime-local field, segment by segment (en-US: mm dd yyyy hh mm AM).
    const y = new Date(Date.now() - 86_400_000);
    const mmdd = `${String(y.getMonth() + 1).padStart(2, '0')}${String(y.getDate()).padStart(2, '0')}`;
    await sendKeys({ type: `${mmdd}${y.getFullYear()}` });
    await sendKeys({ press: 'ArrowRight' }); // the year segment takes up to six digits
    await sendKeys({ type: '1030A' });
    const atInput = $<HTMLInputElement>(el, '#f-activities-0-at');
    await waitUntil(
      () => atInput.value !== '',
      `time typed: "${atInput.value}" focus=${root(el).activeElement?.id} ${navigator.language}`,
    );
    await tabTo(el, byId('f-activities-0-asset'));
    await sendKeys({ type: 'USDT' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1500' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'TXa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6' });
    await tabTo(el, byId('f-narrative'));
    await sendKeys({ type: 'Someone withdrew my USDT after changing my email.' });
    await tabTo(el, button(t.ui.next));
    await sendKeys({ press: 'Enter' });
    await at(el, 'evidence');
    await tabTo(el, button(t.ui.next));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.phase === 'review');
    await tabTo(el, byId('f-consent'));
    await sendKeys({ press: 'Space' });
    await tabTo(el, button(t.ui.submit));
    await sendKeys({ press: 'Enter' });
    await at(el, 'done');
    expect(client.calls).to.have.length(1);
    const report = client.calls[0]!.report as Record<string, unknown>;
    expect(report.account).to.deep.equal({ kind: 'username', value: 'victim_01' });
    expect((report.activities as unknown[])[0]).to.include({
      kind: 'transfer',
      amount: '1500',
      asset: 'USDT',
    });
    expect(text(el)).to.contain('RC-7K3P-9M2X');
    expect(root(el).activeElement).to.equal($(el, '#heading'));
  });
});

describe('<recourse-report-form> validation', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: the summary takes focus and lists localized issues linked to fields`, async () => {
      const el = await make(lang);
      const t = REPORT_FORM_CATALOGS[lang];
      primary(el);
      await at(el, 'account');
      type(el, 'contact.email', 'not-an-email');
      primary(el);
      await waitUntil(() => root(el).getElementById('summary'), 'summary shown');
      await el.updateComplete;
      const summary = $(el, '#summary');
      expect(root(el).activeElement).to.equal(summary);
      expect(summary.textContent).to.contain(t.errors.issues.required);
      expect(summary.textContent).to.contain(t.errors.issues.invalid_email);
      const email = $<HTMLInputElement>(el, '#f-contact-email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      const described = email.getAttribute('aria-describedby')!;
      expect(root(el).getElementById(described.split(' ').pop()!)!.textContent).to.contain(
        t.errors.issues.invalid_email,
      );
      summary.querySelector<HTMLAnchorElement>('a[href="#f-contact-email"]')!.click();
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(email);
      await expect(el).to.be.accessible();
    });
  }

  it('the review lists issues of every step and its links lead back to them', async () => {
    const el = await makeAt('review', emptyValues('en'));
    primary(el);
    await waitUntil(() => root(el).getElementById('summary'), 'summary shown');
    const links = [...$(el, '#summary').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('#f-access-canSignIn');
    expect(links).to.include('#f-account-value');
    expect(links).to.include('#f-consent');
    $(el, '#summary').querySelector<HTMLAnchorElement>('a[href="#f-account-value"]')!.click();
    await el.updateComplete;
    expect(el.phase).to.equal('account');
    expect(root(el).activeElement?.id).to.equal('f-account-value');
  });
});

describe('<recourse-report-form> review summary', () => {
  it('shows the draft as it will be sent in the shared summary, and each part edits its step', async () => {
    // Public surface only: a stored draft at the review, the DOM, the phase and clicks.
    const values = {
      ...emptyValues('en'),
      access: { canSignIn: 'no', passwordReset: 'failed' },
      account: { kind: 'username', value: '  victim_01 ' },
      contact: { email: 'safe@example.org', phone: '', language: 'en' },
      activities: [{ ...blankActivity('transfer'), asset: 'BTC', amount: '0.5x', destination: 'bc1qdest' }],
      narrative: 'Changed overnight.',
    };
    localStorage.setItem(KEY, JSON.stringify({ v: 1, savedAt: Date.now(), step: 'review', values }));
    const el = await make();
    await waitUntil(() => el.phase === 'review', 'review restored');
    const field = (path: string) => $(el, `[data-part] [data-field="${path}"]`);
    // Trimmed as sent; an amount that does not parse is shown as typed; no email → a dash.
    expect(field('account.value').textContent).to.equal('victim_01');
    expect(field('contact.email').textContent).to.equal('safe@example.org');
    expect(field('activities.0.amount').textContent).to.equal('0.5x');
    expect(field('activities.0.destination').textContent).to.equal('bc1qdest');
    expect(field('narrative').textContent).to.equal('Changed overnight.');
    expect(field('discoveredAt').textContent!.trim()).to.not.equal('');
    // The parts' headings sit under the step's h2.
    expect(root(el).querySelectorAll('[data-part] h4').length).to.equal(0);
    expect(root(el).querySelectorAll('[data-part] h3').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
    const edits = [...root(el).querySelectorAll<HTMLButtonElement>('button[data-edit]')];
    expect(edits.map((b) => b.dataset.edit)).to.deep.equal([
      'account',
      'when',
      'access',
      'activities',
      'narrative',
      'attachments',
    ]);
    const t = REPORT_FORM_CATALOGS.en;
    for (const [part, phase] of [
      ['account', 'account'],
      ['access', 'first'],
      ['attachments', 'evidence'],
    ] as const) {
      $<HTMLButtonElement>(el, `button[data-edit="${part}"]`).click();
      await waitUntil(() => el.phase === phase, `${part} → ${phase}`);
      await el.updateComplete;
      expect(root(el).activeElement?.id, `${part} focus`).to.equal('heading');
      const back = $<HTMLButtonElement>(el, '.actions .primary');
      // The first step's own button goes on; it too returns to the review.
      expect(back.textContent!.trim(), `${part} return`).to.equal(
        phase === 'first' ? t.ui.goToReport : t.ui.backToReview,
      );
      back.click();
      await waitUntil(() => el.phase === 'review', `${part} back to review`);
    }
  });
});

describe('<recourse-report-form> draft', () => {
  it('is restored after a reload, says so, and can be discarded', async () => {
    const first = await make();
    choose(first, 'access.canSignIn', 'no');
    primary(first);
    await at(first, 'account');
    type(first, 'account.value', 'victim_01');
    type(first, 'contact.email', 'safe@example.org');
    first.remove(); // leaving writes the draft at once
    expect(localStorage.getItem(KEY)).to.contain('victim_01');
    const el = await make();
    expect(el.phase).to.equal('account');
    expect(text(el)).to.contain(REPORT_FORM_CATALOGS.en.status.restored);
    expect($<HTMLInputElement>(el, '#f-account-value').value).to.equal('victim_01');
    press(el, REPORT_FORM_CATALOGS.en.ui.discard);
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(el.phase).to.equal('first');
    expect($<HTMLInputElement>(el, '#f-access-canSignIn').checked).to.equal(false);
    primary(el);
    await at(el, 'account');
    expect($<HTMLInputElement>(el, '#f-account-value').value).to.equal('');
  });

  it('expires after 24 hours', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        savedAt: Date.now() - 25 * 3_600_000,
        step: 'account',
        values: { narrative: 'old' },
      }),
    );
    const el = await make();
    expect(el.phase).to.equal('first');
    expect(text(el)).not.to.contain(REPORT_FORM_CATALOGS.en.status.restored);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('never holds a secret, typed or pasted, nor the token after submit', async () => {
    const el = await makeAt('account', filledValues());
    type(el, 'account.value', `L${'1'.repeat(51)}`);
    leavePage();
    let stored = localStorage.getItem(KEY)!;
    expect(stored).to.contain('safe@example.org');
    expect(stored).not.to.contain('1'.repeat(51));
    type(el, 'account.value', 'victim_01');
    await advance(el, 'incident');
    type(el, 'narrative', `my words are ${SEED_EN}`);
    leavePage();
    stored = localStorage.getItem(KEY)!;
    expect(stored).to.contain('victim_01');
    expect(stored).not.to.contain('abandon');
    type(el, 'narrative', 'clean text');
    await advance(el, 'review');
    await submitAndWait(el);
    expect(el.phase).to.equal('done');
    leavePage();
    expect(localStorage.getItem(KEY)).to.equal(null);
    for (let i = 0; i < localStorage.length; i++) {
      expect(localStorage.getItem(localStorage.key(i)!)).not.to.contain(TOKEN);
    }
  });
});

describe('<recourse-report-form> secret guard', () => {
  for (const [name, phrase, lang] of [
    ['English', SEED_EN, 'en'],
    ['Chinese', SEED_ZH, 'zh-CN'],
  ] as const) {
    it(`stops a pasted ${name} seed phrase with an explanation`, async () => {
      const el = await makeAt('incident', emptyValues(lang), lang);
      const t = REPORT_FORM_CATALOGS[lang];
      const narrative = $<HTMLTextAreaElement>(el, '#f-narrative');
      narrative.focus();
      const data = new DataTransfer();
      data.setData('text/plain', phrase);
      const paste = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      narrative.dispatchEvent(paste);
      expect(paste.defaultPrevented).to.equal(true);
      await waitUntil(() => root(el).getElementById('f-narrative-err'), 'secret found');
      await el.updateComplete;
      expect(narrative.value).to.equal('');
      const error = root(el).getElementById('f-narrative-err')!.textContent!;
      expect(error).to.contain(t.errors.secret.seed_phrase);
      expect(error).to.contain(t.errors.neverAsks);
      expect(narrative.getAttribute('aria-invalid')).to.equal('true');
      leavePage();
      expect(localStorage.getItem(KEY) ?? '').not.to.contain(phrase.slice(0, 12));
    });
  }

  it('lets ordinary pasted text in, and blocks submission while a typed secret is present', async () => {
    const client = fakeClient();
    const el = await makeAt('review', filledValues(), 'en', client);
    // Change the narrative from the review: on its step, then back.
    $<HTMLButtonElement>(el, 'button[data-edit="narrative"]').click();
    await at(el, 'incident');
    const narrative = $<HTMLTextAreaElement>(el, '#f-narrative');
    narrative.value = '';
    const data = new DataTransfer();
    data.setData('text/plain', 'They moved 1500 USDT to an address I do not know.');
    narrative.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await waitUntil(() => narrative.value.includes('1500 USDT'), 'clean text pasted');
    type(el, 'narrative', 'my 2FA code is 482913');
    primary(el); // "Back to review"
    await waitUntil(() => root(el).getElementById('summary'), 'summary shown');
    expect(el.phase).to.equal('incident');
    expect(summaryText(el)).to.contain(REPORT_FORM_CATALOGS.en.errors.secret.one_time_code);
    expect(client.calls).to.have.length(0);
  });
});

describe('<recourse-report-form> evidence', () => {
  it('refuses a bad file type with its reason, hashes a good one', async () => {
    const el = await makeAt('evidence', emptyValues('en'));
    await drop(el, [
      new File(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], 'shot.png', { type: 'image/png' }),
      new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'records.zip'),
      new File(['chat log: they asked me to pay a fee'], 'chat.txt', { type: 'text/plain' }),
    ]);
    const shown = text(el);
    const reason = REPORT_FORM_CATALOGS.en.evidence.reasons.type;
    expect(shown).to.contain(`shot.png was not added: ${reason}`);
    expect(shown).to.contain(`records.zip was not added: ${reason}`);
    expect(listedNames(el)).to.deep.equal(['chat.txt']);
    leavePage();
    const chat = storedDraft(API)!.values.attachments[0]!;
    expect(chat).to.include({ name: 'chat.txt', mediaType: 'text/plain' });
    expect(chat.sha256).to.match(/^[0-9a-f]{64}$/);
    await expect(el).to.be.accessible();
  });

  it('refuses oversize, duplicate and secret-bearing files', async () => {
    const el = await makeAt('evidence', emptyValues('en'));
    const config = { ...CONFIG, attachments: { ...CONFIG.attachments, maxFileBytes: 100 } } as PlatformConfig;
    el.config = config;
    const refused = () => refusedLines(el);
    await drop(el, [new File(['a'.repeat(101)], 'big.txt')]);
    expect(refused()).to.deep.equal([refusedLine('en', 'big.txt', 'size', config)]);
    await drop(el, [new File(['note'], 'a.txt')]);
    await drop(el, [new File(['note'], 'b.txt')]);
    expect(refused()).to.deep.equal([refusedLine('en', 'b.txt', 'duplicate', config)]);
    await drop(el, [new File([SEED_EN], 'seed.txt')]);
    expect(refused()).to.deep.equal([refusedLine('en', 'seed.txt', 'secret', config)]);
    expect(listedNames(el)).to.deep.equal(['a.txt']);
  });

  it('uploads after the case is created, each file with its own stable key', async () => {
    const client = fakeClient();
    const el = await makeAt('evidence', filledValues(), 'en', client);
    await drop(el, [new File(['chat record'], 'chat.txt')]);
    leavePage();
    const key = storedDraft(API)!.values.attachments[0]!.key;
    await advance(el, 'review');
    await submitAndWait(el);
    await waitUntil(() => client.uploads.length === 1);
    expect(client.uploads[0]!.key).to.equal(key);
    await waitUntil(() => text(el).includes(REPORT_FORM_CATALOGS.en.evidence.uploaded));
  });
});

describe('<recourse-report-form> submission', () => {
  it('fires submitted with the case number and a fragment-only tracking link', async () => {
    const el = await makeAt('review', filledValues());
    const submitted = oneEvent(el, 'recourse-report-submitted');
    void submitAndWait(el);
    const { detail } = await submitted;
    expect(detail.caseNumber).to.equal('RC-7K3P-9M2X');
    expect(detail.trackingLink).to.equal(`https://example.com/track#case=c1&token=${TOKEN}`);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#tracking').value).to.equal(detail.trackingLink);
    expect(text(el)).to.contain('+1 555 0100');
  });

  it('a canceled recourse-report-submit stops the request', async () => {
    const client = fakeClient();
    const el = await makeAt('review', filledValues(), 'en', client);
    el.addEventListener('recourse-report-submit', (e) => e.preventDefault(), { once: true });
    await submitAndWait(el);
    expect(client.calls).to.have.length(0);
    expect(el.phase).to.equal('review');
    expect(text(el)).to.contain(REPORT_FORM_CATALOGS.en.status.canceled);
  });

  it('a host can enrich the report before it is sent', async () => {
    const client = fakeClient();
    const el = await makeAt('review', filledValues(), 'en', client);
    el.addEventListener('recourse-report-submit', (e) => {
      (e.detail.report as { narrative: string }).narrative += ' [host note]';
    });
    await submitAndWait(el);
    expect((client.calls[0]!.report as { narrative: string }).narrative).to.contain('[host note]');
  });

  it('keeps one idempotency key across failures, shows offline and loses nothing', async () => {
    const client = fakeClient(2);
    const el = await makeAt('review', filledValues(), 'en', client);
    el.retryDelay = 1;
    const t = REPORT_FORM_CATALOGS.en;
    const errors: string[] = [];
    el.addEventListener('recourse-report-error', (e) => errors.push(e.detail.code));
    choose(el, 'f-consent');
    primary(el);
    await at(el, 'offline');
    await el.updateComplete;
    expect(text(el)).to.contain(t.status.offline);
    expect($(el, '[data-part] [data-field="account.value"]').textContent).to.equal('victim_01');
    expect(localStorage.getItem(KEY)).to.contain(client.calls[0]!.key!);
    press(el, t.ui.retry);
    await waitUntil(
      () =>
        client.calls.length === 2 &&
        [...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === t.ui.retry),
      'second failure shown',
    );
    press(el, t.ui.retry);
    await at(el, 'done');
    expect(client.calls).to.have.length(3);
    expect(new Set(client.calls.map((c) => c.key)).size).to.equal(1);
    expect(errors).to.deep.equal(['network', 'network']);
  });

  it('re-uses the stored key after a reload in the middle of a submission', async () => {
    const client = fakeClient(100);
    const first = await makeAt('review', filledValues(), 'en', client);
    first.retryDelay = 30;
    choose(first, 'f-consent');
    primary(first);
    await waitUntil(() => client.calls.length === 1);
    const key = client.calls[0]!.key;
    first.remove();
    client.failures = 0;
    const el = await make('en', client);
    expect(el.phase).to.equal('review');
    // Locked: the answers wait for the answer to the key already sent.
    expect(text(el)).to.contain(REPORT_FORM_CATALOGS.en.status.pending);
    expect($<HTMLInputElement>(el, '#f-consent').disabled).to.equal(true);
    expect(root(el).querySelector('button[data-edit]')).to.equal(null);
    primary(el);
    await at(el, 'done');
    expect(client.calls.at(-1)!.key).to.equal(key);
  });

  it('the real client with a fetch failing twice sends one key and creates one case', async () => {
    const keys: string[] = [];
    let posts = 0;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      if (request.method === 'POST') {
        posts++;
        keys.push(request.headers.get('Idempotency-Key') ?? '');
        if (posts <= 2) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify(CREATED), {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return new Response('{}', { status: 404 });
    };
    storeDraft(API, 'review', filledValues());
    const el = await fixture<RecourseReportForm>(html`<recourse-report-form
      api-base=${API}
      .config=${CONFIG}
      .fetch=${fetch}
      .retryDelay=${0}
    ></recourse-report-form>`);
    await el.ready;
    await loaded(el);
    await submitAndWait(el);
    await at(el, 'done', 8000);
    expect(posts).to.equal(3);
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.match(/^[A-Za-z0-9_-]{22}$/);
  });

  it('shows a definite refusal with the server issues and drops the key', async () => {
    const problem = {
      type: 'urn:recourse:problem:validation_failed',
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      issues: [{ path: 'account.value', code: 'too_long', params: { max: 100 } }],
    };
    const client = fakeClient(1, () => new RecourseApiError(problem as never));
    const el = await makeAt('review', filledValues(), 'en', client);
    await submitAndWait(el);
    expect(el.phase).to.equal('rejected');
    // Unlocked: the answers can change again (the next submission gets a new key).
    expect($<HTMLInputElement>(el, '#f-consent').disabled).to.equal(false);
    expect(root(el).querySelectorAll('button[data-edit]').length).to.be.greaterThan(0);
    expect(text(el)).not.to.contain(REPORT_FORM_CATALOGS.en.status.pending);
    expect(summaryText(el)).to.contain('Too long: at most 100 characters.');
  });
});

describe('<recourse-report-form> notice prefill', () => {
  it('fills the matching activity from URL parameters and marks it', async () => {
    const at_ = new Date(Date.now() - 7_200_000).toISOString();
    const original = location.href;
    history.replaceState(
      null,
      '',
      `?notice=n-42&notice_kind=sign_in&notice_at=${encodeURIComponent(at_)}&notice_ip=203.0.113.7&notice_device=Chrome%20on%20Windows`,
    );
    try {
      const client = fakeClient();
      const el = await makeAt('review', filledValues(), 'en', client);
      $<HTMLButtonElement>(el, 'button[data-edit="activities"]').click();
      await at(el, 'incident');
      await el.updateComplete;
      expect(text(el)).to.contain(REPORT_FORM_CATALOGS.en.incident.fromNotice);
      expect(root(el).querySelectorAll('fieldset.card').length).to.equal(1);
      expect($<HTMLInputElement>(el, '#f-activities-0-ip').value).to.equal('203.0.113.7');
      expect($<HTMLInputElement>(el, '#f-activities-0-device').value).to.equal('Chrome on Windows');
      expect($<HTMLInputElement>(el, '#f-activities-0-at').value).to.equal(toLocalInput(at_));
      await advance(el, 'review');
      await submitAndWait(el);
      expect(el.phase).to.equal('done');
      const report = client.calls[0]!.report as { notice: unknown; activities: unknown[] };
      expect(report.notice).to.include({ id: 'n-42', kind: 'sign_in', ip: '203.0.113.7' });
      expect(report.activities[0]).to.include({
        kind: 'sign_in',
        ip: '203.0.113.7',
        device: 'Chrome on Windows',
        fromNotice: true,
      });
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('uses attributes and ignores a tampered notice', async () => {
    const at_ = new Date(Date.now() - 60_000).toISOString();
    const t = REPORT_FORM_CATALOGS.en;
    storeDraft(API, 'incident', emptyValues('en'));
    const el = await fixture<RecourseReportForm>(html`<recourse-report-form
      api-base=${API}
      .config=${CONFIG}
      .client=${fakeClient()}
      notice="n-7"
      notice-kind="transfer"
      notice-at=${at_}
    ></recourse-report-form>`);
    await el.ready;
    await loaded(el);
    await el.updateComplete;
    const cards = (form: RecourseReportForm) => [...root(form).querySelectorAll('fieldset.card')];
    expect(cards(el)).to.have.length(1);
    expect(cards(el)[0]!.querySelector('legend')!.textContent).to.contain(t.incident.kinds.transfer);
    expect(cards(el)[0]!.textContent).to.contain(t.incident.fromNotice);
    el.remove();
    storeDraft(API, 'incident', emptyValues('en'));
    const bad = await fixture<RecourseReportForm>(html`<recourse-report-form
      api-base=${API}
      .config=${CONFIG}
      .client=${fakeClient()}
      notice="n-8"
      notice-kind="sign_in"
      notice-at="yesterday"
    ></recourse-report-form>`);
    await bad.ready;
    await loaded(bad);
    await aTimeout(50);
    await bad.updateComplete;
    expect(bad.phase).to.equal('incident');
    expect(cards(bad)).to.have.length(0);
    expect(text(bad)).to.contain(t.incident.none);
  });
});

describe('<recourse-report-form> loading', () => {
  it('is ready with the first step usable, then loads its logic on idle', async () => {
    const el = await fixture<RecourseReportForm>(html`<recourse-report-form
      .config=${CONFIG}
      .client=${fakeClient()}
    ></recourse-report-form>`);
    await el.ready;
    expect($(el, '#heading').textContent!.trim()).to.equal(REPORT_FORM_CATALOGS.en.steps.first);
    const radio = $<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radio.disabled).to.equal(false);
    // No input yet: the logic, the guard and the configuration load on idle by themselves.
    await loaded(el, 5000);
    radio.focus();
    expect(root(el).activeElement).to.equal(radio);
  });

  it('shows the triage outcome and moves on before the logic is needed, validates after it', async () => {
    const el = await fixture<RecourseReportForm>(html`<recourse-report-form
      .config=${CONFIG}
      .client=${fakeClient()}
    ></recourse-report-form>`);
    await el.ready;
    choose(el, 'access.canSignIn', 'no');
    await el.updateComplete;
    expect(root(el).querySelectorAll('ol li').length, 'what to do now').to.be.greaterThan(0);
    primary(el);
    await at(el, 'account');
    primary(el);
    await waitUntil(() => root(el).getElementById('summary'), 'issues shown');
    expect(el.phase).to.equal('account');
    expect(root(el).querySelectorAll('#summary li').length).to.be.greaterThan(0);
  });
});

describe('<recourse-report-form> language', () => {
  it('follows the nearest lang and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <recourse-report-form .config=${CONFIG} .client=${fakeClient()}></recourse-report-form>
    </div>`);
    const el = wrapper.querySelector('recourse-report-form')!;
    await el.ready;
    expect($(el, '#heading').textContent!.trim()).to.equal(REPORT_FORM_CATALOGS.en.steps.first);
    wrapper.setAttribute('lang', 'zh-CN');
    await waitUntil(
      () => $(el, '#heading').textContent!.trim() === REPORT_FORM_CATALOGS['zh-CN'].steps.first,
    );
  });
});

/** The focused element, followed through shadow roots (what a keyboard user is on). */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Chromium's accessibility tree of the page (names as assistive technology gets them). */
async function a11yTree(): Promise<A11yNode> {
  return (await a11ySnapshot({})) as unknown as A11yNode;
}
const findNode = (tree: A11yNode, test: (n: A11yNode) => boolean) =>
  findAccessibilityNode<A11yNode>(tree as never, test) as A11yNode | null;
type A11yNode = { name?: string; role?: string; focused?: boolean; children?: A11yNode[] };

describe('<recourse-report-form> focus and names (keyboard run at 375 px)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: after "Remove", focus goes to the next file's remove button, then to the file input`, async () => {
      await setViewport({ width: 375, height: 667 });
      const el = await makeAt('evidence', emptyValues(lang), lang);
      const t = REPORT_FORM_CATALOGS[lang];
      await drop(el, [new File(['first note'], 'a.txt'), new File(['second note'], 'b.txt')]);
      const removeA = $<HTMLButtonElement>(el, `button[aria-label="${t.ui.remove}: a.txt"]`);
      removeA.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listedNames(el)).to.deep.equal(['b.txt']);
      expect(deepActive(), 'focus after removing a.txt').to.not.equal(document.body);
      expect(deepActive()?.getAttribute('aria-label')).to.equal(`${t.ui.remove}: b.txt`);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listedNames(el)).to.have.length(0);
      expect(deepActive(), 'focus after removing the last file').to.not.equal(document.body);
      expect(deepActive()?.id).to.equal('files');
    });
  }

  it('"(optional)" is a separate word in the accessible name of an optional field', async () => {
    await makeAt('incident', emptyValues('en'));
    const t = REPORT_FORM_CATALOGS.en;
    // The field itself (role DateTime), not the label's text.
    const field = findNode(
      await a11yTree(),
      (n) => n.role !== 'StaticText' && (n.name?.startsWith(t.incident.suspectedStartAt) ?? false),
    );
    expect(field?.name).to.equal(`${t.incident.suspectedStartAt} ${t.ui.optional}`);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: the list of refused files (a focus target) has an accessible name`, async () => {
      const el = await makeAt('evidence', emptyValues(lang), lang);
      const t = REPORT_FORM_CATALOGS[lang];
      await drop(el, [new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'records.zip')]);
      expect(root(el).querySelectorAll('#f-attachments li')).to.have.length(1);
      $(el, '#f-attachments').focus();
      const list = findNode(await a11yTree(), (n) => n.focused === true);
      expect(list?.role).to.equal('list');
      expect(list?.name).to.equal(t.evidence.refusedTitle);
      await expect(el).to.be.accessible();
    });
  }
});
