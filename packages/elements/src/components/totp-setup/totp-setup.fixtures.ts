/**
 * A scripted backend and a driver that walks an element to each step and state, for the stories.
 * Fake data only (a well-known test key, made-up backup codes). Never in a bundle.
 * @module
 */
import type { RecourseTotpSetup, TotpPhase } from './totp-setup';
import { type TotpBackend, TotpBackendError, type TotpFailure } from './totp-setup.backend';

export const FAKE_KEY = 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP';
export const FAKE_URI = `otpauth://totp/Lantern%20Wallet:mei.lin%40example.com?secret=${FAKE_KEY.replace(/ /g, '')}&issuer=Lantern%20Wallet&algorithm=SHA1&digits=6&period=30`;
export const FAKE_CODES = Array.from({ length: 10 }, (_, i) => `7KQ${i}-M2XP-9D4F-HT${i}B`);

/** The states a story can show. */
export type TotpStoryState =
  | 'intro'
  | 'scan'
  | 'code'
  | 'invalid'
  | 'throttled'
  | 'backup'
  | 'done'
  | 'already'
  /** On, with two backup codes left: the warning and the offer of new ones. */
  | 'low'
  | 'expired'
  | 'network';

type Fail = { code: TotpFailure; attemptsLeft?: number; retryAfter?: number };

/** A backend that answers as the state needs. */
export function storyBackend(state: TotpStoryState): TotpBackend {
  const fail = (f?: Fail) => {
    if (f) throw new TotpBackendError(f.code, f.attemptsLeft, f.retryAfter);
  };
  const confirm: Record<string, Fail> = {
    invalid: { code: 'invalid', attemptsLeft: 3 },
    throttled: { code: 'throttled', attemptsLeft: 0, retryAfter: 95 },
    expired: { code: 'expired' },
  };
  return {
    status: async () => ({
      state: state === 'already' || state === 'low' ? 'enabled' : 'disabled',
      backupCodesLeft: state === 'already' ? 7 : state === 'low' ? 2 : 0,
    }),
    start: async () => {
      fail(state === 'network' ? { code: 'network' } : undefined);
      return { uri: FAKE_URI, key: FAKE_KEY, expiresAt: new Date(Date.now() + 600_000).toISOString() };
    },
    confirm: async () => {
      fail(confirm[state]);
      return { backupCodes: [...FAKE_CODES] };
    },
    verify: async () => ({ method: 'totp', backupCodesLeft: 10 }),
    regenerateBackupCodes: async () => ({ backupCodes: [...FAKE_CODES] }),
  };
}

/** Whether a backend call is under way, as the element says it (`aria-busy` of its step). */
export function busy(el: RecourseTotpSetup): boolean {
  return el.shadowRoot?.querySelector('section')?.getAttribute('aria-busy') === 'true';
}

/** The shown error, if any. */
export function shownError(el: RecourseTotpSetup): string | undefined {
  return el.shadowRoot?.querySelector('[part="error"]')?.textContent?.trim();
}

/**
 * Waits until `cond` holds; throws after `timeoutMs`, naming what was awaited and where the
 * element was, so a story stuck on an earlier step fails instead of going on.
 */
export async function until(
  el: RecourseTotpSetup,
  cond: () => boolean,
  what: string,
  timeoutMs = 3000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) {
      throw new Error(
        `totp-setup story: timed out after ${timeoutMs} ms waiting for ${what} ` +
          `(phase ${el.phase}, busy ${busy(el)}, error ${shownError(el) ?? 'none'})`,
      );
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Clicks the step's main button ("Set it up", "Next", "Finish"…), as a person would. */
export function pressPrimary(el: RecourseTotpSetup): void {
  const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.primary');
  const last = buttons[buttons.length - 1];
  if (!last) throw new Error(`totp-setup: no main button in phase ${el.phase}`);
  last.click();
}

/** Types a code into the code field (an `input` event, as typing or pasting fires). */
export function typeCode(el: RecourseTotpSetup, value: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#totp-code');
  if (!input) throw new Error(`totp-setup: no code field in phase ${el.phase}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Sends the code form, as Enter in the field does. */
export function submitCode(el: RecourseTotpSetup): void {
  el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
}

/** Walks an element (with {@link storyBackend}) to `state` through its DOM, as a person would. */
export async function drive(el: RecourseTotpSetup, state: TotpStoryState): Promise<void> {
  await el.ready;
  const settle = async (phase: TotpPhase) => {
    await until(el, () => el.phase === phase && !busy(el), `phase "${phase}"`);
    await el.updateComplete;
  };
  if (state === 'already' || state === 'intro') return settle(state);
  if (state === 'low') return settle('already');
  await settle('intro');
  pressPrimary(el); // "Set it up"
  if (state === 'network') {
    await until(el, () => shownError(el) !== undefined && !busy(el), 'the network failure');
    return void (await el.updateComplete);
  }
  await settle('scan');
  if (state === 'scan') return;
  pressPrimary(el); // "Next"
  await settle('code');
  if (state === 'code') return;
  typeCode(el, '123456');
  submitCode(el);
  if (state === 'invalid' || state === 'throttled') {
    await until(el, () => shownError(el) !== undefined && !busy(el), `the "${state}" failure`);
    return void (await el.updateComplete);
  }
  if (state === 'expired') return settle('expired');
  await settle('backup');
  if (state === 'backup') return;
  el.shadowRoot!.querySelector<HTMLInputElement>('#totp-saved')!.click();
  await el.updateComplete;
  pressPrimary(el); // "Finish"
  await settle('done');
}
