import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/recourse-totp-setup';
import { interpolate } from '../../i18n/interpolate';
import { TOTP_SETUP_CATALOGS } from './i18n';
import type { RecourseTotpSetup, TotpPhase } from './totp-setup';
import { type TotpBackend, TotpBackendError, type TotpFailure } from './totp-setup.backend';
import { busy, pressPrimary, shownError, submitCode, typeCode } from './totp-setup.fixtures';
import { qrPath } from './totp-setup.qr';
import { INITIAL_STATE, reduce, type TotpState } from './totp-setup.state';

const CJK = /[\u3400-\u9fff]/;
const KEY = 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP';
const URI = `otpauth://totp/Lantern%20Wallet:mei.lin%40example.com?secret=${KEY.replace(/ /g, '')}&issuer=Lantern%20Wallet&algorithm=SHA1&digits=6&period=30`;
const CODES = Array.from({ length: 10 }, (_, i) => `AB${i}C-DEFG-HJKM-NPQ${i}`);

type Fail = { code: TotpFailure; attemptsLeft?: number; retryAfter?: number };

/** A backend whose answers a test scripts; records every call (never the key). */
function fakeBackend(
  script: {
    enabled?: boolean;
    start?: Fail[];
    confirm?: Fail[];
    status?: Fail[];
    regenerate?: Fail[];
    /** Backup codes left when enabled (default 7), and the server's word on whether that is few. */
    left?: number;
    low?: boolean;
  } = {},
) {
  const calls: string[] = [];
  const next = (list: Fail[] | undefined) => {
    const f = list?.shift();
    if (f) throw new TotpBackendError(f.code, f.attemptsLeft, f.retryAfter);
  };
  const backend: TotpBackend = {
    async status() {
      calls.push('status');
      next(script.status);
      return {
        state: script.enabled ? 'enabled' : 'disabled',
        backupCodesLeft: script.enabled ? (script.left ?? 7) : 0,
        ...(script.low !== undefined ? { backupCodesLow: script.low } : {}),
      };
    },
    async start() {
      calls.push('start');
      next(script.start);
      return { uri: URI, key: KEY, expiresAt: new Date(Date.now() + 600_000).toISOString() };
    },
    async confirm(code) {
      calls.push(`confirm:${code}`);
      next(script.confirm);
      return { backupCodes: [...CODES] };
    },
    async verify() {
      return { method: 'totp', backupCodesLeft: 10 };
    },
    async regenerateBackupCodes(code) {
      calls.push(`regenerate:${code}`);
      next(script.regenerate);
      return { backupCodes: [...CODES] };
    },
  };
  return { backend, calls };
}

