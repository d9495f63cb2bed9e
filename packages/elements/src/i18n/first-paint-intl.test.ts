/**
 * The tracker's first case and the desk's first queue page, in every shipped
 * language, touch no `Intl` before they show, and the desk's first case none but the report's
 * numbers (ADR 0033): the first `Intl` object of a page starts
 * ICU, 100-200 ms of main thread at 4× CPU throttling. Every `Intl` constructor and function, the
 * methods of their prototypes (a formatter made earlier would hide behind its cache) and the
 * `toLocale…String` / `localeCompare` methods are counted from the element's creation to the
 * first render that shows the case or the queue.
 */
import { expect } from '@open-wc/testing';
import '../define/recourse-case-desk';
import '../define/recourse-case-tracker';
import { fakeDesk } from '../components/case-desk/case-desk.fixtures';
import {
  CASE_ID,
  CONFIG,
  fakeTrackerClient,
  runSteps,
  SCENARIOS,
} from '../components/case-tracker/case-tracker.fixtures';
import { countIntl } from './count-intl.fixtures';
import { LANGUAGES } from './lang';

/**
 * Creates an element with `count` running, and answers the calls counted when `shown` first
 * matches in its shadow root (a mutation observer: right after the render that made it).
 */
async function callsUntilShown(make: () => HTMLElement, shown: string): Promise<string[]> {
  const counter = countIntl();
  try {
    const el = make();
    document.body.append(el);
    const root = el.shadowRoot!;
    const calls = await new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${shown} never showed`)), 4000);
      const observer = new MutationObserver(() => {
        if (!root.querySelector(shown)) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve([...counter.calls]);
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    el.remove();
    return calls;
  } finally {
    counter.restore();
  }
}

describe('the first paint touches no Intl (every shipped language)', () => {
  it('counts: an Intl formatter is seen (the counter works)', async () => {
    const counter = countIntl();
    new Intl.DateTimeFormat('en').format(0);
    (0).toLocaleString();
    counter.restore();
    expect(counter.calls).to.deep.equal([
      'new Intl.DateTimeFormat',
      'Intl.DateTimeFormat#format',
      'Number#toLocaleString',
    ]);
  });

  for (const lang of LANGUAGES) {
    it(`<recourse-case-tracker lang=${lang}>: its first case`, async () => {
      const fake = fakeTrackerClient(runSteps(SCENARIOS.restored));
      const calls = await callsUntilShown(() => {
        const el = Object.assign(document.createElement('recourse-case-tracker'), {
          caseId: CASE_ID,
          token: 'tOkEn_SeCrEt_0123456789abcdefghij',
          client: fake.client,
          config: CONFIG,
          now: () => new Date(Date.parse(fake.chain.at(-1)!.at) + 7_200_000),
        });
        el.setAttribute('lang', lang);
        return el;
      }, '[part~="stepper"]');
      expect(calls).to.deep.equal([]);
    });

    it(`<recourse-case-desk lang=${lang}>: its first queue page; a first case formats only numbers`, async () => {
      const desk = (caseId?: string) => {
        const el = Object.assign(document.createElement('recourse-case-desk'), {
          client: fakeDesk().client,
          agentKey: 'agent_SeCrEt_key_0123456789',
          pollInterval: 0,
        });
        el.setAttribute('lang', lang);
        if (caseId) el.setAttribute('case-id', caseId);
        return el;
      };
      expect(await callsUntilShown(() => desk(), 'button[data-case]')).to.deep.equal([]);
      const id = (await fakeDesk().client.listDeskCases('agent_SeCrEt_key_0123456789')).items[0]!.id;
      // A case shows the report as filed: its amounts and file sizes still go through
      // `Intl.NumberFormat` (not dates: those have formats of their own).
      const calls = await callsUntilShown(() => desk(id), '#case-heading');
      expect(calls.filter((call) => !call.includes('Intl.NumberFormat'))).to.deep.equal([]);
    });
  }
});
