/**
 * Issue 19: every widget in every shipped language: axe finds nothing, and keyboard order
 * follows the visual order (right to left in `ar`, left to right elsewhere) for controls that
 * share a row.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/recourse-case-desk';
import '../define/recourse-case-tracker';
import '../define/recourse-report-form';
import '../define/recourse-totp-setup';
import type { RecourseCaseDesk } from '../components/case-desk/case-desk';
import { fakeDesk } from '../components/case-desk/case-desk.fixtures';
import type { RecourseCaseTracker } from '../components/case-tracker/case-tracker';
import {
  CASE_ID,
  CONFIG,
  fakeTrackerClient,
  runSteps,
  SCENARIOS,
} from '../components/case-tracker/case-tracker.fixtures';
import type { RecourseReportForm, ReportFormClient } from '../components/report-form/report-form';
import type { RecourseTotpSetup } from '../components/totp-setup/totp-setup';
import { storyBackend } from '../components/totp-setup/totp-setup.fixtures';
import './all';
import { LANGUAGES } from './lang';

const TOKEN = 'tOkEn_SeCrEt_0123456789abcdefghij';
const KEY = 'agent_SeCrEt_key_0123456789';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Pairs of controls, next to each other in keyboard order and on the same visual row, that are
 * not in reading order: in `rtl` each next control must sit to the left of the one before it, in
 * `ltr` to its right.
 */
function orderProblems(root: ShadowRoot, rtl: boolean): string[] {
  const boxes = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((e) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0)
    .map((e) => ({ e, r: e.getBoundingClientRect() }));
  const problems: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!;
    const b = boxes[i]!;
    if (Math.abs(a.r.top - b.r.top) > 2 || Math.abs(a.r.bottom - b.r.bottom) > 2) continue;
    const inOrder = rtl ? b.r.right <= a.r.left + 1 : b.r.left >= a.r.right - 1;
    if (!inOrder) problems.push(`${a.e.outerHTML.slice(0, 60)} then ${b.e.outerHTML.slice(0, 60)}`);
  }
  return problems;
}

/** How many same-row neighbours were compared (a check that compares nothing proves nothing). */
function sameRowPairs(root: ShadowRoot): number {
  const boxes = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => e.getBoundingClientRect());
  return boxes.slice(1).filter((b, i) => Math.abs(boxes[i]!.top - b.top) <= 2).length;
}

for (const lang of LANGUAGES) {
  const rtl = lang === 'ar';
  describe(`every widget in ${lang}`, () => {
    it('the tracker: axe clean, direction and keyboard order as it reads', async () => {
      const fake = fakeTrackerClient(runSteps(SCENARIOS.restored));
      const el = await fixture<RecourseCaseTracker>(
        html`<div style="width: 1000px"><recourse-case-tracker lang=${lang} case-id=${CASE_ID} .token=${TOKEN}
          .client=${fake.client} .config=${CONFIG}
          .now=${() => new Date(Date.parse(fake.chain.at(-1)!.at) + 7_200_000)}></recourse-case-tracker></div>`,
      ).then((d) => d.querySelector('recourse-case-tracker')!);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="stepper"]'), 'tracker open', {
        timeout: 4000,
      });
      await el.updateComplete;
      expect(getComputedStyle(el).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(orderProblems(el.shadowRoot!, rtl)).to.deep.equal([]);
      expect(sameRowPairs(el.shadowRoot!), 'same-row neighbours compared').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('the desk queue: axe clean, direction and keyboard order as it reads', async () => {
      const fake = fakeDesk();
      const el = await fixture<RecourseCaseDesk>(
        html`<div style="width: 1200px"><recourse-case-desk lang=${lang} page-size="25" poll-interval="0"
          .client=${fake.client} .agentKey=${KEY}></recourse-case-desk></div>`,
      ).then((d) => d.querySelector('recourse-case-desk')!);
      await waitUntil(() => el.phase === 'queue', 'desk queue', { timeout: 4000 });
      await el.updateComplete;
      expect(getComputedStyle(el).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(orderProblems(el.shadowRoot!, rtl)).to.deep.equal([]);
      expect(sameRowPairs(el.shadowRoot!), 'same-row neighbours compared').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
    it('the report form: axe clean, direction and keyboard order as it reads', async () => {
      // The first step's own answers need nothing of a server; the client never sends here.
      const client = {
        getConfig: async () => CONFIG,
        createCase: async () => Promise.reject(new Error('not sent in this test')),
        uploadAttachment: async () => Promise.reject(new Error('not sent in this test')),
      } as unknown as ReportFormClient;
      const el = await fixture<RecourseReportForm>(
        html`<div style="width: 900px"><recourse-report-form lang=${lang} .config=${CONFIG} .client=${client}
          ></recourse-report-form></div>`,
      ).then((d) => d.querySelector('recourse-report-form')!);
      await el.ready;
      await el.loaded;
      await el.updateComplete;
      expect(getComputedStyle(el).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(orderProblems(el.shadowRoot!, rtl)).to.deep.equal([]);
      expect(sameRowPairs(el.shadowRoot!), 'same-row neighbours compared').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('the TOTP set-up (on, few backup codes left): axe clean, direction and keyboard order', async () => {
      const el = await fixture<RecourseTotpSetup>(
        html`<div style="width: 900px"><recourse-totp-setup lang=${lang} .backend=${storyBackend('low')}
          ></recourse-totp-setup></div>`,
      ).then((d) => d.querySelector('recourse-totp-setup')!);
      await el.ready;
      await el.updateComplete;
      expect(getComputedStyle(el).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(orderProblems(el.shadowRoot!, rtl)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
}
