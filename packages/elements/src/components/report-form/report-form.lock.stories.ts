import type { CaseCreated, LockOutcome, LockRequest } from '@recourse/core';
import { RecourseApiError, RecourseNetworkError } from '@recourse/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/recourse-report-form';
import { normalizeLang } from '../../i18n/lang';
import { LOCK_OFFER_WORDS, type LockOfferWords } from './i18n/lock';
import type { RecourseReportForm, ReportFormClient } from './report-form';
import { draftKey } from './report-form.draft';

const CREATED = {
  case: { id: 'c-lock', number: 'RC-4LCK-7Q2M' },
  accessToken: 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdl',
  trackingUrlFragment: '#case=c-lock&token=Zm9vYmFyYmF6cXV4cXV1eGNvcmdl',
} as unknown as CaseCreated;

const problem = (status: number, code: string) =>
  new RecourseApiError({ type: `urn:recourse:problem:${code}`, title: code, status, code } as never);

/** How the stand-in `lock` answers: each call takes the next step of the script; past it, it hangs. */
type Step = LockOutcome | Error | 'hang';

function client(script: Step[]): ReportFormClient {
  const steps = [...script];
  return {
    getConfig: async () => {
      throw new RecourseNetworkError('network');
    },
    createCase: async () => CREATED,
    uploadAttachment: async () => {
      throw new RecourseNetworkError('network');
    },
    lock: async (_request: LockRequest) => {
      const next = steps.shift() ?? 'hang';
      if (next === 'hang') return new Promise<never>(() => {});
      if (next instanceof Error) throw next;
      return next;
    },
  } as ReportFormClient;
}

const API = 'https://api.example.com/lock-story';
/** The words of the language the story runs in (the toolbar's). */
const words = (): LockOfferWords => LOCK_OFFER_WORDS[normalizeLang(document.documentElement.lang)];
const offer = (el: RecourseReportForm) =>
  el.shadowRoot!.querySelector<HTMLElement>('section[aria-labelledby="lock-heading"]');
const press = (el: RecourseReportForm, selector: string) =>
  offer(el)!.querySelector<HTMLButtonElement>(selector)!.click();
const announced = (el: RecourseReportForm) => offer(el)!.querySelector('[role="status"]')!.textContent;

/**
 * A story of the offer: the first step answered "cannot sign in" (or opened from a lock link),
 * the stand-in server answering from `script`, `act` driving it; `check` asserts where it ends.
 */
function story(
  script: Step[],
  act: (el: RecourseReportForm, w: LockOfferWords) => Promise<void> | void,
  check: (el: RecourseReportForm, w: LockOfferWords) => Promise<void>,
  fromLink = false,
): StoryObj {
  return {
    render: () => {
      localStorage.removeItem(draftKey(API));
      if (fromLink)
        history.replaceState(
          history.state,
          '',
          `${location.pathname}${location.search}#lock=${'T'.repeat(43)}`,
        );
      const el = document.createElement('recourse-report-form');
      el.apiBase = API;
      el.trackingUrl = 'https://example.com/track';
      el.client = client(script);
      return el;
    },
    play: async ({ canvasElement }) => {
      const el = canvasElement.querySelector('recourse-report-form')!;
      await el.ready;
      // "Can you still sign in?" — "No", as a person answers it.
      if (!fromLink) el.shadowRoot!.querySelector<HTMLInputElement>('#f-access-canSignIn-no')!.click();
      await waitFor(() => expect(offer(el)).not.toBeNull());
      await act(el, words());
      await el.updateComplete;
      await check(el, words());
      await expect(location.hash).not.toContain('lock=');
    },
  };
}

/**
 * The lock offer in the report form's first step: "Lock my account now" when money moved or the
 * person cannot sign in, first on a page opened from a lock link. Each story is one state.
 */
const meta: Meta = {
  title: 'Widgets/Report form/Lock offer',
  component: 'recourse-report-form',
};
export default meta;

type Story = StoryObj;

export const Offered: Story = story(
  [],
  () => undefined,
  async (el, w) => {
    await expect(offer(el)!.textContent).toContain(w.intro);
  },
);

export const FromLockLink: Story = story(
  [],
  () => undefined,
  async (el, w) => {
    await expect(offer(el)!.textContent).toContain(w.fromLink);
    // First in the step: before the questions.
    await expect(el.shadowRoot!.querySelector('form section, form fieldset')).toBe(offer(el));
  },
  true,
);

export const Locking: Story = story(
  ['hang'],
  (el) => press(el, 'button'),
  async (el, w) => {
    await waitFor(() => expect(offer(el)!.querySelector('button')!.textContent!.trim()).toBe(w.locking));
    await expect(offer(el)!.querySelector('button')!.getAttribute('aria-disabled')).toBe('true');
  },
);

export const Locked: Story = story(
  [{ kind: 'locked', case: CREATED }],
  (el) => press(el, 'button'),
  async (el, w) => {
    await waitFor(() => expect(offer(el)!.querySelector('.case-number')?.textContent).toBe('RC-4LCK-7Q2M'));
    await expect(announced(el)).toBe(w.lockedAnnounce.replace('{number}', 'RC-4LCK-7Q2M'));
    await expect(el.shadowRoot!.activeElement?.id).toBe('lock-heading');
  },
);

export const AccountAsked: Story = story(
  [problem(400, 'validation_failed')],
  (el) => press(el, 'button'),
  async (el, w) => {
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('lock-account'));
    await expect(announced(el)).toBe(w.needAccount);
  },
);

export const LinkSent: Story = story(
  [problem(400, 'validation_failed'), { kind: 'link_requested' }],
  async (el) => {
    press(el, 'button');
    await waitFor(() => expect(offer(el)!.querySelector('#lock-account')).not.toBeNull());
    const input = offer(el)!.querySelector<HTMLInputElement>('#lock-account')!;
    input.value = 'meilin';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    press(el, '.lock-actions button');
  },
  async (el, w) => {
    await waitFor(() => expect(announced(el)).toBe(w.linkSent));
    await expect(offer(el)!.textContent).toContain(w.sendAgain);
  },
);

export const LinkNoLongerWorks: Story = story(
  [problem(401, 'unauthorized')],
  (el) => press(el, 'button'),
  async (el, w) => {
    await waitFor(() => expect(announced(el)).toBe(w.linkRefused));
    await expect(offer(el)!.querySelector('#lock-account')).not.toBeNull();
  },
  true,
);

export const TooManyRequests: Story = story(
  [problem(429, 'rate_limited')],
  (el) => press(el, 'button'),
  async (el, w) => {
    await waitFor(() => expect(announced(el)).toBe(w.limited));
    await expect(offer(el)!.querySelector('.error')!.textContent).toBe(w.limited);
  },
);

export const Offline: Story = story(
  [new RecourseNetworkError('network')],
  (el) => press(el, 'button'),
  async (el, w) => {
    await waitFor(() => expect(announced(el)).toBe(w.failed));
  },
);