async function make(backend: TotpBackend, lang: 'en' | 'zh-CN' = 'en', scheme?: 'dark') {
  const el = await fixture<RecourseTotpSetup>(
    html`<recourse-totp-setup lang=${lang} scheme=${scheme ?? 'light'} .backend=${backend}></recourse-totp-setup>`,
  );
  await el.ready;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: RecourseTotpSetup, sel: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(sel);
const text = (el: RecourseTotpSetup) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonByText = (el: RecourseTotpSetup, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
const settle = async (el: RecourseTotpSetup, phase: TotpPhase) => {
  await waitUntil(() => el.phase === phase && !busy(el), `phase ${phase}`, { timeout: 3000 });
  await el.updateComplete;
};
/** Waits until a call is over and its error is shown. */
const failed = async (el: RecourseTotpSetup, what = 'an error') => {
  await waitUntil(() => shownError(el) !== undefined && !busy(el), what, { timeout: 3000 });
  await el.updateComplete;
};
const errors = TOTP_SETUP_CATALOGS.en.errors;

/** Drives a fresh element to a phase or state, through its real actions. */
async function reach(
  state:
    | 'intro'
    | 'scan'
    | 'code'
    | 'invalid'
    | 'throttled'
    | 'backup'
    | 'done'
    | 'already'
    | 'expired'
    | 'network',
  lang: 'en' | 'zh-CN' = 'en',
  scheme?: 'dark',
) {
  const { backend } = fakeBackend({
    enabled: state === 'already',
    start: state === 'network' ? [{ code: 'network' }] : [],
    confirm:
      state === 'invalid'
        ? [{ code: 'invalid', attemptsLeft: 3 }]
        : state === 'throttled'
          ? [{ code: 'throttled', attemptsLeft: 0, retryAfter: 90 }]
          : state === 'expired'
            ? [{ code: 'expired' }]
            : [],
  });
  const el = await make(backend, lang, scheme);
  if (state === 'already') {
    await settle(el, 'already');
    return el;
  }
  await settle(el, 'intro');
  if (state === 'intro') return el;
  pressPrimary(el); // "Set it up"
  if (state === 'network') {
    await failed(el, 'the network failure');
    return el;
  }
  await settle(el, 'scan');
  if (state === 'scan') return el;
  pressPrimary(el); // "Next"
  await settle(el, 'code');
  if (state === 'code') return el;
  typeCode(el, '123456');
  submitCode(el);
  if (state === 'invalid' || state === 'throttled') {
    await failed(el, state);
    return el;
  }
  if (state === 'expired') {
    await settle(el, 'expired');
    return el;
  }
  await settle(el, 'backup');
  if (state === 'backup') return el;
  $<HTMLInputElement>(el, '#totp-saved')!.click();
  await el.updateComplete;
  pressPrimary(el); // "Finish"
  await settle(el, 'done');
  return el;
}

describe('<recourse-totp-setup> catalogs', () => {
  const en = TOTP_SETUP_CATALOGS.en as unknown as Record<string, unknown>;
  const zh = TOTP_SETUP_CATALOGS['zh-CN'] as unknown as Record<string, unknown>;
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, path: string[] = []): string[] => {
    const out: string[] = [];
    for (const [k, v] of Object.entries(a)) {
      const p = [...path, k];
      if (typeof v === 'string') {
        const z = b[k];
        expect(typeof z, p.join('.')).to.equal('string');
        expect(CJK.test(z as string), `zh-CN ${p.join('.')} is Chinese`).to.equal(true);
        expect((z as string).match(/\{\w+\}/g) ?? [], `placeholders of ${p.join('.')}`).to.deep.equal(
          v.match(/\{\w+\}/g) ?? [],
        );
        out.push(p.join('.'));
      } else if ('other' in (v as object)) {
        // Plural forms differ by language (zh-CN has only `other`): scripts/catalogs.test.ts checks them.
        expect(CJK.test((b[k] as { other: string }).other), `zh-CN ${p.join('.')} is Chinese`).to.equal(true);
        out.push(p.join('.'));
      } else {
        out.push(...walk(v as Record<string, unknown>, b[k] as Record<string, unknown>, p));
      }
    }
    return out;
  };

  it('zh-CN has a Chinese string for every English key, with the same placeholders', () => {
    expect(walk(en, zh).length).to.be.greaterThan(60);
    expect(Object.keys(zh).sort()).to.deep.equal(Object.keys(en).sort());
  });
});

describe('<recourse-totp-setup> steps and states', () => {
  const states = [
    'intro',
    'scan',
    'code',
    'invalid',
    'throttled',
    'backup',
    'done',
    'already',
    'expired',
    'network',
  ] as const;
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const state of states) {
      it(`${state} (${lang}) renders and is axe-clean`, async () => {
        const el = await reach(state, lang, state === 'backup' || state === 'scan' ? 'dark' : undefined);
        const t = TOTP_SETUP_CATALOGS[lang];
        const heading = $(el, '#totp-heading')!.textContent!.trim();
        // The step or state the test drove to, by its heading in the test's language.
        const expected = {
          intro: t.steps.intro,
          scan: t.steps.scan,
          code: t.steps.code,
          invalid: t.steps.code,
          throttled: t.steps.code,
          backup: t.steps.backup,
          done: t.steps.done,
          already: t.already.heading,
          expired: t.expired.heading,
          network: t.steps.intro,
        }[state];
        expect(heading).to.equal(expected);
        expect(text(el)).not.to.match(/\{\w+\}/);
        if (lang === 'zh-CN') expect(CJK.test(heading)).to.equal(true);
        if (state === 'scan') {
          expect($(el, '#totp-key')!.textContent!.trim()).to.equal(KEY);
          expect($(el, 'svg[part="qr"] path')!.getAttribute('d')).to.match(/^M\d+ \d+h\d+v1h-\d+z/);
        }
        if (state === 'invalid')
          expect($(el, '[part="error"]')!.textContent).to.contain(
            lang === 'en' ? 'Tries left: 3' : '剩余尝试次数：3',
          );
        if (state === 'throttled') {
          expect($(el, '[part="error"]')!.textContent!.trim()).to.equal(t.errors.throttled);
          expect($(el, '[part="countdown"]')!.textContent).to.match(lang === 'en' ? /1 min/ : /1/);
          expect($<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled).to.equal(true);
        }
        if (state === 'backup')
          expect(el.shadowRoot!.querySelectorAll('[part="backup-codes"] li')).to.have.length(10);
        if (state === 'already') expect(text(el)).to.contain(lang === 'en' ? 'Backup codes left: 7' : '7 个');
        if (state === 'network') expect(buttonByText(el, t.ui.retry)).to.exist;
        if (state === 'expired') expect(heading).to.equal(t.expired.heading);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<recourse-totp-setup> behaviour', () => {
  /** Presses Tab until the focused element in the shadow root matches. */
  async function tabTo(el: RecourseTotpSetup, match: (e: Element) => boolean) {
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (active && match(active)) return active;
    }
    throw new Error('never reached by Tab');
  }

  it('can be completed with the keyboard only; fires recourse-totp-enabled; forgets the secrets', async () => {
    const { backend, calls } = fakeBackend();
    const el = await make(backend);
    await settle(el, 'intro');
    const t = TOTP_SETUP_CATALOGS.en;
    await tabTo(el, (e) => e.textContent?.trim() === t.ui.start);
    await sendKeys({ press: 'Enter' });
    await settle(el, 'scan');
    expect(el.shadowRoot!.activeElement?.id).to.equal('totp-heading');
    // The lead's end-to-end test reads the key from here.
    expect($(el, '[part="key"]')!.textContent!.trim()).to.equal(KEY);
    await tabTo(el, (e) => e.textContent?.trim() === t.ui.next);
    await sendKeys({ press: 'Enter' });
    await settle(el, 'code');
    await tabTo(el, (e) => e.id === 'totp-code');
    const input = $<HTMLInputElement>(el, '#totp-code')!;
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    await sendKeys({ type: '654 321' });
    expect(input.value).to.equal('654321');
    const enabled = oneEvent(el, 'recourse-totp-enabled');
    await sendKeys({ press: 'Enter' });
    expect((await enabled).detail).to.deep.equal({ backupCodes: 10 });
    await settle(el, 'backup');
    expect(calls).to.deep.equal(['status', 'start', 'confirm:654321']);
    // The key is gone with its step: the backup codes are shown, the key no more.
    expect(text(el)).not.to.contain(KEY);
    await tabTo(el, (e) => e.id === 'totp-saved');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, (e) => e.textContent?.trim() === t.backup.finish);
    await sendKeys({ press: 'Enter' });
    await settle(el, 'done');
    expect(text(el)).not.to.contain(KEY);
    expect(text(el)).not.to.contain(CODES[0]!);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(location.href).not.to.contain(KEY.replace(/ /g, ''));
  });

  it('takes a pasted spaced code ("123 456") and refuses a short one without calling the server', async () => {
    const { backend, calls } = fakeBackend();
    const el = await reach('intro');
    el.backend = backend;
    pressPrimary(el);
    await settle(el, 'scan');
    pressPrimary(el);
    await settle(el, 'code');
    typeCode(el, '12 34');
    submitCode(el);
    await el.updateComplete;
    expect(shownError(el)).to.equal(errors.format);
    expect($(el, '#totp-code')!.getAttribute('aria-invalid')).to.equal('true');
    typeCode(el, '123 456');
    expect($<HTMLInputElement>(el, '#totp-code')!.value).to.equal('123456');
    await el.updateComplete;
    expect(shownError(el), 'typing clears the format error').to.equal(undefined);
    submitCode(el);
    await settle(el, 'backup');
    expect(calls.filter((c) => c.startsWith('confirm'))).to.deep.equal(['confirm:123456']);
  });

  for (const [lang, left, words] of [
    ['en', 1, 'You have 1 try left.'],
    ['en', 3, 'You have 3 tries left.'],
    ['zh-CN', 1, '还可以尝试 1 次。'],
    ['zh-CN', 3, '还可以尝试 3 次。'],
  ] as const) {
    it(`${lang}: an already used code says the ${left} tries left (the replay counted), in the plural form`, async () => {
      const { backend } = fakeBackend({ confirm: [{ code: 'used', attemptsLeft: left }] });
      const el = await make(backend, lang);
      pressPrimary(el);
      await settle(el, 'scan');
      pressPrimary(el);
      await settle(el, 'code');
      typeCode(el, '123456');
      submitCode(el);
      await failed(el, 'the used-code failure');
      const error = shownError(el)!;
      expect(error.startsWith(TOTP_SETUP_CATALOGS[lang].errors.used)).to.equal(true);
      expect(error.endsWith(words), error).to.equal(true);
    });
  }

  it('counts down live while throttled, then lets the person try again', async () => {
    const { backend } = fakeBackend({ confirm: [{ code: 'throttled', attemptsLeft: 0, retryAfter: 2 }] });
    const el = await make(backend);
    pressPrimary(el);
    await settle(el, 'scan');
    pressPrimary(el);
    await settle(el, 'code');
    typeCode(el, '123456');
    const error = oneEvent(el, 'recourse-totp-error');
    submitCode(el);
    expect((await error).detail).to.deep.equal({ code: 'throttled', attemptsLeft: 0, retryAfter: 2 });
    await el.updateComplete;
    expect($(el, '[part="countdown"]')!.textContent).to.contain('2 seconds');
    expect($<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled).to.equal(true);
    // Live: the number goes down while the person waits (a timer, not a fixed sleep, so a loaded
    // machine that runs it late cannot fail the test; it still fails if the number never changes).
    await waitUntil(
      () => $(el, '[part="countdown"]')?.textContent?.includes('1 second'),
      'the countdown did not reach 1 second',
      { timeout: 2500 },
    );
    await waitUntil(() => $(el, '[part="countdown"]') === null, 'countdown ends', { timeout: 3000 });
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '[part="status"]')!.textContent).to.contain(TOTP_SETUP_CATALOGS.en.errors.ready);
    expect($<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled).to.equal(false);
  });

  it('an expired enrollment can be started again; a network failure offers a retry that works', async () => {
    const { backend, calls } = fakeBackend({ confirm: [{ code: 'expired' }], start: [{ code: 'network' }] });
    const el = await make(backend);
    pressPrimary(el);
    await failed(el, 'the network failure');
    expect(shownError(el)).to.equal(errors.network);
    buttonByText(el, TOTP_SETUP_CATALOGS.en.ui.retry).click();
    await settle(el, 'scan');
    pressPrimary(el);
    await settle(el, 'code');
    typeCode(el, '123456');
    submitCode(el);
    await settle(el, 'expired');
    expect(text(el)).not.to.contain(KEY);
    buttonByText(el, TOTP_SETUP_CATALOGS.en.expired.restart).click();
    await settle(el, 'scan');
    expect(calls.filter((c) => c === 'start')).to.have.length(3);
  });

  it('leaves the focus where the page put it when its first screen shows; a failed first read retried takes it', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'page';
    document.body.append(outside);
    outside.focus();
    try {
      const el = await make(fakeBackend().backend);
      expect(el.phase).to.equal('intro');
      expect($(el, '#totp-heading')!.textContent!.trim()).to.equal(TOTP_SETUP_CATALOGS.en.steps.intro);
      expect(document.activeElement === outside, 'the focus stayed on the page').to.equal(true);

      const failing = await make(fakeBackend({ status: [{ code: 'network' }] }).backend);
      expect(shownError(failing)).to.equal(errors.network);
      buttonByText(failing, TOTP_SETUP_CATALOGS.en.ui.retry).click();
      await settle(failing, 'intro');
      expect(failing.shadowRoot!.activeElement?.id).to.equal('totp-heading');
    } finally {
      outside.remove();
    }
  });

  it('already on: new backup codes with a fresh code', async () => {
    const { backend, calls } = fakeBackend({
      enabled: true,
      regenerate: [{ code: 'invalid', attemptsLeft: 4 }],
    });
    const el = await make(backend);
    await settle(el, 'already');
    typeCode(el, 'ABCD-EFGH-JKMN-PQRS');
    submitCode(el);
    await failed(el, 'the wrong code');
    expect(shownError(el)).to.equal(interpolate(errors.invalid, { n: 4 }));
    typeCode(el, '123456');
    submitCode(el);
    await settle(el, 'backup');
    expect(calls).to.deep.equal(['status', 'regenerate:ABCD-EFGH-JKMN-PQRS', 'regenerate:123456']);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: few backup codes left (status at the threshold) → says so first and offers new ones, axe-clean`, async () => {
      const t = TOTP_SETUP_CATALOGS[lang].already;
      const { backend, calls } = fakeBackend({ enabled: true, left: 3 });
      const el = await make(backend, lang);
      await settle(el, 'already');
      expect($(el, 'h2')!.textContent).to.equal(t.lowHeading);
      const warning = $(el, '[part~="low-codes"]')!;
      expect(warning.textContent).to.contain(interpolate(t.low.other, { n: 3 }));
      expect(warning.textContent).to.contain(t.lowBody);
      // The offer: the form for new codes, right under the warning.
      expect($(el, '#totp-code')).to.not.equal(null);
      await expect(el).to.be.accessible();
      typeCode(el, '123456');
      submitCode(el);
      await settle(el, 'backup');
      expect(calls).to.deep.equal(['status', 'regenerate:123456']);
    });
  }

  it('a verification answer that says few remain warns and announces it; none left has its own words', async () => {
    const t = TOTP_SETUP_CATALOGS.en.already;
    const { backend } = fakeBackend({ enabled: true });
    const el = await make(backend);
    await settle(el, 'already');
    expect($(el, '[part~="low-codes"]')).to.equal(null);
    expect(text(el)).to.contain(interpolate(t.body, { n: 7 }));
    el.showVerification({ method: 'backup_code', backupCodesLeft: 1 });
    await el.updateComplete;
    expect($(el, '[part~="low-codes"]')!.textContent).to.contain(interpolate(t.low.one, { n: 1 }));
    expect($(el, '[role="status"]')!.textContent).to.contain(interpolate(t.low.one, { n: 1 }));
    el.showVerification({ method: 'backup_code', backupCodesLeft: 0 });
    await el.updateComplete;
    expect($(el, '[part~="low-codes"]')!.textContent).to.contain(t.low.none);
  });

  it("the server's word on few codes wins over the threshold; an answer during an enrollment changes nothing", async () => {
    const el = await make(fakeBackend({ enabled: true, left: 2, low: false }).backend);
    await settle(el, 'already');
    expect($(el, '[part~="low-codes"]')).to.equal(null);
    el.showVerification({ method: 'totp', backupCodesLeft: 5, backupCodesLow: true });
    await el.updateComplete;
    expect($(el, '[part~="low-codes"]')).to.not.equal(null);

    const setup = await reach('scan');
    setup.showVerification({ method: 'backup_code', backupCodesLeft: 1 });
    await setup.updateComplete;
    expect(setup.phase).to.equal('scan');
    expect($(setup, '#totp-key')).to.not.equal(null);
  });

  it('a verification shown before the status arrives is shown after it', async () => {
    const t = TOTP_SETUP_CATALOGS.en.already;
    const { backend } = fakeBackend({ enabled: true });
    const el = document.createElement('recourse-totp-setup') as RecourseTotpSetup;
    el.backend = backend;
    el.showVerification({ method: 'backup_code', backupCodesLeft: 2 });
    document.body.append(el);
    try {
      await el.ready;
      await settle(el, 'already');
      expect($(el, '[part~="low-codes"]')!.textContent).to.contain(interpolate(t.low.other, { n: 2 }));
    } finally {
      el.remove();
    }
  });

  it('downloads the codes as a .txt Blob and draws the QR code without any network', async () => {
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return realFetch(input);
    };
    const created: Blob[] = [];
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return realCreate(blob);
    };
    try {
      const el = await reach('backup');
      buttonByText(el, TOTP_SETUP_CATALOGS.en.backup.download).click();
      expect(created).to.have.length(1);
      expect(created[0]!.type).to.equal('text/plain;charset=utf-8');
      const body = await created[0]!.text();
      for (const code of CODES) expect(body).to.contain(code);
      expect(fetched).to.deep.equal([]);
      const { size, d } = qrPath(URI);
      expect(size).to.be.greaterThan(20);
      expect(d.length).to.be.greaterThan(100);
    } finally {
      window.fetch = realFetch;
      URL.createObjectURL = realCreate;
    }
  });

  it('the default backend calls the reference endpoints with the session cookie and maps problems', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const answers: Response[] = [
      new Response(JSON.stringify({ state: 'disabled', backupCodesLeft: 0 }), { status: 200 }),
      new Response(
        JSON.stringify({ uri: URI, key: KEY, expiresAt: new Date(Date.now() + 6e5).toISOString() }),
      ),
      new Response(JSON.stringify({ code: 'totp_code_invalid', attemptsLeft: 2 }), {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
      }),
    ];
    const fakeFetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(url), init: init ?? {} });
      return answers.shift()!;
    };
    const el = await fixture<RecourseTotpSetup>(
      html`<recourse-totp-setup api-base="https://api.example.com" .fetch=${fakeFetch}></recourse-totp-setup>`,
    );
    await el.ready;
    await settle(el, 'intro');
    pressPrimary(el);
    await settle(el, 'scan');
    pressPrimary(el);
    await settle(el, 'code');
    typeCode(el, '123456');
    const error = oneEvent(el, 'recourse-totp-error');
    submitCode(el);
    expect((await error).detail).to.deep.equal({ code: 'invalid', attemptsLeft: 2 });
    expect(requests.map((r) => `${r.init.method} ${r.url}`)).to.deep.equal([
      'GET https://api.example.com/v1/2fa/totp/status',
      'POST https://api.example.com/v1/2fa/totp/start',
      'POST https://api.example.com/v1/2fa/totp/confirm',
    ]);
    for (const r of requests) expect(r.init.credentials).to.equal('include');
    expect(requests[2]!.init.body).to.equal('{"code":"123456"}');
  });

  it('the default backend refuses an answer without the shape of the contract: nothing of it is shown', async () => {
    const expires = new Date(Date.now() + 6e5).toISOString();
    const answers: unknown[] = [
      { state: 'hacked', backupCodesLeft: 0 },
      { state: 'disabled', backupCodesLeft: 0 },
      { uri: 'https://attacker.example/otp', key: KEY, expiresAt: expires },
      { uri: URI, key: '<b>not a key</b>', expiresAt: expires },
      { uri: URI, key: KEY, expiresAt: expires },
    ];
    const fakeFetch = async () => new Response(JSON.stringify(answers.shift()), { status: 200 });
    const el = await fixture<RecourseTotpSetup>(
      html`<recourse-totp-setup .fetch=${fakeFetch}></recourse-totp-setup>`,
    );
    await el.ready;
    expect(shownError(el), 'a status in no known state').to.equal(errors.unknown);
    buttonByText(el, TOTP_SETUP_CATALOGS.en.ui.retry).click();
    await settle(el, 'intro');
    for (const what of ['an address that is not otpauth://totp/', 'a key that is not base32']) {
      // The error event first: the last error is still on screen until the call starts.
      const error = oneEvent(el, 'recourse-totp-error');
      pressPrimary(el);
      expect((await error).detail.code, what).to.equal('unknown');
      await failed(el, what);
      expect(shownError(el), what).to.equal(errors.unknown);
      expect(el.phase, what).to.equal('intro');
      expect(text(el), what).not.to.include('attacker.example');
      expect(text(el), what).not.to.include('not a key');
    }
    pressPrimary(el);
    await settle(el, 'scan');
    expect(text(el)).to.include(KEY);
  });
});

describe('<recourse-totp-setup> state', () => {
  const enrollment = { uri: URI, key: KEY, expiresAt: new Date(Date.now() + 6e5).toISOString() };
  const scan = (): TotpState =>
    reduce(reduce(INITIAL_STATE, { type: 'loaded', enabled: false, codesLeft: 0, low: false }), {
      type: 'started',
      enrollment,
    });

  it('holds the key only while scanning or typing the code, and the backup codes only on their step', () => {
    const code = reduce(scan(), { type: 'go', to: 'code' });
    expect(code.phase).to.equal('code');
    expect(JSON.stringify(code)).to.contain(KEY.replace(/ /g, '').slice(0, 8));
    for (const left of [
      reduce(code, { type: 'go', to: 'intro' }),
      reduce(code, { type: 'expired' }),
      reduce(code, { type: 'codes', backupCodes: CODES }),
    ]) {
      expect(JSON.stringify(left), left.phase).not.to.contain('JBSW');
    }
    const backup = reduce(code, { type: 'codes', backupCodes: CODES });
    expect(reduce(backup, { type: 'finished' }), 'not before "I have saved them"').to.equal(backup);
    const done = reduce(reduce(backup, { type: 'saved', saved: true }), { type: 'finished' });
    expect(done.phase).to.equal('done');
    expect(JSON.stringify(done)).not.to.contain(CODES[0]!);
  });

  it('keeps six digits of an enrollment code; a late status answer does not move a started setup', () => {
    const code = reduce(reduce(scan(), { type: 'go', to: 'code' }), { type: 'typed', code: '12 3a45 678' });
    expect(code.phase === 'code' && code.code).to.equal('123456');
    expect(reduce(scan(), { type: 'loaded', enabled: true, codesLeft: 3, low: false }).phase).to.equal(
      'scan',
    );
  });

  it('the end of a delay clears the failure that started it and announces it; a wrong code stays', () => {
    const throttled = reduce(
      reduce(scan(), { type: 'failed', failure: { code: 'throttled', attemptsLeft: 0 } }),
      {
        type: 'tick',
        remaining: 2,
      },
    );
    const over = reduce(throttled, { type: 'tick', remaining: 0 });
    expect([over.failure, over.announce, over.remaining]).to.deep.equal([undefined, 'ready', 0]);
    const invalid = reduce(
      reduce(scan(), { type: 'failed', failure: { code: 'invalid', attemptsLeft: 2 } }),
      {
        type: 'tick',
        remaining: 0,
      },
    );
    expect(invalid.failure?.code).to.equal('invalid');
  });
});
